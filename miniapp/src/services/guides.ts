import Taro from '@tarojs/taro'
import type {
  GuideDetail,
  GuideListItem,
  GuideRatingInput,
  GuideSatisfaction,
  GuideTheme,
  MyGuideRatings,
} from '@zhengmin/shared'
import { deviceId } from '../stores/device-id'
import { apiRequest, isApiError } from './api'
import { citizenAuthHeader } from './citizen-session'

/** 办事指南: the list, one guide (kept on the device for offline reading), and ratings. */

const OFFLINE_PREFIX = 'zhengmin.guide.'

export interface GuideQuery {
  theme?: GuideTheme
  q?: string
}

export function listGuides(query: GuideQuery = {}): Promise<{ items: GuideListItem[] }> {
  const params = [
    ...(query.theme ? [`theme=${encodeURIComponent(query.theme)}`] : []),
    ...(query.q ? [`q=${encodeURIComponent(query.q)}`] : []),
  ]
  return apiRequest({
    method: 'GET',
    path: `/api/v1/guides${params.length > 0 ? `?${params.join('&')}` : ''}`,
  })
}

/** A guide as shown, and whether it is the copy kept on the device (no connection). */
export interface LoadedGuide extends GuideDetail {
  /** Set when the server could not be reached: when this copy was saved (ISO). */
  offlineSavedAt?: string
}

interface SavedGuide {
  detail: GuideDetail
  savedAt: string
}

function readSaved(slug: string): SavedGuide | undefined {
  try {
    const saved = Taro.getStorageSync(OFFLINE_PREFIX + slug) as SavedGuide | ''
    return saved && typeof saved === 'object' && saved.detail ? saved : undefined
  } catch {
    return undefined
  }
}

/**
 * The guide from the server, saved on the device with its version; without a connection, the
 * saved copy (marked as such), or the network error when there is none.
 */
export async function getGuide(slug: string): Promise<LoadedGuide> {
  try {
    const detail = await apiRequest<GuideDetail>({
      method: 'GET',
      path: `/api/v1/guides/${encodeURIComponent(slug)}`,
    })
    try {
      Taro.setStorageSync(OFFLINE_PREFIX + slug, {
        detail,
        savedAt: new Date().toISOString(),
      } satisfies SavedGuide)
    } catch {
      // Storage full or unavailable: the guide still shows, only not offline next time.
    }
    return detail
  } catch (error) {
    const saved = isApiError(error) && error.status === 0 ? readSaved(slug) : undefined
    if (saved) return { ...saved.detail, offlineSavedAt: saved.savedAt }
    throw error
  }
}

/** Rates a guide as this device (or the signed-in WeChat user); answers the new summary. */
export async function rateGuide(
  slug: string,
  input: GuideRatingInput,
): Promise<{ satisfaction: GuideSatisfaction }> {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/guides/${encodeURIComponent(slug)}/ratings`,
    body: input,
    headers: { 'X-Device-Id': deviceId(), ...(await citizenAuthHeader()) },
    rateLimitedAction: '评价',
  })
}

/**
 * This rater's own low ratings (of one guide, or of all) with the office's response once it is
 * recorded: the same rater as `rateGuide` (the WeChat login, else this device's anonymous id).
 */
export async function myGuideRatings(slug?: string): Promise<MyGuideRatings> {
  return apiRequest({
    method: 'GET',
    path: `/api/v1/guide-ratings/mine${slug ? `?slug=${encodeURIComponent(slug)}` : ''}`,
    headers: { 'X-Device-Id': deviceId(), ...(await citizenAuthHeader()) },
  })
}
