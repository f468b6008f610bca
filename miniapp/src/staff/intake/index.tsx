import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  canRecordIntake,
  formatLookupCode,
  MESSAGE_CATEGORIES,
  MESSAGE_CATEGORY_LABELS,
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_LIMITS,
  STAFF_INTAKE_CHANNELS,
  type IntakeResult,
} from '@zhengmin/shared'
import { useRef, useState, type ReactNode } from 'react'
import { fieldInputProps, pressable } from '../../a11y/pressable'
import { FormField } from '../../components/FormField'
import { SubmitButton } from '../../components/SubmitButton'
import { isApiError } from '../../services/api'
import { recordIntake } from '../../services/staff-intake'
import { useElderModeClass } from '../../stores/elder-mode'
import { formatBeijingDateTime, formatChineseDate } from '../../utils/dates'
import { OfficeOnly } from '../OfficeOnly'
import { StaffShell } from '../desk/StaffShell'
import { openStaffPage } from '../navigation'
import { useStaffData } from '../useStaffData'
import {
  emptyIntakeForm,
  INTAKE_FIELDS,
  toIntakeErrors,
  validateIntake,
  type IntakeFormErrors,
  type IntakeFormValues,
} from './form'
import './index.scss'

/** A row of choices, one selected (channel, category). */
function Choices<T extends string>(props: {
  name: string
  options: readonly T[]
  labels: Record<T, string>
  value: T | ''
  onChange: (value: T) => void
}) {
  return (
    <View className="zm-segmented intake__choices" role="radiogroup">
      {props.options.map((option) => (
        <View
          key={option}
          className={
            option === props.value
              ? 'zm-segmented__item zm-segmented__item--selected'
              : 'zm-segmented__item'
          }
          {...pressable(() => props.onChange(option), 'radio')}
          aria-checked={option === props.value ? 'true' : 'false'}
          data-testid={`intake-${props.name}-${option}`}
        >
          <Text>{props.labels[option]}</Text>
        </View>
      ))}
    </View>
  )
}

/** What the clerk sees once the message is stored: the 查询码 to read out, and the deadline. */
function Recorded(props: { result: IntakeResult; onAnother: () => void }) {
  const { result } = props
  return (
    <View className="zm-card" data-testid="intake-result">
      <Text className="zm-heading">已登记（{MESSAGE_CHANNEL_LABELS[result.channel]}）</Text>
      <Text className="zm-muted">查询码</Text>
      <Text className="intake__code" userSelect selectable data-testid="intake-code">
        {formatLookupCode(result.code)}
      </Text>
      <Text className="zm-muted intake__line">
        请将查询码告知留言人：凭查询码和联系电话可在“我的留言”中查看办理进度和答复。
      </Text>
      <Text className="intake__line" data-testid="intake-received">
        收到时间：{formatBeijingDateTime(result.receivedAt)}
      </Text>
      <Text className="intake__line" data-testid="intake-due">
        答复期限：{formatChineseDate(result.dueDate)}
        {result.provisional ? '（暂定，以国家节假日安排公布后为准）' : ''}
      </Text>
      {result.hotlineTicketId ? (
        <Text className="intake__line">12345工单号：{result.hotlineTicketId}</Text>
      ) : null}
      <View className="intake__actions">
        <Button className="zm-button" data-testid="intake-another" {...pressable(props.onAnother)}>
          继续录入
        </Button>
        <Button
          className="zm-button zm-button--secondary"
          data-testid="intake-open"
          {...pressable(() =>
            openStaffPage(`/staff/detail/index?id=${encodeURIComponent(result.id)}`),
          )}
        >
          查看留言
        </Button>
      </View>
    </View>
  )
}

/**
 * 代录入: the office or the 信访窗口 records a message received by phone, letter, visit or as a
 * 12345 工单, with the time it was actually received; the deadline counts from then.
 */
export default function StaffIntake() {
  const elderClass = useElderModeClass()
  const page = useStaffData<never>()
  const { session } = page
  const [values, setValues] = useState<IntakeFormValues>(() => emptyIntakeForm(new Date()))
  const [errors, setErrors] = useState<IntakeFormErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<IntakeResult | null>(null)
  const inFlight = useRef(false)

  if (!session) return <View className="zm-page" data-testid="staff-intake" />
  if (!canRecordIntake(session.staff)) {
    return <OfficeOnly testId="staff-intake" text="代录入仅限办公室和信访窗口使用。" />
  }

  function update<K extends keyof IntakeFormValues>(field: K, value: IntakeFormValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }))
    const shownAs = field === 'receivedDate' || field === 'receivedTime' ? 'receivedAt' : field
    setErrors((previous) =>
      previous[shownAs as keyof IntakeFormErrors]
        ? { ...previous, [shownAs]: undefined }
        : previous,
    )
  }

  function showErrors(next: IntakeFormErrors) {
    setErrors(next)
    const first = INTAKE_FIELDS.find((field) => next[field])
    if (first) Taro.pageScrollTo({ selector: `#field-${first}`, duration: 200 }).catch(() => {})
  }

  async function submit() {
    if (inFlight.current) return
    setProblem(null)
    const checked = validateIntake(values, new Date())
    if (checked.errors) {
      showErrors(checked.errors)
      return
    }
    setErrors({})
    inFlight.current = true
    setBusy(true)
    try {
      setResult(await recordIntake(checked.input))
      Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
    } catch (error) {
      if (page.handleSignedOut(error)) return
      if (!isApiError(error)) {
        setProblem('登记未成功，请稍后重试')
        return
      }
      if (error.fields?.length) showErrors(toIntakeErrors(error.fields))
      setProblem(error.message)
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  function another() {
    setResult(null)
    setValues(emptyIntakeForm(new Date()))
  }

  const text = (
    field: 'hotlineTicketId' | 'title' | 'name' | 'phone',
    placeholder: string,
    maxlength: number,
  ): ReactNode => (
    <Input
      className="zm-input"
      data-testid={`intake-${field}`}
      value={values[field]}
      maxlength={maxlength}
      placeholder={placeholder}
      placeholderClass="zm-placeholder"
      nativeProps={fieldInputProps(field, errors[field])}
      onInput={(event) => update(field, event.detail.value)}
    />
  )

  return (
    <StaffShell current="intake" session={session}>
      <View className={`zm-page intake ${elderClass}`} data-testid="staff-intake">
        {/* A staff page: the frame (desk navigation or the inbox's links) leads back, not a citizen's bar. */}
        <Text className="zm-heading intake__title">代录入留言</Text>
        {result ? (
          <Recorded result={result} onAnother={another} />
        ) : (
          <View className="zm-card" data-testid="intake-form">
            <Text className="zm-muted">
              登记通过电话、来信、来访或12345工单收到的留言。答复期限从实际收到的时间起算，请如实填写收到时间（不能晚于现在，也不能早于30天前）。带
              * 的为必填项。
            </Text>

            <FormField name="channel" label="来源渠道" required error={errors.channel}>
              <Choices
                name="channel"
                options={STAFF_INTAKE_CHANNELS}
                labels={MESSAGE_CHANNEL_LABELS}
                value={values.channel}
                onChange={(channel) => update('channel', channel)}
              />
            </FormField>

            {values.channel === 'hotline12345' ? (
              <FormField
                name="hotlineTicketId"
                label="12345工单号"
                required
                error={errors.hotlineTicketId}
              >
                {text('hotlineTicketId', '如 BJ12345-20260306-0001', 40)}
              </FormField>
            ) : null}

            <FormField name="receivedAt" label="收到时间" required error={errors.receivedAt}>
              <View className="intake__when">
                <Input
                  className="zm-input intake__date"
                  data-testid="intake-received-date"
                  value={values.receivedDate}
                  maxlength={10}
                  placeholder="2026-03-06"
                  placeholderClass="zm-placeholder"
                  nativeProps={fieldInputProps('receivedAt', errors.receivedAt, {
                    'aria-label': '收到日期（年-月-日）',
                  })}
                  onInput={(event) => update('receivedDate', event.detail.value)}
                />
                <Input
                  className="zm-input intake__time"
                  data-testid="intake-received-time"
                  value={values.receivedTime}
                  maxlength={5}
                  placeholder="15:30"
                  placeholderClass="zm-placeholder"
                  nativeProps={fieldInputProps('receivedAt', errors.receivedAt, {
                    'aria-label': '收到时间（时:分，北京时间）',
                  })}
                  onInput={(event) => update('receivedTime', event.detail.value)}
                />
              </View>
            </FormField>

            <FormField name="category" label="留言类型" required error={errors.category}>
              <Choices
                name="category"
                options={MESSAGE_CATEGORIES}
                labels={MESSAGE_CATEGORY_LABELS}
                value={values.category}
                onChange={(category) => update('category', category)}
              />
            </FormField>

            <FormField name="title" label="标题" required error={errors.title}>
              {text('title', '一句话概括留言人的问题', MESSAGE_LIMITS.titleMax)}
            </FormField>

            <FormField name="content" label="留言内容" required error={errors.content}>
              <Textarea
                className="zm-textarea intake__content"
                data-testid="intake-content"
                value={values.content}
                maxlength={MESSAGE_LIMITS.contentMax}
                placeholder="如实记录留言人反映的问题和诉求"
                placeholderClass="zm-placeholder"
                nativeProps={fieldInputProps('content', errors.content)}
                onInput={(event) => update('content', event.detail.value)}
              />
            </FormField>

            <FormField name="name" label="留言人姓名" required error={errors.name}>
              {text('name', '留言人的姓名', MESSAGE_LIMITS.nameMax)}
            </FormField>

            <FormField name="phone" label="联系电话" required error={errors.phone}>
              {text('phone', '手机号码或带区号的固定电话', 20)}
            </FormField>

            {problem ? (
              <View className="zm-problem" role="alert" data-testid="intake-problem">
                <Text>{problem}</Text>
              </View>
            ) : null}

            <SubmitButton
              testId="intake-submit"
              busy={busy}
              label="登记并生成查询码"
              busyLabel="正在登记…"
              onSubmit={submit}
            />
          </View>
        )}
      </View>
    </StaffShell>
  )
}
