// The guides module's front door: 办事指南 for citizens and the office, and their ratings.
export { guidesRoutes, staffGuidesRoutes } from './guides.routes'
export { createGuidesService, finishGuideRevision, type GuidesService } from './guides.service'
export { myGuideRatingsRoutes } from './my-guide-ratings'
