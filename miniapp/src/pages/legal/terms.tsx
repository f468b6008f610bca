import { LegalView } from './LegalView'
import { USER_AGREEMENT } from './content'

/** 用户协议 */
export default function UserAgreement() {
  return <LegalView document={USER_AGREEMENT} testId="user-agreement" />
}
