import type { AppConfig } from '@zhengmin/config'
import { createLogger } from '../../logger'
import type { Models } from '../../db/models'
import { wechatClientFor } from '../../app'
import { createNotifications } from '../notifications'
import type { MessageCounters } from './message-counters'
import { createDuplicatesService } from './duplicates.service'

/**
 * `npm run reconcile`'s 并单 step: duplicates still waiting for a lead that was dispatched or
 * answered (a crash came in between) go to its unit and get its answer, and each citizen who subscribed gets the notice the reply
 * would have sent — through WeChat as configured in this environment (run it with the server's
 * settings); without WeChat settings none is sent and the log names the message.
 */
export async function answerWaitingDuplicates(deps: {
  config: AppConfig
  models: Models
  stats: MessageCounters
}): Promise<number> {
  const log = createLogger({ logLevel: 'warn' })
  const clock = () => new Date()
  const wechat = wechatClientFor(deps.config)
  const notifications = wechat
    ? createNotifications({ models: deps.models, wechat, config: deps.config.wechat, clock, log })
    : undefined
  const duplicates = createDuplicatesService({
    models: deps.models,
    clock,
    stats: deps.stats,
    onAnswered: async (message, messageLog) => {
      if (notifications) await notifications.answered(message, messageLog)
      else if (message.notifyOnAnswer) {
        messageLog.warn(
          { messageId: String(message._id) },
          'answer notice not sent: WeChat is not configured for npm run reconcile',
        )
      }
    },
  })
  const answered = await duplicates.finishWaitingDuplicates(log)
  await notifications?.settled()
  return answered
}
