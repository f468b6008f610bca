import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import {
  isBureauWide,
  MESSAGE_CATEGORY_LABELS,
  staffRoleLabels,
  type InboxView,
  type StaffMessageListItem,
} from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { isApiError } from '../../services/api'
import { isSignedOut, staffLogout } from '../../services/staff'
import { listStaffMessages } from '../../services/staff-messages'
import { useElderModeSwitch } from '../../stores/elder-mode'
import { staffSession } from '../../stores/staff-session'
import { deadlineText, deadlineTone, INBOX_VIEW_LABELS, inboxViewsFor } from '../labels'
import { openStaffPage, STAFF_LOGIN_URL, toStaffLogin } from '../navigation'
import './index.scss'
import { pressable } from '../../a11y/pressable'

const PAGE_SIZE = 20

type LoadMode = 'replace' | 'more'

/** 留言办理: the inbox tabs, a page of rows at a time (cursor), refresh and logout. */
export default function StaffInbox() {
  const [session] = useState(() => staffSession())
  const views = session ? inboxViewsFor(session.staff.role) : []
  const [view, setView] = useState<InboxView>(views[0] ?? 'open')
  const [items, setItems] = useState<StaffMessageListItem[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState<LoadMode | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  // Only the answer to the latest request is shown (tabs can change while one is on its way).
  const latest = useRef(0)
  const elder = useElderModeSwitch()

  async function load(target: InboxView, mode: LoadMode, cursor?: string) {
    const ticket = ++latest.current
    setLoading(mode)
    setProblem(null)
    try {
      const page = await listStaffMessages({
        view: target,
        limit: PAGE_SIZE,
        ...(mode === 'more' && cursor ? { cursor } : {}),
      })
      if (ticket !== latest.current) return
      setItems((previous) => (mode === 'more' ? [...previous, ...page.items] : page.items))
      setNextCursor(page.nextCursor ?? null)
      setLoaded(true)
    } catch (error) {
      if (ticket !== latest.current) return
      if (isSignedOut(error)) {
        toStaffLogin(true)
        return
      }
      setProblem(isApiError(error) ? error.message : '加载失败，请稍后重试')
    } finally {
      if (ticket === latest.current) setLoading(null)
    }
  }

  useDidShow(() => {
    if (!session) {
      toStaffLogin(false)
      return
    }
    load(view, 'replace')
  })

  useReachBottom(() => {
    if (nextCursor && !loading) load(view, 'more', nextCursor)
  })

  usePullDownRefresh(() => {
    load(view, 'replace').finally(() => {
      Taro.stopPullDownRefresh()
    })
  })

  function selectView(target: InboxView) {
    if (target === view) return
    setView(target)
    setItems([])
    setNextCursor(null)
    setLoaded(false)
    load(target, 'replace')
  }

  async function logout() {
    await staffLogout()
    Taro.reLaunch({ url: STAFF_LOGIN_URL }).catch(() => {})
  }

  function open(id: string) {
    openStaffPage(`/staff/detail/index?id=${encodeURIComponent(id)}`)
  }

  if (!session) return <View className="zm-page" data-testid="staff-inbox" />

  return (
    <View className={`zm-page staff-inbox ${elder.elderClass}`} data-testid="staff-inbox">
      <View className="staff-inbox__bar">
        <Text className="staff-inbox__who" data-testid="staff-who">
          {session.staff.displayName}（{staffRoleLabels[session.staff.role]}）
        </Text>
        <View className="staff-inbox__bar-actions">
          <View
            className="zm-link staff-inbox__bar-action"
            role="switch"
            aria-checked={elder.on ? 'true' : 'false'}
            data-testid="staff-elder-mode"
            onClick={elder.toggle}
          >
            {elder.on ? '标准字' : '大字'}
          </View>
          <View
            className="zm-link staff-inbox__bar-action"
            {...pressable(() => openStaffPage('/staff/dashboard/index'), 'link')}
            data-testid="inbox-stats"
          >
            统计
          </View>
          {isBureauWide(session.staff.role) ? (
            <View
              className="zm-link staff-inbox__bar-action"
              {...pressable(() => openStaffPage('/staff/publications/index'), 'link')}
              data-testid="inbox-publications"
            >
              回复选登
            </View>
          ) : null}
          {isBureauWide(session.staff.role) ? (
            <View
              className="zm-link staff-inbox__bar-action"
              {...pressable(() => openStaffPage('/staff/guides/index'), 'link')}
              data-testid="inbox-guides"
            >
              办事指南
            </View>
          ) : null}
          <View
            className="zm-link staff-inbox__bar-action"
            {...pressable(() => load(view, 'replace'))}
            data-testid="inbox-refresh"
          >
            刷新
          </View>
          <View
            className="zm-link staff-inbox__bar-action"
            {...pressable(logout)}
            data-testid="staff-logout"
          >
            退出登录
          </View>
        </View>
      </View>

      <View className="staff-tabs" role="tablist">
        {views.map((key) => (
          <View
            key={key}
            className={
              key === view ? 'staff-tabs__tab staff-tabs__tab--selected' : 'staff-tabs__tab'
            }
            role="tab"
            aria-selected={key === view ? 'true' : 'false'}
            data-testid={`inbox-tab-${key}`}
            data-selected={key === view ? 'true' : 'false'}
            onClick={() => selectView(key)}
          >
            {INBOX_VIEW_LABELS[key]}
          </View>
        ))}
      </View>

      {problem ? (
        <View className="zm-problem" role="alert" data-testid="inbox-error">
          <Text>{problem}</Text>
          <View className="zm-link" {...pressable(() => load(view, 'replace'))}>
            重试
          </View>
        </View>
      ) : null}

      {loading === 'replace' && items.length === 0 ? (
        <Text className="zm-muted staff-inbox__state" data-testid="inbox-loading">
          正在加载…
        </Text>
      ) : null}

      {loaded && !problem && items.length === 0 && loading === null ? (
        <Text className="zm-muted staff-inbox__state" data-testid="inbox-empty">
          “{INBOX_VIEW_LABELS[view]}”中暂无留言。
        </Text>
      ) : null}

      {items.map((item) => (
        <View
          key={item.id}
          className="zm-card inbox-row"
          {...pressable(() => open(item.id))}
          data-testid="inbox-row"
          data-id={item.id}
        >
          <Text className="inbox-row__title" data-testid="row-title">
            {item.title}
          </Text>
          <View className="inbox-row__meta">
            <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[item.category]}</Text>
            <Text className="inbox-row__unit" data-testid="row-unit">
              {item.unitName ?? item.unit ?? '待分办'}
            </Text>
          </View>
          <View className="inbox-row__meta">
            <Text
              className={`inbox-row__days inbox-row__days--${deadlineTone(item)}`}
              data-testid="row-days"
            >
              {deadlineText(item)}
            </Text>
            {item.provisional ? (
              <Text className="zm-badge zm-badge--warning" data-testid="row-provisional">
                期限暂定
              </Text>
            ) : null}
            {item.extensionStatus === 'requested' ? (
              <Text className="zm-badge zm-badge--warning" data-testid="row-extension">
                延期待审批
              </Text>
            ) : item.extended ? (
              <Text className="zm-badge" data-testid="row-extended">
                已延期
              </Text>
            ) : null}
          </View>
        </View>
      ))}

      {nextCursor ? (
        <Button
          className="zm-button zm-button--secondary"
          data-testid="inbox-more"
          disabled={loading !== null || undefined}
          {...pressable(() => load(view, 'more', nextCursor))}
        >
          {loading === 'more' ? '正在加载…' : '加载更多'}
        </Button>
      ) : items.length > 0 ? (
        <Text className="zm-muted staff-inbox__state" data-testid="inbox-end">
          没有更多了
        </Text>
      ) : null}
    </View>
  )
}
