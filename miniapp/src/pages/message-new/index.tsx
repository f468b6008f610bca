import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { SubmittedMessage } from '@zhengmin/shared'
import { useState } from 'react'
import { TopBar } from '../../components/TopBar'
import { useElderModeClass } from '../../stores/elder-mode'
import { handOffLookup, rememberCode } from '../../stores/my-messages'
import { MessageForm } from './MessageForm'
import { SubmissionResult } from './SubmissionResult'
import './index.scss'

/** 我要留言: the form, then (same page) the result with the lookup code. */
export default function MessageNew() {
  const [submitted, setSubmitted] = useState<SubmittedMessage | null>(null)
  // A new key remounts the form: a second message starts empty with a new Idempotency-Key.
  const [formKey, setFormKey] = useState(0)
  const elderClass = useElderModeClass()

  function handleSubmitted(message: SubmittedMessage, phone: string) {
    // The code is remembered on this device for 我的留言; the phone only in memory, for the
    // 查看办理进度 button of the result.
    rememberCode(message.code)
    handOffLookup(message.code, phone)
    setSubmitted(message)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
  }

  return (
    <View className={elderClass}>
      <TopBar title="我要留言" />
      {submitted ? (
        <SubmissionResult
          message={submitted}
          onWriteAnother={() => {
            setSubmitted(null)
            setFormKey((key) => key + 1)
          }}
        />
      ) : (
        <MessageForm key={formKey} onSubmitted={handleSubmitted} />
      )}
    </View>
  )
}
