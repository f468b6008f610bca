import { Text, View } from '@tarojs/components'
import type { StaffSession } from '@zhengmin/shared'
import { pressable } from '../../a11y/pressable'
import { ElderModeLink, SignOutLink, type ElderSwitch } from '../desk/SessionLinks'
import { signedInText, staffSections } from '../desk/sections'
import { openStaffPage } from '../navigation'

/**
 * The inbox's top bar on a phone: who is signed in, 大字, the other sections this role may
 * use, 刷新 and 退出登录. (On a desk the frame's header and navigation hold these.)
 */
export function PhoneBar({
  session,
  elder,
  onRefresh,
}: {
  session: StaffSession
  elder: ElderSwitch
  onRefresh: () => void
}) {
  const others = staffSections(session.staff).filter((section) => section.key !== 'inbox')
  return (
    <View className="staff-inbox__bar">
      <Text className="staff-inbox__who" data-testid="staff-who">
        {signedInText(session.staff)}
      </Text>
      <View className="staff-inbox__bar-actions">
        <ElderModeLink elder={elder} className="zm-link staff-inbox__bar-action" />
        {others.map((section) => (
          <View
            key={section.key}
            className="zm-link staff-inbox__bar-action"
            {...pressable(() => openStaffPage(section.url), 'link')}
            data-testid={`inbox-${section.key === 'dashboard' ? 'stats' : section.key}`}
          >
            {section.label}
          </View>
        ))}
        <View
          className="zm-link staff-inbox__bar-action"
          {...pressable(onRefresh)}
          data-testid="inbox-refresh"
        >
          刷新
        </View>
        <SignOutLink className="zm-link staff-inbox__bar-action" />
      </View>
    </View>
  )
}
