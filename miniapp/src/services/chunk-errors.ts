/**
 * H5 only: a page's code is a separate file fetched when the page opens. When that fetch fails
 * (server down, connection lost) Taro's router leaves the screen as it was, so the citizen
 * would tap and see nothing happen. This shows a message with 重试 instead.
 */

const NOTICE_ID = 'zm-chunk-error'

/** Whether an error is webpack's failure to load a chunk (script or stylesheet). */
export function isChunkLoadError(reason: unknown): boolean {
  if (!reason || typeof reason !== 'object') return false
  const { name, message } = reason as { name?: unknown; message?: unknown }
  if (name === 'ChunkLoadError') return true
  return typeof message === 'string' && /Loading (CSS )?chunk .+ failed/.test(message)
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button')
  element.type = 'button'
  element.textContent = label
  element.className = 'zm-chunk-error__button'
  element.addEventListener('click', onClick)
  return element
}

/** Shows the notice (once); 重试 reloads the page the citizen was opening. */
export function showChunkLoadNotice(): void {
  if (document.getElementById(NOTICE_ID)) return
  const notice = document.createElement('div')
  notice.id = NOTICE_ID
  notice.className = 'zm-chunk-error'
  notice.setAttribute('role', 'alert')
  notice.setAttribute('data-testid', 'chunk-error')
  const text = document.createElement('p')
  text.textContent = '页面没有加载成功，可能是网络中断或服务器暂时无法访问。请检查网络后重试。'
  notice.append(
    text,
    button('重试', () => window.location.reload()),
    button('返回首页', () => {
      window.location.hash = '#/pages/index/index'
      window.location.reload()
    }),
  )
  document.body.append(notice)
  notice.querySelector('button')?.focus()
}

/** Listens for chunk-load failures for the life of the page. */
export function watchChunkLoading(): void {
  window.addEventListener('unhandledrejection', (event) => {
    if (isChunkLoadError(event.reason)) showChunkLoadNotice()
  })
  window.addEventListener('error', (event) => {
    if (isChunkLoadError(event.error)) showChunkLoadNotice()
  })
}
