import { Text, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import {
  formatLookupCode,
  isLookupCode,
  messageLookupQuerySchema,
  normalizeLookupCode,
  type CitizenMessageView,
  type MyMessageListItem,
} from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { TopBar } from '../../components/TopBar'
import { useElderModeClass } from '../../stores/elder-mode'
import { isApiError } from '../../services/api'
import { clearCitizenSession, isWeChatApp } from '../../services/citizen-session'
import {
  fetchOwnMessage,
  listMyMessages,
  type LookupCredentials,
  type MessageAccess,
} from '../../services/messages'
import {
  forgetCode,
  rememberCode,
  rememberedCodes,
  takeHandedOffPhone,
  type RememberedCode,
} from '../../stores/my-messages'
import { RatingReplies } from '../../components/RatingReplies'
import { LookupForm } from './LookupForm'
import { MessageDetail } from './MessageDetail'
import { WeChatMessageList } from './WeChatMessageList'
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

/** The message being shown and how the citizen proved it is theirs. */
interface Opened {
  code: string
  access: MessageAccess
}

/** The citizen's WeChat list: absent outside WeChat or when the login is not available. */
interface WeChatList {
  items: MyMessageListItem[]
  nextCursor: string | null
  loading: boolean
  problem: string | null
}

const signedOut = (error: unknown) => isApiError(error) && error.code === 'citizen_unauthenticated'

/**
 * 我的留言: in WeChat, the citizen's own messages by their WeChat login; everywhere, the lookup
 * form (查询码 + 联系电话) and, on the same page, the message found. The phone
 * stays in this page's memory only, for the rating and follow-up the citizen may send.
 */
export default function MyMessages() {
  const [prefill, setPrefill] = useState<Prefill>({ code: '', phone: '', key: 0 })
  const [codes, setCodes] = useState<RememberedCode[]>([])
  const [opened, setOpened] = useState<Opened | null>(null)
  const [wechatList, setWeChatList] = useState<WeChatList | null>(null)
  const [message, setMessage] = useState<CitizenMessageView | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const inFlight = useRef(false)
  const elderClass = useElderModeClass()

  /** Loads (a page of) the WeChat list; resolves with whether the citizen is signed in. */
  async function loadWeChatList(cursor?: string): Promise<boolean> {
    setWeChatList((previous) =>
      previous ? { ...previous, loading: true, problem: null } : previous,
    )
    try {
      const page = await listMyMessages(cursor)
      if (!page) {
        setWeChatList(null)
        return false
      }
      setWeChatList((previous) => ({
        items: cursor && previous ? [...previous.items, ...page.items] : page.items,
        nextCursor: page.nextCursor,
        loading: false,
        problem: null,
      }))
      return true
    } catch (error) {
      if (signedOut(error)) {
        clearCitizenSession()
        setWeChatList(null)
        return false
      }
      setWeChatList((previous) => ({
        items: previous?.items ?? [],
        nextCursor: previous?.nextCursor ?? null,
        loading: false,
        problem: isApiError(error) ? error.message : '加载失败，请稍后重试',
      }))
      return true
    }
  }

  async function open(code: string, access: MessageAccess) {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(true)
    setProblem(null)
    try {
      const found = await fetchOwnMessage(code, access)
      if (access.kind === 'phone') {
        rememberCode(found.code || code)
        setCodes(rememberedCodes())
      }
      setOpened({ code: found.code || code, access })
      setMessage(found)
      Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => {})
    } catch (error) {
      if (signedOut(error)) {
        clearCitizenSession()
        setWeChatList(null)
        setProblem('微信登录已失效，请用查询码和联系电话查询')
      } else {
        setProblem(problemOf(error))
      }
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  const lookup = (query: LookupCredentials) =>
    open(query.code, { kind: 'phone', phone: query.phone })

  useLoad((options: Record<string, string | undefined>) => {
    setCodes(rememberedCodes())
    // Only inside WeChat is there a login to list by; a browser shows the lookup form alone.
    if (isWeChatApp()) setWeChatList({ items: [], nextCursor: null, loading: true, problem: null })
    const listed = isWeChatApp() ? loadWeChatList() : Promise.resolve(false)
    const code = normalizeLookupCode(decodeURIComponent(options.code ?? ''))
    if (!isLookupCode(code)) return
    const phone = takeHandedOffPhone(code) ?? ''
    setPrefill({ code: formatLookupCode(code), phone, key: 1 })
    const parsed = messageLookupQuerySchema.safeParse({ code, phone })
    if (parsed.success) {
      lookup(parsed.data)
      return
    }
    // Opened from the answer notice: in WeChat the login is proof enough.
    listed.then((signedIn) => {
      if (signedIn) open(code, { kind: 'wechat' })
    })
  })

  function backToLookup() {
    setMessage(null)
    setOpened(null)
    setProblem(null)
    setPrefill((previous) => ({ code: '', phone: '', key: previous.key + 1 }))
  }

  if (message && opened) {
    return (
      <View className={`zm-page my-messages ${elderClass}`}>
        <TopBar title="我的留言" />
        {problem ? (
          <View className="zm-problem" role="alert" data-testid="detail-error">
            <Text>{problem}</Text>
          </View>
        ) : null}
        <MessageDetail
          message={message}
          access={opened.access}
          refreshing={busy}
          onChange={setMessage}
          onRefresh={() => open(opened.code, opened.access)}
          onBack={backToLookup}
        />
      </View>
    )
  }

  return (
    <View className={`zm-page my-messages ${elderClass}`}>
      <TopBar title="我的留言" />
      {wechatList ? (
        <WeChatMessageList
          items={wechatList.items}
          loading={wechatList.loading}
          problem={wechatList.problem}
          hasMore={wechatList.nextCursor !== null}
          onOpen={(code) => open(code, { kind: 'wechat' })}
          onMore={() => {
            if (wechatList.nextCursor && !wechatList.loading) loadWeChatList(wechatList.nextCursor)
          }}
          onRetry={() => loadWeChatList()}
        />
      ) : null}
      <LookupForm
        key={prefill.key}
        initialCode={prefill.code}
        initialPhone={prefill.phone}
        codes={codes}
        busy={busy}
        problem={problem}
        onLookup={lookup}
        onDismissProblem={() => setProblem(null)}
        onForget={(code) => {
          forgetCode(code)
          setCodes(rememberedCodes())
        }}
      />
      <RatingReplies />
    </View>
  )
}
