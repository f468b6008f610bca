import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AttachmentList } from '@zhengmin/shared'
import { useEffect, useState } from 'react'
import { pressable } from '../a11y/pressable'
import { failureText } from '../services/api'
import './PhotoGallery.scss'

interface PhotoGalleryProps {
  /** Lists the photos (with the caller's proof of access). */
  list: () => Promise<AttachmentList>
  /** Downloads one photo and gives the local path to show. */
  download: (photoId: string) => Promise<string>
  /** The heading, given the number of photos. */
  heading: (count: number) => string
  testId: string
  /** Changing it loads the photos again. */
  reloadKey?: string
}

interface Shown {
  id: string
  path: string
  /** Sent with the 追问 rather than with the message. */
  withFollowUp: boolean
}

/**
 * Photos of a message, each downloaded with the viewer's proof of access (an image element
 * cannot send a login) and shown as a thumbnail; a tap opens them full size. Nothing is shown
 * for a message without photos.
 */
export function PhotoGallery({ list, download, heading, testId, reloadKey }: PhotoGalleryProps) {
  const [photos, setPhotos] = useState<Shown[]>([])
  const [count, setCount] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let active = true
    setProblem(null)
    list()
      .then(async ({ items }) => {
        if (!active) return
        setCount(items.length)
        const shown: Shown[] = []
        for (const item of items) {
          shown.push({
            id: item.id,
            path: await download(item.id),
            withFollowUp: item.part === 'follow-up',
          })
          if (active) setPhotos([...shown])
        }
      })
      .catch((error: unknown) => {
        if (active) setProblem(failureText(error, '照片加载失败，请稍后重试'))
      })
    return () => {
      active = false
    }
    // list and download are read when the key or a retry asks for a new load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reloadKey, attempt])

  if (count === 0 && !problem) return null
  const urls = photos.map((photo) => photo.path)
  return (
    <View className="zm-card photo-gallery" data-testid={testId}>
      <Text className="zm-heading">{heading(count)}</Text>
      {problem ? (
        <View className="zm-problem" role="alert">
          <Text>{problem}</Text>
          <View className="zm-link" {...pressable(() => setAttempt((n) => n + 1))}>
            重试
          </View>
        </View>
      ) : null}
      <View className="photo-gallery__grid">
        {photos.map((photo, index) => (
          <View
            key={photo.id}
            className="photo-gallery__item"
            data-testid={`${testId}-item`}
            {...pressable(() => {
              Taro.previewImage({ urls, current: photo.path }).catch(() => {})
            })}
            aria-label={`查看第${index + 1}张照片${photo.withFollowUp ? '（随追问提交）' : ''}`}
          >
            <Image
              className="photo-gallery__thumb"
              src={photo.path}
              mode="aspectFill"
              data-testid={`${testId}-image`}
            />
            {photo.withFollowUp ? (
              <Text className="photo-gallery__badge" data-testid={`${testId}-follow-up`}>
                追问
              </Text>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  )
}
