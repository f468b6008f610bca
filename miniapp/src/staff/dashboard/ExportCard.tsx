import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { pressable } from '../../a11y/pressable'
import { failureText } from '../../services/api'
import { downloadExport, EXPORT_FORMATS, type ExportRequest } from '../../services/staff-stats'
import { formatChineseDate } from '../../utils/dates'

const FORMAT_LABELS = { csv: 'CSV', xlsx: 'Excel' } as const

/**
 * 导出: the period's figures and message list as CSV or Excel. An admin may add the citizens'
 * names and phones, with a reason that is recorded, after a confirmation.
 */
export function ExportCard({
  from,
  to,
  isAdmin,
  handleSignedOut,
}: {
  from: string
  to: string
  isAdmin: boolean
  /** The page's check for an ended session (useStaffData). */
  handleSignedOut: (error: unknown) => boolean
}) {
  const [exporting, setExporting] = useState<string | null>(null)
  const [withPhone, setWithPhone] = useState(false)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  async function runExport(kind: ExportRequest['kind'], format: ExportRequest['format']) {
    const includePhone = isAdmin && kind === 'messages' && withPhone
    if (includePhone) {
      if (reason.trim().length < 2) {
        setProblem('导出联系电话须填写原因')
        return
      }
      const { confirm } = await Taro.showModal({
        title: '导出联系电话',
        content: '导出的留言清单将包含留言人姓名和联系电话，本次导出及原因会被记录。确定导出吗？',
        confirmText: '确定导出',
        cancelText: '取消',
      })
      if (!confirm) return
    }
    setExporting(`${kind}-${format}`)
    setProblem(null)
    try {
      await downloadExport({
        from,
        to,
        kind,
        format,
        ...(includePhone ? { includePhone: true, reason: reason.trim() } : {}),
      })
      Taro.showToast({ title: '已导出', icon: 'none' })
    } catch (error) {
      if (!handleSignedOut(error)) setProblem(failureText(error, '导出未成功，请稍后重试'))
    } finally {
      setExporting(null)
    }
  }

  return (
    <View className="zm-card stats-card" data-testid="stats-export">
      <Text className="zm-heading">导出</Text>
      <Text className="zm-muted stats__note">
        导出 {formatChineseDate(from)} 至 {formatChineseDate(to)}
        的数据，口径与本页相同。留言清单默认不含留言人姓名和联系电话。
      </Text>
      {isAdmin ? (
        <View className="stats-export__phone">
          <View
            className="stats-export__switch"
            {...pressable(() => setWithPhone(!withPhone), 'checkbox')}
            aria-checked={withPhone ? 'true' : 'false'}
            data-testid="stats-export-phone"
          >
            <Text>留言清单包含姓名和联系电话</Text>
            <Text className="stats-export__check">{withPhone ? '☑' : '☐'}</Text>
          </View>
          {withPhone ? (
            <Textarea
              className="zm-textarea stats-export__reason"
              value={reason}
              maxlength={200}
              placeholder="请填写导出联系电话的原因（将被记录）"
              data-testid="stats-export-reason"
              onInput={(event) => setReason(event.detail.value)}
            />
          ) : null}
        </View>
      ) : null}
      {problem ? (
        <View className="zm-problem" role="alert" data-testid="stats-export-error">
          <Text>{problem}</Text>
        </View>
      ) : null}
      {(['figures', 'messages'] as const).map((kind) => (
        <View key={kind} className="stats-export__row">
          <Text className="stats-export__label">{kind === 'figures' ? '统计表' : '留言清单'}</Text>
          {EXPORT_FORMATS.map((format) => (
            <View
              key={format}
              className="zm-link stats-export__button"
              {...pressable(() => (exporting ? undefined : runExport(kind, format)))}
              aria-disabled={exporting ? 'true' : 'false'}
              data-testid={`stats-export-${kind}-${format}`}
            >
              {exporting === `${kind}-${format}` ? '正在导出…' : FORMAT_LABELS[format]}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
