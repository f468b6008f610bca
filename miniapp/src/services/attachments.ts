import Taro from '@tarojs/taro'
import {
  attachmentListSchema,
  uploadedAttachmentSchema,
  type AttachmentList,
  type UploadedAttachment,
} from '@zhengmin/shared'
import { apiRequest, ApiError, NETWORK_ERROR_MESSAGE, toApiError } from './api'
import { citizenAuthHeader } from './citizen-session'
import { API_BASE } from './config'
import { staffSession } from '../stores/staff-session'
import { staffRequest } from './staff'
import { accessRoute, type MessageAccess } from './messages'

/** Photos with a message: upload one at a time with progress, list and show them. */

const UPLOAD_PATH = '/api/v1/attachments'
const UPLOAD_TIMEOUT_MS = 60_000
const RATE_LIMITED_ACTION = '上传照片'

/** A photo the citizen chose: a file in the browser, a temporary path in WeChat. */
export type PhotoSource = { kind: 'file'; file: File } | { kind: 'path'; path: string }

/** An upload in progress: its result, and a way to stop it when the photo is removed. */
export interface PhotoUpload {
  done: Promise<UploadedAttachment>
  abort(): void
}

const networkError = () =>
  new ApiError({ status: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE })

/** The 2xx answer as an upload, or the server's refusal as an ApiError with its message. */
function settle(status: number, text: string, retryAfter: string | undefined): UploadedAttachment {
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON (a proxy's error page): toApiError says what it can.
  }
  if (status >= 200 && status < 300) {
    const parsed = uploadedAttachmentSchema.safeParse(body)
    if (parsed.success) return parsed.data
  }
  throw toApiError(status, body, retryAfter, RATE_LIMITED_ACTION)
}

/** The browser: a multipart POST of the File itself, with the upload's own progress events. */
function uploadInBrowser(file: File, onProgress: (percent: number) => void): PhotoUpload {
  const xhr = new XMLHttpRequest()
  const done = new Promise<UploadedAttachment>((resolve, reject) => {
    xhr.open('POST', `${API_BASE}${UPLOAD_PATH}`)
    xhr.timeout = UPLOAD_TIMEOUT_MS
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)))
      }
    }
    xhr.onload = () => {
      try {
        resolve(
          settle(xhr.status, xhr.responseText, xhr.getResponseHeader('Retry-After') ?? undefined),
        )
      } catch (error) {
        reject(error)
      }
    }
    xhr.onerror = () => reject(networkError())
    xhr.ontimeout = () => reject(networkError())
    xhr.onabort = () => reject(networkError())
    const form = new FormData()
    form.append('file', file, file.name || 'photo')
    xhr.send(form)
  })
  return { done, abort: () => xhr.abort() }
}

/** WeChat: wx.uploadFile of the chosen temporary file, with its progress updates. */
function uploadInWeChat(path: string, onProgress: (percent: number) => void): PhotoUpload {
  let task: ReturnType<typeof Taro.uploadFile> | undefined
  const done = (async () => {
    // Signed in with WeChat, the uploads count against the citizen rather than the address.
    const header = await citizenAuthHeader()
    task = Taro.uploadFile({
      url: `${API_BASE}${UPLOAD_PATH}`,
      filePath: path,
      name: 'file',
      header,
      timeout: UPLOAD_TIMEOUT_MS,
    })
    task.onProgressUpdate?.((update) => onProgress(update.progress))
    let result: Taro.uploadFile.SuccessCallbackResult
    try {
      result = await task
    } catch {
      throw networkError()
    }
    const responseHeaders = result.header as Record<string, string> | undefined
    return settle(
      result.statusCode,
      String(result.data),
      responseHeaders?.['Retry-After'] ?? responseHeaders?.['retry-after'],
    )
  })()
  return { done, abort: () => task?.abort() }
}

/** Uploads one photo; `onProgress` gets whole percentages as the bytes go out. */
export function uploadPhoto(
  source: PhotoSource,
  onProgress: (percent: number) => void,
): PhotoUpload {
  return source.kind === 'file'
    ? uploadInBrowser(source.file, onProgress)
    : uploadInWeChat(source.path, onProgress)
}

/** The photos of a message, for staff who may read it. */
export async function listStaffPhotos(messageId: string): Promise<AttachmentList> {
  const body = await staffRequest<unknown>({
    method: 'GET',
    path: `/api/v1/staff/messages/${encodeURIComponent(messageId)}/attachments`,
  })
  return attachmentListSchema.parse(body)
}

/**
 * A photo of a message downloaded for staff with their login, as a local path to show (a blob
 * URL in the browser, a temporary file in WeChat): an image element cannot send the token.
 */
export async function staffPhotoPath(messageId: string, photoId: string): Promise<string> {
  const session = staffSession()
  let result: Taro.downloadFile.FileSuccessCallbackResult
  try {
    result = await Taro.downloadFile({
      url: `${API_BASE}/api/v1/staff/messages/${encodeURIComponent(messageId)}/attachments/${encodeURIComponent(photoId)}`,
      header: session ? { Authorization: `Bearer ${session.token}` } : {},
    })
  } catch {
    throw networkError()
  }
  if (result.statusCode !== 200)
    throw toApiError(result.statusCode, undefined, undefined, '查看照片')
  return result.tempFilePath
}

/** The citizen's own photos of a message, proved as for the message (code + phone, or WeChat). */
export async function listOwnPhotos(code: string, access: MessageAccess): Promise<AttachmentList> {
  const route = await accessRoute(code, access, 'attachments')
  const query = access.kind === 'phone' ? `?phone=${encodeURIComponent(access.phone)}` : ''
  const body = await apiRequest<unknown>({
    method: 'GET',
    path: `${route.path}${query}`,
    headers: route.headers,
    rateLimitedAction: '查看照片',
  })
  return attachmentListSchema.parse(body)
}

/** One of the citizen's own photos downloaded, as a local path to show. */
export async function ownPhotoPath(
  code: string,
  access: MessageAccess,
  photoId: string,
): Promise<string> {
  const route = await accessRoute(code, access, `attachments/${encodeURIComponent(photoId)}`)
  const query = access.kind === 'phone' ? `?phone=${encodeURIComponent(access.phone)}` : ''
  let result: Taro.downloadFile.FileSuccessCallbackResult
  try {
    result = await Taro.downloadFile({
      url: `${API_BASE}${route.path}${query}`,
      header: route.headers,
    })
  } catch {
    throw networkError()
  }
  if (result.statusCode !== 200)
    throw toApiError(result.statusCode, undefined, undefined, '查看照片')
  return result.tempFilePath
}
