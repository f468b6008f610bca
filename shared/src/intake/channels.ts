/**
 * How a message reached the bureau (来源渠道). Citizens write through the app (`app`); the
 * others are recorded by staff (代录入) or pushed by the 12345 platform.
 */
export const MESSAGE_CHANNELS = ['app', 'phone', 'letter', 'visit', 'hotline12345'] as const
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number]

/** The channels staff record by hand (代录入): everything but the app. */
export const STAFF_INTAKE_CHANNELS = [
  'phone',
  'letter',
  'visit',
  'hotline12345',
] as const satisfies readonly MessageChannel[]
export type StaffIntakeChannel = (typeof STAFF_INTAKE_CHANNELS)[number]

/** Chinese names of the channels, as staff read them. */
export const MESSAGE_CHANNEL_LABELS: Record<MessageChannel, string> = {
  app: '网上留言',
  phone: '电话',
  letter: '来信',
  visit: '来访',
  hotline12345: '12345工单',
}

/** The channel of a stored message; messages stored before channels existed came from the app. */
export function channelOf(message: { channel?: MessageChannel | undefined }): MessageChannel {
  return message.channel ?? 'app'
}

/** How far back a receipt may be recorded: older items belong to a paper register, not here. */
export const INTAKE_MAX_AGE_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Why a receipt time cannot be recorded now, or undefined when it can: the deadline counts from
 * the real receipt, so a time in the future or more than INTAKE_MAX_AGE_DAYS back is refused.
 */
export function receiptTimeProblem(receivedAt: Date, now: Date): string | undefined {
  if (receivedAt.getTime() > now.getTime()) return '收到时间不能晚于当前时间'
  if (now.getTime() - receivedAt.getTime() > INTAKE_MAX_AGE_DAYS * DAY_MS)
    return `收到时间不能早于${INTAKE_MAX_AGE_DAYS}天前，请核对后录入`
  return undefined
}

/**
 * The MongoDB filter of a channel's messages; `app` includes messages stored before channels
 * existed (no `channel` field). Pure data: the value is one of MESSAGE_CHANNELS, never input.
 */
export function channelFilter(channel: MessageChannel): Record<string, unknown> {
  return channel === 'app' ? { channel: { $in: ['app', null] } } : { channel }
}
