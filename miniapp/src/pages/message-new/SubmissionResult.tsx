import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatLookupCode, type SubmittedMessage } from '@zhengmin/shared'
import { useState } from 'react'
import { PrivacySheet } from '../../components/PrivacySheet'
import { isPrivacyRefusal } from '../../services/privacy-authorization'
import { formatChineseDate } from '../../utils/dates'
import { pressable } from '../../a11y/pressable'

interface SubmissionResultProps {
  message: SubmittedMessage
  onWriteAnother: () => void
}

/** Copies the code; 'declined' when the citizen did not agree to the privacy guide. */
async function copyCode(code: string): Promise<'copied' | 'declined' | 'failed'> {
  try {
    // Inside WeChat this is a privacy API: it waits for the PrivacySheet's answer if needed.
    await Taro.setClipboardData({ data: code })
    // The mini-program shows its own "内容已复制" toast; the browser does not.
    if (process.env.TARO_ENV === 'h5') Taro.showToast({ title: '查询码已复制', icon: 'none' })
    return 'copied'
  } catch (error) {
    if (isPrivacyRefusal(error)) return 'declined'
    Taro.showToast({ title: '复制失败，请长按查询码手动复制', icon: 'none' })
    return 'failed'
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
  // Without the citizen's agreement the clipboard stays off: the code is copied by hand.
  const [copyDeclined, setCopyDeclined] = useState(false)
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
        {copyDeclined ? (
          <Text className="result__copy-by-hand" data-testid="copy-by-hand">
            未开启复制功能，请长按上方查询码选择复制，或抄写下来。
          </Text>
        ) : (
          <Button
            className="result__copy"
            data-testid="copy-code"
            {...pressable(() =>
              copyCode(code).then((outcome) => setCopyDeclined(outcome === 'declined')),
            )}
          >
            复制查询码
          </Button>
        )}
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
      <PrivacySheet />
    </View>
  )
}
