import { fireEvent, render, screen } from '@testing-library/react'
import type { StaffMessageDetail } from '@zhengmin/shared'
import { answer, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff, texts } from '../../../test/ui'
import StaffMessageDetailPage from './index'

// Issue #22 part 3: the 欠薪 details and the citizen's photos on the staff detail.
const ID = '6650a1b2c3d4e5f6a7b8c9d0'
const PHOTOS = ['6650a1b2c3d4e5f6a7b8c9e1', '6650a1b2c3d4e5f6a7b8c9e2']

const DETAIL: StaffMessageDetail = {
  id: ID,
  code: 'BC7K9MQ2',
  category: 'complaint',
  title: '安置房项目拖欠工资',
  content: '老板拖欠工资。\n\n【欠薪情况】\n欠薪单位或老板：贵州某某劳务有限公司',
  phone: '13800138000',
  status: 'assigned',
  unit: 'labor-inspection',
  receivedAt: '2025-09-30T10:00:00.000+08:00',
  dueDate: '2025-10-14',
  dueAt: '2025-10-14T23:59:59.999+08:00',
  provisional: false,
  workingDaysLeft: 4,
  urgency: 'normal',
  extended: false,
  allowPublish: false,
  wageArrears: { employer: '贵州某某劳务有限公司', workers: 14, periodFrom: '2025-03' },
  conversation: [
    { kind: 'question', content: '老板拖欠工资。', at: '2025-09-30T10:00:00.000+08:00' },
  ],
  history: [],
}

it('shows the 欠薪 details and the photos, downloaded with the staff login', async () => {
  signInStaff('handler', 'labor-inspection')
  taro.routerParams.current = { id: ID }
  routeApi({
    [`GET /api/v1/staff/messages/${ID}`]: answer(200, DETAIL),
    'GET /api/v1/units': answer(200, { items: [] }),
    [`GET /api/v1/staff/messages/${ID}/attachments`]: answer(200, {
      items: PHOTOS.map((id, index) => ({
        id,
        part: index === 0 ? 'message' : 'follow-up',
        contentType: 'image/jpeg',
        size: 1000,
        uploadedAt: '2025-09-30T09:58:00.000+08:00',
      })),
    }),
  })
  taro.downloadFile.mockImplementation(({ url }) =>
    Promise.resolve({
      statusCode: 200,
      tempFilePath: `blob:${url.split('/').pop()}`,
      errMsg: 'ok',
    }),
  )
  render(<StaffMessageDetailPage />)
  await flush()
  await flush()

  expect(texts('wage-arrears-row')).toEqual([
    '欠薪单位或老板：贵州某某劳务有限公司',
    '项目名称或工地地址：未填写',
    '欠薪人数：14人',
    '拖欠金额：未填写',
    '拖欠期间：2025年3月起',
  ])
  expect(screen.getByTestId('staff-photo').textContent).toContain(
    '留言照片（2张，仅供办理，不公开）',
  )
  expect(taro.downloadFile.mock.calls.map(([options]) => options)).toEqual(
    PHOTOS.map((photo) => ({
      url: `/api/v1/staff/messages/${ID}/attachments/${photo}`,
      header: { Authorization: `Bearer ${'b'.repeat(43)}` },
    })),
  )
  const images = screen
    .getAllByTestId('staff-photo-image')
    .map((image) => image.getAttribute('src'))
  expect(images).toEqual(PHOTOS.map((photo) => `blob:${photo}`))

  // The second came with the 追问 and says so.
  expect(
    screen.getAllByTestId('staff-photo-item').map((item) => item.getAttribute('aria-label')),
  ).toEqual(['查看第1张照片', '查看第2张照片（随追问提交）'])
  expect(screen.getAllByTestId('staff-photo-follow-up')).toHaveLength(1)
  fireEvent.click(screen.getAllByTestId('staff-photo-item')[1] as HTMLElement)
  expect(taro.previewImage).toHaveBeenCalledWith({
    urls: PHOTOS.map((photo) => `blob:${photo}`),
    current: `blob:${PHOTOS[1]}`,
  })
})
