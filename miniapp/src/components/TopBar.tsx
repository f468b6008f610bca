import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { pressable } from '../a11y/pressable'
import './TopBar.scss'

const HOME = '/pages/index/index'

function goHome() {
  Taro.reLaunch({ url: HOME }).catch(() => {})
}

function goBack() {
  Taro.navigateBack({ delta: 1 }).catch(goHome)
}

/**
 * The H5 page's top bar: 返回 to the previous page (and 首页), or only 首页 when the page was
 * opened directly, e.g. from a shared link. The mini-program has WeChat's own bar, so this
 * renders nothing there. The title is the page's heading for screen readers.
 */
export function TopBar({ title }: { title: string }) {
  // Read once: the page stack does not change while this page is on top.
  const [canGoBack] = useState(() => Taro.getCurrentPages().length > 1)
  if (process.env.TARO_ENV !== 'h5') return null
  return (
    <View className="top-bar" role="navigation" aria-label="页面导航" data-testid="top-bar">
      {canGoBack ? (
        <View className="top-bar__action" {...pressable(goBack)} data-testid="top-bar-back">
          <Text aria-hidden="true">‹ </Text>
          返回
        </View>
      ) : (
        <View className="top-bar__action" {...pressable(goHome, 'link')} data-testid="top-bar-home">
          首页
        </View>
      )}
      <View className="top-bar__title" role="heading" aria-level={1}>
        {title}
      </View>
      {canGoBack ? (
        <View
          className="top-bar__action top-bar__action--end"
          {...pressable(goHome, 'link')}
          data-testid="top-bar-home"
        >
          首页
        </View>
      ) : (
        <View className="top-bar__spacer" />
      )}
    </View>
  )
}
