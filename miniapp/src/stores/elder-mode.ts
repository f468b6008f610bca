import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'

/**
 * 长辈模式: larger text and controls for citizens who read small print with difficulty (the
 * 适老化 rules, app.scss). The choice is remembered on the device; each citizen page reads it
 * when shown and wraps its content in ELDER_MODE_CLASS. In the mini-program it also follows
 * WeChat's own font setting: a citizen who has enlarged WeChat's text (or uses its 关怀模式)
 * gets 长辈模式 until they switch it off here.
 */

const ELDER_MODE_KEY = 'zhengmin.elderMode'
export const ELDER_MODE_CLASS = 'elder-mode'

/** WeChat's font setting is above its standard size (mini-program only). */
function wechatTextEnlarged(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false
  try {
    // fontSizeScaleFactor (the user's size ÷ the standard) is missing from Taro's types;
    // fontSizeSetting is the size in px (standard: 17 on iOS, 16 on Android).
    const info: Record<string, unknown> = { ...Taro.getAppBaseInfo() }
    const { fontSizeScaleFactor: factor, fontSizeSetting: size } = info
    if (typeof factor === 'number') return factor > 1
    return typeof size === 'number' && size > 17
  } catch {
    return false
  }
}

export function isElderMode(): boolean {
  try {
    const chosen: unknown = Taro.getStorageSync(ELDER_MODE_KEY)
    if (typeof chosen === 'boolean') return chosen
  } catch {
    // No storage: fall back to WeChat's setting.
  }
  return wechatTextEnlarged()
}

/** Remembers the citizen's choice, on or off (off also overrides WeChat's larger text). */
export function setElderMode(on: boolean): void {
  try {
    Taro.setStorageSync(ELDER_MODE_KEY, on)
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
