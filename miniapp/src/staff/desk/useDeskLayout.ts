import { useEffect, useState } from 'react'

const IS_H5 = process.env.TARO_ENV === 'h5'

/** Narrowest desk window in CSS px: the same as config/root-font-size.ts, which gives it desk text. */
export const DESK_MIN_WIDTH = 1024

function isDeskWide(): boolean {
  return IS_H5 && typeof window !== 'undefined' && window.innerWidth >= DESK_MIN_WIDTH
}

/**
 * Whether the staff pages are on a desk computer's window (H5, at least DESK_MIN_WIDTH wide):
 * side navigation, the inbox as a table beside the message. The mini-program and small
 * windows keep the phone layout. Follows the window when it is resized.
 */
export function useDeskLayout(): boolean {
  const [desk, setDesk] = useState(isDeskWide)
  useEffect(() => {
    if (!IS_H5 || typeof window === 'undefined') return undefined
    const follow = () => setDesk(isDeskWide())
    window.addEventListener('resize', follow)
    return () => window.removeEventListener('resize', follow)
  }, [])
  return desk
}
