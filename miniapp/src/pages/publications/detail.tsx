import { Text, View } from '@tarojs/components'
import Taro, { useLoad, useShareAppMessage } from '@tarojs/taro'
import type { Publication } from '@zhengmin/shared'
import { useState } from 'react'
import { PublicationView } from '../../components/PublicationView'
import { isApiError } from '../../services/api'
import { isWeChatApp } from '../../services/citizen-session'
import { getPublication } from '../../services/publications'
import { useElderModeClass } from '../../stores/elder-mode'
import './index.scss'

/** One published answer; shareable in WeChat with its title only. */
export default function PublicationDetail() {
  const elderClass = useElderModeClass()
  const [id, setId] = useState('')
  const [publication, setPublication] = useState<Publication | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  async function load(target: string) {
    setProblem(null)
    try {
      setPublication(await getPublication(target))
    } catch (error) {
      setProblem(
        isApiError(error) && error.status === 404
          ? '该内容不存在或已撤下。'
          : isApiError(error)
            ? error.message
            : '加载失败，请稍后重试',
      )
    }
  }

  useLoad((params: Record<string, string | undefined>) => {
    const target = params.id ?? ''
    setId(target)
    if (isWeChatApp()) Taro.showShareMenu({ withShareTicket: false }).catch(() => {})
    load(target)
  })

  // The share card carries the title only: nothing else of the message leaves the page.
  useShareAppMessage(() => ({
    title: publication?.title ?? '回复选登',
    path: `/pages/publications/detail?id=${encodeURIComponent(id)}`,
  }))

  return (
    <View className={`zm-page ${elderClass}`} data-testid="publication-detail">
      {problem ? (
        <View className="zm-problem" role="alert" data-testid="publication-error">
          <Text>{problem}</Text>
          <View
            className="zm-link"
            role="link"
            onClick={() => Taro.redirectTo({ url: '/pages/publications/index' }).catch(() => {})}
          >
            查看其他选登内容
          </View>
        </View>
      ) : publication ? (
        <PublicationView publication={publication} />
      ) : (
        <Text className="zm-muted publications__state" data-testid="publication-loading">
          正在加载…
        </Text>
      )}
    </View>
  )
}
