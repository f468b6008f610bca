// Runs before each test file's modules load: Taro's runtime and components read these to pick
// the browser DOM (jsdom here) instead of their mini-program DOM.
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'

// jsdom's window is 1024 px wide, which the staff pages take for a desk (staff/desk): component
// tests see a phone unless they widen the window themselves.
if (typeof globalThis.window !== 'undefined') {
  Object.defineProperty(globalThis.window, 'innerWidth', {
    value: 390,
    writable: true,
    configurable: true,
  })
}
