import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './SearchHelp.scss'

/** Questions citizens often ask, offered under a search box before anything is searched. */
export function SearchSuggestions(props: {
  testId: string
  questions: readonly string[]
  onPick: (question: string) => void
}) {
  return (
    <View className="search-help" data-testid={props.testId}>
      <Text className="zm-muted search-help__label">大家都在问：</Text>
      {props.questions.map((question) => (
        <View
          key={question}
          className="search-help__chip"
          role="button"
          data-testid={`${props.testId}-item`}
          onClick={() => props.onPick(question)}
        >
          {question}
        </View>
      ))}
    </View>
  )
}

/** Nothing found: where else to turn — the 12333 hotline, or leaving a message. */
export function SearchEmpty(props: { testId: string; message: string }) {
  function leaveMessage() {
    Taro.navigateTo({ url: '/pages/message-new/index' }).catch(() => {
      Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
    })
  }
  return (
    <View className="search-help search-help--empty" data-testid={props.testId} role="status">
      <Text className="zm-muted search-help__text">{props.message}</Text>
      <Text className="zm-muted search-help__text" data-testid={`${props.testId}-hotline`}>
        可拨打全国人社服务热线 12333 咨询，或
      </Text>
      <View
        className="zm-link search-help__action"
        role="link"
        data-testid={`${props.testId}-message`}
        onClick={leaveMessage}
      >
        我要留言
      </View>
    </View>
  )
}

/** The text cut into runs, the searched words marked (longest first, case ignored). */
export function hitRuns(text: string, words: readonly string[]): { text: string; hit: boolean }[] {
  const terms = [...new Set(words.filter((word) => word.length > 0))].sort(
    (a, b) => b.length - a.length,
  )
  const lower = text.toLowerCase()
  const runs: { text: string; hit: boolean }[] = []
  let plain = ''
  let i = 0
  while (i < text.length) {
    const term = terms.find((word) => lower.startsWith(word.toLowerCase(), i))
    if (term) {
      if (plain) runs.push({ text: plain, hit: false })
      plain = ''
      runs.push({ text: text.slice(i, i + term.length), hit: true })
      i += term.length
    } else {
      plain += text[i]
      i += 1
    }
  }
  if (plain) runs.push({ text: plain, hit: false })
  return runs
}

/** A text with the searched words highlighted. */
export function HitText(props: {
  text: string
  words: readonly string[]
  className: string
  testId?: string
}) {
  return (
    <Text className={props.className} data-testid={props.testId}>
      {hitRuns(props.text, props.words).map((run, index) =>
        run.hit ? (
          <Text key={index} className="search-hit" data-testid="search-hit">
            {run.text}
          </Text>
        ) : (
          run.text
        ),
      )}
    </Text>
  )
}
