import Router from '@koa/router'
import {
  channelFilter,
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_CHANNELS,
  rateOf,
  statsQuerySchema,
  urgencyFilter,
  type ChannelStats,
  type WorkingCalendar,
} from '@zhengmin/shared'
import type { Models } from '../../db/models'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import { holderFilter } from '../stats/stats-counters'
import type { Period, StatsService } from '../stats/stats.service'

/**
 * Figures per channel, counted from the messages themselves: a handful of indexed counts per
 * channel (the day counters have no channel, and a channel dimension there would multiply
 * every counter document by five for one table).
 */
export function createChannelStats(deps: {
  models: Models
  calendar: () => WorkingCalendar
  clock: () => Date
  minSample: number
}) {
  const { Message } = deps.models

  return async function channelStats(period: Period): Promise<ChannelStats> {
    const now = deps.clock()
    const rows = await Promise.all(
      MESSAGE_CHANNELS.map(async (channel) => {
        const base = {
          $and: [
            { receivedDate: { $gte: period.from, $lte: period.to } },
            channelFilter(channel),
            ...(period.unit ? [holderFilter(period.unit)] : []),
          ],
        }
        const count = (extra: Record<string, unknown>) =>
          Message.countDocuments({ $and: [...base.$and, extra] })
        const [received, answered, answeredOnTime, overdue] = await Promise.all([
          count({}),
          count({ firstAnsweredAt: { $ne: null } }),
          count({ answeredOnTime: true }),
          // The shared urgency rule, as the inbox and the dashboard's overdue list use it.
          count(urgencyFilter('overdue', deps.calendar(), now)),
        ])
        return {
          channel,
          label: MESSAGE_CHANNEL_LABELS[channel],
          received,
          answered,
          answeredOnTime,
          onTimeRate: rateOf(answeredOnTime, answered, deps.minSample),
          overdue,
        }
      }),
    )
    return { from: period.from, to: period.to, ...(period.unit ? { unit: period.unit } : {}), rows }
  }
}

/** GET /staff/stats/channels: the same period and unit rules as the dashboard's figures. */
export function channelStatsRoutes(deps: {
  stats: Pick<StatsService, 'resolve'>
  channelStats: ReturnType<typeof createChannelStats>
  auth: StaffAuth
}) {
  const router = new Router()
  router.get('/staff/stats/channels', deps.auth.requireStaff(), async (ctx) => {
    const query = validate(statsQuerySchema, ctx.query)
    ctx.body = await deps.channelStats(deps.stats.resolve(staffOf(ctx), query))
  })
  return router
}
