import { GUIDE_PARTS, type Guide, type GuidePart, type Pending } from './schema'

/** How far a part of a guide is filled in. */
export type PartState = 'complete' | 'partial' | 'pending'

/** Chinese names of the part states, for the office's overview. */
export const PART_STATE_LABELS: Record<PartState, string> = {
  complete: '已完善',
  partial: '部分待确认',
  pending: '待与经办科室确认',
}

/** Whether a value is a pending marker. */
export function isPending(value: unknown): value is Pending {
  return (
    typeof value === 'object' && value !== null && 'status' in value && value.status === 'pending'
  )
}

/**
 * Paths of every pending marker under `value` ("basicInfo.timeLimits.committed",
 * "materials.0.originals"). The `value` wrapper of a known field is left out of the path, so a
 * path names the field the office has to fill in.
 */
export function pendingPaths(value: unknown, path = ''): string[] {
  if (isPending(value)) return [path]
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => pendingPaths(item, join(path, String(index))))
  }
  if (typeof value !== 'object' || value === null) return []
  if ('status' in value && value.status === 'known' && 'value' in value) {
    return pendingPaths(value.value, path)
  }
  return Object.entries(value).flatMap(([key, child]) => pendingPaths(child, join(path, key)))
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

/** Whether one of the seven parts is filled in, partly pending, or pending as a whole. */
export function partState(guide: Guide, part: GuidePart): PartState {
  const value = guide[part]
  if (value.status === 'pending') return 'pending'
  return pendingPaths(value).length === 0 ? 'complete' : 'partial'
}

/** The parts (in official order) that are pending as a whole. */
export function pendingParts(guide: Guide): GuidePart[] {
  return GUIDE_PARTS.filter((part) => partState(guide, part) === 'pending')
}

/** The parts (in official order) that still hold at least one pending field. */
export function incompleteParts(guide: Guide): GuidePart[] {
  return GUIDE_PARTS.filter((part) => partState(guide, part) !== 'complete')
}

/**
 * Whether a citizen reads a guide without any "待与经办科室确认": no pending field in the seven
 * parts or the contact lines. The change date (bookkeeping for the office) does not count.
 */
export function isGuideComplete(guide: Guide): boolean {
  return incompleteParts(guide).length === 0 && pendingPaths(guide.contact).length === 0
}

/**
 * Parts holding verified content (not pending as a whole) out of the seven, for the public
 * list: a part whose window address is still pending but whose conditions and legal limit are
 * known counts, so a nearly complete guide does not look like an empty one. The guide page
 * still marks each pending field.
 */
export function verifiedPartCount(guide: Guide): { verified: number; total: number } {
  const verified = GUIDE_PARTS.filter((part) => partState(guide, part) !== 'pending').length
  return { verified, total: GUIDE_PARTS.length }
}

/**
 * The guide as the public may read it: every pending marker without its note, which is the
 * office's own working text ("待与市社保局确认…") and not a public statement.
 */
export function withoutPendingNotes<T>(value: T): T {
  if (isPending(value)) return { status: 'pending' } as T
  if (Array.isArray(value)) return value.map((item: unknown) => withoutPendingNotes(item)) as T
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, withoutPendingNotes(child)]),
  ) as T
}
