import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useLoad, useShareAppMessage } from '@tarojs/taro'
import {
  GUIDE_RATING_COMMENT_REQUIRED_BELOW,
  guideRatingBodySchema,
  RATING_LEVELS,
  toFieldErrors,
  type GuideSatisfaction,
} from '@zhengmin/shared'
import { useState } from 'react'
import { FieldError } from '../../components/FieldError'
import { PageProblem } from '../../components/PageProblem'
import { RatingReplies } from '../../components/RatingReplies'
import { TopBar } from '../../components/TopBar'
import { SubmitButton } from '../../components/SubmitButton'
import { isApiError } from '../../services/api'
import { isWeChatApp } from '../../services/citizen-session'
import { getGuide, rateGuide, type LoadedGuide } from '../../services/guides'
import { useElderModeClass } from '../../stores/elder-mode'
import { saveTickedMaterials, tickedMaterials } from '../../stores/guide-checklist'
import { formatBeijingDateTime, formatChineseDate } from '../../utils/dates'
import { GuideParts } from './GuideParts'
import './index.scss'
import { errorIdOf, pressable } from '../../a11y/pressable'

function satisfactionText(summary: GuideSatisfaction): string {
  if (summary.rated === 0) return '暂无评价'
  // Below the minimum sample the server withholds the share (the dashboard's 样本不足 rule).
  if (summary.satisfiedShare === null) {
    return `已有 ${summary.rated} 人评价，满 ${summary.minSample} 人后显示满意度`
  }
  return `满意度 ${Math.round(summary.satisfiedShare * 100)}%（${summary.rated} 人评价）`
}

/** One guide: the seven parts, a materials checklist, share, and 好差评. */
export default function GuideDetailPage() {
  const elderClass = useElderModeClass()
  const [slug, setSlug] = useState('')
  const [loaded, setLoaded] = useState<LoadedGuide | null>(null)
  const [problem, setProblem] = useState<{ message: string; retryable: boolean } | null>(null)
  const [ticked, setTicked] = useState<Set<string>>(new Set())
  const [level, setLevel] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [ratingError, setRatingError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [rated, setRated] = useState(false)

  async function load(target: string) {
    setProblem(null)
    try {
      setLoaded(await getGuide(target))
    } catch (error) {
      const missing = isApiError(error) && error.status === 404
      setProblem({
        message: missing
          ? '该办事指南不存在或已下线。'
          : isApiError(error)
            ? error.message
            : '加载失败，请稍后重试',
        retryable: !missing,
      })
    }
  }

  useLoad((params: Record<string, string | undefined>) => {
    const target = params.slug ? decodeURIComponent(params.slug) : ''
    setSlug(target)
    setTicked(tickedMaterials(target))
    if (isWeChatApp()) Taro.showShareMenu({ withShareTicket: false }).catch(() => {})
    load(target)
  })

  useShareAppMessage(() => ({
    title: loaded ? `办事指南：${loaded.guide.shortName}` : '办事指南',
    path: `/pages/guides/detail?slug=${encodeURIComponent(slug)}`,
  }))

  function toggle(name: string) {
    const next = new Set(ticked)
    if (next.has(name)) next.delete(name)
    else next.add(name)
    setTicked(next)
    saveTickedMaterials(slug, next)
  }

  async function submitRating() {
    const parsed = guideRatingBodySchema.safeParse({
      level: level ?? undefined,
      ...(comment.trim() ? { comment } : {}),
    })
    if (!parsed.success) {
      setRatingError(toFieldErrors(parsed.error)[0]?.message)
      return
    }
    setRatingError(undefined)
    setBusy(true)
    try {
      const { satisfaction } = await rateGuide(slug, parsed.data)
      setLoaded((previous) => (previous ? { ...previous, satisfaction } : previous))
      setRated(true)
    } catch (error) {
      setRatingError(isApiError(error) ? error.message : '评价未成功，请稍后重试')
    } finally {
      setBusy(false)
    }
  }

  if (problem) {
    return (
      <View className={`zm-page ${elderClass}`} data-testid="guide-detail">
        <TopBar title="办事指南" />
        <PageProblem
          testId="guide-error"
          message={problem.message}
          onRetry={problem.retryable ? () => load(slug) : undefined}
          list={{ label: '办事指南', url: '/pages/guides/index' }}
        />
      </View>
    )
  }
  if (!loaded) {
    return (
      <View className={`zm-page ${elderClass}`} data-testid="guide-detail">
        <TopBar title="办事指南" />
        <Text className="zm-muted guides__state">正在加载…</Text>
      </View>
    )
  }

  const { guide, unitName, satisfaction } = loaded
  const needsComment = level !== null && level < GUIDE_RATING_COMMENT_REQUIRED_BELOW
  return (
    <View className={`zm-page guide ${elderClass}`} data-testid="guide-detail">
      <TopBar title="办事指南" />
      {loaded.offlineSavedAt ? (
        <View className="zm-notice" role="status" data-testid="guide-offline">
          <Text>
            当前无网络，显示的是 {formatBeijingDateTime(loaded.offlineSavedAt)}{' '}
            保存在本机的版本，内容可能已更新。
          </Text>
        </View>
      ) : null}
      <View className="guide__header">
        <Text className="guide__title" data-testid="guide-title">
          {guide.officialName}
        </Text>
        <Text className="zm-muted" data-testid="guide-meta">
          {unitName ? `${unitName} · ` : ''}最后更新 {formatChineseDate(guide.lastChangedOn)}
        </Text>
        <Text className="zm-muted" data-testid="guide-satisfaction">
          {' '}
          · {satisfactionText(satisfaction)}
        </Text>
      </View>

      <GuideParts guide={guide} ticked={ticked} onToggle={toggle} />

      <View className="zm-card" data-testid="guide-rating">
        <Text className="guide__part-title">评价本指南</Text>
        {rated ? (
          <Text className="guide__text" data-testid="guide-rated">
            感谢您的评价！{satisfactionText(satisfaction)}
          </Text>
        ) : (
          <>
            <View className="guide__levels" role="radiogroup" aria-label="评价等级">
              {RATING_LEVELS.map((option) => (
                <View
                  key={option.level}
                  className={
                    level === option.level ? 'guide__level guide__level--selected' : 'guide__level'
                  }
                  {...pressable(() => setLevel(option.level), 'radio')}
                  aria-checked={level === option.level ? 'true' : 'false'}
                  data-testid={`guide-level-${option.level}`}
                >
                  {option.label}
                </View>
              ))}
            </View>
            <Textarea
              className="zm-textarea"
              placeholder={needsComment ? '请写下不满意的原因（必填）' : '还有什么建议？（选填）'}
              value={comment}
              maxlength={500}
              data-testid="guide-comment"
              nativeProps={{
                'aria-label': needsComment ? '不满意的原因（必填）' : '意见和建议（选填）',
                ...(ratingError
                  ? { 'aria-describedby': errorIdOf('comment'), 'aria-invalid': 'true' }
                  : {}),
              }}
              onInput={(event) => setComment(event.detail.value)}
            />
            <FieldError field="comment" message={ratingError} />
            <SubmitButton
              testId="guide-rate"
              busy={busy}
              label="提交评价"
              busyLabel="正在提交…"
              onSubmit={submitRating}
            />
          </>
        )}
      </View>
      {slug ? <RatingReplies slug={slug} refreshKey={rated ? 1 : 0} /> : null}
    </View>
  )
}
