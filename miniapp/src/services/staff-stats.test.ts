import * as taro from '../../test/taro'
import { signInStaff } from '../../test/ui'
import { downloadExport } from './staff-stats'

describe('downloadExport in the mini-program', () => {
  const env = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    taro.clearStorageSync()
  })
  afterEach(() => {
    process.env.TARO_ENV = env
  })

  it('downloads with the session and opens the document in WeChat', async () => {
    signInStaff('office')
    await downloadExport({ from: '2026-11-01', to: '2026-11-22', kind: 'figures', format: 'xlsx' })
    const options = taro.downloadFile.mock.calls.at(-1)?.[0]
    expect(options?.url).toBe(
      '/api/v1/staff/stats/export?from=2026-11-01&to=2026-11-22&kind=figures&format=xlsx',
    )
    expect(options?.header?.Authorization).toMatch(/^Bearer /)
    expect(taro.openDocument).toHaveBeenCalledWith({
      filePath: 'wxfile://export-0001.xlsx',
      fileType: 'xlsx',
      showMenu: true,
    })
  })

  it('reports a refused download instead of opening it', async () => {
    signInStaff('office')
    taro.openDocument.mockClear()
    taro.downloadFile.mockImplementationOnce(() =>
      Promise.resolve({ statusCode: 403, tempFilePath: '', errMsg: 'ok' }),
    )
    await expect(
      downloadExport({ from: '2026-11-01', to: '2026-11-22', kind: 'messages', format: 'xlsx' }),
    ).rejects.toMatchObject({ status: 403 })
    expect(taro.openDocument).not.toHaveBeenCalled()
  })
})
