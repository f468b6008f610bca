import Taro from '@tarojs/taro'

const PREFIX = 'zhengmin.checklist.'

/** The materials of a guide the citizen has ticked, by name, remembered on the device. */
export function tickedMaterials(slug: string): Set<string> {
  try {
    const stored = Taro.getStorageSync(PREFIX + slug) as unknown
    return new Set(Array.isArray(stored) ? stored.filter((v) => typeof v === 'string') : [])
  } catch {
    return new Set()
  }
}

export function saveTickedMaterials(slug: string, names: ReadonlySet<string>): void {
  try {
    if (names.size === 0) Taro.removeStorageSync(PREFIX + slug)
    else Taro.setStorageSync(PREFIX + slug, [...names])
  } catch {
    // Without storage the ticks last while the page is open.
  }
}
