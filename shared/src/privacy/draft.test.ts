import { maskPublicationText, scanPublicationText, type PublicationText } from './draft'

describe('scanning a publication draft', () => {
  const text: PublicationText = {
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
      expect((text[finding.field] ?? '').slice(finding.start, finding.end)).toBe(finding.text)
    }
  })

  it('masks each field with its own findings only', () => {
    const findings = scanPublicationText(text, { authorName: '李明华' })
    const masked = maskPublicationText(text, findings)
    expect(masked.question).toBe('我叫李**，电话138****5678，社保转不过来。')
    expect(masked.answer).toBe(text.answer)
    expect(scanPublicationText(masked, { authorName: '李明华' })).toEqual([])
  })

  it('scans and masks the 追问 and its answer when the office includes them', () => {
    const withFollowUp: PublicationText = {
      ...text,
      title: '社保转移问题',
      followUp: '还是没办好，请联系我13912345678。',
      followUpAnswer: '已请经办人王建国与您联系，预计本周内办结。',
    }
    const findings = scanPublicationText(withFollowUp, { authorName: '李明华' })
    expect(findings.map((f) => [f.field, f.kind])).toEqual([
      ['question', 'author-name'],
      ['question', 'mobile'],
      ['followUp', 'mobile'],
      ['followUpAnswer', 'person-name'],
    ])
    const masked = maskPublicationText(withFollowUp, findings)
    expect(masked.followUp).toBe('还是没办好，请联系我139****5678。')
    expect(scanPublicationText(masked, { authorName: '李明华' })).toEqual([])
    // Left out, they are neither scanned nor added.
    expect(maskPublicationText(text, []).followUp).toBeUndefined()
  })
})
