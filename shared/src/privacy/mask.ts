import { detectPersonalData } from './detect'
import type { DetectionContext, Finding, RedactionResult } from './types'

/**
 * Replaces every finding by its suggestion. Without findings, detects them first (without
 * author context). Throws a RangeError when a finding does not match the text or findings
 * overlap, since masking stale findings could leave personal data in place.
 */
export function maskPersonalData(
  text: string,
  findings: readonly Finding[] = detectPersonalData(text),
): RedactionResult {
  const sorted = [...findings].sort((a, b) => a.start - b.start)
  let masked = ''
  let cursor = 0
  for (const finding of sorted) {
    const { start, end } = finding
    if (start < cursor || start >= end || text.slice(start, end) !== finding.text) {
      throw new RangeError(`finding ${start}–${end} does not match the text or overlaps another`)
    }
    masked += text.slice(cursor, start) + finding.suggestion
    cursor = end
  }
  masked += text.slice(cursor)
  return { text: masked, findings: sorted }
}

/** Detects personal data (with the author's context) and masks all of it. */
export function redactPersonalData(text: string, context?: DetectionContext): RedactionResult {
  return maskPersonalData(text, detectPersonalData(text, context))
}
