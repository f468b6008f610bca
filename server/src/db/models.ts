import type { Connection } from 'mongoose'
import { messageModel } from '../modules/messages/message.model'
import { messageEventModel } from '../modules/messages/message-event.model'
import { idempotencyModel } from '../modules/messages/idempotency.model'
import { calendarYearModel } from '../modules/calendar/calendar-year.model'
import { staffAccountModel } from '../modules/staff/staff-account.model'
import { staffSessionModel } from '../modules/staff/staff-session.model'
import { citizenSessionModel } from '../modules/wechat/citizen-session.model'
import { notificationModel } from '../modules/notifications/notification.model'
import { leaseModel, scheduledRunModel } from '../modules/scheduler/lease.model'
import { publicationModel } from '../modules/publications/publication.model'
import { contentVersionModel } from './content-version.model'
import {
  guideRatingModel,
  guideRevisionModel,
  storedGuideModel,
} from '../modules/guides/guide.model'
import { unitDayStatsModel } from '../modules/stats/unit-day-stats.model'
import { staffAuditModel } from '../modules/messages/staff-audit.model'
import { rateCounterModel } from '../http/rate-counter.model'
import { hotlineAnswerModel, hotlineTicketModel } from '../modules/intake/hotline.model'
import { attachmentModel } from '../modules/attachments/attachment.model'

/** Every model of the application, bound to one connection. */
export function createModels(connection: Connection) {
  return {
    Message: messageModel(connection),
    MessageEvent: messageEventModel(connection),
    Idempotency: idempotencyModel(connection),
    CalendarYear: calendarYearModel(connection),
    StaffAccount: staffAccountModel(connection),
    StaffSession: staffSessionModel(connection),
    CitizenSession: citizenSessionModel(connection),
    Notification: notificationModel(connection),
    Lease: leaseModel(connection),
    ScheduledRun: scheduledRunModel(connection),
    Publication: publicationModel(connection),
    ContentVersion: contentVersionModel(connection),
    Guide: storedGuideModel(connection),
    GuideRevision: guideRevisionModel(connection),
    GuideRating: guideRatingModel(connection),
    UnitDayStats: unitDayStatsModel(connection),
    StaffAudit: staffAuditModel(connection),
    RateCounter: rateCounterModel(connection),
    HotlineTicket: hotlineTicketModel(connection),
    HotlineAnswer: hotlineAnswerModel(connection),
    Attachment: attachmentModel(connection),
  }
}

export type Models = ReturnType<typeof createModels>
