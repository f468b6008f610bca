import { fireEvent, render, screen } from '@testing-library/react'
import type { PublicationDraft } from '@zhengmin/shared'
import { answer, requestsTo, routeApi } from '../../../test/api-double'
import * as taro from '../../../test/taro'
import { flush, signInStaff, STAFF_TOKEN, texts, typeInto } from '../../../test/ui'
import { batchDrafts, clearBatch } from '../../stores/publication-batch'
import PublicationEditor from './editor'

const MESSAGE_ID = '0123456789abcdef01234567'
const DRAFT_ROUTE = `GET /api/v1/staff/publications/draft/${MESSAGE_ID}`
const PUBLISH = 'POST /api/v1/staff/publications'
const CHECK = 'POST /api/v1/staff/publications/check'

const original = {
  title: '灵活就业人员如何参保',
  question: '我叫周晓梅，电话13900003434，想咨询灵活就业参保需要哪些材料？',
  answer: '您好！灵活就业人员可持身份证到户籍所在地社保经办机构办理参保登记。',
}
const DRAFT: PublicationDraft = {
  messageId: MESSAGE_ID,
  category: 'consult',
  unit: 'social-insurance',
  unitName: '市社保局',
  answeredDate: '2026-03-04',
  original,
  originalFindings: [
    {
      field: 'question',
      kind: 'author-name',
      start: 2,
      end: 5,
      text: '周晓梅',
      suggestion: '周**',
    },
    {
      field: 'question',
      kind: 'author-phone',
      start: 8,
      end: 19,
      text: '13900003434',
      suggestion: '139****3434',
    },
  ],
  proposal: {
    ...original,
    question: '我叫周**，电话139****3434，想咨询灵活就业参保需要哪些材料？',
  },
}

const bodyOf = (route: string, index = 0) =>
  requestsTo(route)[index]?.data as Record<string, unknown> | undefined

beforeEach(() => {
  taro.clearStorageSync()
  clearBatch()
  signInStaff('office')
  taro.routerParams.current = { messageId: MESSAGE_ID }
  taro.showModal.mockImplementation(() =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }),
  )
})
afterEach(() => {
  taro.routerParams.current = {}
})

describe('publication editor', () => {
  it('shows the original with its findings marked and the masked proposal to edit', async () => {
    routeApi({ [DRAFT_ROUTE]: answer(200, DRAFT) })
    render(<PublicationEditor />)
    await flush()
    expect(requestsTo(DRAFT_ROUTE)[0]?.header?.Authorization).toBe(`Bearer ${STAFF_TOKEN}`)
    expect(texts('finding-mark')).toEqual(['周晓梅', '13900003434'])
    expect(screen.getByTestId('editor-question').getAttribute('value')).toBe(
      DRAFT.proposal.question,
    )
    expect(screen.getByTestId('editor-clean')).toBeTruthy()
  })

  it('marks personal data as it is typed and masks it with one click', async () => {
    routeApi({ [DRAFT_ROUTE]: answer(200, DRAFT) })
    render(<PublicationEditor />)
    await flush()
    typeInto('editor-answer', '请将材料发送至 zhou.xm@example.com，或致电 13812345678。')
    expect(texts('finding-row')).toEqual([
      '电子邮箱：zhou.xm@example.com → z***@example.com',
      '手机号码：13812345678 → 138****5678',
    ])
    fireEvent.click(screen.getByTestId('editor-mask'))
    expect(screen.getByTestId('editor-answer').getAttribute('value')).toBe(
      '请将材料发送至 z***@example.com，或致电 138****5678。',
    )
    expect(screen.getByTestId('editor-clean')).toBeTruthy()
  })

  it('publishes after confirmation with the edited text', async () => {
    routeApi({ [DRAFT_ROUTE]: answer(200, DRAFT), [PUBLISH]: answer(201, { id: 'p1' }) })
    render(<PublicationEditor />)
    await flush()
    typeInto('editor-title', '灵活就业人员参保需要哪些材料')
    fireEvent.click(screen.getByTestId('editor-publish'))
    await flush()
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认发布' }))
    expect(bodyOf(PUBLISH)).toEqual({
      messageId: MESSAGE_ID,
      title: '灵活就业人员参保需要哪些材料',
      question: DRAFT.proposal.question,
      answer: DRAFT.proposal.answer,
    })
    expect(taro.navigateBack).toHaveBeenCalled()
  })

  it('offers the 追问 and its answer, scans them, and publishes with or without them', async () => {
    const exchange = {
      ...original,
      followUp: '工资还是没到账，请再帮忙催一下。',
      followUpAnswer: '经再次督促，用人单位已于3月6日支付全部工资。',
    }
    routeApi({
      [DRAFT_ROUTE]: answer(200, {
        ...DRAFT,
        followUpAnsweredDate: '2026-03-06',
        original: exchange,
        proposal: { ...DRAFT.proposal, ...exchange, question: DRAFT.proposal.question },
      }),
      [PUBLISH]: answer(201, { id: 'p1' }),
    })
    render(<PublicationEditor />)
    await flush()
    expect(screen.getByTestId('editor-include-followup').getAttribute('aria-checked')).toBe('true')
    typeInto('editor-followUp', '工资还是没到账，电话13812345678。')
    expect(texts('finding-row')).toEqual(['手机号码：13812345678 → 138****5678'])
    fireEvent.click(screen.getByTestId('editor-mask'))
    expect(screen.getByTestId('editor-followUp').getAttribute('value')).toBe(
      '工资还是没到账，电话138****5678。',
    )
    fireEvent.click(screen.getByTestId('editor-publish'))
    await flush()
    expect(bodyOf(PUBLISH)).toMatchObject({
      answer: exchange.answer,
      followUp: '工资还是没到账，电话138****5678。',
      followUpAnswer: exchange.followUpAnswer,
    })

    // Left out, the 追问 part is neither shown for editing nor sent.
    fireEvent.click(screen.getByTestId('editor-include-followup'))
    expect(screen.queryByTestId('editor-followUp')).toBeNull()
    fireEvent.click(screen.getByTestId('editor-publish'))
    await flush()
    expect(bodyOf(PUBLISH, 1)).toEqual({
      messageId: MESSAGE_ID,
      title: original.title,
      question: DRAFT.proposal.question,
      answer: exchange.answer,
    })
  })

  it('shows the server’s refusal and publishes over it only with a reason', async () => {
    const refusal = answer(422, {
      error: {
        code: 'personal_data_found',
        message: '发现1处疑似个人信息，请处理后再发布，或填写理由后仍要发布',
        findings: [
          {
            messageId: MESSAGE_ID,
            field: 'answer',
            kind: 'author-name',
            start: 0,
            end: 2,
            text: '您好',
            suggestion: '您*',
          },
        ],
      },
    })
    routeApi({ [DRAFT_ROUTE]: answer(200, DRAFT), [PUBLISH]: [refusal, answer(201, { id: 'p1' })] })
    render(<PublicationEditor />)
    await flush()
    fireEvent.click(screen.getByTestId('editor-publish'))
    await flush()
    expect(screen.getByTestId('editor-error').textContent).toContain('疑似个人信息')
    expect(texts('finding-row')).toEqual(['留言人姓名：您好 → 您*'])

    fireEvent.click(screen.getByTestId('editor-override-open'))
    fireEvent.click(screen.getByTestId('editor-override-publish'))
    expect(requestsTo(PUBLISH)).toHaveLength(1)
    typeInto('editor-override-reason', '“您好”是问候语，不是姓名')
    fireEvent.click(screen.getByTestId('editor-override-publish'))
    await flush()
    expect(bodyOf(PUBLISH, 1)?.override).toEqual({ reason: '“您好”是问候语，不是姓名' })
  })

  it('sets a clean draft aside for a batch after the server’s check', async () => {
    routeApi({ [DRAFT_ROUTE]: answer(200, DRAFT), [CHECK]: answer(200, { findings: [] }) })
    render(<PublicationEditor />)
    await flush()
    fireEvent.click(screen.getByTestId('editor-batch'))
    await flush()
    expect(batchDrafts().map((d) => d.messageId)).toEqual([MESSAGE_ID])
    expect(requestsTo(PUBLISH)).toHaveLength(0)
  })

  it('says why a message cannot be published', async () => {
    routeApi({
      [DRAFT_ROUTE]: answer(422, {
        error: { code: 'not_publishable', message: '留言人未同意公开，不能选登' },
      }),
    })
    render(<PublicationEditor />)
    await flush()
    expect(screen.getByTestId('editor-error').textContent).toContain('留言人未同意公开，不能选登')
  })
})
