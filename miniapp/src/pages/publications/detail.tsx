import { Text, View } from '@tarojs/components'
import Taro, { useLoad, useShareAppMessage } from '@tarojs/taro'
import type { Publication } from '@zhengmin/shared'
import { useState } from 'react'
import { PageProblem } from '../../components/PageProblem'
import { PublicationView } from '../../components/PublicationView'
import { TopBar } from '../../components/TopBar'
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
  const [problem, setProblem] = useState<{ message: string; retryable: boolean } | null>(null)

  async function load(target: string) {
    setProblem(null)
    try {
      setPublication(await getPublication(target))
    } catch (error) {
      const missing = isApiError(error) && error.status === 404
      setProblem({
        message: missing
          ? '该内容不存在或已撤下。'
          : isApiError(error)
            ? error.message
            : '加载失败，请稍后重试',
        retryable: !missing,
      })
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
      <TopBar title="回复选登" />
      {problem ? (
        <PageProblem
          testId="publication-error"
          message={problem.message}
          onRetry={problem.retryable ? () => load(id) : undefined}
          list={{ label: '回复选登', url: '/pages/publications/index' }}
        />
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
