import type { Connection } from 'mongoose'
import { messageModel } from '../modules/messages/message.model'
import { messageEventModel } from '../modules/messages/message-event.model'
import { idempotencyModel } from '../modules/messages/idempotency.model'
import { calendarYearModel } from '../modules/calendar/calendar-year.model'

/** Every model of the application, bound to one connection. */
export function createModels(connection: Connection) {
  return {
    Message: messageModel(connection),
    MessageEvent: messageEventModel(connection),
    Idempotency: idempotencyModel(connection),
    CalendarYear: calendarYearModel(connection),
  }
}

export type Models = ReturnType<typeof createModels>
