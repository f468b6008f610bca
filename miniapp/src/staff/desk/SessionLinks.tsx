import { View } from '@tarojs/components'
import { pressable } from '../../a11y/pressable'
import { signOutStaff } from '../navigation'

/** The 大字 switch of a page that offers it (useElderModeSwitch). */
export interface ElderSwitch {
  on: boolean
  toggle: () => void
}

/** 大字 / 标准字: 长辈模式 for the staff member's own screen (keyboard-reachable switch). */
export function ElderModeLink({ elder, className }: { elder: ElderSwitch; className: string }) {
  return (
    <View
      className={className}
      {...pressable(elder.toggle)}
      role="switch"
      aria-checked={elder.on ? 'true' : 'false'}
      data-testid="staff-elder-mode"
    >
      {elder.on ? '标准字' : '大字'}
    </View>
  )
}

/** 退出登录: ends the session on the server too, then the login page. */
export function SignOutLink({ className }: { className: string }) {
  return (
    <View
      className={className}
      {...pressable(() => void signOutStaff())}
      data-testid="staff-logout"
    >
      退出登录
    </View>
  )
}
