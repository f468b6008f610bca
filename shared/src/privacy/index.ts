// Personal-data detection and masking for publishing answers (回复选登): the server refuses to
// publish while findings remain, the office editor highlights them and proposes masked text.
export type { DetectionContext, Finding, PersonalDataKind, RedactionResult } from './types'
export { PERSONAL_DATA_KINDS } from './types'
export { detectPersonalData } from './detect'
export { maskPersonalData, redactPersonalData } from './mask'
export { normalizeForDetection } from './digits'
export {
  classifyIdCardNumber,
  idCardCheckCharacter,
  isPlausibleBirthDate,
  isValidIdCardNumber,
  maskIdCard,
  type IdCardValidity,
} from './id-card'
export { isPlausibleBankCardNumber, maskBankCard, passesLuhn } from './bank-card'
export { areaCodeLength, maskPhone } from './phone'
export { COMMON_SURNAMES, COMPOUND_SURNAMES, HONORIFICS } from './names'
export { maskName } from './name-shape'
export {
  maskPublicationText,
  publicationFieldsOf,
  scanPublicationText,
  type PublicationText,
} from './draft'
