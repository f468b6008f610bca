import { fireEvent, render, screen } from '@testing-library/react'
import type { PublicationCandidate, StaffPublication } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff, texts, typeInto } from '../../../test/ui'
import { addToBatch, batchDrafts, clearBatch } from '../../stores/publication-batch'
import StaffPublications from './index'

const CANDIDATES = 'GET /api/v1/staff/publications/candidates'
const LIST = 'GET /api/v1/staff/publications'
const BATCH = 'POST /api/v1/staff/publications/batch'

const candidate: PublicationCandidate = {
  messageId: '0123456789abcdef01234567',
  category: 'consult',
  title: '灵活就业人员如何参保',
  unit: 'social-insurance',
  unitName: '市社保局',
  answeredDate: '2026-03-04',
  previouslyHidden: false,
}

const published: StaffPublication = {
  id: 'p1',
  messageId: '0123456789abcdef01234567',
  title: '灵活就业人员如何参保',
  question: '灵活就业人员想参加养老保险，需要哪些材料？',
  answer: '可持身份证到社保经办机构办理。',
  category: 'consult',
  unit: 'social-insurance',
  unitName: '市社保局',
  answeredDate: '2026-03-04',
  publishedDate: '2026-03-05',
  status: 'published',
  publishedAt: '2026-03-05T10:00:00.000+08:00',
  publishedBy: '办公室张三',
}

const draft = {
  messageId: candidate.messageId,
  title: '灵活就业人员如何参保',
  question: '灵活就业人员想参加养老保险，需要哪些材料？',
  answer: '可持身份证到社保经办机构办理。',
}

beforeEach(() => {
  taro.clearStorageSync()
  clearBatch()
  taro.showModal.mockImplementation(() =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
  )
})

describe('回复选登管理', () => {
  it('is for the office only', () => {
    signInStaff('handler', 'social-insurance')
    routeApi({})
    render(<StaffPublications />)
    expect(screen.getByText('回复选登由办公室负责，您的账号没有此权限。')).toBeTruthy()
    expect(taro.request).not.toHaveBeenCalled()
  })

  it('lists the answers that may be published and opens the editor', async () => {
    signInStaff('office')
    routeApi({ [CANDIDATES]: answer(200, { items: [candidate], nextCursor: null }) })
    render(<StaffPublications />)
    await flush()
    fireEvent.click(screen.getByTestId('candidate-row'))
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/staff/publications/editor?messageId=${candidate.messageId}`,
    })
  })

  it('publishes the reviewed drafts together after confirmation', async () => {
    signInStaff('office')
    addToBatch(draft)
    routeApi({
      [CANDIDATES]: [
        answer(200, { items: [candidate], nextCursor: null }),
        answer(200, { items: [], nextCursor: null }),
      ],
      [BATCH]: answer(201, { items: [published] }),
    })
    render(<StaffPublications />)
    await flush()
    fireEvent.click(screen.getByTestId('publication-batch-publish'))
    await flush()
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认批量发布' }))
    expect(requestsTo(BATCH)[0]?.data).toEqual({ items: [draft] })
    expect(batchDrafts()).toEqual([])
    expect(screen.queryByTestId('publication-batch')).toBeNull()
  })

  it('keeps the batch when the server refuses it, saying none was published', async () => {
    signInStaff('office')
    addToBatch(draft)
    routeApi({
      [CANDIDATES]: answer(200, { items: [], nextCursor: null }),
      [BATCH]: answer(422, {
        error: {
          code: 'not_publishable',
          message: '该留言已选登，请勿重复发布',
          fields: [{ field: 'items.0.messageId', message: '该留言已选登，请勿重复发布' }],
        },
      }),
    })
    render(<StaffPublications />)
    await flush()
    fireEvent.click(screen.getByTestId('publication-batch-publish'))
    await flush()
    expect(screen.getByTestId('staff-publications-error').textContent).toBe(
      '该留言已选登，请勿重复发布（本批均未发布）',
    )
    expect(batchDrafts()).toHaveLength(1)
  })

  it('takes a publication down with a reason', async () => {
    signInStaff('office')
    routeApi({
      [CANDIDATES]: answer(200, { items: [], nextCursor: null }),
      [LIST]: [
        answer(200, { items: [published], nextCursor: null }),
        answer(200, { items: [], nextCursor: null }),
      ],
      'DELETE /api/v1/staff/publications/p1': answer(200, { ...published, status: 'hidden' }),
    })
    render(<StaffPublications />)
    await flush()
    fireEvent.click(screen.getByTestId('publications-tab-published'))
    await flush()
    expect(requestsTo(LIST)[0]?.url).toContain('status=published')
    fireEvent.click(screen.getByTestId('unpublish'))
    typeInto('unpublish-reason', '短')
    fireEvent.click(screen.getByTestId('unpublish-confirm'))
    await flush()
    expect(screen.getByTestId('staff-publications-error').textContent).toContain('至少5个字')
    typeInto('unpublish-reason', '答复依据的政策已调整')
    fireEvent.click(screen.getByTestId('unpublish-confirm'))
    await flush()
    expect(requestsTo('DELETE /api/v1/staff/publications/p1')[0]?.data).toEqual({
      reason: '答复依据的政策已调整',
    })
    expect(texts('publication-staff-row')).toEqual([])
  })
})
