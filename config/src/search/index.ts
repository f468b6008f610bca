// The search vocabulary: words the segmenter must keep whole (the bureau's terms) and groups of
// words that mean the same thing to a citizen (社保卡 = 社会保障卡). Both are data, edited in the
// JSON files beside this one without touching code; checked when the configuration loads.
// A change takes effect at the next start, which also re-segments the stored texts.
import { z } from 'zod'
import dictionary from './dictionary.json'
import synonyms from './synonyms.json'

const term = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .refine((word) => !/\s/.test(word), '词语中不能有空格')

export const searchVocabularySchema = z.object({
  /** Terms kept whole when texts are cut into words. */
  words: z.array(term),
  /** Each group: words found for one another; the first is the official term. */
  synonymGroups: z.array(z.array(term).min(2)),
})
export type SearchVocabulary = z.infer<typeof searchVocabularySchema>

/** The shipped vocabulary, checked when the configuration loads. */
export const SEARCH_VOCABULARY: SearchVocabulary = searchVocabularySchema.parse({
  words: dictionary.words,
  synonymGroups: synonyms.groups,
})
