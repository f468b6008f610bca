// The intake module's front door: messages received by phone, letter, visit or as 12345 工单
// (代录入 and the 12345 interface), the answers delivered back to 12345, and the 查询码 SMS.
export { createIntakeModule, hotlineAnswersFor } from './intake.module'
export type { HotlineAnswers } from './hotline-answers'
export type { SmsSender } from './sms'
