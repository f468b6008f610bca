import { Input, Text, View } from '@tarojs/components'
import {
  MESSAGE_CATEGORIES,
  MESSAGE_CATEGORY_LABELS,
  MESSAGE_CHANNELS,
  MESSAGE_CHANNEL_LABELS,
  STAFF_SEARCH_MAX,
} from '@zhengmin/shared'
import { SearchBar } from '../../components/SearchBar'
import type { Criteria } from './criteria'

/** The inbox's search: words, 查询码 or phone, a category and the dates of receipt. */
export function InboxSearch({
  criteria,
  searching,
  onChange,
  onSearch,
  onClear,
}: {
  criteria: Criteria
  /** Whether search results (rather than a tab) are shown. */
  searching: boolean
  onChange: (next: Criteria) => void
  /** Searches with these criteria (a category choice searches at once). */
  onSearch: (next: Criteria) => void
  onClear: () => void
}) {
  return (
    <View className="staff-inbox__search" data-testid="inbox-search-panel">
      <SearchBar
        testId="inbox-search"
        value={criteria.q}
        placeholder="查询码、来电号码或标题内容中的词语"
        label="搜索留言：查询码、来电号码或标题内容中的词语"
        maxLength={STAFF_SEARCH_MAX}
        onChange={(q) => onChange({ ...criteria, q })}
        onSearch={() => onSearch(criteria)}
      />
      <View className="staff-inbox__filters" role="group" aria-label="按留言类型筛选">
        {[undefined, ...MESSAGE_CATEGORIES].map((category) => (
          <View
            key={category ?? 'all'}
            className={
              criteria.category === category
                ? 'zm-badge staff-inbox__filter staff-inbox__filter--selected'
                : 'zm-badge staff-inbox__filter'
            }
            role="radio"
            aria-checked={criteria.category === category ? 'true' : 'false'}
            data-testid={`inbox-category-${category ?? 'all'}`}
            onClick={() => {
              const next = { ...criteria, category }
              onChange(next)
              onSearch(next)
            }}
          >
            {category ? MESSAGE_CATEGORY_LABELS[category] : '全部类型'}
          </View>
        ))}
      </View>
      <View className="staff-inbox__filters" role="group" aria-label="按来源渠道筛选">
        {[undefined, ...MESSAGE_CHANNELS].map((channel) => (
          <View
            key={channel ?? 'all'}
            className={
              criteria.channel === channel
                ? 'zm-badge staff-inbox__filter staff-inbox__filter--selected'
                : 'zm-badge staff-inbox__filter'
            }
            role="radio"
            aria-checked={criteria.channel === channel ? 'true' : 'false'}
            data-testid={`inbox-channel-${channel ?? 'all'}`}
            onClick={() => {
              const next = { ...criteria, channel }
              onChange(next)
              onSearch(next)
            }}
          >
            {channel ? MESSAGE_CHANNEL_LABELS[channel] : '全部渠道'}
          </View>
        ))}
      </View>
      <View className="staff-inbox__filters">
        <Text className="zm-muted">收到日期</Text>
        <Input
          className="zm-input staff-inbox__date"
          type="text"
          maxlength={10}
          placeholder="起 2026-03-01"
          aria-label="收到日期起（年-月-日）"
          data-testid="inbox-from"
          value={criteria.from}
          onInput={(event) => onChange({ ...criteria, from: event.detail.value })}
          onConfirm={() => onSearch(criteria)}
        />
        <Input
          className="zm-input staff-inbox__date"
          type="text"
          maxlength={10}
          placeholder="止 2026-03-31"
          aria-label="收到日期止（年-月-日）"
          data-testid="inbox-to"
          value={criteria.to}
          onInput={(event) => onChange({ ...criteria, to: event.detail.value })}
          onConfirm={() => onSearch(criteria)}
        />
      </View>
      {searching ? (
        <View className="staff-inbox__filters">
          <Text className="zm-muted" data-testid="inbox-search-state">
            搜索结果（全部状态）
          </Text>
          <View
            className="zm-link staff-inbox__bar-action"
            role="button"
            data-testid="inbox-search-clear"
            onClick={onClear}
          >
            清除搜索
          </View>
        </View>
      ) : null}
    </View>
  )
}
