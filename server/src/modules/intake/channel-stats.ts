import Router from '@koa/router'
import {
  channelOf,
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_CHANNELS,
  rateOf,
  statsQuerySchema,
  urgencyOf,
  type ChannelStats,
  type WorkingCalendar,
} from '@zhengmin/shared'
import { LONG_READ_MAX_TIME_MS } from '../../db/connection'
import type { Models } from '../../db/models'
import type { Message } from '../messages'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import { holderFilter } from '../stats'
import type { Period, StatsService } from '../stats'

/**
 * Figures per channel, computed from the messages received in the period, streamed once with
 * the few fields needed (the day counters have no channel, and a channel dimension there would
 * multiply every counter document by five for one table). Overdue follows the shared urgency
 * rule (urgencyOf), as the inbox and the dashboard's overdue list do.
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
    const calendar = deps.calendar()
    const tally = new Map(
      MESSAGE_CHANNELS.map((channel) => [
        channel,
        { received: 0, answered: 0, answeredOnTime: 0, overdue: 0 },
      ]),
    )
    const filter = {
      receivedDate: { $gte: period.from, $lte: period.to },
      ...(period.unit ? holderFilter(period.unit) : {}),
    }
    const fields = 'channel status dueDate dueAt firstAnsweredAt answeredOnTime'
    for await (const message of Message.find(filter, fields)
      .lean<Message[]>()
      .maxTimeMS(LONG_READ_MAX_TIME_MS)
      .cursor()) {
      const row = tally.get(channelOf(message))
      if (!row) continue
      row.received += 1
      if (message.firstAnsweredAt) row.answered += 1
      if (message.answeredOnTime) row.answeredOnTime += 1
      if (urgencyOf(message, calendar, now) === 'overdue') row.overdue += 1
    }
    const rows = MESSAGE_CHANNELS.map((channel) => {
      const row = tally.get(channel) ?? { received: 0, answered: 0, answeredOnTime: 0, overdue: 0 }
      return {
        channel,
        label: MESSAGE_CHANNEL_LABELS[channel],
        ...row,
        onTimeRate: rateOf(row.answeredOnTime, row.answered, deps.minSample),
      }
    })
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
