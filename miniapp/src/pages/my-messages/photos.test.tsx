import { act, fireEvent, render, screen } from '@testing-library/react'
import type { CitizenMessageView } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import MyMessages from './index'

// Issue #22 part 3: the citizen sees their own photos, and may add photos to the 追问.
const CODE = 'BC7K9MQ2'
const PHONE = '13800138000'
const PHOTO = '6650a1b2c3d4e5f6a7b8c9e1'

const REPLIED: CitizenMessageView = {
  id: '6650a1b2c3d4e5f6a7b8c9d0',
  code: CODE,
  category: 'complaint',
  title: '工地拖欠工资',
  content: '老板拖欠我们四个月工资。',
  status: 'replied',
  receivedAt: '2025-09-30T10:00:00.000+08:00',
  dueDate: '2025-10-14',
  dueAt: '2025-10-14T23:59:59.999+08:00',
  provisional: false,
  conversation: [
    { kind: 'question', content: '老板拖欠我们四个月工资。', at: '2025-09-30T10:00:00.000+08:00' },
    { kind: 'reply', content: '您好，已转劳动保障监察处理。', at: '2025-10-09T16:30:00.000+08:00' },
  ],
  canRate: true,
  canFollowUp: true,
  history: [],
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)))
const typeInto = (testId: string, value: string) =>
  fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value } }))

beforeEach(() => {
  taro.clearStorageSync()
  taro.routerParams.current = {}
  taro.showModal.mockImplementation(() =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
  )
})

it('shows the citizen’s own photos, fetched with the code and phone of the lookup', async () => {
  routeApi({
    'GET /api/v1/messages/lookup': answer(200, REPLIED),
    [`GET /api/v1/messages/${CODE}/attachments`]: answer(200, {
      items: [
        {
          id: PHOTO,
          part: 'message',
          contentType: 'image/jpeg',
          size: 1000,
          uploadedAt: '2025-09-30T09:58:00.000+08:00',
        },
      ],
    }),
  })
  taro.downloadFile.mockImplementation(() =>
    Promise.resolve({ statusCode: 200, tempFilePath: 'blob:own-photo', errMsg: 'ok' }),
  )
  render(<MyMessages />)
  typeInto('lookup-code-input', CODE)
  typeInto('lookup-phone-input', PHONE)
  fireEvent.click(screen.getByTestId('lookup-submit'))
  await settle()
  await settle()
  await settle()

  expect(screen.getByTestId('own-photo').textContent).toContain(
    '我上传的照片（1张，仅办理人员可见）',
  )
  expect(requestsTo(`GET /api/v1/messages/${CODE}/attachments`)[0]?.url).toBe(
    `/api/v1/messages/${CODE}/attachments?phone=${PHONE}`,
  )
  expect(taro.downloadFile).toHaveBeenCalledWith({
    url: `/api/v1/messages/${CODE}/attachments/${PHOTO}?phone=${PHONE}`,
    header: {},
  })
  expect(screen.getByTestId('own-photo-image').getAttribute('src')).toBe('blob:own-photo')
  // The 追问 form offers photos too.
  expect(
    screen.getByTestId('followup-form').querySelector('[data-testid=photo-uploader]'),
  ).not.toBeNull()
})
