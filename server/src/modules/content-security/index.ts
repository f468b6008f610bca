// The content-security module's front door: WeChat's check of citizens' texts.
export {
  contentCheckView,
  createContentSecurity,
  type ContentSecurity,
} from './content-security.service'
