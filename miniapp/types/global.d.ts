/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by the build; affects the output. */
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform being built. */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
  }
}

// Build-time constants (miniapp/config/index.ts, defineConstants; jest defines them as globals).
/** Origin of the API ('' = same origin, as for H5 served by the server). */
declare const ZHENGMIN_API_BASE: string
/** The bureau's 政务微信 account name; '' until it is published. */
declare const ZHENGMIN_WECHAT_ACCOUNT_NAME: string
/** URL of the account's QR-code image; '' until it is published. */
declare const ZHENGMIN_WECHAT_QR_URL: string
/** Subscribe-message template of the answer notice; '' when not configured. */
declare const ZHENGMIN_ANSWER_TEMPLATE_ID: string
