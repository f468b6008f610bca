import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ATTACHMENT_LIMITS, type UploadedAttachment } from '@zhengmin/shared'
import { useEffect, useRef, useState } from 'react'
import { pressable } from '../a11y/pressable'
import { isApiError } from '../services/api'
import { uploadPhoto, type PhotoSource, type PhotoUpload } from '../services/attachments'
import './PhotoUploader.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'
const MAX_MB = Math.floor(ATTACHMENT_LIMITS.maxBytes / 1024 / 1024)
/** What the browser's chooser offers; the server decides from the bytes anyway. */
const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp'

type PhotoStatus = 'waiting' | 'uploading' | 'done' | 'failed'

interface PhotoItem {
  key: string
  /** What the thumbnail shows: a blob URL (browser) or a temporary path (WeChat). */
  preview: string
  source: PhotoSource
  status: PhotoStatus
  percent: number
  token?: string
  error?: string
  /** Whether sending it again may help (a network failure), rather than choosing another. */
  retryable?: boolean
}

/** What the form needs to know: the tokens to send, and whether it must wait or ask. */
export interface PhotoUploaderState {
  tokens: string[]
  /** Photos still waiting or uploading. */
  busy: number
  /** Photos that failed and are neither retried nor removed. */
  failed: number
}

interface PhotoUploaderProps {
  onChange: (state: PhotoUploaderState) => void
  /** The server's message about the photos (field `attachments`), if any. */
  error?: string | undefined
  /** Replaceable in tests; the real upload by default. */
  upload?: (source: PhotoSource, onProgress: (percent: number) => void) => PhotoUpload
}

let sequence = 0
const nextKey = () => `photo-${++sequence}`

/** A refusal that another try will not change (too large, not a photo, HEIC). */
function failureOf(error: unknown): { error: string; retryable: boolean } {
  if (!isApiError(error)) return { error: '上传失败，请重试', retryable: true }
  const retryable = error.status === 0 || error.status === 429 || error.status >= 500
  return { error: error.message, retryable }
}

/**
 * 上传照片: up to six photos (pay slips, attendance sheets, the site), chosen from the album or
 * the camera, each uploaded on its own, one after another, with its progress; a failed one can
 * be sent again or removed. Location and other metadata are removed by the server.
 */
export function PhotoUploader({ onChange, error, upload = uploadPhoto }: PhotoUploaderProps) {
  const [items, setItems] = useState<PhotoItem[]>([])
  const inFlight = useRef<{ key: string; upload: PhotoUpload } | null>(null)
  const fileInput = useRef<HTMLInputElement | null>(null)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange

  const patch = (key: string, change: Partial<PhotoItem>) =>
    setItems((previous) =>
      previous.map((item) => (item.key === key ? { ...item, ...change } : item)),
    )

  // One upload at a time, in the order chosen: a slow phone link is not split six ways.
  useEffect(() => {
    if (inFlight.current) return
    const next = items.find((item) => item.status === 'waiting')
    if (!next) return
    const started = upload(next.source, (percent) => patch(next.key, { percent }))
    inFlight.current = { key: next.key, upload: started }
    patch(next.key, { status: 'uploading', percent: 0, error: undefined })
    started.done
      .then((uploaded: UploadedAttachment) => {
        if (inFlight.current?.key !== next.key) return
        patch(next.key, { status: 'done', percent: 100, token: uploaded.token })
      })
      .catch((reason: unknown) => {
        if (inFlight.current?.key !== next.key) return
        patch(next.key, { status: 'failed', ...failureOf(reason) })
      })
      .finally(() => {
        if (inFlight.current?.key === next.key) inFlight.current = null
        // Let the effect look for the next one.
        setItems((previous) => [...previous])
      })
  }, [items, upload])

  useEffect(() => {
    onChangeRef.current({
      tokens: items.flatMap((item) => (item.status === 'done' && item.token ? [item.token] : [])),
      busy: items.filter((item) => item.status === 'waiting' || item.status === 'uploading').length,
      failed: items.filter((item) => item.status === 'failed').length,
    })
  }, [items])

  // Blob URLs hold the chosen files in memory until revoked.
  const previews = useRef<string[]>([])
  previews.current = items.map((item) => item.preview)
  useEffect(
    () => () => {
      inFlight.current?.upload.abort()
      if (IS_H5) previews.current.forEach((url) => URL.revokeObjectURL(url))
    },
    [],
  )

  const room = ATTACHMENT_LIMITS.perPart - items.length

  function add(chosen: Array<{ source: PhotoSource; preview: string; size: number }>) {
    if (chosen.length > room) {
      Taro.showToast({ title: `最多上传${ATTACHMENT_LIMITS.perPart}张照片`, icon: 'none' })
    }
    const added = chosen.slice(0, Math.max(0, room)).map(({ source, preview, size }) =>
      size > ATTACHMENT_LIMITS.maxBytes
        ? {
            key: nextKey(),
            source,
            preview,
            status: 'failed' as const,
            percent: 0,
            error: `照片超过 ${MAX_MB} MB，请压缩或截图后重新选择`,
            retryable: false,
          }
        : { key: nextKey(), source, preview, status: 'waiting' as const, percent: 0 },
    )
    setItems((previous) => [...previous, ...added])
  }

  function choose() {
    if (room <= 0) return
    if (IS_H5) {
      fileInput.current?.click()
      return
    }
    Taro.chooseMedia({
      count: room,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      // WeChat then sends a compressed JPEG: smaller, and never HEIC.
      sizeType: ['compressed'],
    })
      .then((result) =>
        add(
          result.tempFiles.map((file) => ({
            source: { kind: 'path' as const, path: file.tempFilePath },
            preview: file.tempFilePath,
            size: file.size,
          })),
        ),
      )
      .catch(() => {
        // Cancelled by the citizen: nothing to do.
      })
  }

  function onFilesChosen(files: FileList | null) {
    if (!files) return
    add(
      Array.from(files).map((file) => ({
        source: { kind: 'file' as const, file },
        preview: URL.createObjectURL(file),
        size: file.size,
      })),
    )
    // The same file may be chosen again after it was removed.
    if (fileInput.current) fileInput.current.value = ''
  }

  function remove(key: string) {
    if (inFlight.current?.key === key) {
      inFlight.current.upload.abort()
      inFlight.current = null
    }
    const removed = items.find((item) => item.key === key)
    if (removed && IS_H5) URL.revokeObjectURL(removed.preview)
    setItems((previous) => previous.filter((item) => item.key !== key))
  }

  return (
    <View className="photo-uploader" data-testid="photo-uploader">
      <View className="photo-uploader__grid">
        {items.map((item, index) => (
          <View
            key={item.key}
            className={`photo-uploader__tile photo-uploader__tile--${item.status}`}
            data-testid="photo-tile"
            data-status={item.status}
          >
            <Image
              className="photo-uploader__thumb"
              src={item.preview}
              mode="aspectFill"
              data-testid="photo-thumb"
              ariaLabel={`第${index + 1}张照片`}
            />
            {item.status === 'uploading' || item.status === 'waiting' ? (
              <View
                className="photo-uploader__progress"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={item.percent}
                aria-label={`第${index + 1}张照片上传进度`}
                data-testid="photo-progress"
              >
                <View className="photo-uploader__bar" style={{ width: `${item.percent}%` }} />
                <Text className="photo-uploader__percent">
                  {item.status === 'waiting' ? '等待上传' : `${item.percent}%`}
                </Text>
              </View>
            ) : null}
            {item.status === 'done' ? (
              <Text className="photo-uploader__done" data-testid="photo-done">
                已上传
              </Text>
            ) : null}
            {item.status === 'failed' ? (
              <View className="photo-uploader__failed">
                <Text>未上传</Text>
                {item.retryable ? (
                  <View
                    className="photo-uploader__retry"
                    data-testid="photo-retry"
                    {...pressable(() => patch(item.key, { status: 'waiting', percent: 0 }))}
                    aria-label={`重新上传第${index + 1}张照片`}
                  >
                    重试
                  </View>
                ) : null}
              </View>
            ) : null}
            <View
              className="photo-uploader__remove"
              data-testid="photo-remove"
              {...pressable(() => remove(item.key))}
              aria-label={`删除第${index + 1}张照片`}
            >
              删除
            </View>
          </View>
        ))}
        {room > 0 ? (
          <View
            className="photo-uploader__add"
            data-testid="photo-add"
            {...pressable(choose)}
            aria-label="添加照片"
          >
            <Text className="photo-uploader__plus" aria-hidden="true">
              ＋
            </Text>
            <Text>添加照片</Text>
          </View>
        ) : null}
      </View>
      {items.some((item) => item.status === 'failed') ? (
        // Said in full under the photos: a thumbnail is too small for the reason.
        <View className="photo-uploader__errors" role="alert">
          {items.map((item, index) =>
            item.status === 'failed' ? (
              <Text key={item.key} className="photo-uploader__error" data-testid="photo-error">
                第{index + 1}张照片：{item.error}
              </Text>
            ) : null,
          )}
        </View>
      ) : null}
      <Text className="photo-uploader__hint">
        选填，最多{ATTACHMENT_LIMITS.perPart}张，每张不超过{MAX_MB}
        MB（JPG、PNG、WebP）。照片仅供办理人员查看，不会公开；照片中的位置等信息会在上传后自动去除。
      </Text>
      {error ? (
        <View className="field-error" role="alert" data-testid="error-attachments">
          {error}
        </View>
      ) : null}
      {IS_H5 ? (
        <input
          ref={fileInput}
          className="photo-uploader__input"
          type="file"
          accept={ACCEPTED_TYPES}
          multiple
          aria-label="选择照片"
          data-testid="photo-input"
          onChange={(event) => onFilesChosen(event.currentTarget.files)}
        />
      ) : null}
    </View>
  )
}
