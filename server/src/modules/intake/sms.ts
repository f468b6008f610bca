import type { Logger } from 'pino'
import type { IntakeConfig } from '@zhengmin/config'
import { formatLookupCode } from '@zhengmin/shared'

/**
 * Sends a text message to a citizen's phone. The product has no SMS provider contract yet:
 * the one implementation writes the message to the log (SMS_PROVIDER=log), so a real provider
 * is a new implementation of this interface and a new SMS_PROVIDER value.
 */
export interface SmsSender {
  /** True when the message was handed over; never throws (the recording stands regardless). */
  send(phone: string, text: string, log: Logger): Promise<boolean>
}

/** 139****3131: enough to tell numbers apart in the log, not enough to call. */
function maskPhone(phone: string): string {
  return phone.length > 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}

/** Writes the text to the log instead of sending it (no provider configured). */
export const loggingSmsSender: SmsSender = {
  async send(phone, text, log) {
    log.info({ to: maskPhone(phone), text }, 'SMS (log only, not sent to a phone)')
    return true
  },
}

/** Sends nothing (SMS_PROVIDER=off). */
const noSmsSender: SmsSender = {
  async send() {
    return false
  },
}

/** The sender the configuration asks for. */
export function smsSenderFor(config: IntakeConfig['sms']): SmsSender {
  return config.provider === 'log' ? loggingSmsSender : noSmsSender
}

/** The text a citizen receives with the 查询码 of a message recorded for them. */
export function lookupCodeText(code: string, dueDate: string): string {
  return `毕节市人社局：您的留言已登记，查询码 ${formatLookupCode(code)}，将于 ${dueDate} 前答复。可在“政民互动”“我的留言”中凭查询码和联系电话查看办理进度。`
}
