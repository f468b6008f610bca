import Taro from '@tarojs/taro'

export const STAFF_LOGIN_URL = '/staff/login/index'

/** Back to the staff login, saying why when the session ran out. */
export function toStaffLogin(expired: boolean) {
  if (expired) Taro.showToast({ title: '登录已失效，请重新登录', icon: 'none' })
  Taro.redirectTo({ url: STAFF_LOGIN_URL }).catch(() => {})
}

/** Opens a staff page, with a toast when it cannot be opened. */
export function openStaffPage(url: string) {
  Taro.navigateTo({ url }).catch(() => {
    Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}
