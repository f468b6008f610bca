import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import {
  canRecordIntake,
  formatLookupCode,
  isBureauWide,
  MESSAGE_CHANNELS,
  MESSAGE_CHANNEL_LABELS,
  type MessageChannel,
  MESSAGE_CATEGORIES,
  MESSAGE_CATEGORY_LABELS,
  STAFF_SEARCH_MAX,
  staffRoleLabels,
  type InboxView,
  type MessageCategory,
  type StaffMessageListItem,
} from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { isApiError } from '../../services/api'
import { isSignedOut, staffLogout } from '../../services/staff'
import { listStaffMessages, type InboxQuery } from '../../services/staff-messages'
import { SearchBar } from '../../components/SearchBar'
import { useElderModeSwitch } from '../../stores/elder-mode'
import { staffSession } from '../../stores/staff-session'
import { deadlineText, deadlineTone, INBOX_VIEW_LABELS, inboxViewsFor } from '../labels'
import { openStaffPage, STAFF_LOGIN_URL, toStaffLogin } from '../navigation'
import './index.scss'
import { pressable } from '../../a11y/pressable'

const PAGE_SIZE = 20

type LoadMode = 'replace' | 'more'

/** What a search asks for: words, 查询码 or phone, and filters; sent as typed. */
interface Criteria {
  q: string
  category?: MessageCategory | undefined
  channel?: MessageChannel | undefined
  from: string
  to: string
}

/** A tab, or a search over every state (the server does the matching). */
type Target = { view: InboxView } | { criteria: Criteria }

const NO_CRITERIA: Criteria = { q: '', from: '', to: '' }

const isSearch = (criteria: Criteria) =>
  Boolean(
    criteria.q.trim() ||
    criteria.category ||
    criteria.channel ||
    criteria.from.trim() ||
    criteria.to.trim(),
  )

function queryOf(target: Target): InboxQuery {
  if ('view' in target) return { view: target.view }
  const { q, category, channel, from, to } = target.criteria
  return {
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(category ? { category } : {}),
    ...(channel ? { channel } : {}),
    ...(from.trim() ? { from: from.trim() } : {}),
    ...(to.trim() ? { to: to.trim() } : {}),
  }
}

/** 留言办理: the inbox tabs, a page of rows at a time (cursor), refresh and logout. */
export default function StaffInbox() {
  const [session] = useState(() => staffSession())
  const views = session ? inboxViewsFor(session.staff.role) : []
  const [view, setView] = useState<InboxView>(views[0] ?? 'open')
  // The search being typed, and the one whose results are shown (null: the tab is shown).
  const [criteria, setCriteria] = useState<Criteria>(NO_CRITERIA)
  const [searched, setSearched] = useState<Criteria | null>(null)
  const target = (): Target => (searched ? { criteria: searched } : { view })
  const [items, setItems] = useState<StaffMessageListItem[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState<LoadMode | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  // Only the answer to the latest request is shown (tabs can change while one is on its way).
  const latest = useRef(0)
  const elder = useElderModeSwitch()

  async function load(what: Target, mode: LoadMode, cursor?: string) {
    const ticket = ++latest.current
    setLoading(mode)
    setProblem(null)
    try {
      const page = await listStaffMessages({
        ...queryOf(what),
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
    load(target(), 'replace')
  })

  useReachBottom(() => {
    if (nextCursor && !loading) load(target(), 'more', nextCursor)
  })

  usePullDownRefresh(() => {
    load(target(), 'replace').finally(() => {
      Taro.stopPullDownRefresh()
    })
  })

  function show(what: Target) {
    setItems([])
    setNextCursor(null)
    setLoaded(false)
    load(what, 'replace')
  }

  function selectView(next: InboxView) {
    if (next === view && !searched) return
    setView(next)
    setSearched(null)
    show({ view: next })
  }

  function search(next: Criteria = criteria) {
    if (!isSearch(next)) {
      clearSearch()
      return
    }
    setSearched(next)
    show({ criteria: next })
  }

  function clearSearch() {
    setCriteria(NO_CRITERIA)
    setSearched(null)
    show({ view })
  }

  function selectCategory(category: MessageCategory | undefined) {
    const next = { ...criteria, category }
    setCriteria(next)
    search(next)
  }

  function selectChannel(channel: MessageChannel | undefined) {
    const next = { ...criteria, channel }
    setCriteria(next)
    search(next)
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
          {canRecordIntake(session.staff) ? (
            <View
              className="zm-link staff-inbox__bar-action"
              {...pressable(() => openStaffPage('/staff/intake/index'), 'link')}
              data-testid="inbox-intake"
            >
              代录入
            </View>
          ) : null}
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
            {...pressable(() => load(target(), 'replace'))}
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

      <View className="staff-inbox__search" data-testid="inbox-search-panel">
        <SearchBar
          testId="inbox-search"
          value={criteria.q}
          placeholder="查询码、来电号码或标题内容中的词语"
          label="搜索留言：查询码、来电号码或标题内容中的词语"
          maxLength={STAFF_SEARCH_MAX}
          onChange={(q) => setCriteria({ ...criteria, q })}
          onSearch={() => search()}
        />
        <View className="staff-inbox__filters" role="group" aria-label="按留言类型筛选">
          {[undefined, ...MESSAGE_CATEGORIES].map((category) => (
            <View
              key={category ?? 'all'}
              className={
                criteria.category === category
                  ? 'zm-badge staff-inbox__filter staff-inbox__filter--selected'
                  : 'zm-badge staff-inbox__filter'
              }
              role="radio"
              aria-checked={criteria.category === category ? 'true' : 'false'}
              data-testid={`inbox-category-${category ?? 'all'}`}
              onClick={() => selectCategory(category)}
            >
              {category ? MESSAGE_CATEGORY_LABELS[category] : '全部类型'}
            </View>
          ))}
        </View>
        <View className="staff-inbox__filters" role="group" aria-label="按来源渠道筛选">
          {[undefined, ...MESSAGE_CHANNELS].map((channel) => (
            <View
              key={channel ?? 'all'}
              className={
                criteria.channel === channel
                  ? 'zm-badge staff-inbox__filter staff-inbox__filter--selected'
                  : 'zm-badge staff-inbox__filter'
              }
              role="radio"
              aria-checked={criteria.channel === channel ? 'true' : 'false'}
              data-testid={`inbox-channel-${channel ?? 'all'}`}
              onClick={() => selectChannel(channel)}
            >
              {channel ? MESSAGE_CHANNEL_LABELS[channel] : '全部渠道'}
            </View>
          ))}
        </View>
        <View className="staff-inbox__filters">
          <Text className="zm-muted">收到日期</Text>
          <Input
            className="zm-input staff-inbox__date"
            type="text"
            maxlength={10}
            placeholder="起 2026-03-01"
            aria-label="收到日期起（年-月-日）"
            data-testid="inbox-from"
            value={criteria.from}
            onInput={(event) => setCriteria({ ...criteria, from: event.detail.value })}
            onConfirm={() => search()}
          />
          <Input
            className="zm-input staff-inbox__date"
            type="text"
            maxlength={10}
            placeholder="止 2026-03-31"
            aria-label="收到日期止（年-月-日）"
            data-testid="inbox-to"
            value={criteria.to}
            onInput={(event) => setCriteria({ ...criteria, to: event.detail.value })}
            onConfirm={() => search()}
          />
        </View>
        {searched ? (
          <View className="staff-inbox__filters">
            <Text className="zm-muted" data-testid="inbox-search-state">
              搜索结果（全部状态）
            </Text>
            <View
              className="zm-link staff-inbox__bar-action"
              role="button"
              data-testid="inbox-search-clear"
              onClick={clearSearch}
            >
              清除搜索
            </View>
          </View>
        ) : null}
      </View>

      <View className="staff-tabs" role="tablist">
        {views.map((key) => (
          <View
            key={key}
            className={
              key === view && !searched
                ? 'staff-tabs__tab staff-tabs__tab--selected'
                : 'staff-tabs__tab'
            }
            role="tab"
            aria-selected={key === view && !searched ? 'true' : 'false'}
            data-testid={`inbox-tab-${key}`}
            data-selected={key === view && !searched ? 'true' : 'false'}
            onClick={() => selectView(key)}
          >
            {INBOX_VIEW_LABELS[key]}
          </View>
        ))}
      </View>

      {problem ? (
        <View className="zm-problem" role="alert" data-testid="inbox-error">
          <Text>{problem}</Text>
          <View className="zm-link" {...pressable(() => load(target(), 'replace'))}>
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
          {searched ? '没有找到符合条件的留言。' : `“${INBOX_VIEW_LABELS[view]}”中暂无留言。`}
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
            {item.channel && item.channel !== 'app' ? (
              <Text className="zm-badge" data-testid="row-channel">
                {MESSAGE_CHANNEL_LABELS[item.channel]}
              </Text>
            ) : null}
            <Text className="inbox-row__unit" data-testid="row-unit">
              {item.unitName ?? item.unit ?? '待分办'}
            </Text>
          </View>
          <View className="inbox-row__meta">
            <Text className="inbox-row__unit" data-testid="row-code">
              查询码 {formatLookupCode(item.code)}
            </Text>
            <Text className="inbox-row__unit" data-testid="row-received">
              收到 {item.receivedAt.slice(0, 10)}
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
            {item.signoff ? (
              <Text
                className={`zm-badge ${item.signoff === 'pending' ? 'zm-badge--warning' : 'zm-badge--danger'}`}
                data-testid="row-signoff"
              >
                {item.signoff === 'pending' ? '待签发' : '退回修改'}
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
            {item.mergedIntoCode ? (
              <Text className="zm-badge" data-testid="row-merged">
                已与 {formatLookupCode(item.mergedIntoCode)} 合并办理
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
          {...pressable(() => load(target(), 'more', nextCursor))}
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
