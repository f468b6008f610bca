// Names in lists: 王五、赵六、孙七等8名工人, 张勇、李强、王军三人, 工友赵刚和孙伟, and the further
// items of a list whose first name another rule found (送达人：龙飞、文静). Every item must have a
// name's shape and the list must read as people.
import { isHanAt } from './digits'
import { PREPOSITION_SURNAMES } from './name-lexicon'
import { endsName, isGivenName, isNameShaped, maskName } from './name-shape'
import type { NameMatch } from './names'

/** 等 after a list of names, then who they are: 等人, 等8名, 等十多位, 等3个人. */
const LIST_END = /^等[0-9一二三四五六七八九十两百几多余]*个?[人名位]/

/**
 * Names listed with 、 and closed by 等 and who they are: 王五、赵六、孙七等8名工人. Items are
 * read from the right; the list ends (on the left) at the first item that is not wholly a name.
 */
export function findListedNames(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (!LIST_END.test(text.slice(at, at + 8))) continue
    const names: NameMatch[] = []
    let end = at
    for (;;) {
      let start = end
      while (start > 0 && end - start < 5 && isHanAt(text, start - 1)) start -= 1
      if (text.charAt(start - 1) === '、' && isListedName(text, start, end)) {
        names.push({ start, end, suggestion: maskName(text.slice(start, end)) })
        end = start - 1
        continue
      }
      // The first item, or one that runs into other words (李四的王五、…): its longest ending
      // that reads as a name, and the list starts there.
      const first = [4, 3, 2]
        .map((length) => end - length)
        .find((s) => s >= start && isListedName(text, s, end))
      if (first !== undefined)
        names.push({ start: first, end, suggestion: maskName(text.slice(first, end)) })
      break
    }
    if (names.length >= 2) matches.push(...names)
  }
  return matches
}

function isListedName(text: string, start: number, end: number): boolean {
  return isNameShaped(text, start, end, true)
}

/**
 * Lists of names without 等N人: 张勇、李强、王军三人; 工友赵刚和孙伟. Every item must be a name
 * and the list must read as people: a count or a verb after it, or a word for people before it.
 */
export function findBareLists(text: string): NameMatch[] {
  const matches: NameMatch[] = []
  const separators = /、|和|与|及|跟/
  let at = 0
  while (at < text.length) {
    if (!isHanAt(text, at)) {
      at += 1
      continue
    }
    const items: NameMatch[] = []
    let position = at
    for (;;) {
      // After a separator a full name may run on into what the people did (施国平、文晓峰恶意…).
      const item = listItemAt(text, position, items.length > 0)
      if (!item) break
      items.push(item)
      const separator = text.charAt(item.end)
      if (!separators.test(separator)) break
      position = item.end + 1
    }
    const last = items[items.length - 1]
    // Three names in a row, one of them of three characters, read as people anywhere.
    const longList = items.length >= 3 && items.some((item) => item.end - item.start === 3)
    if (items.length >= 2 && last && (longList || listReadsAsPeople(text, at, last.end))) {
      matches.push(...leadingListItems(text, at), ...items)
    }
    // A list that does not read as people does not from any later item either: skipping it
    // keeps the scan linear on long lists.
    at = items.length >= 2 && last ? last.end : at + 1
  }
  return matches
}

const PEOPLE_BEFORE_LIST =
  /工友|工人|员工|同事|农民工|职工|老乡|人员|我们|他们|和我|我和|包括|还有|名单|其中|分别是|分别叫|以及|叫/

/**
 * 员工向明远、王春燕、田学军三人: a list's first item may have a surname that is also a
 * preposition (向, 于), which no other rule takes for one; inside a list of names it is one.
 */
function leadingListItems(text: string, listStart: number): NameMatch[] {
  if (text.charAt(listStart - 1) !== '、') return []
  for (const length of [3, 2]) {
    const start = listStart - 1 - length
    if (start < 0 || !PREPOSITION_SURNAMES.has(text.charAt(start))) continue
    if (!isGivenName(text, start + 1, start + length)) continue
    return [{ start, end: start + length, suggestion: maskName(text.slice(start, start + length)) }]
  }
  return []
}

function listItemAt(text: string, start: number, afterSeparator = false): NameMatch | undefined {
  for (const length of [3, 2, 4]) {
    const end = start + length
    if (!isNameShaped(text, start, end, true)) continue
    const next = text.charAt(end)
    if (
      /、|和|与|及|跟/.test(next) ||
      endsName(text, end) ||
      /[0-9一二三四五六七八九十两几]/.test(next) ||
      (afterSeparator && length === 3 && text.charAt(start - 1) === '、')
    ) {
      return { start, end, suggestion: maskName(text.slice(start, end)) }
    }
  }
  return undefined
}

function listReadsAsPeople(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 4)
  if (
    /^(?:[0-9一二三四五六七八九十两几]+[个名位人]|等|都|均|一起|共同|说|反映|他们|她们|这些人|这几个|这几位|几个人|[两二三四五几]?(?:兄弟|姐妹|兄妹|姐弟|夫妻|父子|母子|母女|父女|口子)|俩)/.test(
      after,
    )
  ) {
    return true
  }
  return PEOPLE_BEFORE_LIST.test(text.slice(Math.max(0, start - 12), start))
}

/**
 * "送达人：龙飞、文静", "约谈了杨德富、文海": a name found by any rule, followed by 、 and another
 * name-shaped word, starts a list of people; each item after it is a name too.
 */
export function withListMates(text: string, found: readonly NameMatch[]): NameMatch[] {
  const more: NameMatch[] = []
  // Each list is walked once, however many of its items other rules found: a list of a
  // thousand names must not be walked a thousand times.
  const walked = new Set<number>()
  for (const match of found) {
    if (match.end - match.start < 2) continue
    let end = match.end
    while (text.charAt(end) === '、' && !walked.has(end)) {
      walked.add(end)
      const mate = listItemAt(text, end + 1, true)
      if (!mate) break
      more.push(mate)
      end = mate.end
    }
  }
  return [...found, ...more]
}
