/**
 * Build-time settings, injected by miniapp/config/index.ts (defineConstants). The rest of the app
 * reads them from here, never from process.env.
 */

/** Origin of the API without a trailing slash; '' means the origin the H5 page came from. */
export const API_BASE: string = ZHENGMIN_API_BASE

/** Subscribe-message template of the answer notice, or null: no notice is offered then. */
export const ANSWER_TEMPLATE_ID: string | null = ZHENGMIN_ANSWER_TEMPLATE_ID || null

/** The bureau's 政务微信 account, or null while it is not published (never a made-up name). */
export interface WechatAccount {
  name: string | null
  qrCodeUrl: string | null
}

export function wechatAccount(): WechatAccount {
  return {
    name: ZHENGMIN_WECHAT_ACCOUNT_NAME || null,
    qrCodeUrl: ZHENGMIN_WECHAT_QR_URL || null,
  }
}
