import { Text, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import {
  formatLookupCode,
  isLookupCode,
  messageLookupQuerySchema,
  normalizeLookupCode,
  type CitizenMessageView,
} from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { useElderModeClass } from '../../stores/elder-mode'
import { isApiError } from '../../services/api'
import { lookupMessage, type LookupCredentials } from '../../services/messages'
import {
  forgetCode,
  rememberCode,
  rememberedCodes,
  takeHandedOffPhone,
  type RememberedCode,
} from '../../stores/my-messages'
import { LookupForm } from './LookupForm'
import { MessageDetail } from './MessageDetail'
import './index.scss'

interface Prefill {
  code: string
  phone: string
  /** Remounts the form with these values. */
  key: number
}

function problemOf(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 404 && error.code === 'HTTP_ERROR') {
      return '未找到该留言，请核对查询码和联系电话'
    }
    return error.message
  }
  return '查询未成功，请稍后重试'
}

/**
 * 我的留言: the lookup form (查询码 + 联系电话) and, on the same page, the message found. The phone
 * stays in this page's memory only, for the rating and follow-up the citizen may send.
 */
export default function MyMessages() {
  const [prefill, setPrefill] = useState<Prefill>({ code: '', phone: '', key: 0 })
  const [codes, setCodes] = useState<RememberedCode[]>([])
  const [credentials, setCredentials] = useState<LookupCredentials | null>(null)
  const [message, setMessage] = useState<CitizenMessageView | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const inFlight = useRef(false)
  const elderClass = useElderModeClass()

  async function lookup(query: LookupCredentials) {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(true)
    setProblem(null)
    try {
      const found = await lookupMessage(query)
      rememberCode(found.code || query.code)
      setCodes(rememberedCodes())
      setCredentials(query)
      setMessage(found)
      Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
    } catch (error) {
      setProblem(problemOf(error))
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  useLoad((options: Record<string, string | undefined>) => {
    setCodes(rememberedCodes())
    const code = normalizeLookupCode(decodeURIComponent(options.code ?? ''))
    if (!isLookupCode(code)) return
    const phone = takeHandedOffPhone(code) ?? ''
    setPrefill({ code: formatLookupCode(code), phone, key: 1 })
    const parsed = messageLookupQuerySchema.safeParse({ code, phone })
    if (parsed.success) lookup(parsed.data)
  })

  function backToLookup() {
    setMessage(null)
    setCredentials(null)
    setProblem(null)
    setPrefill((previous) => ({ code: '', phone: '', key: previous.key + 1 }))
  }

  if (message && credentials) {
    return (
      <View className={`zm-page my-messages ${elderClass}`}>
        {problem ? (
          <View className="zm-problem" role="alert" data-testid="detail-error">
            <Text>{problem}</Text>
          </View>
        ) : null}
        <MessageDetail
          message={message}
          phone={credentials.phone}
          refreshing={busy}
          onChange={setMessage}
          onRefresh={() => lookup(credentials)}
          onBack={backToLookup}
        />
      </View>
    )
  }

  return (
    <View className={`zm-page my-messages ${elderClass}`}>
      <LookupForm
        key={prefill.key}
        initialCode={prefill.code}
        initialPhone={prefill.phone}
        codes={codes}
        busy={busy}
        problem={problem}
        onLookup={lookup}
        onForget={(code) => {
          forgetCode(code)
          setCodes(rememberedCodes())
        }}
      />
    </View>
  )
}
