import { createSegmenter } from './segmenter'
import {
  decodeOffsetCursor,
  fieldsMatched,
  matchesQuery,
  MAX_QUERY_WORDS,
  parseQuery,
  rankMatches,
  searchFieldsOf,
  searchFilter,
} from './search'

const words = createSegmenter()
const finds = (query: string, ...fields: string[]) =>
  matchesQuery(parseQuery(query, words), searchFieldsOf(fields, words))

describe('segmentation', () => {
  it('keeps the bureau’s terms whole and stores the parts of compounds too', () => {
    const stored = words.wordsOfText('申领失业保险金需要社会保障卡')
    expect(stored).toEqual(expect.arrayContaining(['失业保险金', '失业', '社会保障卡', '保障卡']))
    expect(words.wordsOfQuery('人才服务绿卡')).toEqual(['人才服务绿卡'])
  })

  it('drops punctuation and question fillers from queries, folds width and case', () => {
    expect(words.wordsOfQuery('失业金怎么办理？')).toEqual(['失业金'])
    expect(words.wordsOfQuery('.*')).toEqual([])
    expect(words.wordsOfQuery('ＱＱ群')).toEqual(expect.arrayContaining(['qq']))
  })
})

describe('matching', () => {
  it('finds a compound query whose words are apart in the text', () => {
    expect(finds('拖欠工资', '公司拖欠我们12名农民工工资')).toBe(true)
    expect(finds('拖欠工资', '公司拖欠我们的社保费')).toBe(false)
  })

  it('finds synonyms from the configured table', () => {
    expect(finds('社保卡', '社会保障卡补办')).toBe(true)
    expect(finds('失业金', '失业保险金申领')).toBe(true)
    expect(finds('欠薪', '老板拖欠工资三个月')).toBe(true)
    expect(finds('养老金', '基本养老金调整')).toBe(true)
    expect(finds('人才绿卡', '高层次人才服务绿卡办理')).toBe(true)
  })

  it('needs every word of the query', () => {
    expect(finds('社保卡 挂失', '社会保障卡补办')).toBe(false)
    expect(finds('社保卡 补办', '社会保障卡补办')).toBe(true)
  })

  it('matches nothing for a query without words, and never builds an operator', () => {
    for (const text of ['.*', '{"$gt":""}', '$where', '(a+)+$', '？？？']) {
      const query = parseQuery(text, words)
      expect(finds(text, '任何内容 gt where a')).toBe(text !== '.*' && text !== '？？？')
      const filter = JSON.stringify(searchFilter(query))
      // The only operators are the ones this module writes; every value is a plain word.
      const operators = filter.match(/"\$[a-z]+"/g) ?? []
      expect(new Set(operators)).toEqual(
        new Set(query.terms.length === 0 ? [] : ['"$and"', '"$or"']),
      )
    }
    expect(searchFilter(parseQuery('.*', words))).toEqual({ _id: null })
  })

  it('searches at most the first words of a long query', () => {
    const query = parseQuery('一二 三四 五六 七八 九十 甲乙 丙丁 戊己 庚辛 壬癸', words)
    expect(query.words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS)
  })
})

describe('ranking', () => {
  it('puts items matching more fields first, then the newest', () => {
    const query = parseQuery('社保卡', words)
    const item = (id: string, at: number, ...fields: string[]) => ({
      id,
      at,
      ...searchFieldsOf(fields, words),
    })
    const items = [
      item('old-both', 1, '社保卡丢了', '补办社会保障卡'),
      item('new-one', 3, '其他问题', '社会保障卡'),
      item('newer-one', 4, '其他问题', '社保卡'),
      item('new-both', 2, '社保卡', '社保卡'),
    ]
    expect(fieldsMatched(query, items[0] ?? item('', 0))).toBe(2)
    expect(rankMatches(query, items, (i) => i.at).map((i) => i.id)).toEqual([
      'new-both',
      'old-both',
      'newer-one',
      'new-one',
    ])
  })

  it('refuses a cursor that is not its own', () => {
    expect(() => decodeOffsetCursor('bm90LWpzb24')).toThrow('分页参数不正确')
    expect(decodeOffsetCursor(undefined)).toBe(0)
  })
})
