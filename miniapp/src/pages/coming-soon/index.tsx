import { Button, Text, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import { useState } from 'react'
import { COMING_SOON_FEATURES, isComingSoonFeature, type ComingSoonFeature } from '../../features'
import { useElderModeClass } from '../../stores/elder-mode'
import './index.scss'

/** The honest page behind the home entries that do not work yet: no placeholder content. */
export default function ComingSoon() {
  const [feature, setFeature] = useState<ComingSoonFeature | null>(null)

  useLoad((options: Record<string, string | undefined>) => {
    const key = options.feature
    if (isComingSoonFeature(key)) {
      setFeature(key)
      Taro.setNavigationBarTitle({ title: COMING_SOON_FEATURES[key].title }).catch(() => {})
    }
  })

  const elderClass = useElderModeClass()
  const info = feature ? COMING_SOON_FEATURES[feature] : null
  return (
    <View className={`soon ${elderClass}`} data-testid="coming-soon">
      <Text className="soon__title">{info ? info.title : '该功能'}即将上线</Text>
      {info ? <Text className="soon__description">{info.description}</Text> : null}
      <Text className="soon__description">
        目前可以通过“我要留言”向我局提出咨询、投诉、举报或建议。
      </Text>
      <Button
        className="soon__button"
        data-testid="coming-soon-write"
        onClick={() => Taro.redirectTo({ url: '/pages/message-new/index' })}
      >
        我要留言
      </Button>
    </View>
  )
}
