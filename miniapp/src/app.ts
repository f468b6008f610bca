import type { PropsWithChildren } from 'react'
// Kept in the main package (one instance for all subpackages): it hands the phone of a message
// just submitted from the message form to 我的留言, in memory.
import './stores/my-messages'
import { watchChunkLoading } from './services/chunk-errors'
import { watchPrivacyAuthorization } from './services/privacy-authorization'
import './app.scss'

// Before any page can call a privacy API (the clipboard of 复制查询码).
watchPrivacyAuthorization()

if (process.env.TARO_ENV === 'h5') {
  // Focus rings and target sizes that select by attribute (not possible in the mini-program).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- built for H5 only
  require('./styles/h5.scss')
  watchChunkLoading()
}

/** The app shell: Taro renders the current page as `children`. */
function App({ children }: PropsWithChildren) {
  return children
}

export default App
