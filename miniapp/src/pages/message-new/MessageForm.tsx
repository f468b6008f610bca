import { Button, Input, Switch, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  MESSAGE_CATEGORIES,
  MESSAGE_CATEGORY_LABELS,
  MESSAGE_LIMITS,
  mayBeAnonymous,
  newMessageSchema,
  toFieldErrors,
  type SubmittedMessage,
} from '@zhengmin/shared'
import { useEffect, useRef, useState } from 'react'
import { CharCounter } from '../../components/CharCounter'
import { fieldInputProps, pressable } from '../../a11y/pressable'
import { CheckRow } from '../../components/CheckRow'
import { AnonymousChoice } from './AnonymousChoice'
import { FieldError } from '../../components/FieldError'
import { FormField } from '../../components/FormField'
import { isApiError } from '../../services/api'
import { askForAnswerNotice } from '../../services/citizen-session'
import { ANSWER_TEMPLATE_ID } from '../../services/config'
import { previewDeadline, submitMessage, type DeadlinePreview } from '../../services/messages'
import { PhotoUploader, type PhotoUploaderState } from '../../components/PhotoUploader'
import { WageArrearsFields } from './WageArrearsFields'
import { WAGE_ERROR_KEYS, type WageArrearsFormValues } from './wage-form'
import { formatChineseDate } from '../../utils/dates'
import { newIdempotencyKey } from '../../utils/idempotency-key'
import {
  EMPTY_FORM,
  firstInvalidField,
  toFormErrors,
  toMessageInput,
  withoutNoticeFlag,
  type MessageFormErrors,
  type MessageFormValues,
} from './form'

interface MessageFormProps {
  /** `phone` is the normalized number sent, kept in memory for 查看办理进度 (never stored). */
  onSubmitted: (message: SubmittedMessage, phone: string) => void
}

interface FormProblem {
  message: string
  /** The same submission may simply be sent again (no answer arrived, or the server was busy). */
  retryable: boolean
}

// The mini-program's number keyboard suits phone numbers; in a browser a text field with the
// telephone keypad keeps hyphens and spaces, which normalizePhone removes anyway.
const PHONE_INPUT_TYPE = process.env.TARO_ENV === 'h5' ? 'text' : 'number'

/** The full documents open on their own page; the form keeps what was typed. */
function openLegal(url: string) {
  Taro.navigateTo({ url }).catch(() => {
    Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}

export function MessageForm({ onSubmitted }: MessageFormProps) {
  const [values, setValues] = useState<MessageFormValues>(EMPTY_FORM)
  const [errors, setErrors] = useState<MessageFormErrors>({})
  const [problem, setProblem] = useState<FormProblem | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [deadline, setDeadline] = useState<DeadlinePreview | null>(null)
  // One key per filled-in form, kept across retries: if an earlier attempt did reach the server,
  // the retry returns that message instead of creating a second one.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey)
  // Guards against a double tap before React has re-rendered the disabled button.
  const inFlight = useRef(false)

  useEffect(() => {
    let active = true
    previewDeadline()
      .then((preview) => {
        if (active && preview && typeof preview.dueDate === 'string') setDeadline(preview)
      })
      .catch(() => {
        // The hint is a nicety: without it the form works the same.
      })
    return () => {
      active = false
    }
  }, [])

  function update<K extends Exclude<keyof MessageFormValues, 'wageArrears'>>(
    field: K,
    value: MessageFormValues[K],
  ) {
    setValues((previous) => ({ ...previous, [field]: value }))
    setErrors((previous) => (previous[field] ? { ...previous, [field]: undefined } : previous))
  }

  // Issue #22 part 3: the 欠薪 boxes and the photos.
  const [photos, setPhotos] = useState<PhotoUploaderState>({ tokens: [], busy: 0, failed: 0 })

  function updateWage<K extends keyof WageArrearsFormValues>(
    field: K,
    value: WageArrearsFormValues[K],
  ) {
    setValues((previous) => ({
      ...previous,
      wageArrears: { ...previous.wageArrears, [field]: value },
    }))
    if (field === 'enabled') return
    const key = WAGE_ERROR_KEYS[field as Exclude<K, 'enabled'>]
    setErrors((previous) => (previous[key] ? { ...previous, [key]: undefined } : previous))
  }

  function showErrors(next: MessageFormErrors) {
    setErrors(next)
    const first = firstInvalidField(next)
    if (first) {
      Taro.pageScrollTo({ selector: `#field-${first}`, duration: 200 }).catch(() => {})
    }
  }

  /** The answer-notice choice of the current key, asked once: a retry sends the same body. */
  const noticeChoice = useRef<{ key: string; notify: Promise<boolean> } | null>(null)

  async function submit() {
    if (inFlight.current) return
    setProblem(null)
    const parsed = newMessageSchema.safeParse(toMessageInput(values, photos.tokens))
    if (!parsed.success) {
      showErrors(toFormErrors(toFieldErrors(parsed.error)))
      return
    }
    if (photos.busy > 0 || photos.failed > 0) {
      showErrors({
        attachments:
          photos.busy > 0
            ? '照片正在上传，请稍候再提交'
            : '有照片上传未成功，请点击“重试”或删除后再提交',
      })
      return
    }
    // The subscribe prompt comes first, before any await of this tap (WeChat shows it only in
    // direct answer to a tap); the WeChat login and the submission follow.
    if (noticeChoice.current?.key !== idempotencyKey) {
      noticeChoice.current = { key: idempotencyKey, notify: askForAnswerNotice(ANSWER_TEMPLATE_ID) }
    }
    const notice = noticeChoice.current.notify
    setErrors({})
    inFlight.current = true
    setSubmitting(true)
    try {
      const notify = await notice
      const input = notify
        ? { ...parsed.data, notifyOnAnswer: true }
        : withoutNoticeFlag(parsed.data)
      const submitted = await submitMessage(input, idempotencyKey)
      onSubmitted(submitted, parsed.data.phone)
    } catch (error) {
      if (!isApiError(error)) {
        setProblem({ message: '提交未成功，请稍后重试', retryable: true })
        return
      }
      if (error.fields?.length) showErrors(toFormErrors(error.fields))
      if (error.status === 409 && error.code === 'idempotency_key_reused') {
        // The content changed after an attempt whose answer was lost: the next submission is
        // a new message, as the server asks ("请刷新页面后重新提交") — without losing the text.
        setIdempotencyKey(newIdempotencyKey())
      }
      setProblem({
        message: error.message,
        retryable: error.status === 0 || error.status >= 500,
      })
    } finally {
      inFlight.current = false
      setSubmitting(false)
    }
  }

  return (
    <View className="message-form" data-testid="message-form">
      <View className="message-form__intro">
        <Text>请如实填写，带 * 的为必填项。我局将在 5 个工作日内答复（遇法定节假日顺延）。</Text>
      </View>

      <FormField name="category" label="留言类型" required error={errors.category}>
        <View className="segmented" role="radiogroup" aria-labelledby="label-category">
          {MESSAGE_CATEGORIES.map((category) => {
            const selected = values.category === category
            return (
              <View
                key={category}
                className={
                  selected ? 'segmented__item segmented__item--selected' : 'segmented__item'
                }
                {...pressable(() => update('category', category), 'radio')}
                aria-checked={selected ? 'true' : 'false'}
                data-testid={`category-${category}`}
                data-selected={selected ? 'true' : 'false'}
              >
                <Text>{MESSAGE_CATEGORY_LABELS[category]}</Text>
              </View>
            )
          })}
        </View>
      </FormField>

      <WageArrearsFields values={values.wageArrears} errors={errors} onChange={updateWage} />

      <FormField
        name="title"
        label="标题"
        required
        error={errors.title}
        aside={<CharCounter field="title" value={values.title} max={MESSAGE_LIMITS.titleMax} />}
      >
        <Input
          className="form-input"
          data-testid="input-title"
          value={values.title}
          maxlength={-1}
          placeholder="一句话概括您的问题"
          placeholderClass="form-placeholder"
          nativeProps={fieldInputProps('title', errors.title, { 'aria-required': 'true' })}
          onInput={(event) => update('title', event.detail.value)}
        />
      </FormField>

      <FormField
        name="content"
        label="留言内容"
        required
        error={errors.content}
        aside={
          <CharCounter field="content" value={values.content} max={MESSAGE_LIMITS.contentMax} />
        }
      >
        <Textarea
          className="form-textarea"
          data-testid="input-content"
          value={values.content}
          maxlength={-1}
          placeholder={`请详细描述您要咨询、投诉、举报或建议的事项（至少${MESSAGE_LIMITS.contentMin}个字）`}
          placeholderClass="form-placeholder"
          nativeProps={fieldInputProps('content', errors.content, { 'aria-required': 'true' })}
          onInput={(event) => update('content', event.detail.value)}
        />
      </FormField>

      <FormField name="attachments" label="照片" note="选填，不公开">
        <PhotoUploader
          error={errors.attachments}
          onChange={(state) => {
            setPhotos(state)
            if (state.busy === 0 && state.failed === 0) {
              setErrors((previous) =>
                previous.attachments ? { ...previous, attachments: undefined } : previous,
              )
            }
          }}
        />
      </FormField>

      <FormField name="name" label="姓名" note="选填，不公开" error={errors.name}>
        <Input
          className="form-input"
          data-testid="input-name"
          value={values.name}
          maxlength={MESSAGE_LIMITS.nameMax}
          placeholder="您的姓名"
          placeholderClass="form-placeholder"
          nativeProps={fieldInputProps('name', errors.name, { autoComplete: 'name' })}
          onInput={(event) => update('name', event.detail.value)}
        />
      </FormField>

      <FormField
        name="phone"
        label="联系电话"
        required
        note="不公开，仅用于联系您"
        error={errors.phone}
      >
        <Input
          className="form-input"
          data-testid="input-phone"
          type={PHONE_INPUT_TYPE}
          value={values.phone}
          maxlength={20}
          placeholder="手机号码或带区号的固定电话"
          placeholderClass="form-placeholder"
          nativeProps={fieldInputProps('phone', errors.phone, {
            inputMode: 'tel',
            autoComplete: 'tel',
            'aria-required': 'true',
          })}
          onInput={(event) => update('phone', event.detail.value)}
        />
      </FormField>

      {values.category && mayBeAnonymous(values.category) ? (
        <AnonymousChoice
          checked={values.anonymous}
          onChange={(checked) => update('anonymous', checked)}
          error={errors.anonymous}
        />
      ) : null}

      <View className="publish-row" id="field-allowPublish" data-testid="field-allowPublish">
        <Text className="publish-row__label" id="label-allowPublish">
          同意在回复选登中公开（已隐去个人信息）
        </Text>
        <Switch
          className="publish-row__switch"
          data-testid="allow-publish"
          checked={values.allowPublish}
          color="#1f5fa8"
          nativeProps={fieldInputProps('allowPublish', errors.allowPublish)}
          onChange={(event) => update('allowPublish', event.detail.value)}
        />
      </View>
      <FieldError field="allowPublish" message={errors.allowPublish} />

      <View className="privacy" id="field-consent" data-testid="field-consent">
        <Text className="privacy__title">隐私保护说明</Text>
        <Text className="privacy__text">
          我们收集您填写的留言内容、联系电话和姓名（选填），仅用于办理和答复您的留言，必要时与您联系核实。姓名和联系电话不会公开。只有在您打开上方“同意在回复选登中公开”的情况下，留言及答复才可能在“回复选登”中公开，公开前会隐去姓名、电话等个人信息。详细说明见《隐私政策》和《用户协议》。
        </Text>
        <CheckRow
          testId="consent"
          checked={values.consent}
          onChange={(checked) => update('consent', checked)}
        >
          <Text>我已阅读并同意《隐私保护说明》</Text>
        </CheckRow>
        <View className="privacy__links">
          <View
            className="privacy__link"
            role="link"
            data-testid="consent-privacy-policy"
            onClick={() => openLegal('/pages/legal/privacy')}
          >
            《隐私政策》
          </View>
          <View
            className="privacy__link"
            role="link"
            data-testid="consent-user-agreement"
            onClick={() => openLegal('/pages/legal/terms')}
          >
            《用户协议》
          </View>
        </View>
        <FieldError field="consent" message={errors.consent} />
      </View>

      {deadline ? (
        <View className="deadline-hint" data-testid="deadline-preview">
          <Text>
            现在提交，预计最迟答复日期：{formatChineseDate(deadline.dueDate)}
            {deadline.provisional ? '（约，以国家节假日安排公布后为准）' : ''}
          </Text>
        </View>
      ) : null}

      {problem ? (
        <View className="form-problem" role="alert" data-testid="form-error">
          <Text className="form-problem__message">{problem.message}</Text>
          {problem.retryable ? (
            <Text className="form-problem__hint">
              您填写的内容仍然保留，可再次点击“提交留言”，不会重复提交。
            </Text>
          ) : null}
        </View>
      ) : null}

      <Button
        className={submitting ? 'submit-button submit-button--busy' : 'submit-button'}
        data-testid="submit"
        // `loading` is drawn here rather than by Taro's Button: on H5 its spinner, inserted next
        // to children React owns, fails to render. `disabled` is left out rather than false,
        // because the H5 button would carry disabled="false", which CSS takes for disabled.
        disabled={submitting || undefined}
        aria-busy={submitting ? 'true' : 'false'}
        {...pressable(submit)}
      >
        {submitting ? <View className="submit-button__spinner" /> : null}
        <Text>{submitting ? '正在提交…' : '提交留言'}</Text>
      </Button>
    </View>
  )
}
