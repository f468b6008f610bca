import { detectPersonalData } from './detect'
import { maskPersonalData } from './mask'
import { withIdCheckCharacter, withLuhnDigit, withWrongLuhnDigit } from './test-support'
import type { DetectionContext } from './types'

function found(text: string, context?: DetectionContext): Array<[string, string]> {
  return detectPersonalData(text, context).map((f) => [f.kind, f.text])
}

describe('hidden characters', () => {
  it.each([
    ['zero-width space', '\u200b'],
    ['zero-width joiner', '\u200d'],
    ['byte-order mark', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['word joiner', '\u2060'],
  ])('a %s inside a phone number or a name hides neither', (_name, hidden) => {
    const text = `我是张${hidden}三，电话138${hidden}1234${hidden}5678`
    const findings = detectPersonalData(text, { authorName: '张三' })
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['author-name', `张${hidden}三`],
      ['mobile', `138${hidden}1234${hidden}5678`],
    ])
    // Offsets are into the text as written, so masking removes the hidden characters too.
    expect(maskPersonalData(text, findings).text).toBe('我是张*，电话138****5678')
  })

  it('a right-to-left override inside a number does not hide it', () => {
    const text = '联系139\u202e0000\u202c1234'
    expect(found(text)).toEqual([['mobile', '139\u202e0000\u202c1234']])
  })

  it('folds compatibility forms: full-width and mathematical digits', () => {
    expect(found('电话：𝟏𝟑𝟖𝟎𝟎𝟎𝟎𝟏𝟐𝟑𝟒')).toEqual([['mobile', '𝟏𝟑𝟖𝟎𝟎𝟎𝟎𝟏𝟐𝟑𝟒']])
    expect(found('电话：１３８００００１２３４')).toEqual([['mobile', '１３８００００１２３４']])
  })

  it('reads O typed for 0 and a number broken over a line', () => {
    expect(found('电话139OOOO2468')).toEqual([['mobile', '139OOOO2468']])
    expect(found('电话1380000\n7654')).toEqual([['mobile', '1380000\n7654']])
    expect(found('COVID-19 疫情期间 OK')).toEqual([])
  })
})

describe('names of other people', () => {
  it.each([
    ['经办人刘芳说材料不全', '刘芳'],
    ['包工头杨德富拖欠工资', '杨德富'],
    ['我父亲陈光明今年62岁', '陈光明'],
    ['项目经理吴斌一直说没钱', '吴斌'],
    ['会计叫邹玉兰', '邹玉兰'],
    ['法定代表人（黄永祥）不出面', '黄永祥'],
    ['交给了杨春梅，她说一周内回复', '杨春梅'],
    ['尊敬的龙建华：您好', '龙建华'],
    ['对赵德胜拖欠工资一事已立案', '赵德胜'],
    ['经理张天明答应月底发', '张天明'],
  ])('%s → %s', (text, name) => {
    expect(found(text)).toEqual([['person-name', name]])
  })

  it('finds the surname of 小杨, 老王, 欧阳博士 and 姓穆', () => {
    expect(found('同事小杨告诉我')).toEqual([['person-name', '杨']])
    expect(found('工友老王和老李都说')).toEqual([
      ['person-name', '王'],
      ['person-name', '李'],
    ])
    expect(found('欧阳博士说可以申请')).toEqual([['person-name', '欧阳']])
    expect(found('老板姓穆，工地在城郊')).toEqual([['person-name', '穆']])
  })

  it('finds lists without 等N人', () => {
    expect(found('张勇、李强、王军三人都没拿到工资').map(([, t]) => t)).toEqual([
      '张勇',
      '李强',
      '王军',
    ])
    expect(found('我和工友石勇、彭刚都在金沙县干活').map(([, t]) => t)).toEqual(['石勇', '彭刚'])
  })

  it.each([
    '张某某反映的问题已转交处理。',
    '李某说的情况不属实。',
    '贵州某某建筑工程有限公司位于七星关区洪山路。',
    '高校毕业生周一可以去办理，谢谢老师！',
    '老乡们都说老板人不错，小时工也按时发工资。',
    '根据毕人社发〔2019〕18号文件，金额38000元。',
    '和平村有很多留守老人，养老金发放要方便一些。',
    '成都和重庆的社保可以转到毕节吗？',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('addresses', () => {
  it('reads a subdistrict office, an estate block code and the door side as parts of a home', () => {
    expect(found('住大方县红旗街道办事处顺德社区4组12号，')).toEqual([
      ['address', '大方县红旗街道办事处顺德社区4组12号'],
    ])
    expect(found('家住贵阳市花果园R1区11栋2单元1506，')).toEqual([
      ['address', '贵阳市花果园R1区11栋2单元1506'],
    ])
    expect(found('寄到：织金县新华南路17号2单元3楼左，')).toEqual([
      ['address', '织金县新华南路17号2单元3楼左'],
    ])
    expect(found('寄到老家大方县理化乡理化村3组，')).toEqual([['address', '大方县理化乡理化村3组']])
  })

  it('leaves alone the location of the office an answer sends the citizen to', () => {
    const answer =
      '请向市人才服务中心申请补办，补办时间为5个工作日，地点：七星关区同心大道人才大厦5楼。'
    expect(found(answer)).toEqual([])
    expect(found('仲裁院已受理，通知将寄至您留的地址：七星关区花园路27号1单元402室。')).toEqual([
      ['address', '七星关区花园路27号1单元402室'],
    ])
  })

  it.each([
    ['我家住毕节市七星关区洪山路12号3单元501室，', '毕节市七星关区洪山路12号3单元501室'],
    ['老家是赫章县妈姑镇和平村5组16号。', '赫章县妈姑镇和平村5组16号'],
    ['住在阳光小区5栋2单元302', '阳光小区5栋2单元302'],
    ['住址：威宁县草海镇建设路A栋3单元501，', '威宁县草海镇建设路A栋3单元501'],
    ['我住在竹园小区12-3-602，', '竹园小区12-3-602'],
  ])('%s', (text, address) => {
    expect(found(text)).toEqual([['address', address]])
  })

  it('keeps the district in the suggestion and masks the rest', () => {
    const [finding] = detectPersonalData('家住毕节市七星关区洪山路12号3单元501室')
    expect(finding?.suggestion).toBe('毕节市七星关区***')
  })

  it.each([
    '七星关区洪山路一带有很多工地。',
    '请到毕节市政务服务中心二楼人社窗口办理。',
    '仲裁委员会地址：毕节市七星关区招商大道12号仲裁院三楼。',
    '第3号窗口办理失业保险金业务。',
    '3月15号上午去办的。',
    '每一户都要登记，第三单元的人还没来。',
    '案号（2024）黔0502民初1234号。',
  ])('a district, an office, a date or a document number is no address: %s', (text) => {
    expect(found(text)).toEqual([])
  })

  it('the bureau’s configured public address is no finding', () => {
    const text = '请到七星关区洪山路88号办理。'
    expect(found(text)).toEqual([['address', '七星关区洪山路88号']])
    expect(found(text, { publicAddresses: ['七星关区洪山路88号'] })).toEqual([])
  })

  it('reads an estate’s phase, a market row and a home named after an office', () => {
    expect(found('住在碧海花园二期6栋1单元502')).toEqual([['address', '碧海花园二期6栋1单元502']])
    expect(found('摊位在城南市场3排12号')).toEqual([['address', '城南市场3排12号']])
    expect(found('社保局让我开证明，我家住在金海湖新区竹园乡联合村4组7号')).toEqual([
      ['address', '金海湖新区竹园乡联合村4组7号'],
    ])
    expect(found('第3期12号文件')).toEqual([])
  })

  it('reads a door on a road’s side, and a home named in the sentence after an office', () => {
    expect(found('我在深圳龙岗区坂田街道五和大道南118号上班')).toEqual([
      ['address', '深圳龙岗区坂田街道五和大道南118号'],
    ])
    expect(found('多次向县社保局反映，没有答复。我家住文化路12号教师宿舍3栋1单元201')).toEqual([
      ['address', '文化路12号教师宿舍3栋1单元201'],
    ])
    expect(found('请到区社保中心窗口申领。您家住址（文景路37号2栋1单元501）已登记。')).toEqual([
      ['address', '文景路37号2栋1单元501'],
    ])
  })
})

describe('accounts, plates and labelled numbers', () => {
  it('finds a WeChat id given a few words after its nickname', () => {
    expect(found('微信：汪汪不是狗 ←这是昵称，号是 wang-li-77，有事留言')).toEqual([
      ['wechat-id', 'wang-li-77'],
    ])
    expect(found('微信：汪汪不是狗。号是多少我忘了')).toEqual([])
  })

  it('finds WeChat ids and QQ numbers after their labels only', () => {
    expect(found('加我微信号：zhang_wei1988，QQ：123456789')).toEqual([
      ['wechat-id', 'zhang_wei1988'],
      ['qq', '123456789'],
    ])
    expect(found('关注微信公众号，加入QQ群咨询。')).toEqual([])
  })

  it('finds licence plates, not licence numbers', () => {
    expect(found('车牌贵F·12345和贵A 8K2M9、贵FD12345')).toEqual([
      ['plate', '贵F·12345'],
      ['plate', '贵A 8K2M9'],
      ['plate', '贵FD12345'],
    ])
    expect(found('网站备案号粤B2-20090059')).toEqual([])
  })

  it('finds a driving school’s or police plate, which ends in a character', () => {
    expect(found('教练车贵F 2237学，他的车贵F·Z765学')).toEqual([
      ['plate', '贵F 2237学'],
      ['plate', '贵F·Z765学'],
    ])
    expect(found('贵F 2237学校门口')).toEqual([['plate', '贵F 2237学']])
  })

  it('reports an ID number introduced as 社会保障号码 as a social-security number', () => {
    const id = withIdCheckCharacter('52050219850312001')
    expect(found(`社会保障号码：${id}`)).toEqual([['social-security-number', id]])
    expect(found(`社保卡上的号码是5200 0000 1234`)).toEqual([
      ['social-security-number', '5200 0000 1234'],
    ])
    expect(found(`身份证号${id}`)).toEqual([['id-card', id]])
  })

  it('finds a 20-digit disability certificate number', () => {
    const number = `${withIdCheckCharacter('52050219850312001')}43`
    expect(found(`残疾人证号${number}，`)).toEqual([['id-card', number]])
  })

  it('finds e-mail addresses written with 。 or (at)', () => {
    expect(found('邮箱zhangwei。1985@qq。com或者liuyang(at)163.com')).toEqual([
      ['email', 'zhangwei。1985@qq。com'],
      ['email', 'liuyang(at)163.com'],
    ])
  })

  it('reads 。 as a dot only inside an address, not as the full stop between two', () => {
    expect(found('电话13800001234。zhang.san@example.com。li.si@example.com，')).toEqual([
      ['mobile', '13800001234'],
      ['email', 'zhang.san@example.com'],
      ['email', 'li.si@example.com'],
    ])
  })

  it('finds a local landline only after a phone word', () => {
    expect(found('家里座机8234567，白天没人')).toEqual([['landline', '8234567']])
    expect(found('编号8234567')).toEqual([])
  })

  it('reads a local landline after 号/号码 and one read out digit by digit', () => {
    expect(found('我家固话号码是7345210，晚上有人')).toEqual([['landline', '7345210']])
    expect(found('宅电：7 3 4 5 2 1 0')).toEqual([['landline', '7 3 4 5 2 1 0']])
  })

  it('reads a QQ number after a few words that end in 号 or 是, never a QQ group', () => {
    expect(found('扣扣我一般用的是 20468135')).toEqual([['qq', '20468135']])
    expect(found('QQ交流群号是20468135')).toEqual([])
    expect(found('QQ上说是50000元')).toEqual([])
  })

  it('reads a social-security number after a short clause ending in a colon or a bracketed card', () => {
    const id = withIdCheckCharacter('52050219850312001')
    expect(found(`他的社保号是我记下来的：${id}`)).toEqual([['social-security-number', id]])
    expect(found(`蓝卡（社保卡）卡号：${id}`)).toEqual([['social-security-number', id]])
    expect(found(`医保卡背面的编号 ${id}`)).toEqual([['social-security-number', id]])
    expect(found(`社会保障号码，也就是身份证号：${id}`)).toEqual([['social-security-number', id]])
  })

  it('reports a domestic card number failing Luhn only in a text about bank cards', () => {
    const mistyped = withWrongLuhnDigit('622848000000000')
    expect(found(`工资卡：${mistyped}`)).toEqual([['bank-card', mistyped]])
    expect(found(`订单号${mistyped}`)).toEqual([])
  })

  it('reads an e-mail address with a space typed after its last dot, not a sentence after it', () => {
    expect(found('邮箱 liu.min@126. com 谢谢')).toEqual([['email', 'liu.min@126. com']])
    expect(found('mail liu.min@126.com. Thanks')).toEqual([['email', 'liu.min@126.com']])
  })

  it('reads an e-mail address with spaces around its @ or before its last dot', () => {
    expect(found('邮箱 liu.min @ 126.com')).toEqual([['email', 'liu.min @ 126.com']])
    expect(found('邮箱liu.min@126 .com，')).toEqual([['email', 'liu.min@126 .com']])
  })

  it('reads "at" spelled out before a mail provider, not before a website', () => {
    expect(found('邮箱是 liumin88 at 126.com')).toEqual([['email', 'liumin88 at 126.com']])
    expect(found('details at example.com')).toEqual([])
  })

  it('reads a QQ number after 企鹅 and a card number failing Luhn after a bank’s name', () => {
    expect(found('企鹅：20468135')).toEqual([['qq', '20468135']])
    const mistyped = withWrongLuhnDigit('621700000000000')
    expect(found(`钱打到我农行卡上 ${mistyped}`)).toEqual([['bank-card', mistyped]])
  })
})

describe('public lines', () => {
  it('leaves alone fax lines, an office’s address line, a notice’s contact line', () => {
    expect(found('传真：0857-8223260')).toEqual([])
    expect(found('毕节市某某院地址：七星关区麻园路；电话：0857-8322076。')).toEqual([])
    expect(
      found('关于2024年见习单位名单的公示：……公示期5个工作日，联系电话：0857-8312635。'),
    ).toEqual([])
    expect(found('你们赫章县人社局的电话是多少？网上查到两个：0857-3222196、0857-3222341')).toEqual(
      [],
    )
  })

  it('leaves alone a line quoted from where offices publish, or corrected by the office', () => {
    expect(found('你们公众号上的联系电话是不是错了？写的0857-83126OO，两个O是字母。')).toEqual([])
    expect(found('您好，感谢您的指正，正确电话为0857-8312600，我们已更正。')).toEqual([])
    expect(found('我写的电话是0857-5558600')).toEqual([['landline', '0857-5558600']])
  })

  it('leaves alone mailboxes an office publishes, not a person’s', () => {
    expect(found('举报邮箱：jc@example.com；局长信箱：jz@example.com')).toEqual([])
    expect(found('市劳动监察支队：电话0857-8322103 邮箱jc@example.com')).toEqual([])
    expect(found('我的邮箱：wang@example.com')).toEqual([['email', 'wang@example.com']])
  })

  it('reports a boss’s office line and a home line, although an office or 你们 comes first', () => {
    expect(found('老板办公室电话(0857)5556843，他不接')).toEqual([['landline', '(0857)5556843']])
    expect(found('联系电话：0857-5551388（我的办公室）')).toEqual([['landline', '0857-5551388']])
    expect(found('在你们毕节干活，老家电话0818-5556614')).toEqual([['landline', '0818-5556614']])
  })

  it('leaves alone a landline the text introduces as an office’s public line', () => {
    expect(found('可拨打市就业局咨询电话0857-8222333。')).toEqual([])
    expect(found('监察支队电话：0857-8234001')).toEqual([])
    expect(found('请拨打12333或12345热线。')).toEqual([])
    expect(found('医保股电话：0857-7261430')).toEqual([])
  })

  it('leaves alone a landline the words after it describe as an office’s, or one rung to ask', () => {
    expect(found('0857-7261430是县就业局公布的值班电话吗？')).toEqual([])
    expect(found('打0857-7261430咨询过，说要等')).toEqual([])
    expect(found('我打7261430一直占线')).toEqual([])
    expect(found('0857-7261430是我家里的电话')).toEqual([['landline', '0857-7261430']])
  })

  it('leaves alone the line of the office an answer sends the citizen to, not a handler’s', () => {
    expect(found('您好！请到县就业局三楼窗口办理，联系电话0857-7261430。')).toEqual([])
    expect(found('您好！本局地址：某某路1号，电话0857-7261430。')).toEqual([])
    expect(found('请到县就业局办理，电话0857-7261430。')).toEqual([['landline', '0857-7261430']])
  })

  it('leaves alone the line an answer tells the citizen to ring, or a citizen asks about', () => {
    expect(found('您好！如有疑问，可在工作日致电0857-7261430。')).toEqual([])
    expect(found('您好！您的投诉已转县劳动监察大队办理，电话0857-7261430。')).toEqual([])
    expect(found('医保局的号码是0857-7261430吧？')).toEqual([])
    expect(found('仲裁院电话是多少？是0857-7261430吗？')).toEqual([])
    expect(found('0857-7261430这个号码是你们的吗？')).toEqual([])
    expect(found('您好！已电话联系您（0857-5551234）。')).toEqual([['landline', '0857-5551234']])
    expect(found('您好！请向法院起诉，对方电话0857-5551234。')).toEqual([
      ['landline', '0857-5551234'],
    ])
  })

  it.each([
    '请到县就业局（电话：0857-7261430）咨询。',
    '县社保中心（0857-7261430）',
    '县社保中心 电话:0857-7261430',
    '七星关区人社局劳动监察大队，0857-7261430。',
    '人社局办公室：0857-7261430',
    '就业局 Tel：0857-7261430',
    '县仲裁院立案庭联系电话0857-7261430',
    '人社局公布的电话是0857-7261430',
    '您好！如对本答复不满意，可拨打12345或0857-7261430反映。',
    '您可就近到乡镇人社服务中心办理，或者打0857-7261430',
    '您好！联系电话：0857-7261430（工伤保险股）',
    '12333或0857-7261430',
    '监察大队的电话我打过，是0857-7261430，一直没人接',
    '社保局那个0857-7261430的电话能不能不要老打给我',
    '我问了114，县劳动局是0857-7261430',
  ])('leaves alone an office named right before its line: %s', (text) => {
    expect(found(text)).toEqual([])
  })

  it('leaves alone a line a citizen calls the bureau’s, or an office told them to ring', () => {
    expect(found('我的座机0857-5552222，你们中心的0857-7261430打不通')).toEqual([
      ['landline', '0857-5552222'],
    ])
    expect(found('就业局窗口说打不通就打0857-7261430，我家里的是5552222')).toEqual([
      ['landline', '5552222'],
    ])
  })

  it.each([
    ['家庭电话：0857 5551234 白天无人接', '0857 5551234'],
    ['我家住市中心，电话0857-5551234', '0857-5551234'],
    ['住所电话：0857-5551234', '0857-5551234'],
    ['社保局的电话打不通，我的是0857-5551234', '0857-5551234'],
  ])('reports a home line although an office word stands before it: %s', (text, number) => {
    expect(found(text)).toEqual([['landline', number]])
  })

  it.each([
    ['我家座机零八五七-五五五一二三四', '零八五七-五五五一二三四'],
    ['打我家里5551234，白天没人', '5551234'],
    ['两个电话都可以找到我：办公室0857-5551234', '0857-5551234'],
  ])('reports a home line however written: %s', (text, number) => {
    expect(found(text)).toEqual([['landline', number]])
  })

  it('takes no amount after 家里 for a phone', () => {
    expect(found('我家里5551234元的存款')).toEqual([])
  })

  it('reports the writer’s own line at work although an office word precedes it', () => {
    expect(found('请打我单位电话0857-7261430')).toEqual([['landline', '0857-7261430']])
  })

  it('leaves alone configured public numbers, but never a citizen’s mobile or the author’s own', () => {
    const context = { publicNumbers: ['0857-8221234', '13800001111'] }
    expect(found('电话0857-8221234', context)).toEqual([])
    expect(found('咨询电话8221234', context)).toEqual([])
    expect(found('他的电话0857-8221235', context)).toEqual([['landline', '0857-8221235']])
    expect(found('咨询电话13912345678')).toEqual([['mobile', '13912345678']])
    expect(found('电话0857-8221234', { ...context, authorPhone: '08578221234' })).toEqual([
      ['author-phone', '0857-8221234'],
    ])
  })
})

describe('landlines as people type them', () => {
  it('reads 一 or a double dash as the dash, and a local number in three groups', () => {
    expect(found('我娘家电话0857一5558416')).toEqual([['landline', '0857一5558416']])
    expect(found('家里座机0857——5558229，')).toEqual([['landline', '0857——5558229']])
    expect(found('座机：0857—5 558 461（家里）')).toEqual([['landline', '0857—5 558 461']])
    expect(found('公司电话是5 559 336，')).toEqual([['landline', '5 559 336']])
    expect(found('3一5个工作日')).toEqual([])
  })
})

describe('bad input', () => {
  it.each([
    ['control characters', '\u0000\u0001张三\u0007电话\u001b13812345678\u007f'],
    ['mixed scripts', 'Имя: 张三 ☎ ١٣٨ 13812345678 المكتب'],
    ['10,000 repeated digits', '1'.repeat(10000)],
    ['deeply nested brackets', '('.repeat(5000) + '13812345678' + ')'.repeat(5000)],
    ['repeated labels', '微信QQ社保卡号电话'.repeat(500)],
    ['repeated hidden characters', '\u200b\u202e'.repeat(3000) + '13812345678'],
  ])('%s: findings that fit the text, never an exception', (_name, text) => {
    const findings = detectPersonalData(text)
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text)
    expect(() => maskPersonalData(text, findings)).not.toThrow()
  })
})

describe('office contact cards', () => {
  it('leaves alone the lines and mailboxes of an office’s card', () => {
    expect(found('某某县人社局：地址某某大道东段1号，邮编551700，电话0857-5550101。')).toEqual([])
    expect(found('某某人力资源服务中心，地址：新区管委会B座2楼，电话0857-5550102。')).toEqual([])
    expect(found('某某县劳动人事争议仲裁院：邮箱zc@example.com，立案电话0857-5550103。')).toEqual(
      [],
    )
    expect(found('某某县劳动保障监察大队举报电话：0857-5550104；邮箱：jc@example.com。')).toEqual(
      [],
    )
    expect(found('材料可发送至市仲裁院邮箱zc@example.com。')).toEqual([])
    expect(found('报名地址：某某新区社会事务局2楼203室，电话0857-5550105。')).toEqual([])
  })

  it('still reports a person named on the card, and a shop’s line', () => {
    expect(found('某某县人社局：联系人王某，我家电话0857-5550106')).toEqual([
      ['landline', '0857-5550106'],
    ])
    expect(found('他开饭馆，饭馆电话5550107，欠了我工资。')).toEqual([['landline', '5550107']])
  })

  it('leaves alone the address of an office named before or after it', () => {
    expect(found('到七星关区劳动保障监察大队（七星关区松山路4号）登记。')).toEqual([])
    expect(found('某某县城关镇红旗路14号是县政务服务中心。')).toEqual([])
    expect(found('毕节市社会保险事业局：七星关区翠屏路10号。')).toEqual([])
  })

  it('reports a home inside an office’s housing and an office tower’s room', () => {
    expect(found('我住在人社局宿舍3栋2单元301')).toEqual([['address', '人社局宿舍3栋2单元301']])
    expect(found('公司地址：观山湖区林城西路95号国际金融中心T2栋1805')).toEqual([
      ['address', '观山湖区林城西路95号国际金融中心T2栋1805'],
    ])
  })
})

describe('lines and accounts of people in an office’s documents', () => {
  it('reports the caller’s number in a 12345 work order', () => {
    expect(
      found('工单号：202401011234　来电人：蒙女士　来电号码：0857-5550111　诉求：欠薪'),
    ).toEqual([
      ['person-name', '蒙'],
      ['landline', '0857-5550111'],
    ])
  })

  it('reports a party’s or a named contact’s line beside an office', () => {
    expect(found('委托代理人：聂俊峰，某某县法律援助中心指派律师，联系电话0857-5550112。')).toEqual(
      [
        ['person-name', '聂俊峰'],
        ['landline', '0857-5550112'],
      ],
    )
    expect(
      found('您好，我是学校的老师。联系人：韦老师，电话：0857-5550113（学校办公室）。'),
    ).toEqual([
      ['person-name', '韦'],
      ['landline', '0857-5550113'],
    ])
  })

  it('leaves alone the contact line of an office’s notice and a list of its duty lines', () => {
    expect(found('对公示结果有异议的，请于公示期内向市社保局反映，电话0857-5550114。')).toEqual([])
    expect(found('某某复核通知：逾期未认证的，将暂停发放待遇。联系电话：0857-5550115。')).toEqual(
      [],
    )
    expect(found('值班电话：0857-5550116（白天）、0857-5550117（夜间）。')).toEqual([])
  })

  it('leaves alone a company’s account, not a worker’s in the same list', () => {
    const card = withLuhnDigit('621700000000123456')
    expect(found(`人工费拨付至农民工工资专用账户（账号：${card}）。`)).toEqual([])
    expect(found(`某某有限公司工资表：1.冉启明 银行账号 ${card} 实发2860元`)).toEqual([
      ['person-name', '冉启明'],
      ['bank-card', card],
    ])
  })

  it('reads a labelled ID number a digit short as an ID, not a card', () => {
    expect(found('身份证号52052119781215203（少写一位）')).toEqual([
      ['id-card', '52052119781215203'],
    ])
  })

  it('reports the postal address in the office’s letter to a citizen', () => {
    expect(
      found('某某局答复书。申请人：雷某，邮寄地址：七星关区洪山路182号都市花园6栋1单元703室。'),
    ).toEqual([['address', '七星关区洪山路182号都市花园6栋1单元703室']])
  })
})

describe('lines of employers and businesses, and extensions', () => {
  it('reports the line of a factory, a clinic, a school office or a clerk', () => {
    expect(found('有事可以打厂里办公室电话0857-5550121。')).toEqual([['landline', '0857-5550121']])
    expect(found('诊所电话5550122，医生姓黎。')).toEqual([
      ['landline', '5550122'],
      ['person-name', '黎'],
    ])
    expect(found('幼儿园办公室电话 (0857) 5550123。')).toEqual([['landline', '(0857) 5550123']])
    expect(found('厂里的专员是聂红梅，她办公室电话0595-55501240。')).toEqual([
      ['person-name', '聂红梅'],
      ['landline', '0595-55501240'],
    ])
  })

  it('leaves alone a front desk the text calls public, and a public office’s subject line', () => {
    expect(found('酒店总台电话 0857-5550125，是对外的电话。')).toEqual([])
    expect(found('您好，县法律援助中心也可为您提供法律咨询，电话0857-5550126。')).toEqual([])
    expect(found('某某新区劳动保障监察电话：0857-5550127。')).toEqual([])
    expect(found('县里的电话0857-5550128打过去是监察大队。')).toEqual([])
  })

  it('takes an extension after 转 into the landline', () => {
    expect(found('座机 0857-5550129 转 102。')).toEqual([['landline', '0857-5550129 转 102']])
    expect(found('电话021-55501300转6021')).toEqual([['landline', '021-55501300转6021']])
  })

  it('does not run a card number into the next line’s numbering', () => {
    const card = withLuhnDigit('621483851234567')
    expect(found(`卡号 ${card}\n4. 龙小二 欠薪`)).toEqual([
      ['bank-card', card],
      ['person-name', '龙小二'],
    ])
  })

  it('reads a number introduced as a mistyped ID as an ID', () => {
    expect(found('身份证号码误填为 52250219720630445，已更正')).toEqual([
      ['id-card', '52250219720630445'],
    ])
  })
})

describe('numbers the thirteenth corpus taught', () => {
  it('reads a local number grouped 4 and 3, and the landline of a workplace named earlier', () => {
    expect(found('家里座机是 5521 673，有事找我')).toEqual([['landline', '5521 673']])
    expect(found('砂石厂开在镇上，办公室电话0857-5553 218。')).toEqual([
      ['landline', '0857-5553 218'],
    ])
    expect(found('搅拌站电话0857-5560 334')).toEqual([['landline', '0857-5560 334']])
  })

  it('lets the office named last before the phone word own the line', () => {
    expect(found('原单位的档案已移交市档案馆，请到市档案馆查阅，档案馆电话0857-5550131。')).toEqual(
      [],
    )
    expect(found('由学校统一申报，某某学院就业指导中心电话0857-5550132。')).toEqual([])
    expect(found('可拨打市人事考试中心咨询电话0857-5550133。')).toEqual([])
  })

  it('finds an address whose @ and dots are all written as 。', () => {
    expect(found('我的邮箱：xuping2019。qq。com，电话见下')).toEqual([
      ['email', 'xuping2019。qq。com'],
    ])
  })

  it('reads a social-security card number after 社保卡，卡号, and an ID with a wrong check digit as an ID', () => {
    const id = withIdCheckCharacter('52052619870417111')
    expect(found(`办过一张社保卡，卡号是${id}，现在回来了`)).toEqual([
      ['social-security-number', id],
    ])
    const wrong = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`
    expect(found(`我的身份证号${wrong}，麻烦看一下`)).toEqual([['id-card', wrong]])
  })

  it('leaves alone a receipt’s number, whatever check it passes', () => {
    const number = withLuhnDigit('35205624050001873')
    expect(found(`电子缴款凭证上的税票号码是${number}，缴款金额4281.6元`)).toEqual([])
  })
})

describe('what the fifteenth corpus taught', () => {
  it('finds an address said in Chinese, and a person’s own mailbox on a government domain', () => {
    expect(found('联系我：ouyanglj88 艾特 163 点 com，或者打电话')).toEqual([
      ['email', 'ouyanglj88 艾特 163 点 com'],
    ])
    expect(found('我的工作邮箱：yangyan@example.gov.cn')).toEqual([
      ['email', 'yangyan@example.gov.cn'],
    ])
    expect(found('举报邮箱：jc@example.gov.cn')).toEqual([])
  })

  it('reads the numbers listed after one social-security label', () => {
    const mine = withIdCheckCharacter('52050219780815242')
    const his = withIdCheckCharacter('52050219760304161')
    expect(found(`我们两个人的社会保障卡号分别是：我的 ${mine}，他的 ${his}。`)).toEqual([
      ['social-security-number', mine],
      ['social-security-number', his],
    ])
  })

  it('leaves alone the office’s lines given with its handler or after 可联系…局', () => {
    expect(found('如未按期支付，请联系承办人雷宏，电话0857-5550141。')).toEqual([
      ['person-name', '雷宏'],
    ])
    expect(found('如需返乡，可联系某某市人社局协助，电话0857-5550142。')).toEqual([])
    expect(found('请拨打农民工工作专线0857-5550143。')).toEqual([])
    expect(found('传真0857-5550144，邮箱office@example.com。')).toEqual([])
  })

  it('reports a mine’s dispatch line and a card the writer says was written on a payslip', () => {
    expect(found('矿长不管，矿上调度室电话0857-5550145。')).toEqual([['landline', '0857-5550145']])
    const card = withLuhnDigit('518710245566332')
    expect(found(`工资条上，工资卡写的是 ${card}，这是我的卡`)).toEqual([['bank-card', card]])
  })
})

describe('what the sixteenth corpus taught', () => {
  it('ends a spelled address at its domain, and reads a personal mailbox the writer calls theirs', () => {
    expect(found('Please reply to liwei_sz(at)hotmail.com. Thank you!')).toEqual([
      ['email', 'liwei_sz(at)hotmail.com'],
    ])
    expect(found('不要发到我个人邮箱 someone@example.gov.cn，谢谢')).toEqual([
      ['email', 'someone@example.gov.cn'],
    ])
  })

  it('leaves alone the mailbox an office tells people to send materials to', () => {
    expect(found('材料可交至某某县人社局工伤保险股，也可发送扫描件至gs@example.com。')).toEqual([])
    expect(found('可发送至我局公共邮箱office@example.com。')).toEqual([])
  })

  it('leaves alone a company account marked as such after the number', () => {
    expect(found('公司的账号3602000109001234567（对公账户），我自己的卡另说')).toEqual([])
  })

  it('does not take an amount into a card number, nor read a contract number as an ID', () => {
    const card = withLuhnDigit('622848041233887')
    expect(found(`3. 吴正兵 ${card} 9200元`)).toEqual([
      ['person-name', '吴正兵'],
      ['bank-card', card],
    ])
    const id = withIdCheckCharacter('52050220240716003')
    expect(found(`工程合同编号 ${id}。`)).toEqual([])
  })

  it('leaves alone the line of the handler the office names after 请与…联系', () => {
    expect(found('如您仍未收到，请与承办人龙振华联系，电话0857-5550151。')).toEqual([
      ['person-name', '龙振华'],
    ])
  })
})

describe('what the seventeenth corpus taught', () => {
  it('reads a phone read out with 幺 and groups joined by 、', () => {
    expect(found('我电话是幺三八、五七八五、幺二四六，你记一下。')).toEqual([
      ['mobile', '幺三八、五七八五、幺二四六'],
    ])
  })

  it('does not take the next list item’s number into a phone or a plate', () => {
    expect(found('1. 毛某　经理　手机13985096620　2. 江某　出纳')).toEqual([
      ['mobile', '13985096620'],
    ])
    expect(found('3. 侯某　司机　车牌贵F·7Z918　4. 李某')).toEqual([['plate', '贵F·7Z918']])
  })

  it('reads a driving school’s plate with 学 after five characters', () => {
    expect(found('训练场上停的都是贵FA0321学这样的教练车')).toEqual([['plate', '贵FA0321学']])
  })

  it('reads a card someone calls theirs, and a QQ number after q号', () => {
    const card = withLuhnDigit('436742093012556')
    expect(found(`他的卡是${card}，是建设银行的`)).toEqual([['bank-card', card]])
    expect(found('今年考了高级 我q号 2467013985 有空联系')).toEqual([['qq', '2467013985']])
  })

  it('leaves alone lines read off an office’s notice, a transfer form or a 查询电话', () => {
    expect(found('我打了通知上的电话0857-5550161没人接。')).toEqual([])
    expect(found('转入地联系电话：0857-5550162')).toEqual([])
    expect(found('转移完成后会短信通知您。查询电话0857-5550163。')).toEqual([])
    expect(found('对方电话是0857-5550164，说是局里的办公电话。')).toEqual([])
  })
})

describe('what the eighteenth corpus taught', () => {
  it('reports a contact’s office line in a citizen’s form, and the writer’s own line at work', () => {
    expect(found('联系人：岑先生，电话：0857-5550171（办公室），手机另告')).toEqual([
      ['person-name', '岑'],
      ['landline', '0857-5550171'],
    ])
    expect(found('我的电话0857-5550172是单位座机，下班后打手机')).toEqual([
      ['landline', '0857-5550172'],
    ])
  })

  it('reads a 20-digit card in a payroll table and a plate with a space after the province', () => {
    expect(found('工资发放表：序号1 覃明 62170023500123456772 5600元')).toEqual([
      ['person-name', '覃明'],
      ['bank-card', '62170023500123456772'],
    ])
    expect(found('老板开着一辆贵 F 5E329的黑车走了')).toEqual([['plate', '贵 F 5E329']])
  })

  it('leaves alone an account the writer says is the company’s', () => {
    expect(found('公司账号是2402060109100028617（这是公司的，不是个人的）。')).toEqual([])
  })
})
