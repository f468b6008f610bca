import { z } from 'zod'
import { belongsToUnit, STAFF_ROLES } from '../permissions/roles'
import { countCharacters } from '../text'
import { unitCodeSchema } from './message'

/** Limits of staff account fields, shared by the server, the CLI and the staff pages. */
export const STAFF_LIMITS = {
  usernameMin: 3,
  usernameMax: 32,
  displayNameMax: 20,
  passwordMin: 10,
  // Bounds the work one login can cost (argon2 hashes the whole input).
  passwordMax: 128,
} as const

const USERNAME_MESSAGE = `用户名须为 ${STAFF_LIMITS.usernameMin}–${STAFF_LIMITS.usernameMax} 位小写字母、数字、点、下划线或连字符`

/** A staff username: lowercase letters, digits, '.', '_' and '-'; upper case is folded. */
export const staffUsernameSchema = z
  .string({ error: '请填写用户名' })
  .trim()
  .toLowerCase()
  .regex(
    new RegExp(`^[a-z0-9._-]{${STAFF_LIMITS.usernameMin},${STAFF_LIMITS.usernameMax}}$`),
    USERNAME_MESSAGE,
  )

/** The role of an account. */
export const staffRoleSchema = z.enum(STAFF_ROLES, {
  error:
    '请选择角色：handler（经办人）、unit-head（科室负责人）、office（办公室）或 admin（系统管理员）',
})

/** The Chinese name colleagues see, e.g. 张三. */
export const staffDisplayNameSchema = z
  .string({ error: '请填写姓名' })
  .trim()
  .refine((v) => v.length > 0, '请填写姓名')
  .refine(
    (v) => countCharacters(v) <= STAFF_LIMITS.displayNameMax,
    `姓名不能超过${STAFF_LIMITS.displayNameMax}个字`,
  )

/** A new password; only its length is ruled, as current guidance advises. */
export const staffPasswordSchema = z
  .string({ error: '请填写密码' })
  .min(STAFF_LIMITS.passwordMin, `密码至少${STAFF_LIMITS.passwordMin}个字符`)
  .max(STAFF_LIMITS.passwordMax, `密码不能超过${STAFF_LIMITS.passwordMax}个字符`)

/** A staff account to create (the password travels separately, never with these fields). */
export const newStaffAccountSchema = z
  .object({
    /** Login name, e.g. zhangsan. */
    username: staffUsernameSchema,
    /** Chinese name shown to colleagues. */
    displayName: staffDisplayNameSchema,
    /** 经办人 / 科室负责人 / 办公室 / 系统管理员. */
    role: staffRoleSchema,
    /** Unit code; required for a handler or unit head, who work only on that unit's messages. */
    unit: unitCodeSchema.optional(),
  })
  .superRefine((account, ctx) => {
    if (belongsToUnit(account.role) && !account.unit) {
      const message =
        account.role === 'handler' ? '经办人须指定所属科室' : '科室负责人须指定所属科室'
      ctx.addIssue({ code: 'custom', path: ['unit'], message })
    }
  })
export type NewStaffAccount = z.infer<typeof newStaffAccountSchema>

/** The body of POST /staff/session. */
export const staffLoginSchema = z.object({
  /** Login name; compared case-insensitively. Its format is not checked, so a typo is a 401. */
  username: z
    .string({ error: '请填写用户名' })
    .trim()
    .toLowerCase()
    .min(1, '请填写用户名')
    .max(64, '用户名不能超过64个字符'),
  /** The password, exactly as typed. */
  password: z
    .string({ error: '请填写密码' })
    .min(1, '请填写密码')
    .max(STAFF_LIMITS.passwordMax, `密码不能超过${STAFF_LIMITS.passwordMax}个字符`),
})
export type StaffLogin = z.infer<typeof staffLoginSchema>

/** A staff member as the API shows them to the staff pages. */
export const staffProfileSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  unit: z.string().optional(),
})
export type StaffProfile = z.infer<typeof staffProfileSchema>

/** The answer to a successful login. The token is shown this once; the server keeps its hash. */
export const staffSessionSchema = z.object({
  /** Send as `Authorization: Bearer <token>` (the H5 pages use the cookie instead). */
  token: z.string(),
  /** ISO 8601 instant after which the token no longer works. */
  expiresAt: z.string(),
  staff: staffProfileSchema,
})
export type StaffSession = z.infer<typeof staffSessionSchema>

/** The path parameters of PUT /staff/calendar/:year. */
export const staffCalendarParamsSchema = z.object({
  /** The year whose official schedule the body holds. */
  year: z.coerce
    .number({ error: '年份须为 2000 到 2100 之间的整数' })
    .int('年份须为 2000 到 2100 之间的整数')
    .min(2000, '年份须为 2000 到 2100 之间的整数')
    .max(2100, '年份须为 2000 到 2100 之间的整数'),
})
