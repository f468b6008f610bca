import Taro from '@tarojs/taro'

const DEVICE_ID_KEY = 'zhengmin.deviceId'
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

let memory: string | undefined

/**
 * An anonymous random id of this device, so that the server can accept one guide rating per
 * device and day without knowing who rates. It identifies nothing else and is never shown.
 */
export function deviceId(): string {
  if (memory) return memory
  try {
    const stored = Taro.getStorageSync(DEVICE_ID_KEY) as unknown
    if (typeof stored === 'string' && /^[A-Za-z0-9]{24}$/.test(stored)) return (memory = stored)
  } catch {
    // No storage: an id for this session only.
  }
  let id = ''
  for (let i = 0; i < 24; i += 1) id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  memory = id
  try {
    Taro.setStorageSync(DEVICE_ID_KEY, id)
  } catch {
    // As above.
  }
  return id
}
