import { maskPublicationText, scanPublicationText } from './draft'

describe('scanning a publication draft', () => {
  const text = {
    title: '关于张先生的社保转移问题',
    question: '我叫李明华，电话13812345678，社保转不过来。',
    answer: '依据人社部发〔2019〕18号文件，请于2026年3月5日前携带材料办理。',
  }

  it('finds data in every field, with the field named, and none in citations or dates', () => {
    const findings = scanPublicationText(text, { authorName: '李明华' })
    expect(findings.map((f) => [f.field, f.kind, f.text])).toEqual([
      ['title', 'person-name', '张'],
      ['question', 'author-name', '李明华'],
      ['question', 'mobile', '13812345678'],
    ])
    for (const finding of findings) {
      expect(text[finding.field].slice(finding.start, finding.end)).toBe(finding.text)
    }
  })

  it('masks each field with its own findings only', () => {
    const findings = scanPublicationText(text, { authorName: '李明华' })
    const masked = maskPublicationText(text, findings)
    expect(masked.question).toBe('我叫李**，电话138****5678，社保转不过来。')
    expect(masked.answer).toBe(text.answer)
    expect(scanPublicationText(masked, { authorName: '李明华' })).toEqual([])
  })
})
