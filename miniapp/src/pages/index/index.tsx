import { Image, Switch, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useLoad, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { NATIONAL_HOTLINE } from '@zhengmin/shared'
import { PhoneLink } from '../../components/PhoneLink'
import { wechatAccount } from '../../services/config'
import { ELDER_MODE_CLASS, isElderMode, setElderMode } from '../../stores/elder-mode'
import { preloadPageWhenIdle } from '../../utils/preload-page'
import './index.scss'
import { pressable } from '../../a11y/pressable'

interface Entry {
  key: 'guides' | 'message-new' | 'my-messages' | 'publications'
  title: string
  subtitle: string
  icon: string
  /** The page it opens. */
  url: string
}

const ENTRIES: Entry[] = [
  {
    key: 'guides',
    title: '办事指南',
    subtitle: '办什么事、带什么材料',
    icon: '指',
    url: '/pages/guides/index',
  },
  {
    key: 'message-new',
    title: '我要留言',
    subtitle: '咨询 · 投诉 · 举报 · 建议',
    icon: '写',
    url: '/pages/message-new/index',
  },
  {
    key: 'my-messages',
    title: '我的留言',
    subtitle: '凭查询码查看进度和答复',
    icon: '查',
    url: '/pages/my-messages/index',
  },
  {
    key: 'publications',
    title: '回复选登',
    subtitle: '看看别人问了什么',
    icon: '答',
    url: '/pages/publications/index',
  },
]

function navigate(url: string) {
  Taro.navigateTo({ url }).catch(() => {
    Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}

function open(entry: Entry) {
  navigate(entry.url)
}

export default function Index() {
  const { name, qrCodeUrl } = wechatAccount()
  const [elder, setElder] = useState(isElderMode)
  useDidShow(() => setElder(isElderMode()))
  // Once home is on screen, the page most citizens open next (H5; the mini-program: preloadRule).
  useEffect(() => preloadPageWhenIdle('pages/message-new/index'), [])
  useLoad(() => {
    if (process.env.TARO_ENV === 'weapp')
      Taro.showShareMenu({ withShareTicket: false }).catch(() => {})
  })
  // Shared as the service itself: the card names the bureau and opens this page.
  useShareAppMessage(() => ({
    title: '毕节市人力资源和社会保障局 政民互动',
    path: '/pages/index/index',
  }))

  function toggleElderMode(on: boolean) {
    setElderMode(on)
    setElder(on)
  }

  return (
    <View className={elder ? `home ${ELDER_MODE_CLASS}` : 'home'} data-testid="home">
      <View className="home__header">
        <Text className="home__bureau">毕节市人力资源和社会保障局</Text>
        <Text className="home__product">政民互动</Text>
        <Text className="home__intro">网民留言在 5 个工作日内答复（遇法定节假日顺延）</Text>
      </View>

      <View className="home__entries">
        {ENTRIES.map((entry) => {
          return (
            <View
              key={entry.key}
              className={entry.key === 'message-new' ? 'entry entry--primary' : 'entry'}
              {...pressable(() => open(entry), 'link')}
              data-testid={`entry-${entry.key}`}
            >
              <View className="entry__icon" aria-hidden="true">
                <Text>{entry.icon}</Text>
              </View>
              <Text className="entry__title">{entry.title}</Text>
              <Text className="entry__subtitle">{entry.subtitle}</Text>
            </View>
          )
        })}
      </View>

      <View className="home__elder" data-testid="elder-mode">
        <Text className="home__elder-label" id="elder-mode-label">
          长辈模式（大字显示）
        </Text>
        <Switch
          className="home__elder-switch"
          data-testid="elder-mode-switch"
          checked={elder}
          color="#1f5fa8"
          nativeProps={{ 'aria-labelledby': 'elder-mode-label' }}
          onChange={(event) => toggleElderMode(event.detail.value)}
        />
      </View>

      <View className="home__hotline" data-testid="hotline">
        <Text className="home__hotline-label">{NATIONAL_HOTLINE.label}</Text>
        <PhoneLink
          number={NATIONAL_HOTLINE.number}
          className="home__hotline-call"
          testId="hotline-call"
        >{`拨打 ${NATIONAL_HOTLINE.number}`}</PhoneLink>
      </View>

      {/* Shown only once the bureau has published both the account's name and its QR code. */}
      {name && qrCodeUrl ? (
        <View className="home__wechat" data-testid="wechat-account">
          <Text className="home__wechat-heading">政务微信</Text>
          <Text className="home__wechat-name">关注「{name}」获取最新政策和通知</Text>
          <Image
            className="home__wechat-qr"
            src={qrCodeUrl}
            mode="aspectFit"
            showMenuByLongpress
            ariaLabel={`政务微信「${name}」二维码`}
            nativeProps={{ alt: `政务微信「${name}」二维码` }}
          />
        </View>
      ) : null}

      <View className="home__footer">
        <View className="home__legal">
          <View
            className="home__legal-link"
            role="link"
            data-testid="link-privacy"
            onClick={() => navigate('/pages/legal/privacy')}
          >
            隐私政策
          </View>
          <View
            className="home__legal-link"
            role="link"
            data-testid="link-terms"
            onClick={() => navigate('/pages/legal/terms')}
          >
            用户协议
          </View>
        </View>
        <View
          className="home__staff-link"
          {...pressable(() => navigate('/staff/login/index'), 'link')}
          data-testid="entry-staff"
        >
          工作人员入口
        </View>
      </View>
    </View>
  )
}
