import { Button, Input, Text, View } from '@tarojs/components'
import { formatLookupCode, MESSAGE_STATUS_LABELS, type MergeRow } from '@zhengmin/shared'
import { pressable } from '../../a11y/pressable'
import { formatBeijingDateTime } from '../../utils/dates'

interface MergeChooserProps {
  /** Open messages of the same unit and kind, each mergeable or with the reason it is not. */
  candidates: MergeRow[]
  /** The typed 查询码; the panel keeps it, so it survives a cancelled confirmation. */
  code: string
  onCode: (code: string) => void
  onSearch: () => void
  onPick: (row: MergeRow) => void
}

/** 并单's choice of the lead: by its 查询码, or from the similar open messages. */
export function MergeChooser({ candidates, code, onCode, onSearch, onPick }: MergeChooserProps) {
  return (
    <View data-testid="merge-choose">
      <Text className="zm-muted">
        同一事项的重复留言可并入一条主办留言：主办留言答复后，每位留言人都会收到同样的答复，统计只计一次。
      </Text>
      <Text className="zm-label">按查询码查找主办留言</Text>
      <View className="merge-panel__search">
        <Input
          className="zm-input"
          data-testid="merge-code"
          value={code}
          maxlength={20}
          placeholder="例如 BC7K-9MQ2"
          onInput={(event) => onCode(event.detail.value)}
        />
        <Button
          className="zm-button zm-button--secondary"
          data-testid="merge-search"
          {...pressable(onSearch)}
        >
          查找
        </Button>
      </View>
      <Text className="zm-label">同科室、同类型的未答复留言</Text>
      {candidates.length === 0 ? (
        <Text className="zm-muted" data-testid="merge-no-candidates">
          没有可并入的留言
        </Text>
      ) : null}
      {candidates.map((row) => (
        <View key={row.id} className="merge-panel__row" data-testid="merge-candidate">
          <Text>
            {formatLookupCode(row.code)} · {row.title}
          </Text>
          <Text className="zm-muted">
            {' '}
            {formatBeijingDateTime(row.receivedAt)} · {MESSAGE_STATUS_LABELS[row.status]}
          </Text>
          {row.refusal ? (
            <Text className="zm-muted" data-testid="merge-candidate-refusal">
              {row.refusal}
            </Text>
          ) : (
            <View className="zm-link" {...pressable(() => onPick(row))} data-testid="merge-pick">
              并入此留言…
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
