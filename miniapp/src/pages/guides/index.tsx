import { Text, View } from '@tarojs/components'
import Taro, { useLoad, usePullDownRefresh } from '@tarojs/taro'
import { GUIDE_THEME_LABELS, GUIDE_THEMES, type GuideListItem } from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { SearchBar } from '../../components/SearchBar'
import { SearchEmpty, SearchSuggestions } from '../../components/SearchHelp'
import { TopBar } from '../../components/TopBar'
import { isApiError } from '../../services/api'
import { listGuides } from '../../services/guides'
import { useElderModeClass } from '../../stores/elder-mode'
import './index.scss'
import { pressable } from '../../a11y/pressable'

/** How far a guide is verified, so a nearly complete one does not look like an empty one. */
function completenessText(item: GuideListItem): string {
  return item.complete ? '已全部核实' : `已核实 ${item.partsVerified}/${item.partsTotal} 部分`
}

/** Offered under the box before a search: the services citizens most often look for. */
const POPULAR_QUESTIONS = ['失业金怎么领', '社保卡', '参保证明', '人才绿卡', '养老金']

/** 办事指南: the bureau's public services grouped by theme, with search. */
export default function Guides() {
  const elderClass = useElderModeClass()
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  const [items, setItems] = useState<GuideListItem[] | null>(null)
  const [loading, setLoading] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const latest = useRef(0)

  async function load(q: string) {
    const ticket = ++latest.current
    setLoading(true)
    setProblem(null)
    try {
      const page = await listGuides(q ? { q } : {})
      if (ticket === latest.current) setItems(page.items)
    } catch (error) {
      if (ticket === latest.current)
        setProblem(isApiError(error) ? error.message : '加载失败，请稍后重试')
    } finally {
      if (ticket === latest.current) setLoading(false)
    }
  }

  useLoad(() => {
    load('')
  })

  usePullDownRefresh(() => {
    load(query).finally(() => {
      Taro.stopPullDownRefresh()
    })
  })

  function search(q = typed.trim()) {
    setQuery(q)
    load(q)
  }

  function pick(question: string) {
    setTyped(question)
    search(question)
  }

  function open(slug: string) {
    Taro.navigateTo({ url: `/pages/guides/detail?slug=${encodeURIComponent(slug)}` }).catch(() => {
      Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
    })
  }

  return (
    <View className={`zm-page guides ${elderClass}`} data-testid="guides">
      <TopBar title="办事指南" />
      <SearchBar
        testId="guides-search"
        value={typed}
        placeholder="搜索事项或问题，如“失业金怎么领”"
        label="搜索办事指南"
        maxLength={30}
        onChange={setTyped}
        onSearch={() => search()}
      />
      {query ? null : (
        <SearchSuggestions
          testId="guides-suggestions"
          questions={POPULAR_QUESTIONS}
          onPick={pick}
        />
      )}

      {problem ? (
        <View className="zm-problem" role="alert" data-testid="guides-error">
          <Text>{problem}</Text>
          <View className="zm-link" {...pressable(() => load(query))}>
            重试
          </View>
        </View>
      ) : null}
      {loading && !items ? <Text className="zm-muted guides__state">正在加载…</Text> : null}
      {items && items.length === 0 && !loading ? (
        <SearchEmpty
          testId="guides-empty"
          message={`没有找到“${query}”相关的事项，换个说法试试。`}
        />
      ) : null}

      {GUIDE_THEMES.map((theme) => {
        const group = (items ?? []).filter((item) => item.theme === theme)
        if (group.length === 0) return null
        return (
          <View key={theme} className="guides__group" data-testid={`guides-theme-${theme}`}>
            <Text className="guides__theme">{GUIDE_THEME_LABELS[theme]}</Text>
            {group.map((item) => (
              <View
                key={item.slug}
                className="zm-card guide-row"
                {...pressable(() => open(item.slug), 'link')}
                data-testid="guide-row"
                data-slug={item.slug}
              >
                <Text className="guide-row__name">{item.shortName}</Text>
                <Text className="zm-muted guide-row__official">{item.officialName}</Text>
                <View className="guide-row__meta">
                  {item.unitName ? <Text className="zm-muted">{item.unitName}</Text> : null}
                  <Text
                    className={item.complete ? 'zm-badge' : 'zm-badge zm-badge--warning'}
                    data-testid="guide-row-completeness"
                  >
                    {completenessText(item)}
                  </Text>
                </View>
              </View>
            ))}
          </View>
        )
      })}
    </View>
  )
}
