import { Text, View } from '@tarojs/components'
import type { StaffGuideDetail } from '../../../services/staff-guides'
import { formatBeijingDateTime } from '../../../utils/dates'

/** 修改历史: each published version, who published it, what changed and whether in time. */
export function RevisionHistory({ history }: { history: StaffGuideDetail['history'] }) {
  return (
    <View className="zm-card guide-editor__history" data-testid="guide-history">
      <Text className="guide-editor__heading">修改历史</Text>
      {history.length === 0 ? (
        <Text className="zm-muted">第 1 版为随系统发布的内容，尚无修改。</Text>
      ) : (
        history.map((revision) => (
          <View
            key={revision.version}
            className="guide-editor__revision"
            data-testid="guide-revision"
          >
            <Text className="guide-editor__label">
              第 {revision.version} 版 · {revision.by} · {formatBeijingDateTime(revision.at)}
            </Text>
            <Text className="guide-editor__line">{revision.summary}</Text>
            {revision.changes && revision.changes.length > 0 ? (
              revision.changes.map((line) => (
                <Text key={line} className="guide-editor__line" data-testid="guide-revision-change">
                  · {line}
                </Text>
              ))
            ) : (
              <Text className="zm-muted guide-editor__line">
                修改部分：{revision.changedParts.join('、')}
              </Text>
            )}
            {revision.disclosedOnTime === undefined ? null : (
              <Text className="zm-muted guide-editor__line">
                {revision.disclosedOnTime ? '在20个工作日内公开' : '超过20个工作日才公开'}
              </Text>
            )}
          </View>
        ))
      )}
    </View>
  )
}
