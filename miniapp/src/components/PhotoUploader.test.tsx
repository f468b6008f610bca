import { act, fireEvent, render, screen } from '@testing-library/react'
import type { UploadedAttachment } from '@zhengmin/shared'
import * as taro from '../../test/taro'
import { flush, texts } from '../../test/ui'
import { ApiError, NETWORK_ERROR_MESSAGE } from '../services/api'
import type { PhotoSource, PhotoUpload } from '../services/attachments'
import { PhotoUploader, type PhotoUploaderState } from './PhotoUploader'

/** One call of the upload double: what it was given, and how to move it along. */
interface Call {
  source: PhotoSource
  progress: (percent: number) => void
  succeed: (token: string) => void
  fail: (error: unknown) => void
  aborted: boolean
}

let calls: Call[]
const fakeUpload = (source: PhotoSource, onProgress: (percent: number) => void): PhotoUpload => {
  let succeed!: (token: string) => void
  let fail!: (error: unknown) => void
  const done = new Promise<UploadedAttachment>((resolve, reject) => {
    succeed = (token) =>
      resolve({
        token,
        contentType: 'image/jpeg',
        size: 1000,
        expiresAt: '2025-10-01T10:00:00.000+08:00',
      })
    fail = reject
  })
  const call: Call = { source, progress: onProgress, succeed, fail, aborted: false }
  calls.push(call)
  return { done, abort: () => (call.aborted = true) }
}

let states: PhotoUploaderState[]
const lastState = () => states[states.length - 1]

function photo(name: string, bytes = 1000): File {
  const file = new File([new Uint8Array(1)], name, { type: 'image/jpeg' })
  Object.defineProperty(file, 'size', { value: bytes })
  return file
}

function choose(...files: File[]) {
  fireEvent.change(screen.getByTestId('photo-input'), { target: { files } })
}

const statuses = () =>
  screen.queryAllByTestId('photo-tile').map((tile) => tile.getAttribute('data-status'))

beforeEach(() => {
  calls = []
  states = []
  let n = 0
  URL.createObjectURL = jest.fn(() => `blob:photo-${++n}`)
  URL.revokeObjectURL = jest.fn()
  render(<PhotoUploader upload={fakeUpload} onChange={(state) => states.push(state)} />)
})

describe('PhotoUploader', () => {
  it('uploads the chosen photos one by one, showing each one’s progress and thumbnail', async () => {
    choose(photo('payslip.jpg'), photo('site.jpg'))
    await flush()

    expect(statuses()).toEqual(['uploading', 'waiting'])
    expect(calls).toHaveLength(1)
    expect(calls[0]?.source).toEqual({
      kind: 'file',
      file: expect.objectContaining({ name: 'payslip.jpg' }),
    })
    expect(screen.getAllByTestId('photo-thumb').map((img) => img.getAttribute('src'))).toEqual([
      'blob:photo-1',
      'blob:photo-2',
    ])
    expect(lastState()).toEqual({ tokens: [], busy: 2, failed: 0 })

    act(() => calls[0]?.progress(40))
    const bar = screen.getAllByTestId('photo-progress')[0]
    expect(bar?.getAttribute('aria-valuenow')).toBe('40')
    expect(bar?.textContent).toBe('40%')
    expect(texts('photo-progress')[1]).toBe('等待上传')

    await act(async () => calls[0]?.succeed('t'.repeat(32)))
    await flush()
    expect(statuses()).toEqual(['done', 'uploading'])
    expect(calls).toHaveLength(2)
    expect(calls[1]?.source).toEqual({
      kind: 'file',
      file: expect.objectContaining({ name: 'site.jpg' }),
    })

    await act(async () => calls[1]?.succeed('u'.repeat(32)))
    await flush()
    expect(statuses()).toEqual(['done', 'done'])
    expect(lastState()).toEqual({ tokens: ['t'.repeat(32), 'u'.repeat(32)], busy: 0, failed: 0 })
  })

  it('offers 重试 after a network failure and sends the same photo again', async () => {
    choose(photo('payslip.jpg'))
    await flush()
    act(() => calls[0]?.progress(70))
    await act(async () =>
      calls[0]?.fail(
        new ApiError({ status: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE }),
      ),
    )
    await flush()

    expect(statuses()).toEqual(['failed'])
    expect(screen.getByTestId('photo-error').textContent).toBe(
      `第1张照片：${NETWORK_ERROR_MESSAGE}`,
    )
    expect(lastState()).toEqual({ tokens: [], busy: 0, failed: 1 })

    fireEvent.click(screen.getByTestId('photo-retry'))
    await flush()
    expect(calls).toHaveLength(2)
    expect(calls[1]?.source).toBe(calls[0]?.source)
    expect(statuses()).toEqual(['uploading'])
    expect(screen.getByTestId('photo-progress').getAttribute('aria-valuenow')).toBe('0')

    await act(async () => calls[1]?.succeed('r'.repeat(32)))
    await flush()
    expect(lastState()).toEqual({ tokens: ['r'.repeat(32)], busy: 0, failed: 0 })
  })

  it('shows the server’s refusal without 重试 when another try cannot help', async () => {
    choose(photo('document.jpg'))
    await flush()
    await act(async () =>
      calls[0]?.fail(
        new ApiError({
          status: 415,
          code: 'unsupported_image',
          message: '只能上传 JPG、PNG 或 WebP 格式的照片',
        }),
      ),
    )
    await flush()
    expect(screen.getByTestId('photo-error').textContent).toBe(
      '第1张照片：只能上传 JPG、PNG 或 WebP 格式的照片',
    )
    expect(screen.queryByTestId('photo-retry')).toBeNull()

    fireEvent.click(screen.getByTestId('photo-remove'))
    expect(statuses()).toEqual([])
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:photo-1')
    expect(lastState()).toEqual({ tokens: [], busy: 0, failed: 0 })
  })

  it('refuses a photo over 5 MB before sending it, and a 7th photo', async () => {
    choose(photo('huge.jpg', 6 * 1024 * 1024))
    await flush()
    expect(calls).toHaveLength(0)
    expect(screen.getByTestId('photo-error').textContent).toBe(
      '第1张照片：照片超过 5 MB，请压缩或截图后重新选择',
    )
    fireEvent.click(screen.getByTestId('photo-remove'))

    choose(...Array.from({ length: 7 }, (_, i) => photo(`p${i}.jpg`)))
    await flush()
    expect(statuses()).toHaveLength(6)
    expect(taro.showToast).toHaveBeenCalledWith({ title: '最多上传6张照片', icon: 'none' })
    expect(screen.queryByTestId('photo-add')).toBeNull()
  })

  it('stops an upload in progress when its photo is removed', async () => {
    choose(photo('a.jpg'), photo('b.jpg'))
    await flush()
    fireEvent.click(screen.getAllByTestId('photo-remove')[0] as HTMLElement)
    await flush()
    expect(calls[0]?.aborted).toBe(true)
    expect(calls).toHaveLength(2)
    expect(statuses()).toEqual(['uploading'])
  })
})
