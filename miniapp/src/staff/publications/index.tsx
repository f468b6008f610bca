import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import {
  isBureauWide,
  MESSAGE_CATEGORY_LABELS,
  PERSONAL_DATA_KIND_LABELS,
  type PublicationCandidate,
  type StaffPublication,
} from '@zhengmin/shared'
import { useState } from 'react'
import { SubmitButton } from '../../components/SubmitButton'
import { failureText, isApiError } from '../../services/api'
import {
  listPublicationCandidates,
  listStaffPublications,
  publishBatch,
  unpublish,
} from '../../services/publications'
import { useElderModeClass } from '../../stores/elder-mode'
import { batchDrafts, clearBatch, removeFromBatch } from '../../stores/publication-batch'
import { formatBeijingDateTime } from '../../utils/dates'
import { StaffShell } from '../desk/StaffShell'
import { LoadState } from '../LoadState'
import { openStaffPage } from '../navigation'
import { OfficeOnly } from '../OfficeOnly'
import { StaffTabs } from '../StaffTabs'
import { useStaffData } from '../useStaffData'
import './index.scss'
import { pressable } from '../../a11y/pressable'

type Tab = 'candidates' | 'published' | 'hidden'

const TAB_LABELS: Record<Tab, string> = {
  candidates: '待选登',
  published: '已选登',
  hidden: '已撤下',
}
const PUBLICATION_TABS = (Object.keys(TAB_LABELS) as Tab[]).map(
  (key) => [key, TAB_LABELS[key]] as const,
)

type Row =
  | { kind: 'candidate'; item: PublicationCandidate }
  | { kind: 'publication'; item: StaffPublication }

interface Rows {
  items: Row[]
  nextCursor: string | null
}

/** One page of a tab's rows. */
function rowsOf(target: Tab, cursor?: string): Promise<Rows> {
  return target === 'candidates'
    ? listPublicationCandidates(cursor).then((p) => ({
        items: p.items.map((item) => ({ kind: 'candidate' as const, item })),
        nextCursor: p.nextCursor,
      }))
    : listStaffPublications(target, cursor).then((p) => ({
        items: p.items.map((item) => ({ kind: 'publication' as const, item })),
        nextCursor: p.nextCursor,
      }))
}

/** 回复选登管理 (office): answers that may be published, the published ones, the hidden ones. */
export default function StaffPublications() {
  const list = useStaffData<Rows>()
  const { session, loading, handleSignedOut } = list
  const rows = list.data?.items ?? []
  const nextCursor = list.data?.nextCursor ?? null
  const elderClass = useElderModeClass()
  const [tab, setTab] = useState<Tab>('candidates')
  // The outcome of the office's own actions (batch publishing, taking down).
  const [problem, setProblem] = useState<string | null>(null)
  const [batch, setBatch] = useState(batchDrafts)
  const [batchBusy, setBatchBusy] = useState(false)
  const [hiding, setHiding] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [hideBusy, setHideBusy] = useState(false)

  function load(target: Tab, cursor?: string) {
    return list.load(
      () => rowsOf(target, cursor),
      (previous, page) =>
        cursor && previous ? { ...page, items: [...previous.items, ...page.items] } : page,
    )
  }

  useDidShow(() => {
    setBatch(batchDrafts())
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

  function select(target: Tab) {
    if (target === tab) return
    setTab(target)
    list.setData(null)
    setHiding(null)
    setProblem(null)
    void load(target)
  }

  async function publishAll() {
    const drafts = batchDrafts()
    if (drafts.length === 0 || batchBusy) return
    const { confirm } = await Taro.showModal({
      title: '确认批量发布',
      content: `将 ${drafts.length} 条已审阅的内容公开发布，公众即可查看。确定发布吗？`,
      confirmText: '发布',
      cancelText: '取消',
    })
    if (!confirm) return
    setBatchBusy(true)
    setProblem(null)
    try {
      const result = await publishBatch(drafts)
      clearBatch()
      setBatch([])
      Taro.showToast({ title: `已发布 ${result.items.length} 条`, icon: 'none' })
      void load(tab)
    } catch (error) {
      if (handleSignedOut(error)) return
      if (isApiError(error) && error.findings?.length) {
        const first = error.findings[0]
        const title = drafts.find((d) => d.messageId === first?.messageId)?.title ?? ''
        setProblem(
          `“${title}”中仍有疑似${first ? PERSONAL_DATA_KIND_LABELS[first.kind] : '个人信息'}，请重新编辑后再发布（本批均未发布）`,
        )
      } else {
        setProblem(
          isApiError(error)
            ? `${error.fields?.[0]?.message ?? error.message}（本批均未发布）`
            : '发布未成功，请稍后重试',
        )
      }
    } finally {
      setBatchBusy(false)
    }
  }

  async function hide(id: string) {
    const text = reason.trim()
    if (text.length < 5) {
      setProblem('请填写撤下理由（至少5个字）')
      return
    }
    const { confirm } = await Taro.showModal({
      title: '确认撤下',
      content: '撤下后公众将立即看不到该内容（记录会保留）。确定撤下吗？',
      confirmText: '撤下',
      cancelText: '取消',
    })
    if (!confirm) return
    setHideBusy(true)
    setProblem(null)
    try {
      await unpublish(id, text)
      Taro.showToast({ title: '已撤下', icon: 'none' })
      setHiding(null)
      setReason('')
      void load(tab)
    } catch (error) {
      if (handleSignedOut(error)) return
      setProblem(failureText(error, '撤下未成功，请稍后重试'))
    } finally {
      setHideBusy(false)
    }
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

        {batch.length > 0 ? (
          <View className="zm-card staff-publications__batch" data-testid="publication-batch">
            <Text className="staff-publications__batch-title">
              已审阅待批量发布：{batch.length} 条
            </Text>
            {batch.map((draft) => (
              <View key={draft.messageId} className="staff-publications__batch-row">
                <Text className="staff-publications__batch-name">{draft.title}</Text>
                <View
                  className="zm-link"
                  {...pressable(() => {
                    removeFromBatch(draft.messageId)
                    setBatch(batchDrafts())
                  })}
                >
                  移出
                </View>
              </View>
            ))}
            <SubmitButton
              testId="publication-batch-publish"
              busy={batchBusy}
              label={`批量发布（${batch.length} 条）`}
              busyLabel="正在发布…"
              onSubmit={publishAll}
            />
          </View>
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
            <View
              key={row.item.messageId}
              className="zm-card inbox-row"
              {...pressable(() =>
                openStaffPage(
                  `/staff/publications/editor?messageId=${encodeURIComponent(row.item.messageId)}`,
                ),
              )}
              data-testid="candidate-row"
            >
              <Text className="inbox-row__title">{row.item.title}</Text>
              <View className="inbox-row__meta">
                <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[row.item.category]}</Text>
                <Text className="inbox-row__unit">{row.item.unitName ?? '—'}</Text>
                <Text className="zm-muted">答复于 {row.item.answeredDate}</Text>
                {row.item.previouslyHidden ? (
                  <Text className="zm-badge zm-badge--warning">曾撤下</Text>
                ) : null}
                {batch.some((d) => d.messageId === row.item.messageId) ? (
                  <Text className="zm-badge">已加入批量发布</Text>
                ) : null}
              </View>
            </View>
          ) : (
            <View
              key={row.item.id}
              className="zm-card inbox-row"
              data-testid="publication-staff-row"
            >
              <Text className="inbox-row__title">{row.item.title}</Text>
              <View className="inbox-row__meta">
                <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[row.item.category]}</Text>
                <Text className="zm-muted">
                  {row.item.publishedBy} 发布于 {formatBeijingDateTime(row.item.publishedAt)}
                </Text>
                {row.item.override ? (
                  <Text className="zm-badge zm-badge--warning">未处理提示后发布</Text>
                ) : null}
              </View>
              {row.item.override ? (
                <Text className="zm-muted staff-publications__reason">
                  发布理由：{row.item.override.reason}
                </Text>
              ) : null}
              {row.item.hidden ? (
                <Text className="zm-muted staff-publications__reason" data-testid="hidden-reason">
                  {row.item.hidden.by} 于 {formatBeijingDateTime(row.item.hidden.at)} 撤下：
                  {row.item.hidden.reason}
                </Text>
              ) : null}
              {row.item.status === 'published' ? (
                hiding === row.item.id ? (
                  <View className="staff-publications__hide">
                    <Textarea
                      className="zm-textarea"
                      placeholder="撤下理由（必填，至少5个字，仅内部可见）"
                      value={reason}
                      maxlength={500}
                      data-testid="unpublish-reason"
                      onInput={(event) => setReason(event.detail.value)}
                    />
                    <View className="staff-publications__hide-actions">
                      <Button
                        className="zm-button zm-button--danger"
                        data-testid="unpublish-confirm"
                        disabled={hideBusy || undefined}
                        {...pressable(() => hide(row.item.id))}
                      >
                        {hideBusy ? '正在撤下…' : '确认撤下'}
                      </Button>
                      <View className="zm-link" {...pressable(() => setHiding(null))}>
                        取消
                      </View>
                    </View>
                  </View>
                ) : (
                  <View
                    className="zm-link staff-publications__hide-link"
                    {...pressable(() => {
                      setHiding(row.item.id)
                      setReason('')
                    })}
                    data-testid="unpublish"
                  >
                    撤下
                  </View>
                )
              ) : null}
            </View>
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
