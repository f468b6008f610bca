import { Text, View } from '@tarojs/components'
import type { StaffSession } from '@zhengmin/shared'
import { createContext, useContext, type ReactNode } from 'react'
import { pressable } from '../../a11y/pressable'
import { switchStaffSection } from '../navigation'
import { signedInText, staffSections, type StaffSectionKey } from './sections'
import { ElderModeLink, SignOutLink, type ElderSwitch } from './SessionLinks'
import { useDeskLayout } from './useDeskLayout'
import './StaffShell.scss'

/** Whether a frame is already drawn around this part (the message beside the desk inbox). */
const InsideShell = createContext(false)

/**
 * The frame of a staff page. On a desk-wide browser window: a header saying who is signed in,
 * a side navigation to the sections this role may use, and the page in a centred column of
 * desk width. Elsewhere (phones, the mini-program), and inside another frame, the page alone.
 */
export function StaffShell({
  current,
  session,
  elder,
  children,
}: {
  current: StaffSectionKey
  session: StaffSession | null
  elder?: ElderSwitch
  children: ReactNode
}) {
  const desk = useDeskLayout()
  const nested = useContext(InsideShell)
  if (!desk || !session || nested) return <>{children}</>
  return (
    <InsideShell.Provider value>
      <View className="staff-desk" data-testid="staff-desk">
        <View className="staff-desk__header">
          <Text className="staff-desk__product">政民互动 · 工作台</Text>
          <View className="staff-desk__header-end">
            <Text className="staff-desk__who" data-testid="staff-who">
              {signedInText(session.staff)}
            </Text>
            {elder ? <ElderModeLink elder={elder} className="staff-desk__action" /> : null}
            <SignOutLink className="staff-desk__action" />
          </View>
        </View>
        <View className="staff-desk__body">
          <View
            className="staff-desk__nav"
            role="navigation"
            aria-label="工作人员导航"
            data-testid="staff-nav"
          >
            {staffSections(session.staff).map((section) => (
              <View
                key={section.key}
                className={
                  section.key === current
                    ? 'staff-desk__nav-item staff-desk__nav-item--current'
                    : 'staff-desk__nav-item'
                }
                {...pressable(() => {
                  if (section.key !== current) switchStaffSection(section.url)
                }, 'link')}
                aria-current={section.key === current ? 'page' : undefined}
                data-testid={`staff-nav-${section.key}`}
              >
                {section.label}
              </View>
            ))}
          </View>
          <View className="staff-desk__main">{children}</View>
        </View>
      </View>
    </InsideShell.Provider>
  )
}
