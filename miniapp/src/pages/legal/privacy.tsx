import { LegalView } from './LegalView'
import { PRIVACY_POLICY } from './content'

/** 隐私政策 */
export default function PrivacyPolicy() {
  return <LegalView document={PRIVACY_POLICY} testId="privacy-policy" />
}
