/**
 * Fixes the date the code under test reads (`new Date()`, `Date.now()`) and nothing else:
 * timers, microtasks and animation frames stay real, so rendering and the API double's promises
 * settle as usual. Undo with `jest.useRealTimers()` (an `afterEach` in the test file).
 */
export function fixDate(at: Date): void {
  jest.useFakeTimers({
    now: at,
    doNotFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'clearImmediate',
      'queueMicrotask',
      'nextTick',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'hrtime',
      'performance',
    ],
  })
}
