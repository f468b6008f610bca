import { act, fireEvent, render, screen } from '@testing-library/react'
import type { SubmittedMessage } from '@zhengmin/shared'
import * as taro from '../../../test/taro'
import { watchPrivacyAuthorization } from '../../services/privacy-authorization'
import { SubmissionResult } from './SubmissionResult'

const MESSAGE: SubmittedMessage = {
  id: '6650a1b2c3d4e5f6a7b8c9d0',
  code: 'BC7K9MQ2',
  status: 'submitted',
  receivedAt: '2025-09-30T10:00:00.000+08:00',
  receivedDate: '2025-09-30',
  dueDate: '2025-10-14',
  dueAt: '2025-10-14T23:59:59.999+08:00',
  provisional: false,
} as SubmittedMessage

/** What the app told WeChat through the listener's resolve. */
let answers: Array<{ event: string; buttonId?: string }>

/**
 * WeChat's clipboard for a citizen who has not agreed yet: the call waits, the privacy listener
 * is called, and the call goes ahead on "agree" or fails on "disagree".
 */
function clipboardNeedingAgreement() {
  taro.setClipboardData.mockImplementation(
    () =>
      new Promise((resolve, reject) => {
        taro.privacyEvents.listener?.(
          (result) => {
            answers.push(result)
            if (result.event === 'agree') resolve({ errMsg: 'setClipboardData:ok' })
            if (result.event === 'disagree') {
              reject({
                errMsg: 'setClipboardData:fail privacy permission is not authorized',
                errno: 104,
              })
            }
          },
          { referrer: 'setClipboardData' },
        )
      }),
  )
}

async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

beforeEach(() => {
  answers = []
  taro.getEnv.mockReturnValue(taro.ENV_TYPE.WEAPP)
  watchPrivacyAuthorization()
  clipboardNeedingAgreement()
})
afterEach(() => {
  taro.getEnv.mockReturnValue(taro.ENV_TYPE.WEB)
  taro.setClipboardData.mockImplementation(() => Promise.resolve({ errMsg: 'ok' }))
})

describe('复制查询码 under WeChat’s privacy authorisation', () => {
  it('registers the listener only inside WeChat', () => {
    expect(taro.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
    taro.getEnv.mockReturnValue(taro.ENV_TYPE.WEB)
    watchPrivacyAuthorization()
    expect(taro.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
  })

  it('asks first; on agree the code is copied', async () => {
    render(<SubmissionResult message={MESSAGE} onWriteAnother={() => {}} />)
    expect(screen.queryByTestId('privacy-sheet')).toBeNull()

    fireEvent.click(screen.getByTestId('copy-code'))
    await settle()
    expect(screen.getByTestId('privacy-sheet').textContent).toContain('隐私政策')
    expect(answers).toEqual([{ event: 'exposureAuthorization' }])

    // The agree button is open-type agreePrivacyAuthorization: WeChat sends its event after
    // the tap, and only then may the pending call be resolved with that button's id.
    const agree = screen.getByTestId('privacy-agree')
    expect(agree.getAttribute('id')).toBe('privacy-agree-btn')
    fireEvent(agree, new CustomEvent('agreeprivacyauthorization'))
    await settle()

    expect(answers.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree-btn' })
    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: 'BC7K-9MQ2' })
    expect(screen.queryByTestId('privacy-sheet')).toBeNull()
    expect(screen.getByTestId('copy-code')).toBeTruthy()
    expect(taro.showToast).not.toHaveBeenCalledWith(
      expect.objectContaining({ title: expect.stringContaining('复制失败') }),
    )
  })

  it('on decline shows the code to copy by hand, and the rest of the page still works', async () => {
    render(<SubmissionResult message={MESSAGE} onWriteAnother={() => {}} />)
    fireEvent.click(screen.getByTestId('copy-code'))
    await settle()

    fireEvent.click(screen.getByTestId('privacy-decline'))
    await settle()

    expect(answers.at(-1)).toEqual({ event: 'disagree' })
    expect(screen.queryByTestId('privacy-sheet')).toBeNull()
    expect(screen.queryByTestId('copy-code')).toBeNull()
    expect(screen.getByTestId('copy-by-hand').textContent).toContain('长按上方查询码')
    expect(screen.getByTestId('lookup-code').textContent).toBe('BC7K-9MQ2')
    fireEvent.click(screen.getByTestId('view-progress'))
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: '/pages/my-messages/index?code=BC7K9MQ2',
    })
  })
})
