import {
  publicationBatchBodySchema,
  publicationBodySchema,
  publicationsQuerySchema,
  unpublishBodySchema,
} from './publication'

const draft = {
  messageId: '0123456789ABCDEF01234567',
  title: '  灵活就业人员如何参保  ',
  question: '灵活就业人员想参加城镇职工养老保险，需要带哪些材料？',
  answer: '可持身份证到户籍所在地社保经办机构办理参保登记。',
}

describe('publication bodies', () => {
  it('trims the text and normalizes the id', () => {
    const parsed = publicationBodySchema.parse(draft)
    expect(parsed.title).toBe('灵活就业人员如何参保')
    expect(parsed.messageId).toBe('0123456789abcdef01234567')
    expect(parsed.override).toBeUndefined()
  })

  it('refuses operators, short texts and an override without a reason', () => {
    expect(publicationBodySchema.safeParse({ ...draft, messageId: { $ne: null } }).success).toBe(
      false,
    )
    expect(publicationBodySchema.safeParse({ ...draft, title: '参保' }).success).toBe(false)
    expect(publicationBodySchema.safeParse({ ...draft, override: {} }).success).toBe(false)
    expect(
      publicationBodySchema.safeParse({ ...draft, override: { reason: '单位公开电话' } }).success,
    ).toBe(true)
  })

  it('a batch has 1 to 20 distinct messages', () => {
    expect(publicationBatchBodySchema.safeParse({ items: [draft] }).success).toBe(true)
    expect(publicationBatchBodySchema.safeParse({ items: [] }).success).toBe(false)
    expect(publicationBatchBodySchema.safeParse({ items: [draft, draft] }).success).toBe(false)
    const many = Array.from({ length: 21 }, (_, i) => ({
      ...draft,
      messageId: i.toString(16).padStart(24, '0'),
    }))
    expect(publicationBatchBodySchema.safeParse({ items: many }).success).toBe(false)
    expect(publicationBatchBodySchema.safeParse({ items: many.slice(0, 20) }).success).toBe(true)
  })

  it('hiding needs a reason of at least 5 characters', () => {
    expect(unpublishBodySchema.safeParse({ reason: '过时' }).success).toBe(false)
    expect(unpublishBodySchema.safeParse({ reason: '政策已调整' }).success).toBe(true)
  })
})

describe('the public list query', () => {
  it('treats an empty search box as no search and bounds the keyword', () => {
    expect(publicationsQuerySchema.parse({ q: '   ' }).q).toBeUndefined()
    expect(publicationsQuerySchema.parse({ q: ' 养老 ' }).q).toBe('养老')
    expect(publicationsQuerySchema.safeParse({ q: '字'.repeat(31) }).success).toBe(false)
    expect(publicationsQuerySchema.safeParse({ q: ['a', 'b'] }).success).toBe(false)
    expect(publicationsQuerySchema.parse({}).limit).toBe(20)
  })
})
