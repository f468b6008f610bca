import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import {
  DISCLOSURE_STATE_LABELS,
  isBureauWide,
  RATING_LEVELS,
  type StaffGuideListItem,
  type StaffGuideRating,
} from '@zhengmin/shared'
import { useState } from 'react'
import { SubmitButton } from '../../components/SubmitButton'
import { failureText } from '../../services/api'
import { listLowRatings, listStaffGuides, respondToRating } from '../../services/staff-guides'
import { useElderModeClass } from '../../stores/elder-mode'
import { formatBeijingDateTime, formatChineseDate } from '../../utils/dates'
import { StaffShell } from '../desk/StaffShell'
import { LoadState } from '../LoadState'
import { openStaffPage } from '../navigation'
import { OfficeOnly } from '../OfficeOnly'
import { StaffTabs } from '../StaffTabs'
import { useStaffData } from '../useStaffData'
import '../publications/index.scss'
import { pressable } from '../../a11y/pressable'

type Tab = 'guides' | 'ratings'

const GUIDE_TABS = [
  ['guides', '指南'],
  ['ratings', '差评处理'],
] as const

interface Lists {
  guides: StaffGuideListItem[]
  ratings: StaffGuideRating[]
}

const levelLabel = (level: number) =>
  RATING_LEVELS.find((option) => option.level === level)?.label ?? String(level)

/** 办事指南管理 (office): guides against the 20-working-day rule, and low ratings to answer. */
export default function StaffGuides() {
  const lists = useStaffData<Lists>()
  const { session, loading } = lists
  const guides = lists.data?.guides ?? []
  const ratings = lists.data?.ratings ?? []
  const elderClass = useElderModeClass()
  const [tab, setTab] = useState<Tab>('guides')
  // The outcome of recording a response to a rating.
  const [problem, setProblem] = useState<string | null>(null)
  const [answering, setAnswering] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)

  /** Loads a tab's list, keeping the other tab's. */
  function load(target: Tab) {
    return lists.load(
      async () =>
        target === 'guides'
          ? { guides: (await listStaffGuides()).items, ratings: [] }
          : { guides: [], ratings: (await listLowRatings('open')).items },
      (previous, loaded) =>
        target === 'guides'
          ? { ...loaded, ratings: previous?.ratings ?? [] }
          : { ...loaded, guides: previous?.guides ?? [] },
    )
  }

  useDidShow(() => {
    if (session && isBureauWide(session.staff.role)) void load(tab)
  })

  usePullDownRefresh(() => {
    load(tab).finally(() => {
      Taro.stopPullDownRefresh()
    })
  })

  function select(target: Tab) {
    if (target === tab) return
    setTab(target)
    setProblem(null)
    void load(target)
  }

  async function respond(id: string) {
    if (text.trim().length < 5) {
      setProblem('请填写整改情况（至少5个字）')
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await respondToRating(id, text.trim())
      Taro.showToast({ title: '已记录整改情况', icon: 'none' })
      setAnswering(null)
      setText('')
      void load('ratings')
    } catch (error) {
      if (lists.handleSignedOut(error)) return
      setProblem(failureText(error, '提交未成功'))
    } finally {
      setBusy(false)
    }
  }

  if (!session) return <View className="zm-page" data-testid="staff-guides" />
  if (!isBureauWide(session.staff.role)) {
    return (
      <StaffShell current="guides" session={session}>
        <OfficeOnly testId="staff-guides" text="办事指南由办公室维护，您的账号没有此权限。" />
      </StaffShell>
    )
  }

  const attention = guides.filter(
    (g) => g.disclosure.state === 'overdue' || g.disclosure.state === 'due-soon',
  )

  return (
    <StaffShell current="guides" session={session}>
      <View className={`zm-page staff-publications ${elderClass}`} data-testid="staff-guides">
        <StaffTabs labels={GUIDE_TABS} selected={tab} testIdPrefix="guides-tab" onSelect={select} />

        {problem ? (
          <View className="zm-problem" role="alert" data-testid="staff-guides-error">
            <Text>{problem}</Text>
          </View>
        ) : null}
        <LoadState state={lists} testId="staff-guides-load" hasContent={false} />

        {tab === 'guides' ? (
          <>
            {attention.length > 0 ? (
              <View className="zm-notice" role="status" data-testid="guides-attention">
                <Text>
                  {attention.length} 项指南的更新即将到期或已超期（变更生效后 20
                  个工作日内须公开）。
                </Text>
              </View>
            ) : null}
            {guides.map((guide) => (
              <View
                key={guide.slug}
                className="zm-card inbox-row"
                {...pressable(() =>
                  openStaffPage(`/staff/guides/editor?slug=${encodeURIComponent(guide.slug)}`),
                )}
                data-testid="staff-guide-row"
                data-slug={guide.slug}
              >
                <Text className="inbox-row__title">
                  {guide.seedItem}. {guide.shortName}
                </Text>
                <View className="inbox-row__meta">
                  <Text className="zm-muted">
                    第 {guide.version} 版 · {formatChineseDate(guide.lastChangedOn)}
                  </Text>
                  <Text className="zm-badge" data-testid="staff-guide-completeness">
                    {guide.complete
                      ? '已全部核实'
                      : `已核实 ${guide.partsVerified}/${guide.partsTotal} 部分，有待确认内容`}
                  </Text>
                  {guide.disclosure.state === 'current' ? null : (
                    <Text
                      className={
                        guide.disclosure.state === 'overdue'
                          ? 'zm-badge zm-badge--danger'
                          : 'zm-badge zm-badge--warning'
                      }
                      data-testid="guide-disclosure"
                    >
                      {DISCLOSURE_STATE_LABELS[guide.disclosure.state]}
                      {guide.disclosure.dueDate
                        ? `（${formatChineseDate(guide.disclosure.dueDate)}前）`
                        : ''}
                    </Text>
                  )}
                  {guide.openLowRatings > 0 ? (
                    <Text className="zm-badge zm-badge--warning">差评 {guide.openLowRatings}</Text>
                  ) : null}
                </View>
              </View>
            ))}
          </>
        ) : (
          <>
            {lists.data && !loading && !lists.problem && ratings.length === 0 ? (
              <Text className="zm-muted staff-publications__state" data-testid="ratings-empty">
                暂无待处理的差评。
              </Text>
            ) : null}
            {ratings.map((rating) => (
              <View key={rating.id} className="zm-card inbox-row" data-testid="low-rating-row">
                <Text className="inbox-row__title">{rating.guideName}</Text>
                <View className="inbox-row__meta">
                  <Text className="zm-badge zm-badge--danger">{levelLabel(rating.level)}</Text>
                  <Text className="zm-muted">{formatBeijingDateTime(rating.at)}</Text>
                </View>
                {rating.comment ? (
                  <Text className="staff-publications__reason" data-testid="low-rating-comment">
                    {rating.comment}
                  </Text>
                ) : null}
                {answering === rating.id ? (
                  <View className="staff-publications__hide">
                    <Textarea
                      className="zm-textarea"
                      placeholder="整改情况（必填，至少5个字）"
                      value={text}
                      maxlength={1000}
                      data-testid="rating-response"
                      onInput={(event) => setText(event.detail.value)}
                    />
                    <SubmitButton
                      testId="rating-response-submit"
                      busy={busy}
                      label="记录整改情况"
                      busyLabel="正在提交…"
                      onSubmit={() => respond(rating.id)}
                    />
                  </View>
                ) : (
                  <View
                    className="zm-link staff-publications__hide-link"
                    {...pressable(() => {
                      setAnswering(rating.id)
                      setText('')
                    })}
                    data-testid="rating-respond"
                  >
                    处理
                  </View>
                )}
              </View>
            ))}
          </>
        )}
      </View>
    </StaffShell>
  )
}
