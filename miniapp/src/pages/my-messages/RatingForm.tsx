import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  myMessageRatingSchema,
  RATING_LEVEL_LABELS,
  toFieldErrors,
  type CitizenMessageView,
} from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { FieldError } from '../../components/FieldError'
import { ProblemNotice } from '../../components/ProblemNotice'
import { SubmitButton } from '../../components/SubmitButton'
import { isApiError } from '../../services/api'
import { rateMessage, type MessageAccess } from '../../services/messages'
import { fieldInputProps, labelIdOf, pressable } from '../../a11y/pressable'

interface RatingFormProps {
  code: string
  access: MessageAccess
  onDone: (message: CitizenMessageView) => void
}

const LEVELS = [5, 4, 3, 2, 1] as const

/** 好差评: five levels; a reason is required for the two lowest. Rating closes the message. */
export function RatingForm({ code, access, onDone }: RatingFormProps) {
  const [level, setLevel] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [errors, setErrors] = useState<{ level?: string; comment?: string }>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inFlight = useRef(false)

  async function submit() {
    if (inFlight.current) return
    setProblem(null)
    const parsed = myMessageRatingSchema.safeParse({
      level: level ?? undefined,
      ...(comment.trim() ? { comment } : {}),
    })
    if (!parsed.success) {
      const next: { level?: string; comment?: string } = {}
      for (const { field, message } of toFieldErrors(parsed.error)) {
        if ((field === 'level' || field === 'comment') && !next[field]) next[field] = message
      }
      setErrors(next)
      if (!next.level && !next.comment) setProblem('评价未能提交，请重新查询后再试')
      return
    }
    setErrors({})
    inFlight.current = true
    try {
      const { confirm } = await Taro.showModal({
        title: '确认提交评价',
        content: `您的评价为“${RATING_LEVEL_LABELS[parsed.data.level as 1 | 2 | 3 | 4 | 5]}”。提交后留言将办结，不能再追问或修改评价。`,
        confirmText: '提交',
        cancelText: '再想想',
      })
      if (!confirm) return
      setBusy(true)
      const updated = await rateMessage(code, parsed.data, access)
      Taro.showToast({ title: '感谢您的评价', icon: 'none' })
      onDone(updated)
    } catch (error) {
      setProblem(isApiError(error) ? error.message : '评价未能提交，请稍后重试')
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  const needsComment = level !== null && level <= 2
  return (
    <View className="zm-card" data-testid="rating-form">
      <Text className="zm-heading" id={labelIdOf('rating-level')}>
        评价答复
      </Text>
      <Text className="zm-muted">请对本次答复作出评价。提交评价后，留言即办结。</Text>
      <View
        className="zm-segmented rating__levels"
        role="radiogroup"
        aria-labelledby={labelIdOf('rating-level')}
      >
        {LEVELS.map((value) => {
          const selected = level === value
          return (
            <View
              key={value}
              className={
                selected ? 'zm-segmented__item zm-segmented__item--selected' : 'zm-segmented__item'
              }
              {...pressable(() => {
                setLevel(value)
                setErrors({})
              }, 'radio')}
              aria-checked={selected ? 'true' : 'false'}
              data-testid={`rating-level-${value}`}
              data-selected={selected ? 'true' : 'false'}
            >
              <Text>{RATING_LEVEL_LABELS[value]}</Text>
            </View>
          )
        })}
      </View>
      <FieldError field="rating-level" message={errors.level} />

      <Text className="zm-label" id={labelIdOf('rating-comment')}>
        评价意见
        {needsComment ? (
          <Text className="rating__required">（必填，请写明不满意的原因）</Text>
        ) : (
          '（选填）'
        )}
      </Text>
      <Textarea
        className="zm-textarea"
        data-testid="rating-comment"
        value={comment}
        maxlength={-1}
        placeholder={needsComment ? '请写明不满意的原因，便于我们改进' : '可以写下您的意见和建议'}
        placeholderClass="zm-placeholder"
        nativeProps={fieldInputProps('rating-comment', errors.comment)}
        onInput={(event) => {
          setComment(event.detail.value)
          setErrors((previous) => ({ ...previous, comment: undefined }))
        }}
      />
      <FieldError field="rating-comment" message={errors.comment} />

      <ProblemNotice testId="rating-error" message={problem} />
      <SubmitButton
        testId="rating-submit"
        busy={busy}
        label="提交评价"
        busyLabel="正在提交…"
        onSubmit={submit}
      />
    </View>
  )
}
