import Taro from '@tarojs/taro'
import { staffLogout } from '../services/staff'

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

/** Opens another section of the staff pages in place of this one (the desk navigation). */
export function switchStaffSection(url: string) {
  Taro.redirectTo({ url }).catch(() => {
    Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}

/** Signs out (on the server too) and starts again at the login page. */
export async function signOutStaff() {
  await staffLogout()
  Taro.reLaunch({ url: STAFF_LOGIN_URL }).catch(() => {})
}
