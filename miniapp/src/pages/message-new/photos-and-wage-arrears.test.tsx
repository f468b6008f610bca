import { act, fireEvent, render, screen } from '@testing-library/react'
import { answer, mockApi, submissions } from '../../../test/api-double'
import { flush, typeInto } from '../../../test/ui'
import type { UploadedAttachment } from '@zhengmin/shared'
import { SUBMITTED_MESSAGE } from '../../../test/message-fixtures'
import MessageNew from './index'

// Issue #22 part 3: the 欠薪 boxes and the photos in 我要留言. Uploads go through a double that
// finishes when the test says so.
const pendingUploads: Array<(token: string) => void> = []
jest.mock('../../services/attachments', () => ({
  uploadPhoto: () => ({
    done: new Promise<UploadedAttachment>((resolve) => {
      pendingUploads.push((token) =>
        resolve({
          token,
          contentType: 'image/png',
          size: 10,
          expiresAt: '2025-10-01T10:00:00.000+08:00',
        }),
      )
    }),
    abort: () => {},
  }),
}))

const text = (testId: string) => screen.getByTestId(testId).textContent ?? ''

function fillValidForm() {
  fireEvent.click(screen.getByTestId('category-complaint'))
  typeInto('input-title', '工地老板拖欠工资')
  typeInto('input-content', '我们在工地干了四个月，老板一直拖欠工资不发，多次讨要无果。')
  typeInto('input-phone', '13800138000')
  fireEvent.click(screen.getByTestId('consent'))
}

beforeEach(() => {
  pendingUploads.length = 0
  URL.createObjectURL = jest.fn(() => 'blob:photo')
  URL.revokeObjectURL = jest.fn()
})

describe('我要留言: the 欠薪 topic', () => {
  it('shows the 欠薪 boxes only when chosen, requires the employer, and sends the details', async () => {
    mockApi({ submissions: [answer(201, SUBMITTED_MESSAGE)] })
    render(<MessageNew />)
    fillValidForm()
    expect(screen.queryByTestId('wage-arrears-fields')).toBeNull()

    fireEvent.click(screen.getByTestId('wage-arrears-topic'))
    expect(screen.getByTestId('wage-arrears-fields')).toBeTruthy()
    typeInto('wage-workers', '12')
    fireEvent.click(screen.getByTestId('submit'))
    expect(text('error-wageArrears.employer')).toBe('请填写欠薪的用人单位或老板名称')
    expect(submissions()).toHaveLength(0)

    typeInto('wage-employer', '贵州某某劳务有限公司')
    expect(screen.queryByTestId('error-wageArrears.employer')).toBeNull()
    typeInto('wage-siteAddress', '七星关区某安置房项目')
    typeInto('wage-amount', '36,000')
    typeInto('wage-periodFrom', '2025年3月')
    typeInto('wage-periodTo', '2025-6')
    fireEvent.click(screen.getByTestId('submit'))

    expect(await screen.findByText('留言已提交')).toBeTruthy()
    expect(submissions()[0]?.data).toMatchObject({
      category: 'complaint',
      wageArrears: {
        employer: '贵州某某劳务有限公司',
        siteAddress: '七星关区某安置房项目',
        workers: 12,
        amountYuan: 36000,
        periodFrom: '2025-03',
        periodTo: '2025-06',
      },
    })
  })

  it('names a bad number or month in its own box', () => {
    mockApi({})
    render(<MessageNew />)
    fillValidForm()
    fireEvent.click(screen.getByTestId('wage-arrears-topic'))
    typeInto('wage-employer', '某老板')
    typeInto('wage-workers', '十几个')
    fireEvent.click(screen.getByTestId('submit'))
    expect(text('error-wageArrears.workers')).toBe('欠薪人数须为整数')
    expect(submissions()).toHaveLength(0)
  })
})

describe('我要留言: photos', () => {
  it('waits for the photos to finish uploading, then sends their tokens with the message', async () => {
    mockApi({ submissions: [answer(201, SUBMITTED_MESSAGE)] })
    render(<MessageNew />)
    fillValidForm()
    const file = new File([new Uint8Array(4)], 'payslip.png', { type: 'image/png' })
    fireEvent.change(screen.getByTestId('photo-input'), { target: { files: [file] } })
    await flush()

    fireEvent.click(screen.getByTestId('submit'))
    expect(text('error-attachments')).toBe('照片正在上传，请稍候再提交')
    expect(submissions()).toHaveLength(0)

    await act(async () => pendingUploads[0]?.('p'.repeat(32)))
    await flush()
    expect(screen.queryByTestId('error-attachments')).toBeNull()
    fireEvent.click(screen.getByTestId('submit'))
    expect(await screen.findByText('留言已提交')).toBeTruthy()
    expect(submissions()[0]?.data).toMatchObject({ attachments: ['p'.repeat(32)] })
  })
})
