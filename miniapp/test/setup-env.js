// Runs before each test file's modules load: Taro's runtime and components read these to pick
// the browser DOM (jsdom here) instead of their mini-program DOM.
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
