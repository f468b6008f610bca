import { Text, View } from '@tarojs/components'
import type { ContentCheckView } from '@zhengmin/shared'

/** What the editor says about WeChat's content check of the citizen's text. */
function describe(check: ContentCheckView): { text: string; warning: boolean } {
  const label = check.labelText ?? '其他'
  switch (check.state) {
    case 'off':
      return { text: '未开启（服务器未配置微信），请人工审核内容', warning: false }
    case 'not_applicable':
      return { text: '未检测（留言不是在小程序中登录后提交的），请人工审核内容', warning: false }
    case 'pending':
      return { text: '检测中，暂无结果；现在发布需填写理由', warning: true }
    case 'failed':
      return { text: '未能完成检测；发布需填写理由', warning: true }
    case 'pass':
      return { text: '通过', warning: false }
    case 'review':
      return { text: `建议人工复核（${label}）`, warning: true }
    case 'risky':
      return { text: `有风险（${label}）；发布需填写理由`, warning: true }
  }
}

export function ContentCheckNotice({ check }: { check: ContentCheckView | undefined }) {
  if (!check) return null
  const { text, warning } = describe(check)
  return (
    <View
      className={warning ? 'editor__content-check zm-notice' : 'editor__content-check'}
      data-testid="editor-content-check"
      data-state={check.state}
    >
      <Text>微信内容安全检测：{text}</Text>
    </View>
  )
}
