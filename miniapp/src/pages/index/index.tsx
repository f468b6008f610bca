import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ComingSoonFeature } from '../../features'
import { wechatAccount } from '../../services/config'
import './index.scss'

interface Entry {
  key: 'message-new' | ComingSoonFeature
  title: string
  subtitle: string
  icon: string
}

const ENTRIES: Entry[] = [
  { key: 'guides', title: '办事指南', subtitle: '即将上线', icon: '指' },
  { key: 'message-new', title: '我要留言', subtitle: '咨询 · 投诉 · 举报 · 建议', icon: '写' },
  { key: 'my-messages', title: '我的留言', subtitle: '即将上线', icon: '查' },
  { key: 'replies', title: '回复选登', subtitle: '即将上线', icon: '答' },
]

function open(entry: Entry) {
  const url =
    entry.key === 'message-new'
      ? '/pages/message-new/index'
      : `/pages/coming-soon/index?feature=${entry.key}`
  Taro.navigateTo({ url }).catch(() => {
    Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}

export default function Index() {
  const { name, qrCodeUrl } = wechatAccount()
  return (
    <View className="home">
      <View className="home__header">
        <Text className="home__bureau">毕节市人力资源和社会保障局</Text>
        <Text className="home__product">政民互动</Text>
        <Text className="home__intro">网民留言在 5 个工作日内答复（遇法定节假日顺延）</Text>
      </View>

      <View className="home__entries">
        {ENTRIES.map((entry) => {
          const available = entry.key === 'message-new'
          return (
            <View
              key={entry.key}
              className={available ? 'entry entry--primary' : 'entry entry--soon'}
              role="button"
              aria-label={available ? entry.title : `${entry.title}（即将上线）`}
              data-testid={`entry-${entry.key}`}
              onClick={() => open(entry)}
            >
              <View className="entry__icon">
                <Text>{entry.icon}</Text>
              </View>
              <Text className="entry__title">{entry.title}</Text>
              <Text className="entry__subtitle">{entry.subtitle}</Text>
            </View>
          )
        })}
      </View>

      <View className="home__wechat" data-testid="wechat-account">
        <Text className="home__wechat-heading">政务微信</Text>
        {name ? (
          <Text className="home__wechat-name">关注「{name}」获取最新政策和通知</Text>
        ) : (
          <Text className="home__wechat-name home__wechat-name--pending">账号信息待公布</Text>
        )}
        {qrCodeUrl ? (
          <Image
            className="home__wechat-qr"
            src={qrCodeUrl}
            mode="aspectFit"
            showMenuByLongpress
            ariaLabel={name ? `政务微信「${name}」二维码` : '政务微信二维码'}
          />
        ) : (
          <View className="home__wechat-qr home__wechat-qr--pending">
            <Text>二维码待配置</Text>
          </View>
        )}
      </View>
    </View>
  )
}
