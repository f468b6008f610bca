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
  const spacedOut = spacedOutSpaces(text)
  let simple = spacedOut.size === 0
  for (let i = 0; i < text.length && simple; i += 1) {
    if (!isStable(text.charCodeAt(i)) && (isInvisibleAt(text, i) || foldsAt(text, i))) {
      simple = false
    }
  }
  if (simple) return { text: normalizeForDetection(text) }

  let view = ''
  const from: number[] = []
  const to: number[] = []
  const emit = (i: number, width: number) => {
    const code = text.charCodeAt(i)
    if (isInvisibleAt(text, i) || spacedOut.has(i)) return
    const folded = isStable(code) ? text.charAt(i) : text.slice(i, i + width).normalize('NFKC')
    view += folded
    for (let k = 0; k < folded.length; k += 1) {
      from.push(i)
      to.push(i + width)
    }
  }
  for (let i = 0; i < text.length;) {
    const end = text.charCodeAt(i) === RIGHT_TO_LEFT_OVERRIDE ? overrideEnd(text, i + 1) : -1
    if (end >= 0 && !/[\u4e00-\u9fff]/.test(text.slice(i + 1, end))) {
      // Digits after a right-to-left override are shown reversed up to its end: the view reads
      // them as the reader sees them (‮1236 4758 981‬ shows, and is, 189 8574 6321). Chinese
      // text is left in the order it was typed, the order a name is searched in.
      for (const [at, width] of characterOffsets(text, i + 1, end).reverse()) emit(at, width)
      i = end
      continue
    }
    const width = widthAt(text, i)
    emit(i, width)
    i += width
  }
  return {
    text: normalizeForDetection(view),
    map: { from: Int32Array.from(from), to: Int32Array.from(to) },
  }
}

/**
 * Characters typed one at a time with spaces between (韦 小 兰, 姓 名：): a run of single Chinese
 * characters separated by single spaces. Those spaces are left out of the view, so the name reads
 * as 韦小兰; spaces between words of several characters stay.
 */
const SPACED_OUT =
  /(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff])+(?![\u4e00-\u9fff])/g

function spacedOutSpaces(text: string): Set<number> {
  const spaces = new Set<number>()
  if (!text.includes(' ') && !text.includes('\u3000')) return spaces
  for (const m of text.matchAll(SPACED_OUT)) {
    for (let k = 1; k < m[0].length; k += 2) spaces.add(m.index + k)
  }
  return spaces
}

const RIGHT_TO_LEFT_OVERRIDE = 0x202e

/** Where a right-to-left override started before `from` ends: its pop, a line break, or the end. */
function overrideEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code === 0x202c || code === 0x0a) return i
  }
  return text.length
}

function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1
}

/** [offset, width] of every character in text[from, to), in order. */
function characterOffsets(text: string, from: number, to: number): Array<[number, number]> {
  const offsets: Array<[number, number]> = []
  for (let i = from; i < to; i += widthAt(text, i)) offsets.push([i, widthAt(text, i)])
  return offsets
}

function foldsAt(text: string, index: number): boolean {
  const char = String.fromCodePoint(text.codePointAt(index) ?? 0)
  return char.normalize('NFKC') !== char
}

/**
 * The original span of the view's span [start, end) (end > start), widened over bidirectional
 * controls right around it (a right-to-left override wrapped around a phone number belongs to
 * what masking removes).
 */
export function originalSpan(
  view: DetectionView,
  original: string,
  start: number,
  end: number,
): [number, number] {
  if (!view.map) return [start, end]
  // Reversed text (after a right-to-left override) maps back out of order: take the extremes.
  let from = Number.MAX_SAFE_INTEGER
  let to = 0
  for (let i = start; i < end; i += 1) {
    from = Math.min(from, view.map.from[i] ?? from)
    to = Math.max(to, view.map.to[i] ?? to)
  }
  while (from > 0 && BIDI_CONTROL.test(original.charAt(from - 1))) from -= 1
  while (to < original.length && BIDI_CONTROL.test(original.charAt(to))) to += 1
  return [from, to]
}

/** Embeddings, overrides and isolates: they change how the text around them is displayed. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/
