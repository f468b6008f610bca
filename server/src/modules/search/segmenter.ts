// Cutting Chinese text into words, on the server only: @node-rs/jieba is a native module
// (prebuilt binaries for each platform, installed from npm without compiling), so it never goes
// into the mini-program or H5 bundles; the app sends the query as typed.
import { createHash } from 'node:crypto'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import { SEARCH_VOCABULARY, type SearchVocabulary } from '@zhengmin/config'

/** A frequency high enough that jieba keeps a user term whole rather than splitting it. */
const USER_WORD_FREQUENCY = 2_000_000

/** Words of a query that say nothing about its subject (asked as 失业金怎么领取). */
const QUERY_FILLERS = new Set([
  '的',
  '了',
  '吗',
  '呢',
  '啊',
  '吧',
  '和',
  '与',
  '及',
  '或',
  '在',
  '是',
  '我',
  '我们',
  '你们',
  '请问',
  '怎么',
  '怎么办',
  '怎样',
  '如何',
  '什么',
  '哪里',
  '哪些',
  '多少',
  '可以',
  '能否',
  '能不能',
  '需要',
  '办理',
])

/** Folds what a person may type differently: full-width forms, case. */
const normalize = (text: string) => text.normalize('NFKC').toLowerCase()

/** A token is a word when it has a letter or a digit: punctuation and spaces are dropped. */
const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token)

export interface Segmenter {
  /** Every word of a stored text, the parts of compounds included (社会保障卡 → 社会, 保障, 社会保障卡). */
  wordsOfText(text: string): string[]
  /** The words of a query, each as typed (拖欠工资 stays one word), fillers dropped. */
  wordsOfQuery(text: string): string[]
  /** The smaller words a compound is made of (拖欠工资 → 拖欠, 工资), or none. */
  partsOf(word: string): string[]
  /** Synonyms of a word, itself first. */
  synonymsOf(word: string): string[]
  /** Changes whenever the same text could be cut differently: stored words older than it are redone. */
  version: string
}

export function createSegmenter(vocabulary: SearchVocabulary = SEARCH_VOCABULARY): Segmenter {
  const jieba = Jieba.withDict(dict)
  const userWords = [...new Set([...vocabulary.words, ...vocabulary.synonymGroups.flat()])]
  jieba.loadDict(
    Buffer.from(userWords.map((word) => `${normalize(word)} ${USER_WORD_FREQUENCY} n`).join('\n')),
  )
  const synonyms = new Map<string, string[]>()
  for (const group of vocabulary.synonymGroups) {
    const words = group.map(normalize)
    for (const word of words) {
      const known = synonyms.get(word) ?? [word]
      synonyms.set(word, [...new Set([...known, ...words])])
    }
  }
  const version = createHash('sha256')
    .update(JSON.stringify(['jieba-2', userWords]))
    .digest('hex')
    .slice(0, 16)

  return {
    version,
    wordsOfText(text) {
      return [...new Set(jieba.cutForSearch(normalize(text), true).filter(isWord))]
    },
    wordsOfQuery(text) {
      const words = [...new Set(jieba.cut(normalize(text), true).filter(isWord))]
      const meaningful = words.filter((word) => !QUERY_FILLERS.has(word))
      // A query of nothing but fillers (如何办理) still searches for them.
      return meaningful.length > 0 ? meaningful : words
    },
    partsOf(word) {
      return jieba.cutForSearch(word, true).filter((part) => part !== word && isWord(part))
    },
    synonymsOf(word) {
      return synonyms.get(word) ?? [word]
    },
  }
}

let shared: Segmenter | undefined

/** The process's segmenter (its dictionary takes a moment to load, so it is made once). */
export function segmenter(): Segmenter {
  shared ??= createSegmenter()
  return shared
}
