import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { pressable } from '../../a11y/pressable'
import { failureText } from '../../services/api'
import { listStaffPhotos, staffPhotoPath } from '../../services/attachments'

interface MessagePhotosProps {
  messageId: string
}

interface Shown {
  id: string
  path: string
}

/**
 * The citizen's photos of a message (staff detail): each downloaded with the staff login and
 * shown as a thumbnail; a tap opens the photos full size. Nothing is shown without photos.
 */
export function MessagePhotos({ messageId }: MessagePhotosProps) {
  const [photos, setPhotos] = useState<Shown[]>([])
  const [count, setCount] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let active = true
    setProblem(null)
    listStaffPhotos(messageId)
      .then(async (list) => {
        if (!active) return
        setCount(list.items.length)
        const shown: Shown[] = []
        for (const item of list.items) {
          shown.push({ id: item.id, path: await staffPhotoPath(messageId, item.id) })
          if (active) setPhotos([...shown])
        }
      })
      .catch((error: unknown) => {
        if (active) setProblem(failureText(error, '照片加载失败，请稍后重试'))
      })
    return () => {
      active = false
    }
  }, [messageId, attempt])

  if (count === 0 && !problem) return null
  const urls = photos.map((photo) => photo.path)
  return (
    <View className="zm-card staff-photos" data-testid="staff-photos">
      <Text className="zm-heading">留言照片（{count}张，仅供办理，不公开）</Text>
      {problem ? (
        <View className="zm-problem" role="alert">
          <Text>{problem}</Text>
          <View className="zm-link" {...pressable(() => setAttempt((n) => n + 1))}>
            重试
          </View>
        </View>
      ) : null}
      <View className="staff-photos__grid">
        {photos.map((photo, index) => (
          <View
            key={photo.id}
            className="staff-photos__item"
            data-testid="staff-photo"
            {...pressable(() => {
              Taro.previewImage({ urls, current: photo.path }).catch(() => {})
            })}
            aria-label={`查看第${index + 1}张照片`}
          >
            <Image
              className="staff-photos__thumb"
              src={photo.path}
              mode="aspectFill"
              data-testid="staff-photo-image"
            />
          </View>
        ))}
      </View>
    </View>
  )
}
