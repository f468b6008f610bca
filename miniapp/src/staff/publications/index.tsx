import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { isBureauWide } from '@zhengmin/shared'
import { useState } from 'react'
import { pressable } from '../../a11y/pressable'
import { useElderModeClass } from '../../stores/elder-mode'
import { StaffShell } from '../desk/StaffShell'
import { LoadState } from '../LoadState'
import { OfficeOnly } from '../OfficeOnly'
import { StaffTabs } from '../StaffTabs'
import { useStaffData } from '../useStaffData'
import { BatchCard } from './list-parts/BatchCard'
import { CandidateRow } from './list-parts/CandidateRow'
import { PublicationRow } from './list-parts/PublicationRow'
import {
  PUBLICATION_TABS,
  rowsOf,
  TAB_LABELS,
  type PublicationRows,
  type PublicationTab,
} from './list-parts/rows'
import { useBatchPublish } from './list-parts/useBatchPublish'
import { useUnpublish } from './list-parts/useUnpublish'
import './index.scss'

/** 回复选登管理 (office): answers that may be published, the published ones, the hidden ones. */
export default function StaffPublications() {
  const list = useStaffData<PublicationRows>()
  const { session, loading, handleSignedOut } = list
  const rows = list.data?.items ?? []
  const nextCursor = list.data?.nextCursor ?? null
  const elderClass = useElderModeClass()
  const [tab, setTab] = useState<PublicationTab>('candidates')
  // The outcome of the office's own actions (batch publishing, taking down).
  const [problem, setProblem] = useState<string | null>(null)
  const actionDeps = { reload: () => void load(tab), setProblem, handleSignedOut }
  const batch = useBatchPublish(actionDeps)
  const unpublishing = useUnpublish(actionDeps)

  function load(target: PublicationTab, cursor?: string) {
    return list.load(
      () => rowsOf(target, cursor),
      (previous, page) =>
        cursor && previous ? { ...page, items: [...previous.items, ...page.items] } : page,
    )
  }

  useDidShow(() => {
    batch.refresh()
    if (session && isBureauWide(session.staff.role)) void load(tab)
  })

  useReachBottom(() => {
    if (nextCursor && !loading) void load(tab, nextCursor)
  })

  usePullDownRefresh(() => {
    load(tab).finally(() => {
      Taro.stopPullDownRefresh()
    })
  })

  function select(target: PublicationTab) {
    if (target === tab) return
    setTab(target)
    list.setData(null)
    unpublishing.cancel()
    setProblem(null)
    void load(target)
  }

  if (!session) return <View className="zm-page" data-testid="staff-publications" />
  if (!isBureauWide(session.staff.role)) {
    return (
      <StaffShell current="publications" session={session}>
        <OfficeOnly testId="staff-publications" text="回复选登由办公室负责，您的账号没有此权限。" />
      </StaffShell>
    )
  }

  return (
    <StaffShell current="publications" session={session}>
      <View className={`zm-page staff-publications ${elderClass}`} data-testid="staff-publications">
        <StaffTabs
          labels={PUBLICATION_TABS}
          selected={tab}
          testIdPrefix="publications-tab"
          onSelect={select}
        />

        {batch.drafts.length > 0 ? (
          <BatchCard
            batch={batch.drafts}
            busy={batch.busy}
            onRemove={batch.remove}
            onPublish={batch.publishAll}
          />
        ) : null}

        {problem ? (
          <View className="zm-problem" role="alert" data-testid="staff-publications-error">
            <Text>{problem}</Text>
          </View>
        ) : null}

        <LoadState state={list} testId="staff-publications-load" hasContent={rows.length > 0} />
        {list.data && !loading && !list.problem && rows.length === 0 ? (
          <Text
            className="zm-muted staff-publications__state"
            data-testid="staff-publications-empty"
          >
            {tab === 'candidates'
              ? '暂无可选登的留言（需已答复且留言人同意公开）。'
              : `“${TAB_LABELS[tab]}”中暂无内容。`}
          </Text>
        ) : null}

        {rows.map((row) =>
          row.kind === 'candidate' ? (
            <CandidateRow
              key={row.item.messageId}
              candidate={row.item}
              inBatch={batch.drafts.some((d) => d.messageId === row.item.messageId)}
            />
          ) : (
            <PublicationRow key={row.item.id} publication={row.item} unpublishing={unpublishing} />
          ),
        )}

        {nextCursor && !loading ? (
          <View
            className="zm-link staff-publications__state"
            {...pressable(() => void load(tab, nextCursor))}
          >
            加载更多
          </View>
        ) : null}
      </View>
    </StaffShell>
  )
}
