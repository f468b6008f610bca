// 办事指南 are few (28) and served from their stored content, so their words are kept in memory,
// made from the content as the guides service serves it and redone when a guide's version
// changes; the same query rules as the stored items apply (search.ts).
import type { Guide } from '@zhengmin/shared'
import { matchesQuery, parseQuery, rankMatches, searchFieldsOf, type SearchFields } from './search'

/** Every piece of text in a guide's parts, in order (names, materials, steps, FAQ …). */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(textsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn)
  return []
}

/** The searchable fields of a guide: its names, then the rest of its content. */
function fieldsOfGuide(guide: Guide): string[] {
  const { officialName, shortName, ...rest } = guide
  return [`${officialName} ${shortName}`, textsIn(rest).join('\n')]
}

export function createGuideSearch() {
  const indexed = new Map<string, { version: number; fields: SearchFields }>()

  function fieldsOf(guide: Guide): SearchFields {
    const known = indexed.get(guide.slug)
    if (known && known.version === guide.version) return known.fields
    const fields = searchFieldsOf(fieldsOfGuide(guide))
    indexed.set(guide.slug, { version: guide.version, fields })
    return fields
  }

  return {
    /** The guides holding every word of the query, by fields matched, then latest changed first. */
    search(guides: readonly Guide[], text: string): { guides: Guide[]; words: string[] } {
      const query = parseQuery(text)
      const matches = guides
        .map((guide) => ({ guide, ...fieldsOf(guide) }))
        .filter((entry) => matchesQuery(query, entry))
      const ranked = rankMatches(query, matches, (entry) => Date.parse(entry.guide.lastChangedOn))
      return { guides: ranked.map((entry) => entry.guide), words: query.words }
    },
  }
}
