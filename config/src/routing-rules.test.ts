import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { MessageCategory } from '@zhengmin/shared'
import { loadConfig } from './env'
import { ROUTING_RULES, routingRulesSchema, suggestUnit, type RoutingRule } from './routing-rules'

const message = (
  title: string,
  content: string,
  extra: { category?: MessageCategory; suggestedUnit?: string } = {},
) => ({ category: 'consult' as MessageCategory, title, content, ...extra })

describe('suggestUnit', () => {
  it('prefers the unit the citizen chose over a matching rule', () => {
    expect(
      suggestUnit(
        message('工资被拖欠', '老板拖欠三个月工资', { suggestedUnit: 'legal' }),
        ROUTING_RULES,
      ),
    ).toEqual({ unit: 'legal', reason: 'citizen' })
  })

  it('ignores a citizen choice that is not a unit answering messages', () => {
    expect(
      suggestUnit(
        message('咨询', '请问养老保险怎么续缴', { suggestedUnit: 'nope' }),
        ROUTING_RULES,
      ),
    ).toEqual({ unit: 'social-insurance', reason: 'rule', keyword: '养老保险' })
  })

  it.each([
    ['公司拖欠工资怎么办', 'labor-inspection', '拖欠工资'],
    ['劳动仲裁需要什么材料', 'legal', '劳动仲裁'],
    ['与单位发生人事争议', 'legal', '争议'],
    ['高层次人才绿卡怎么办理', 'talent', '人才'],
    ['失业保险金申领', 'employment', '失业'],
    ['参保证明在哪里打印', 'social-insurance', '参保'],
    ['劳务派遣公司资质', 'hr-market', '劳务派遣'],
    ['小程序提交不了留言', 'it-service', '小程序'],
  ])('%s → %s', (title, unit, keyword) => {
    expect(suggestUnit(message(title, '请问具体怎么办理？'), ROUTING_RULES)).toEqual({
      unit,
      reason: 'rule',
      keyword,
    })
  })

  it('finds a keyword in the text as well as the title', () => {
    expect(suggestUnit(message('求助', '公司一直欠薪不发'), ROUTING_RULES)).toEqual({
      unit: 'labor-inspection',
      reason: 'rule',
      keyword: '欠薪',
    })
  })

  it('routes a report about wages to labour inspection, but not a question about them', () => {
    const wages = message('举报某公司', '工资低于最低工资标准', { category: 'report' })
    expect(suggestUnit(wages, ROUTING_RULES)).toEqual({
      unit: 'labor-inspection',
      reason: 'rule',
      keyword: '工资',
    })
    expect(suggestUnit({ ...wages, category: 'consult' }, ROUTING_RULES)).toBeUndefined()
  })

  it('lets the first matching rule win', () => {
    // 劳动合同 (legal) and 社保 (social-insurance) both appear; legal comes first.
    expect(suggestUnit(message('劳动合同里没写社保', '怎么办'), ROUTING_RULES)).toEqual({
      unit: 'legal',
      reason: 'rule',
      keyword: '劳动合同',
    })
  })

  it('ignores case and the spaces around a keyword, and never matches a blank one', () => {
    const rules: RoutingRule[] = [
      { unit: 'petition', keywords: ['   '] },
      { unit: 'it-service', keywords: [' App '] },
    ]
    expect(suggestUnit(message('手机APP打不开', '一直白屏'), rules)).toEqual({
      unit: 'it-service',
      reason: 'rule',
      keyword: 'App',
    })
    expect(suggestUnit(message('其他', '无关内容'), rules)).toBeUndefined()
  })

  it('suggests nothing when no rule matches, and honours a rule’s categories', () => {
    expect(suggestUnit(message('建议', '希望窗口延长午间服务时间'), ROUTING_RULES)).toBeUndefined()
    const rules: RoutingRule[] = [{ unit: 'legal', keywords: ['合同'], categories: ['complaint'] }]
    expect(suggestUnit(message('合同问题', '签合同'), rules)).toBeUndefined()
    expect(suggestUnit(message('合同问题', '签合同', { category: 'complaint' }), rules)).toEqual({
      unit: 'legal',
      reason: 'rule',
      keyword: '合同',
    })
  })

  it('ships rules that pass their own schema', () => {
    expect(routingRulesSchema.safeParse(ROUTING_RULES).success).toBe(true)
  })
})

describe('ROUTING_RULES_FILE', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'routing-'))
  const file = (name: string, content: string) => {
    const target = path.join(dir, name)
    writeFileSync(target, content)
    return target
  }

  it('replaces the shipped rules', () => {
    const rules = [{ unit: 'petition', keywords: ['信访'], categories: ['complaint'] }]
    const config = loadConfig({ ROUTING_RULES_FILE: file('ok.json', JSON.stringify(rules)) })
    expect(config.routingRules).toEqual(rules)
    expect(loadConfig({}).routingRules).toBe(ROUTING_RULES)
  })

  it.each([
    ['missing.json', null, 'cannot read'],
    ['bad.json', '[{', 'not valid JSON'],
    ['not-a-list.json', '{"unit":"legal","keywords":["x"]}', 'ROUTING_RULES_FILE'],
    ['unknown-unit.json', '[{"unit":"nowhere","keywords":["x"]}]', 'ROUTING_RULES_FILE.0.unit'],
    ['no-keywords.json', '[{"unit":"legal","keywords":[]}]', 'ROUTING_RULES_FILE.0.keywords'],
    ['blank-keyword.json', '[{"unit":"legal","keywords":[" "]}]', 'ROUTING_RULES_FILE.0.keywords'],
    [
      'bad-category.json',
      '[{"unit":"legal","keywords":["x"],"categories":["praise"]}]',
      'ROUTING_RULES_FILE.0.categories',
    ],
  ])('refuses %s', (name, content, problem) => {
    const target = content === null ? path.join(dir, name) : file(name, content)
    expect(() => loadConfig({ ROUTING_RULES_FILE: target })).toThrow(problem)
  })
})
