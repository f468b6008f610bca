import Taro from '@tarojs/taro'
import type { SubmittedMessage } from '@zhengmin/shared'
import { useState } from 'react'
import { MessageForm } from './MessageForm'
import { SubmissionResult } from './SubmissionResult'
import './index.scss'

/** 我要留言: the form, then (same page) the result with the lookup code. */
export default function MessageNew() {
  const [submitted, setSubmitted] = useState<SubmittedMessage | null>(null)
  // A new key remounts the form: a second message starts empty with a new Idempotency-Key.
  const [formKey, setFormKey] = useState(0)

  function handleSubmitted(message: SubmittedMessage) {
    setSubmitted(message)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
  }

  if (submitted) {
    return (
      <SubmissionResult
        message={submitted}
        onWriteAnother={() => {
          setSubmitted(null)
          setFormKey((key) => key + 1)
        }}
      />
    )
  }
  return <MessageForm key={formKey} onSubmitted={handleSubmitted} />
}
