import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import {
  agreeToPrivacy,
  declinePrivacy,
  isPrivacyRequestPending,
  onPrivacyRequest,
  PRIVACY_AGREE_BUTTON_ID,
  reportPrivacySheetShown,
} from '../services/privacy-authorization'
import './PrivacySheet.scss'

/**
 * The sheet WeChat's privacy authorisation asks for (services/privacy-authorization.ts), shown
 * on pages that use a privacy API when a call is waiting for the citizen's answer.
 */
export function PrivacySheet() {
  const [open, setOpen] = useState(isPrivacyRequestPending)
  useEffect(() => onPrivacyRequest(setOpen), [])
  useEffect(() => {
    if (open) reportPrivacySheetShown()
  }, [open])
  if (!open) return null
  return (
    <View className="privacy-sheet" role="dialog" aria-modal="true" data-testid="privacy-sheet">
      <View className="privacy-sheet__panel">
        <Text className="privacy-sheet__title">用户隐私保护提示</Text>
        <Text className="privacy-sheet__text">
          复制查询码需要使用微信的剪贴板功能。使用前，请您阅读并同意《政民互动隐私政策》。不同意不影响留言和查询，您可以手动抄下查询码。
        </Text>
        <View
          className="zm-link privacy-sheet__link"
          role="link"
          data-testid="privacy-sheet-policy"
          onClick={() => Taro.navigateTo({ url: '/pages/legal/privacy' }).catch(() => {})}
        >
          查看《隐私政策》
        </View>
        <Button
          id={PRIVACY_AGREE_BUTTON_ID}
          className="zm-button"
          data-testid="privacy-agree"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={agreeToPrivacy}
        >
          同意并继续
        </Button>
        <Button
          className="zm-button zm-button--secondary"
          data-testid="privacy-decline"
          onClick={declinePrivacy}
        >
          不同意
        </Button>
      </View>
    </View>
  )
}
