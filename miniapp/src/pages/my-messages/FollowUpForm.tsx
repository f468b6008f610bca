import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { myMessageFollowUpSchema, toFieldErrors, type CitizenMessageView } from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { fieldInputProps, labelIdOf } from '../../a11y/pressable'
import { CharCounter } from '../../components/CharCounter'
import { ProblemNotice } from '../../components/ProblemNotice'
import { SubmitButton } from '../../components/SubmitButton'
import { FieldError } from '../../components/FieldError'
import { isApiError } from '../../services/api'
import { followUpMessage, type MessageAccess } from '../../services/messages'
import { PhotoUploader, type PhotoUploaderState } from '../../components/PhotoUploader'

interface FollowUpFormProps {
  code: string
  access: MessageAccess
  onDone: (message: CitizenMessageView) => void
}

/** 追问: one further question about the answer, allowed once. */
export function FollowUpForm({ code, access, onDone }: FollowUpFormProps) {
  const [content, setContent] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inFlight = useRef(false)
  const [photos, setPhotos] = useState<PhotoUploaderState>({ tokens: [], busy: 0, failed: 0 })

  async function submit() {
    if (inFlight.current) return
    setProblem(null)
    if (photos.busy > 0 || photos.failed > 0) {
      setProblem(
        photos.busy > 0
          ? '照片正在上传，请稍候再提交'
          : '有照片上传未成功，请点击“重试”或删除后再提交',
      )
      return
    }
    const parsed = myMessageFollowUpSchema.safeParse({
      content,
      ...(photos.tokens.length > 0 ? { attachments: photos.tokens } : {}),
    })
    if (!parsed.success) {
      const fields = toFieldErrors(parsed.error)
      const contentError = fields.find((field) => field.field === 'content')
      if (contentError) setError(contentError.message)
      else setProblem('追问未能提交，请重新查询后再试')
      return
    }
    setError(undefined)
    inFlight.current = true
    try {
      const { confirm } = await Taro.showModal({
        title: '确认提交追问',
        content: '每条留言只能追问一次，提交后不能修改。确定提交吗？',
        confirmText: '提交',
        cancelText: '再想想',
      })
      if (!confirm) return
      setBusy(true)
      const updated = await followUpMessage(code, parsed.data, access)
      Taro.showToast({ title: '追问已提交', icon: 'none' })
      onDone(updated)
    } catch (failure) {
      setProblem(isApiError(failure) ? failure.message : '追问未能提交，请稍后重试')
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  return (
    <View className="zm-card" data-testid="followup-form">
      <View className="followup__heading">
        <Text className="zm-heading" id={labelIdOf('followup')}>
          追问
        </Text>
        <CharCounter field="followup" value={content} max={1000} />
      </View>
      <Text className="zm-muted">对答复仍有疑问的，可以追问一次，我局将再次答复。</Text>
      <Textarea
        className="zm-textarea followup__input"
        data-testid="followup-content"
        value={content}
        maxlength={-1}
        placeholder="请写明需要进一步说明的问题（至少5个字）"
        placeholderClass="zm-placeholder"
        nativeProps={fieldInputProps('followup', error)}
        onInput={(event) => {
          setContent(event.detail.value)
          setError(undefined)
        }}
      />
      <FieldError field="followup" message={error} />
      <PhotoUploader onChange={setPhotos} />
      <ProblemNotice testId="followup-error" message={problem} />
      <SubmitButton
        testId="followup-submit"
        busy={busy}
        label="提交追问"
        busyLabel="正在提交…"
        onSubmit={submit}
      />
    </View>
  )
}
