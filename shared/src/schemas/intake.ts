import { z } from 'zod'
import { MESSAGE_CATEGORIES } from '../messages/categories'
import { MESSAGE_CHANNELS, STAFF_INTAKE_CHANNELS } from '../intake/channels'
import { newMessageSchema, submittedMessageSchema } from './message'
import { boundedText } from './text-field'

/** A 12345 工单号 as the platform writes it: letters, digits and hyphens. */
export const hotlineTicketIdSchema = z
  .string({ error: '请填写12345工单号' })
  .transform((v) => v.trim())
  .refine((v) => /^[A-Za-z0-9-]{4,40}$/.test(v), '工单号应为4至40位字母、数字或连字符')

/** When the message was actually received: an ISO 8601 time with its offset. */
const receivedAtSchema = z.iso
  .datetime({ offset: true, error: '请填写正确的收到时间' })
  .transform((v) => new Date(v))

const citizenName = boundedText('请填写来电/来信人姓名', 1, 20)

/**
 * POST /staff/intake: a message staff record for a citizen (代录入) that came by phone, letter,
 * a visit or as a 12345 工单. The deadline counts from `receivedAt`, not from the recording.
 */
export const staffIntakeSchema = z
  .object({
    /** How it came: 电话 / 来信 / 来访 / 12345工单. */
    channel: z.enum(STAFF_INTAKE_CHANNELS, { error: '请选择来源渠道' }),
    /** When it was actually received (checked against now by the server). */
    receivedAt: receivedAtSchema,
    /** The 12345 工单号, required for a 12345 工单 and only then. */
    hotlineTicketId: hotlineTicketIdSchema.optional(),
    category: newMessageSchema.shape.category,
    title: newMessageSchema.shape.title,
    content: newMessageSchema.shape.content,
    /** The citizen's name, as they gave it. */
    name: citizenName,
    /** The citizen's contact number: with the 查询码 it lets them follow the message. */
    phone: newMessageSchema.shape.phone,
    /** The unit the clerk thinks should answer; a suggestion for the office. */
    unit: newMessageSchema.shape.unit,
    /** Whether the citizen allows the answer to be published (redacted) in 回复选登. */
    allowPublish: newMessageSchema.shape.allowPublish,
  })
  .superRefine((input, ctx) => {
    if (input.channel === 'hotline12345' && !input.hotlineTicketId)
      ctx.addIssue({ code: 'custom', path: ['hotlineTicketId'], message: '请填写12345工单号' })
    if (input.channel !== 'hotline12345' && input.hotlineTicketId)
      ctx.addIssue({
        code: 'custom',
        path: ['hotlineTicketId'],
        message: '只有12345工单需要填写工单号',
      })
  })
export type StaffIntake = z.infer<typeof staffIntakeSchema>
export type StaffIntakeInput = z.input<typeof staffIntakeSchema>

/**
 * POST /hotline/tickets: a 工单 the 12345 platform dispatches to the bureau. Idempotent on
 * `ticketId`: the same 工单 pushed again answers with the message stored the first time.
 */
export const hotlineTicketSchema = z.object({
  /** The platform's 工单号. */
  ticketId: hotlineTicketIdSchema,
  /** When the platform received the citizen's call or request. */
  receivedAt: receivedAtSchema,
  category: z.enum(MESSAGE_CATEGORIES, {
    error: 'category 须为 consult、complaint、report 或 suggestion',
  }),
  title: newMessageSchema.shape.title,
  content: newMessageSchema.shape.content,
  name: newMessageSchema.shape.name,
  phone: newMessageSchema.shape.phone,
})
export type HotlineTicket = z.infer<typeof hotlineTicketSchema>

/** The answer to a recorded or pushed message: a submission's answer, with its channel. */
export const intakeResultSchema = submittedMessageSchema.extend({
  channel: z.enum(MESSAGE_CHANNELS),
  hotlineTicketId: z.string().optional(),
  /** Whether a text message with the 查询码 was handed to the SMS service. */
  smsSent: z.boolean(),
})
export type IntakeResult = z.infer<typeof intakeResultSchema>

/**
 * One row of GET /staff/stats/channels: the messages of a channel received in the period (by
 * the Beijing date of receipt), how many have had their first answer, how many of those came
 * on time, and how many are still unanswered past their deadline now.
 */
export const channelStatsRowSchema = z.object({
  channel: z.enum(MESSAGE_CHANNELS),
  label: z.string(),
  received: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  /** 按期答复率 over `answered`; null below the minimum sample (样本不足). */
  onTimeRate: z.object({
    value: z.number().nullable(),
    numerator: z.number().int(),
    denominator: z.number().int(),
    insufficient: z.boolean(),
  }),
  overdue: z.number().int(),
})
export type ChannelStatsRow = z.infer<typeof channelStatsRowSchema>

export const channelStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  unit: z.string().optional(),
  rows: z.array(channelStatsRowSchema),
})
export type ChannelStats = z.infer<typeof channelStatsSchema>
