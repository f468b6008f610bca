import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { InboxView } from '@zhengmin/shared'
import { useState } from 'react'
import { pressable } from '../../a11y/pressable'
import { listStaffMessages } from '../../services/staff-messages'
import { useElderModeSwitch } from '../../stores/elder-mode'
import type StaffMessageDetailPage from '../detail/index'
import { StaffShell } from '../desk/StaffShell'
import { useDeskLayout } from '../desk/useDeskLayout'
import { INBOX_VIEW_LABELS, inboxViewsFor } from '../labels'
import { LoadState } from '../LoadState'
import { StaffTabs } from '../StaffTabs'
import { openStaffPage } from '../navigation'
import { useStaffData } from '../useStaffData'
import { isSearch, NO_CRITERIA, queryOf, type Criteria, type Target } from './criteria'
import { InboxCards } from './InboxCards'
import { InboxSearch } from './InboxSearch'
import { InboxTable } from './InboxTable'
import { PhoneBar } from './PhoneBar'
import type { InboxRows } from './rows'
import { useShownRow } from './useShownRow'
import './index.scss'

const PAGE_SIZE = 20

// The message beside the table is part of the browser's desk layout only. In the mini-program
// the message is a page of its own, and a page module that another page imports is no longer
// registered as a page (the weapp build drops this branch).
const DeskMessageDetail: typeof StaffMessageDetailPage | null =
  process.env.TARO_ENV === 'h5'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- H5 only, see above
      (require('../detail/index') as { default: typeof StaffMessageDetailPage }).default
    : null

/**
 * 留言办理: the inbox tabs, a page of rows at a time (cursor), search, refresh. On a phone a
 * row opens the message's page; on a desk the rows are a table with the chosen message beside it.
 */
export default function StaffInbox() {
  const rows = useStaffData<InboxRows>()
  const { session } = rows
  const desk = useDeskLayout()
  const views = session ? inboxViewsFor(session.staff.role) : []
  const [view, setView] = useState<InboxView>(views[0] ?? 'open')
  // The search being typed, and the one whose results are shown (null: the tab is shown).
  const [criteria, setCriteria] = useState<Criteria>(NO_CRITERIA)
  const [searched, setSearched] = useState<Criteria | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const elder = useElderModeSwitch()
  const target = (): Target => (searched ? { criteria: searched } : { view })
  const items = rows.data?.items ?? []
  const nextCursor = rows.data?.nextCursor ?? null

  function load(what: Target, cursor?: string) {
    return rows.load(
      async () => {
        const page = await listStaffMessages({
          ...queryOf(what),
          limit: PAGE_SIZE,
          ...(cursor ? { cursor } : {}),
        })
        return { items: page.items, nextCursor: page.nextCursor ?? null }
      },
      (previous, page) =>
        cursor && previous ? { ...page, items: [...previous.items, ...page.items] } : page,
    )
  }

  useDidShow(() => {
    void load(target())
  })

  useReachBottom(() => {
    if (nextCursor && !rows.loading) void load(target(), nextCursor)
  })

  usePullDownRefresh(() => {
    load(target()).finally(() => {
      Taro.stopPullDownRefresh()
    })
  })

  function show(what: Target) {
    rows.setData(null)
    void load(what)
  }

  function selectView(next: InboxView) {
    if (next === view && !searched) return
    setView(next)
    setSearched(null)
    show({ view: next })
  }

  function search(next: Criteria) {
    if (!isSearch(next)) return clearSearch()
    setSearched(next)
    show({ criteria: next })
  }

  function clearSearch() {
    setCriteria(NO_CRITERIA)
    setSearched(null)
    show({ view })
  }

  // The message beside the table was loaded or acted on: its row (and its merged duplicates'
  // rows) show the same at once, in place: no reload, so the selection and the scroll position
  // stay; 刷新 re-sorts the tab.
  const showRow = useShownRow(rows.data, rows.setData)

  function open(id: string) {
    openStaffPage(`/staff/detail/index?id=${encodeURIComponent(id)}`)
  }

  if (!session) return <View className="zm-page" data-testid="staff-inbox" />

  const list = (
    <View className="staff-inbox__list">
      <InboxSearch
        criteria={criteria}
        searching={searched !== null}
        onChange={setCriteria}
        onSearch={search}
        onClear={clearSearch}
      />
      <StaffTabs
        labels={views.map((key) => [key, INBOX_VIEW_LABELS[key]] as const)}
        selected={searched ? null : view}
        testIdPrefix="inbox-tab"
        onSelect={selectView}
      />
      {desk ? (
        <View
          className="zm-link staff-inbox__refresh"
          {...pressable(() => void load(target()))}
          data-testid="inbox-refresh"
        >
          刷新
        </View>
      ) : null}

      <LoadState state={rows} testId="inbox" hasContent={items.length > 0} />

      {rows.data && !rows.problem && items.length === 0 && !rows.loading ? (
        <Text className="zm-muted staff-state" data-testid="inbox-empty">
          {searched ? '没有找到符合条件的留言。' : `“${INBOX_VIEW_LABELS[view]}”中暂无留言。`}
        </Text>
      ) : null}

      {desk ? (
        items.length > 0 ? (
          <InboxTable items={items} selectedId={selectedId} onSelect={setSelectedId} />
        ) : null
      ) : (
        <InboxCards items={items} onOpen={open} />
      )}

      {nextCursor ? (
        <Button
          className="zm-button zm-button--secondary"
          data-testid="inbox-more"
          disabled={rows.loading || undefined}
          {...pressable(() => void load(target(), nextCursor))}
        >
          {rows.loading ? '正在加载…' : '加载更多'}
        </Button>
      ) : items.length > 0 ? (
        <Text className="zm-muted staff-state" data-testid="inbox-end">
          没有更多了
        </Text>
      ) : null}
    </View>
  )

  return (
    <StaffShell current="inbox" session={session} elder={elder}>
      <View className={`zm-page staff-inbox ${elder.elderClass}`} data-testid="staff-inbox">
        {desk ? null : (
          <PhoneBar session={session} elder={elder} onRefresh={() => void load(target())} />
        )}
        {desk ? (
          <View className="staff-inbox__desk">
            {list}
            <View className="staff-inbox__detail" data-testid="inbox-detail">
              {selectedId && DeskMessageDetail ? (
                <DeskMessageDetail key={selectedId} messageId={selectedId} onShown={showRow} />
              ) : (
                <Text className="zm-muted staff-state">在左侧选择一条留言，详情显示在这里。</Text>
              )}
            </View>
          </View>
        ) : (
          list
        )}
      </View>
    </StaffShell>
  )
}
