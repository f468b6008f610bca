// Which units' answers need sign-off (审核/签发) before they reach the citizen, and by whom.
// Data, not code: edit answer-signoff.json beside this file, e.g.
//   { "units": { "social-insurance": "unit-head", "labor-inspection": "office" } }
// A unit not listed needs none (its handlers' answers go out at once, as before). Checked when
// the configuration loads: an unknown unit or level stops the server with the reason.
import { z } from 'zod'
import { SIGNOFF_LEVELS, type SignoffRules } from '@zhengmin/shared'
import shipped from './answer-signoff.json'
import { findUnit } from './units'

export const answerSignoffSchema = z.object({
  /** Unit code → none / unit-head / office. */
  units: z.record(
    z.string().refine((code) => findUnit(code)?.answersMessages === true, '不是答复留言的科室代码'),
    z.enum(SIGNOFF_LEVELS, { error: '签发方式须为 none、unit-head 或 office' }),
  ),
})

/** The rules in a parsed file. */
export function signoffRulesOf(file: z.infer<typeof answerSignoffSchema>): SignoffRules {
  return file.units
}

/** The shipped rules, checked when the configuration loads. */
export const ANSWER_SIGNOFF: SignoffRules = signoffRulesOf(answerSignoffSchema.parse(shipped))
