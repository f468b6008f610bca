import { Input, Text, View } from '@tarojs/components'
import { formatLookupCode, messageLookupQuerySchema, toFieldErrors } from '@zhengmin/shared'
import { useState } from 'react'
import { fieldInputProps, pressable } from '../../a11y/pressable'
import { FormField } from '../../components/FormField'
import { ProblemNotice } from '../../components/ProblemNotice'
import { SubmitButton } from '../../components/SubmitButton'
import type { LookupCredentials } from '../../services/messages'
import type { RememberedCode } from '../../stores/my-messages'

interface LookupFormProps {
  initialCode: string
  initialPhone: string
  codes: RememberedCode[]
  busy: boolean
  problem: string | null
  onLookup: (credentials: LookupCredentials) => void
  /** The citizen tries again or edits: the last attempt's problem no longer applies. */
  onDismissProblem: () => void
  onForget: (code: string) => void
}

type LookupErrors = Partial<Record<'code' | 'phone', string>>

// As in the message form: the mini-program's number keyboard, a text field in the browser.
const PHONE_INPUT_TYPE = process.env.TARO_ENV === 'h5' ? 'text' : 'number'

/** 查询码 + 联系电话, checked with the shared schema before anything is sent. */
export function LookupForm({
  initialCode,
  initialPhone,
  codes,
  busy,
  problem,
  onLookup,
  onDismissProblem,
  onForget,
}: LookupFormProps) {
  const [code, setCode] = useState(initialCode)
  const [phone, setPhone] = useState(initialPhone)
  const [errors, setErrors] = useState<LookupErrors>({})
  const [phoneFocus, setPhoneFocus] = useState(false)
  const [askPhoneFor, setAskPhoneFor] = useState<string | null>(null)

  function submit() {
    if (busy) return
    onDismissProblem()
    const parsed = messageLookupQuerySchema.safeParse({ code, phone })
    if (!parsed.success) {
      const next: LookupErrors = {}
      for (const { field, message } of toFieldErrors(parsed.error)) {
        if ((field === 'code' || field === 'phone') && !next[field]) next[field] = message
      }
      setErrors(next)
      return
    }
    setErrors({})
    onLookup(parsed.data)
  }

  function pick(saved: string) {
    setCode(formatLookupCode(saved))
    setPhone('')
    setErrors({})
    setAskPhoneFor(saved)
    setPhoneFocus(true)
  }

  return (
    <View className="lookup" data-testid="lookup-form">
      <View className="zm-card">
        <Text className="zm-heading">查询留言办理进度</Text>
        <Text className="zm-muted">
          请输入提交留言后获得的 8 位查询码，以及留言时填写的联系电话。
        </Text>

        <View className="lookup__fields">
          <FormField name="code" label="查询码" required error={errors.code}>
            <Input
              className="zm-input lookup__code-input"
              data-testid="lookup-code-input"
              value={code}
              maxlength={12}
              placeholder="例如 BC7K-9MQ2"
              placeholderClass="zm-placeholder"
              nativeProps={fieldInputProps('code', errors.code, {
                'aria-required': 'true',
                autoCapitalize: 'characters',
              })}
              onInput={(event) => {
                setCode(event.detail.value)
                setErrors((previous) => ({ ...previous, code: undefined }))
              }}
            />
          </FormField>

          <FormField
            name="phone"
            label="联系电话"
            required
            note="仅用于核对身份"
            error={errors.phone}
          >
            <Input
              className="zm-input"
              data-testid="lookup-phone-input"
              type={PHONE_INPUT_TYPE}
              value={phone}
              maxlength={20}
              focus={phoneFocus}
              placeholder="留言时填写的电话号码"
              placeholderClass="zm-placeholder"
              nativeProps={fieldInputProps('phone', errors.phone, {
                inputMode: 'tel',
                autoComplete: 'tel',
                'aria-required': 'true',
              })}
              onBlur={() => setPhoneFocus(false)}
              onInput={(event) => {
                setPhone(event.detail.value)
                setErrors((previous) => ({ ...previous, phone: undefined }))
              }}
            />
          </FormField>
        </View>

        {askPhoneFor ? (
          <View className="zm-notice" data-testid="lookup-ask-phone">
            <Text>请填写提交查询码 {formatLookupCode(askPhoneFor)} 对应留言时的联系电话。</Text>
          </View>
        ) : null}

        <ProblemNotice testId="lookup-error" message={problem} />

        <SubmitButton
          testId="lookup-submit"
          busy={busy}
          label="查询"
          busyLabel="正在查询…"
          onSubmit={submit}
        />
      </View>

      <View className="zm-card" data-testid="my-codes">
        <Text className="zm-heading">本机保存的查询码</Text>
        {codes.length === 0 ? (
          <Text className="zm-muted" data-testid="my-codes-empty">
            本机还没有保存查询码。在本机提交留言或查询成功后，查询码会保存在这里（不保存电话号码）。
          </Text>
        ) : (
          codes.map((entry) => (
            <View key={entry.code} className="lookup__saved">
              <View
                className="lookup__saved-code"
                {...pressable(() => pick(entry.code))}
                data-testid={`my-code-${entry.code}`}
              >
                <Text>{formatLookupCode(entry.code)}</Text>
                <Text className="zm-link">查看</Text>
              </View>
              <View
                className="lookup__forget"
                {...pressable(() => onForget(entry.code))}
                aria-label={`删除查询码 ${formatLookupCode(entry.code)}`}
                data-testid={`forget-code-${entry.code}`}
              >
                删除
              </View>
            </View>
          ))
        )}
      </View>
    </View>
  )
}
