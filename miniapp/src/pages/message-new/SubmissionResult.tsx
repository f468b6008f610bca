import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatLookupCode, type SubmittedMessage } from '@zhengmin/shared'
import { formatChineseDate } from '../../utils/dates'
import { pressable } from '../../a11y/pressable'

interface SubmissionResultProps {
  message: SubmittedMessage
  onWriteAnother: () => void
}

async function copyCode(code: string) {
  try {
    await Taro.setClipboardData({ data: code })
    // The mini-program shows its own "内容已复制" toast; the browser does not.
    if (process.env.TARO_ENV === 'h5') Taro.showToast({ title: '查询码已复制', icon: 'none' })
  } catch {
    Taro.showToast({ title: '复制失败，请长按查询码手动复制', icon: 'none' })
  }
}

function viewProgress(code: string) {
  Taro.navigateTo({ url: `/pages/my-messages/index?code=${code}` }).catch(() => {
    Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}

function goHome() {
  Taro.reLaunch({ url: '/pages/index/index' }).catch(() => {})
}

/** What the citizen sees once the message is stored: the lookup code and the reply deadline. */
export function SubmissionResult({ message, onWriteAnother }: SubmissionResultProps) {
  const code = formatLookupCode(message.code)
  return (
    <View className="result" data-testid="submission-result">
      <View className="result__badge">
        <Text>✓</Text>
      </View>
      <Text className="result__title">留言已提交</Text>

      <View className="result__card">
        <Text className="result__label">查询码</Text>
        <Text className="result__code" userSelect selectable data-testid="lookup-code">
          {code}
        </Text>
        <Button
          className="result__copy"
          data-testid="copy-code"
          {...pressable(() => copyCode(code))}
        >
          复制
        </Button>
        <Text className="result__due" data-testid="due-date">
          最迟于{formatChineseDate(message.dueDate)}答复
          {message.provisional ? '（约，以国家节假日安排公布后为准）' : ''}
        </Text>
      </View>

      <Text className="result__note">
        请截图或抄下查询码并妥善保存，以便日后查询办理进度和答复。
      </Text>

      <Button
        className="result__primary"
        data-testid="view-progress"
        {...pressable(() => viewProgress(message.code))}
      >
        查看办理进度
      </Button>
      <Button className="result__secondary" data-testid="go-home" {...pressable(goHome)}>
        返回首页
      </Button>
      <Button
        className="result__secondary"
        data-testid="write-another"
        {...pressable(onWriteAnother)}
      >
        再写一条留言
      </Button>
    </View>
  )
}
