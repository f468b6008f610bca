import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'

/**
 * 长辈模式: larger text and controls for citizens who read small print with difficulty. The
 * choice is remembered on the device; each citizen page reads it when shown and wraps its
 * content in ELDER_MODE_CLASS (app.scss), which enlarges the whole page.
 */

const ELDER_MODE_KEY = 'zhengmin.elderMode'
export const ELDER_MODE_CLASS = 'elder-mode'

export function isElderMode(): boolean {
  try {
    return Taro.getStorageSync(ELDER_MODE_KEY) === true
  } catch {
    return false
  }
}

export function setElderMode(on: boolean): void {
  try {
    if (on) Taro.setStorageSync(ELDER_MODE_KEY, true)
    else Taro.removeStorageSync(ELDER_MODE_KEY)
  } catch {
    // Without storage the switch lasts for this page only.
  }
}

/** The page's class for the current mode ('' when off), refreshed each time the page shows. */
export function useElderModeClass(): string {
  const [on, setOn] = useState(isElderMode)
  useDidShow(() => setOn(isElderMode()))
  return on ? ELDER_MODE_CLASS : ''
}

/** The mode and a switch for it, for pages that offer the switch themselves (staff inbox). */
export function useElderModeSwitch(): { elderClass: string; on: boolean; toggle: () => void } {
  const [on, setOn] = useState(isElderMode)
  useDidShow(() => setOn(isElderMode()))
  return {
    elderClass: on ? ELDER_MODE_CLASS : '',
    on,
    toggle: () => {
      setElderMode(!on)
      setOn(!on)
    },
  }
}
