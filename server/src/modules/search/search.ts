// The one search of the application (回复选登, 办事指南, the staff inbox). Texts are cut into words
// when they are stored; a query matches an item holding every one of its words, each word found
// as itself, as a synonym, or as the smaller words it is made of. Only plain strings from the
// segmenter ever reach MongoDB, as equality on an array field: no operator, no pattern.
import { badRequest } from '../../http/errors'
import { segmenter, type Segmenter } from './segmenter'

/** At most this many words of a query are searched for; the rest are ignored. */
export const MAX_QUERY_WORDS = 8
/** Matches ranked per search: the newest this many; a narrower query finds older ones. */
export const MAX_RANKED_MATCHES = 300

/** What an item keeps for search, stored with it by the same write that stores its text. */
export interface SearchFields {
  /** Every word of every searchable field (indexed, multikey). */
  searchWords: string[]
  /** The words of each field, space-separated, in a fixed order: for ranking. */
  searchFields: string[]
  /** The segmenter version the words were made with; older ones are redone at start-up. */
  searchVersion: string
}

/** The mongoose schema fields of `SearchFields`. */
export const searchSchemaFields = {
  searchWords: { type: [String], default: undefined },
  searchFields: { type: [String], default: undefined },
  searchVersion: { type: String },
} as const

/** One word of a query: found when an item holds every word of one of its alternatives. */
type QueryTerm = string[][]

/** A parsed query; `terms` is empty when the text had no word at all (`.*`): nothing matches. */
export interface SearchQuery {
  words: string[]
  terms: QueryTerm[]
  /** Every word a match may show: the query's words, their synonyms and parts (to highlight). */
  highlights: string[]
}

/** The words to store for these fields of an item (title, body …). */
export function searchFieldsOf(
  fields: readonly string[],
  words: Segmenter = segmenter(),
): SearchFields {
  const perField = fields.map((field) => words.wordsOfText(field))
  return {
    searchWords: [...new Set(perField.flat())],
    searchFields: perField.map((list) => list.join(' ')),
    searchVersion: words.version,
  }
}

/** Reads a query typed by a person (already trimmed and bounded in length at the edge). */
export function parseQuery(text: string, words: Segmenter = segmenter()): SearchQuery {
  const queryWords = words.wordsOfQuery(text).slice(0, MAX_QUERY_WORDS)
  const terms = queryWords.map((word) =>
    words.synonymsOf(word).flatMap((alternative) => {
      const parts = words.partsOf(alternative)
      return parts.length > 0 ? [[alternative], parts] : [[alternative]]
    }),
  )
  return { words: queryWords, terms, highlights: [...new Set(terms.flat(2))] }
}

/** A filter nothing can match (`_id` is never null). */
const NOTHING = { _id: null } as const

/** The MongoDB filter of a query over `searchWords`: every term, each by any alternative. */
export function searchFilter(query: SearchQuery): Record<string, unknown> {
  if (query.terms.length === 0) return NOTHING
  return {
    $and: query.terms.map((alternatives) => ({
      $or: alternatives.map((group) =>
        group.length === 1
          ? { searchWords: group[0] }
          : { $and: group.map((word) => ({ searchWords: word })) },
      ),
    })),
  }
}

const holds = (words: ReadonlySet<string>, term: QueryTerm) =>
  term.some((group) => group.every((word) => words.has(word)))

/** Whether an item's words satisfy the query (for items searched in memory, e.g. the guides). */
export function matchesQuery(query: SearchQuery, fields: Pick<SearchFields, 'searchWords'>) {
  if (query.terms.length === 0) return false
  const words = new Set(fields.searchWords)
  return query.terms.every((term) => holds(words, term))
}

/** How many of an item's fields hold at least one word of the query: the first ranking key. */
export function fieldsMatched(
  query: SearchQuery,
  fields: Partial<Pick<SearchFields, 'searchFields'>>,
) {
  return (fields.searchFields ?? []).filter((field) => {
    const words = new Set(field.split(' '))
    return query.terms.some((term) => holds(words, term))
  }).length
}

/**
 * Orders matches by the fields they match (most first), then newest first; `recency` gives an
 * item's date. Stable, so equal items keep the order they came in.
 */
export function rankMatches<T extends Partial<Pick<SearchFields, 'searchFields'>>>(
  query: SearchQuery,
  items: readonly T[],
  recency: (item: T) => number,
): T[] {
  return items
    .map((item) => ({ item, score: fieldsMatched(query, item), at: recency(item) }))
    .sort((a, b) => b.score - a.score || b.at - a.at)
    .map(({ item }) => item)
}

/** Cursor of a ranked page: the offset of its next row, as base64url JSON. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url')
}

export function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown
    const offset = (value as { offset?: unknown } | null)?.offset
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('分页参数不正确', [{ field: 'cursor', message: '分页参数不正确' }])
}

/** One page of ranked rows, continued by an offset cursor. */
export function rankedPage<T>(rows: readonly T[], cursor: string | undefined, limit: number) {
  const offset = decodeOffsetCursor(cursor)
  const items = rows.slice(offset, offset + limit)
  return {
    items,
    nextCursor: rows.length > offset + limit ? encodeOffsetCursor(offset + limit) : null,
  }
}
