import { maskDigitPositions, normalizeForDetection } from './digits'

describe('normalizeForDetection', () => {
  it('folds fullwidth digits, letters and punctuation to ASCII', () => {
    expect(
      normalizeForDetection('电话１３８００００５６７８，ｚ＠ｅｘａｍｐｌｅ．ｃｏｍ（Ｘ）：'),
    ).toBe('电话13800005678,z@example.com(X):')
  })

  it('folds odd spaces and dashes to the ASCII ones', () => {
    expect(normalizeForDetection('138\u3000000\u00a00\u20145678\u2013')).toBe('138 000 0-5678-')
  })

  it('turns long runs of Chinese numerals into digits, and nothing shorter', () => {
    expect(normalizeForDetection('电话一三八零零零零一二三四。')).toBe('电话13800001234。')
    expect(normalizeForDetection('幺三九〇〇〇〇五六七八')).toBe('13900005678')
    expect(normalizeForDetection('二〇一九年第一二三四五六条')).toBe('二〇一九年第一二三四五六条')
  })

  it('reads a letter O among Chinese numerals as a zero, but not a run of mostly letters', () => {
    expect(normalizeForDetection('一五九 O八五七 三二六一')).toBe('159 0857 3261')
    expect(normalizeForDetection('OOO-OOOO 一二')).toBe('OOO-OOOO 一二')
  })

  it('leaves numeral runs touching ASCII digits alone', () => {
    expect(normalizeForDetection('一二三四五六七8')).toBe('一二三四五六七8')
  })

  it('keeps the length, so offsets carry over', () => {
    const text = '１３８\u3000０００ ４５６７——张三＠例子。😀'
    expect(normalizeForDetection(text)).toHaveLength(text.length)
  })
})

describe('maskDigitPositions', () => {
  it('masks digit positions and keeps separators', () => {
    expect(maskDigitPositions('138 0000 5678', [3, 7])).toBe('138 **** 5678')
    expect(maskDigitPositions('0857-8221234-801', [4, 8], [11, Infinity])).toBe('0857-****234-***')
  })

  it('counts a final X as a digit', () => {
    expect(maskDigitPositions('52050220320315028X', [4, 14])).toBe('5205**********028X')
  })
})
