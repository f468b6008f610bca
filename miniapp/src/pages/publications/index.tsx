import { Text, View } from '@tarojs/components'
import Taro, { useLoad, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import {
  MESSAGE_CATEGORIES,
  MESSAGE_CATEGORY_LABELS,
  PUBLICATION_LIMITS,
  type MessageCategory,
  type PublicationListItem,
} from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { SearchBar } from '../../components/SearchBar'
import { HitText, SearchEmpty, SearchSuggestions } from '../../components/SearchHelp'
import { isApiError } from '../../services/api'
import { listPublications } from '../../services/publications'
import { TopBar } from '../../components/TopBar'
import { formatChineseDate } from '../../utils/dates'
import { useElderModeClass } from '../../stores/elder-mode'
import './index.scss'
import { pressable } from '../../a11y/pressable'

const PAGE_SIZE = 20

/** Offered under the box before a search: what citizens most often ask the bureau about. */
const POPULAR_QUESTIONS = ['拖欠工资', '社保卡补办', '失业金', '养老金', '参保证明', '灵活就业']

interface Filter {
  category?: MessageCategory
  q: string
}

type LoadMode = 'replace' | 'more'

/** 回复选登: published answers, newest first, with search, category chips and infinite scroll. */
export default function Publications() {
  const elderClass = useElderModeClass()
  const [filter, setFilter] = useState<Filter>({ q: '' })
  const [typed, setTyped] = useState('')
  const [items, setItems] = useState<PublicationListItem[]>([])
  // The words the server matched (synonyms included), highlighted in the rows.
  const [hits, setHits] = useState<string[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState<LoadMode | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  // Only the answer to the latest request counts (the filter can change while one is on its way).
  const latest = useRef(0)

  async function load(target: Filter, mode: LoadMode, cursor?: string) {
    const ticket = ++latest.current
    setLoading(mode)
    setProblem(null)
    try {
      const page = await listPublications({
        ...(target.category ? { category: target.category } : {}),
        ...(target.q ? { q: target.q } : {}),
        ...(mode === 'more' && cursor ? { cursor } : {}),
        limit: PAGE_SIZE,
      })
      if (ticket !== latest.current) return
      setItems((previous) => (mode === 'more' ? [...previous, ...page.items] : page.items))
      setHits(page.words ?? [])
      setNextCursor(page.nextCursor)
      setLoaded(true)
    } catch (error) {
      if (ticket !== latest.current) return
      setProblem(isApiError(error) ? error.message : '加载失败，请稍后重试')
    } finally {
      if (ticket === latest.current) setLoading(null)
    }
  }

  useLoad(() => {
    load(filter, 'replace')
  })

  useReachBottom(() => {
    if (nextCursor && !loading) load(filter, 'more', nextCursor)
  })

  usePullDownRefresh(() => {
    load(filter, 'replace').finally(() => {
      Taro.stopPullDownRefresh()
    })
  })

  function apply(next: Filter) {
    setFilter(next)
    setItems([])
    setNextCursor(null)
    setLoaded(false)
    load(next, 'replace')
  }

  // Searching again with the same words refreshes the results too.
  function search() {
    apply({ ...filter, q: typed.trim() })
  }

  function pick(question: string) {
    setTyped(question)
    apply({ ...filter, q: question })
  }

  function open(id: string) {
    Taro.navigateTo({ url: `/pages/publications/detail?id=${encodeURIComponent(id)}` }).catch(
      () => {
        Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
      },
    )
  }

  const chips: { key: MessageCategory | 'all'; label: string }[] = [
    { key: 'all', label: '全部' },
    ...MESSAGE_CATEGORIES.map((key) => ({ key, label: MESSAGE_CATEGORY_LABELS[key] })),
  ]

  return (
    <View className={`zm-page publications ${elderClass}`} data-testid="publications">
      <TopBar title="回复选登" />
      <SearchBar
        testId="publications-search"
        value={typed}
        placeholder="搜索标题、留言或答复内容"
        label="搜索回复选登"
        maxLength={PUBLICATION_LIMITS.searchMax}
        onChange={setTyped}
        onSearch={search}
      />

      {filter.q ? null : (
        <SearchSuggestions
          testId="publications-suggestions"
          questions={POPULAR_QUESTIONS}
          onPick={pick}
        />
      )}

      <View className="publications__chips" role="tablist" aria-label="留言类型">
        {chips.map((chip) => {
          const selected = (filter.category ?? 'all') === chip.key
          return (
            <View
              key={chip.key}
              className={selected ? 'chip chip--selected' : 'chip'}
              role="tab"
              aria-selected={selected ? 'true' : 'false'}
              data-testid={`publications-chip-${chip.key}`}
              onClick={() => {
                if (selected) return
                apply(chip.key === 'all' ? { q: filter.q } : { q: filter.q, category: chip.key })
              }}
            >
              {chip.label}
            </View>
          )
        })}
      </View>

      {problem ? (
        <View className="zm-problem" role="alert" data-testid="publications-error">
          <Text>{problem}</Text>
          <View className="zm-link" {...pressable(() => load(filter, 'replace'))}>
            重试
          </View>
        </View>
      ) : null}

      {loading === 'replace' && items.length === 0 ? (
        <Text className="zm-muted publications__state" data-testid="publications-loading">
          正在加载…
        </Text>
      ) : null}

      {loaded && !problem && items.length === 0 && loading === null ? (
        filter.q || filter.category ? (
          <SearchEmpty testId="publications-empty" message="没有找到相关的回复，换个关键词试试。" />
        ) : (
          <Text className="zm-muted publications__state" data-testid="publications-empty">
            暂无选登内容。
          </Text>
        )
      ) : null}

      {items.map((item) => (
        <View
          key={item.id}
          className="zm-card publication-row"
          {...pressable(() => open(item.id), 'link')}
          data-testid="publication-row"
          data-id={item.id}
        >
          <HitText
            className="publication-row__title"
            testId="publication-row-title"
            text={item.title}
            words={hits}
          />
          <HitText className="publication-row__excerpt" text={item.excerpt} words={hits} />
          <View className="publication-row__meta">
            <Text className="zm-badge">{MESSAGE_CATEGORY_LABELS[item.category]}</Text>
            {item.unitName ? <Text className="zm-muted">{item.unitName}</Text> : null}
            <Text className="zm-muted publication-row__date">
              {formatChineseDate(item.publishedDate)}
            </Text>
          </View>
        </View>
      ))}

      {loading === 'more' ? (
        <Text className="zm-muted publications__state">正在加载更多…</Text>
      ) : null}
      {loaded && items.length > 0 && !nextCursor && loading === null ? (
        <Text className="zm-muted publications__state" data-testid="publications-end">
          已显示全部
        </Text>
      ) : null}
      {nextCursor && loading === null && !problem ? (
        <View
          className="zm-link publications__more"
          {...pressable(() => load(filter, 'more', nextCursor))}
          data-testid="publications-more"
        >
          加载更多
        </View>
      ) : null}
    </View>
  )
}
