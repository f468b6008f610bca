import { isChunkLoadError, showChunkLoadNotice } from './chunk-errors'

describe('chunk-load failures', () => {
  it('recognises webpack’s chunk errors and nothing else', () => {
    const chunk = Object.assign(new Error('Loading chunk 393 failed.\n(error: /js/393.js)'), {
      name: 'ChunkLoadError',
    })
    expect(isChunkLoadError(chunk)).toBe(true)
    expect(isChunkLoadError(new Error('Loading CSS chunk 902 failed. (/css/902.css)'))).toBe(true)
    expect(isChunkLoadError(new Error('网络错误'))).toBe(false)
    expect(isChunkLoadError('Loading chunk 1 failed')).toBe(false)
    expect(isChunkLoadError(null)).toBe(false)
  })

  it('shows one notice, announced, with 重试 focused', () => {
    showChunkLoadNotice()
    showChunkLoadNotice()
    const notices = document.querySelectorAll('[data-testid=chunk-error]')
    expect(notices).toHaveLength(1)
    expect(notices[0]?.getAttribute('role')).toBe('alert')
    expect(document.activeElement?.textContent).toBe('重试')
    expect(notices[0]?.textContent).toContain('返回首页')
  })
})
