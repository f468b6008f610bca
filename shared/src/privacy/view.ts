// The text as the detectors read it, and the way back to the text as written. Detection runs on
// a view in which invisible and bidirectional control characters are gone (张\u200b三 reads as
// 张三, 138\u200b1234\u200b5678 as a mobile) and compatibility forms are folded by NFKC (①, ㈠,
// full-width and small forms); the findings are then reported with offsets into the original, so
// highlighting and masking act on what the citizen actually wrote, hidden characters included.
import { isInvisibleAt } from '../text'
import { normalizeForDetection } from './digits'

/** A detection view and, for each of its UTF-16 units, the span of the original it came from. */
export interface DetectionView {
  text: string
  /**
   * Undefined when the view has the same length and offsets as the original (the common case:
   * nothing removed or expanded). Otherwise from[i] and to[i] bound the original character that
   * produced view unit i.
   */
  map?: { from: Int32Array; to: Int32Array }
}

/** Printable ASCII, line breaks, CJK ideographs and CJK punctuation are already in normal form. */
function isStable(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x09 ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x4e00 && code <= 0x9fff)
  )
}

/**
 * The detection view of `text`. Unchanged characters keep their offsets; a removed character
 * leaves no unit in the view; a character that NFKC expands (⑴ → (1)) maps every unit it
 * produced back to itself.
 */
export function detectionView(text: string): DetectionView {
  let simple = true
  for (let i = 0; i < text.length && simple; i += 1) {
    if (!isStable(text.charCodeAt(i)) && (isInvisibleAt(text, i) || foldsAt(text, i))) {
      simple = false
    }
  }
  if (simple) return { text: normalizeForDetection(text) }

  let view = ''
  const from: number[] = []
  const to: number[] = []
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i)
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
    if (!isInvisibleAt(text, i)) {
      const folded = isStable(code) ? text.charAt(i) : text.slice(i, i + width).normalize('NFKC')
      view += folded
      for (let k = 0; k < folded.length; k += 1) {
        from.push(i)
        to.push(i + width)
      }
    }
    i += width
  }
  return {
    text: normalizeForDetection(view),
    map: { from: Int32Array.from(from), to: Int32Array.from(to) },
  }
}

function foldsAt(text: string, index: number): boolean {
  const char = String.fromCodePoint(text.codePointAt(index) ?? 0)
  return char.normalize('NFKC') !== char
}

/** The original span of the view's span [start, end) (end > start). */
export function originalSpan(view: DetectionView, start: number, end: number): [number, number] {
  if (!view.map) return [start, end]
  return [view.map.from[start] ?? 0, view.map.to[end - 1] ?? 0]
}
