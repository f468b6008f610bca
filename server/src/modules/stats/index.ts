// The stats module's front door: the office's live counters, dashboard, exports and rebuild.
export { createStatsCounters, holderFilter, type StatsCounters } from './stats-counters'
export { rebuildStats } from './stats-rebuild'
export { staffStatsRoutes } from './stats.routes'
export { createStatsService, type Period, type StatsService } from './stats.service'
