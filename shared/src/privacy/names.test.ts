import { detectPersonalData } from './detect'
import { maskName } from './name-shape'

function names(text: string): string[] {
  return detectPersonalData(text)
    .filter((f) => f.kind === 'person-name')
    .map((f) => f.text)
}

describe('names before honorifics and role words', () => {
  it.each([
    ['张先生您好', '张'],
    ['李女士反映的问题', '李'],
    ['请联系王师傅', '王'],
    ['刘经理说下周发', '刘'],
    ['您好陈老师', '陈'],
    ['赵主任已签批', '赵'],
    ['孙科长说材料齐全', '孙'],
    ['人社局周局长接访', '周'],
    ['欧阳先生反映', '欧阳'],
    ['找诸葛经理', '诸葛'],
    ['张三先生反映', '张三'],
    ['请问王小明老师', '王小明'],
    ['。张林先生反映', '张林'],
    ['市局张林科长', '张林'],
    ['王副局长接访', '王'],
    ['王总经理承诺', '王'],
    ['监察大队的罗队长', '罗'],
    ['经办人周科长', '周'],
    ['向王科长反映', '王'],
    ['公司马经理说', '马'],
    ['谢谢黄老师', '黄'],
    ['方老师说的补贴', '方'],
  ])('finds the name in %s', (text, name) => {
    expect(names(text)).toEqual([name])
  })

  it.each([
    '先生您好',
    '社保局长期以来',
    '对方律师说',
    '谢谢老师的解答',
    '主任医生职称',
    '我向老板讨要工资',
    '关于老师职称评审',
    '公司押金老板不退',
    '上周老板说',
    '工程老板说',
    '任何老板都不能',
    '许多老板都不愿意',
    '明白老板的意思',
    '高级律师、一级律师',
    '高中老师、初中老师',
    '我是高三老师',
    '万一老板不给钱',
    '白天老板不在',
    '要杜绝老板随意克扣',
    '法律顾问律师',
    '江苏老板开的厂',
    '金沙老板欠薪',
    '请各科室科长参加',
    '各位先生、女士',
    '这位女士',
    '老师傅们',
    '张某先生反映',
  ])('finds no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('names after introductions and labels', () => {
  it.each([
    ['我叫张三，今年45岁', '张三'],
    ['我叫王小明今年35岁', '王小明'],
    ['我叫李四想咨询', '李四'],
    ['我是李四，在工地上班', '李四'],
    ['我是张三的妻子', '张三'],
    ['姓名：王五', '王五'],
    ['姓名:王五 电话', '王五'],
    ['姓名：禄明', '禄明'],
    ['联系人：赵六，', '赵六'],
    ['申请人钱七，', '钱七'],
    ['我母亲名叫赵桂兰，', '赵桂兰'],
    ['户名张三，', '张三'],
    ['来电人自称张三，', '张三'],
    ['我是上官燕，', '上官燕'],
    ['投诉人：何小平，', '何小平'],
  ])('finds the name in %s', (text, name) => {
    expect(names(text)).toEqual([name])
  })

  it.each([
    '我是高校毕业生',
    '我是江西人',
    '我是金沙县人',
    '我是黄平人，',
    '我是周一去办理的',
    '我是一名退役军人',
    '我是张家湾村的村民',
    '我是马上要毕业的学生',
    '我是曾经在这里工作的',
    '本人于2020年入职',
    '本人于去年入职',
    '本人曾在多家单位工作',
    '姓名不详',
    '姓名：略',
    '联系人：李老师',
    '我是王某，',
  ])('finds no name in %s', (text) => {
    expect(names(text).filter((n) => n.length > 1)).toEqual([])
  })

  it('leaves the honorific rule to find the surname in 联系人：李老师', () => {
    expect(names('联系人：李老师')).toEqual(['李'])
  })
})

describe('lists of names', () => {
  it('finds every name of a list closed by 等 and who they are', () => {
    expect(names('工友王五、赵六、孙七等8人')).toEqual(['王五', '赵六', '孙七'])
    expect(names('我和张三、李四等人一起去的')).toEqual(['张三', '李四'])
    expect(names('王小明、欧阳娜娜等三位')).toEqual(['王小明', '欧阳娜娜'])
  })

  it('ignores lists of other things', () => {
    expect(names('养老、医疗、失业等保险')).toEqual([])
    expect(names('金额、方式等人')).toEqual([])
    expect(names('高温、严寒等')).toEqual([])
  })

  it('finds names standing alone in a list or a form, without 等', () => {
    expect(names('张三、李四')).toEqual(['张三', '李四'])
    expect(names('1. 陈建国 12000元 2. 刘红 6000元')).toEqual(['陈建国', '刘红'])
  })
})

describe('names weighed by the words around them', () => {
  it.each([
    ['经核实，郑志华确系该公司员工。', ['郑志华']],
    ['我局已约谈何建平，其承诺月底前结清。', ['何建平']],
    ['葛秀英与某物业公司劳动争议一案已受理。', ['葛秀英']],
    ['当时带班的是黎胜利，他也看到了。', ['黎胜利']],
    ['我外甥女卢婷的社保卡丢了。', ['卢婷']],
    ['工资由龚国华负责发放。', ['龚国华']],
    ['我们找耿林反映过很多次。', ['耿林']],
    ['市监察支队调解员樊文斌已到场。', ['樊文斌']],
  ])('finds the name in %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    ['我们宿舍的邱国庆受伤了，老板不管。', ['邱国庆']],
    ['请问，孔德华办理退休要带哪些材料？', ['孔德华']],
    ['贺春燕申请的灵活就业补贴什么时候到账？', ['贺春燕']],
    ['是龙飞带我们去的工地，龙飞现在也找不到了。', ['龙飞', '龙飞']],
    ['厂长邵斌答应月底前发。', ['邵斌']],
    ['与杨文书协商多次无果。', ['杨文书']],
    ['关于邹永红反映的工资问题，经核实情况属实。', ['邹永红']],
    ['舒晴今年刚毕业，想问一下就业补贴。', ['舒晴']],
    ['我们是跟着欧阳德明干的，他是二包老板。', ['欧阳德明']],
  ])('finds a name before the steps of a matter in %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('takes every mention of a name the text has shown to be one', () => {
    expect(names('回复苟正明家属：经核实，苟正明已于7月领取补贴。')).toEqual(['苟正明', '苟正明'])
    expect(names('线长姓禄，禄线长每天骂人。')).toEqual(['禄', '禄'])
    expect(names('带我们的是老乡老向，向师傅认识老板。')).toEqual(['向', '向'])
  })

  it('reads 老/小 with a surname after a pronoun, and before punctuation even 向', () => {
    expect(names('大家叫我老付就行。')).toEqual(['付'])
    expect(names('我向老板讨薪。')).toEqual([])
  })

  it('reads a generation character in a given name (梁长富, 潘应全)', () => {
    expect(names('我和老乡梁长富、梁长贵兄弟俩')).toEqual(['梁长富', '梁长贵'])
  })

  it.each([
    '高校毕业生可以申请就业见习补贴。',
    '周一去办理，万一老板不给钱怎么办？',
    '方便的话请回个电话，钱款已经到账了。',
    '我们在江边的工地干活，林业局说不归他们管。',
    '我老家在大方，小区物业说老乡可以帮忙。',
    '您好，仲裁院已于2024年5月受理。',
    '对方联系人说明天再来，矿方负责人不在。',
    '我2019年毕业于贵州师范大学，档案在学校。',
    '您所在的林场属于事业单位。',
    '领导你们好 我是安顺的 在毕节开货车',
    '，高层说要等，车间说没办法，单位说不知道。',
    '黄色的那张表是什么表？',
    '宿舍和食堂都在工地上，辛苦了一年。',
    '扶贫车间的工资简单算一下。',
    '车间主任不批假。',
    '方才说的那件事，马虎不得。',
    '向阳路上的工地，石板路很滑。',
    '金沙县的参保人能在毕节办吗？',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('nicknames', () => {
  it.each([
    ['工头是个彝族大哥叫阿西 我们只知道他叫阿西', ['阿西', '阿西']],
    ['我是赫章的阿卓，阿卓是我的小名。', ['阿卓', '阿卓']],
    ['同村的杨三妹和她老公都在昆明打工。', ['杨三妹']],
    ['hello, my name is Li Ming 李明，在培训机构上班。', ['Li Ming', '李明']],
  ])('finds the name in %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    '我叫阿姨帮忙看一下。',
    '我是阿里的员工，阿里巴巴在杭州。',
    '我家三妹今年读高二。',
    '周三娃娃要打疫苗。',
    '阿胶和阿司匹林都能报销吗？',
  ])('leaves words made with 阿 and birth-order words alone: %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('names the fifth round of tuning taught', () => {
  it.each([
    ['我舅舅叫庹德明，今年六十了', '庹德明'],
    ['隔壁的佟大爷腿脚不好', '佟'],
    ['村里的杨奶奶一个人住', '杨'],
    ['我嫂子叫吴桂花，在厂里做饭', '吴桂花'],
    ['我中文名周凯，在酒店上班', '周凯'],
    ['办证大厅的小韩耐心讲了很久', '韩'],
    ['那个小蔡说明天再来', '蔡'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toEqual([name])
  })

  it('reads a list closed by a kinship count, and a later mention before 身份证', () => {
    expect(names('工地上有龙强、龙小兵两兄弟，龙强身份证被扣了')).toEqual([
      '龙强',
      '龙小兵',
      '龙强',
    ])
  })

  it.each([
    ['缅甸籍员工 Thant Zin Oo 在车间上班', 'Thant Zin Oo'],
    ['HR Director Linda Wu 说不续签', 'Linda Wu'],
    ['英文名Kevin Luo，在外企', 'Kevin Luo'],
  ])('Latin names after the words that introduce a person: %s', (text, name) => {
    expect(names(text)).toEqual([name])
  })

  it.each([
    '请问红旗路和洪山路哪边近？',
    '老板是江苏人，村里的文书也知道。',
    '我买了个小程序会员。',
  ])('leaves roads, provinces and posts alone: %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('names the seventh corpus taught', () => {
  it.each([
    ['overlapping role words: 我哥 and 哥哥', '能不能委托我哥哥袁正红帮我办理社保卡？', ['袁正红']],
    ['a name owning a relative', '我是万国栋的老婆，他不会打字，我帮他写。', ['万国栋']],
    ['a weak surname after 名字是', '当时登记的名字是余德化，后来改了。', ['余德化']],
    ['章 among the surnames', '厂里老板章永生说我们是临时工', ['章永生']],
    ['the addressee of a parcel', '寄到：洪山路12号 袁秀兰收 谢谢', ['袁秀兰']],
    ['a person, not the company they work in', '张师傅在某某建筑有限公司上班', ['张']],
    ['a surname signing the message', '社保卡号查不到，帮我查下医保余额，武', ['武']],
    ['a name in passport capitals', '你好 我叫ZHANG HONG 拼音是护照上的', ['ZHANG HONG']],
    [
      'English introductions and titles',
      'Hi, this is Tom Wilson. We hire Ms. Yang soon.',
      ['Tom Wilson', 'Yang'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    '请问这个政策什么时候开始执行，谢',
    '公司的老板说下个月发工资。',
    '文章第三章规定了工伤认定的程序。',
    '我们是“高师傅家政服务有限公司”，有20名家政员。',
  ])('leaves ordinary endings and words alone: %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('maskName', () => {
  it('keeps the surname and masks the rest', () => {
    expect(maskName('张三')).toBe('张*')
    expect(maskName('王小明')).toBe('王**')
    expect(maskName('欧阳娜娜')).toBe('欧阳**')
  })

  it('replaces a lone surname by 某', () => {
    expect(maskName('张')).toBe('某')
    expect(maskName('欧阳')).toBe('某')
  })
})

describe('places that follow a naming word', () => {
  it('reads a name running on into a place word as a place', () => {
    expect(names('小区名叫金海湖新区小坝社区，工资一直拖')).toEqual([])
    expect(names('包工头叫刘德全，电话打不通')).toEqual(['刘德全'])
  })
})

describe('verbs after a name', () => {
  it('does not read 跑路 as part of a given name', () => {
    expect(names('老板杜明跑路了，欠我们工资')).toEqual(['杜明'])
  })
})

describe('roles of an IOU, a village and a dormitory', () => {
  it('reads the name after 协办员, 舍友 and before 干事', () => {
    expect(names('村里的养老保险协办员严光华收了钱')).toEqual(['严光华'])
    expect(names('舍友邱红和我一起被辞退了')).toEqual(['邱红'])
    expect(names('交给乡里的朱干事已经半年了')).toEqual(['朱'])
  })
})

describe('names introduced with 他叫 or 她叫', () => {
  it('reads a surname that is also a preposition after 叫, not elsewhere', () => {
    expect(names('她叫向红梅，我叫田勇')).toContain('向红梅')
    expect(names('本人于去年离职')).toEqual([])
  })
})

describe('小/老 and a surname after a trade', () => {
  it('reads 厨师小梁 and 店员小吴上个月 as people', () => {
    expect(names('厨师小梁被油烫伤了')).toEqual(['梁'])
    expect(names('店员小吴上个月被人打伤了')).toEqual(['吴'])
  })
})

describe('a surname given after 姓', () => {
  it('takes a surname missing from the lexicon, not 百姓 or 姓名', () => {
    expect(names('老板姓应，不给买社保')).toEqual(['应'])
    expect(names('老百姓，都知道')).toEqual([])
    expect(names('请写上姓名，谢谢')).toEqual([])
  })
})

describe('names the eighth corpus taught', () => {
  it.each([
    ['an uncommon surname after 我叫', '您好，我叫邴悦，想问见习补贴。', ['邴悦']],
    ['a surname missing from the lexicon after 叫', '我们厂长叫郗云，电话打不通。', ['郗云']],
    ['a given character that also ends words, after 叫', '她男人叫蒋程，在外地。', ['蒋程']],
    ['a weak surname standing alone after 叫', '收款的人叫金桃。', ['金桃']],
    ['the registered name after a nickname', '大家喊他毛三，真名毛顺安，住在村里。', ['毛顺安']],
    ['a role word before 老', '我找过房东老蔡电话打不通', ['蔡']],
    ['为 before 小', '本案的记录员为小冉。', ['冉']],
    ['what a person does after 小X', '您好，小庞反映的情况已核实。', ['庞']],
    ['the person a decision names', '经调查，认定柴永贵所受伤害属于工伤。', ['柴永贵']],
    [
      'a preposition surname first in a list',
      '工人向德全、罗明亮、熊开贵三人未领工资',
      ['向德全', '罗明亮', '熊开贵'],
    ],
    [
      'a list item running into what they did',
      '管理人员卢国安、文海波故意拖延',
      ['卢国安', '文海波'],
    ],
    ['the holder of an account', '开户人鲁秀珍，开户行农行', ['鲁秀珍']],
    ['a short family word', '我爸邹金山去年退休', ['邹金山']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    '小杨树村的路修好没有？',
    '老王寨那边的项目开工了吗',
    '小王八蛋老板还是不给钱',
    '在“老成都火锅”上班',
    '他叫了外卖。',
  ])('leaves places, insults and other words alone: %s', (text) => {
    expect(names(text).filter((name) => name.length > 1)).toEqual([])
  })
})

describe('names the tenth corpus taught', () => {
  it.each([
    ['a name after a department in a form', '经办人：人事部柏雪，办公电话见下', ['柏雪']],
    ['a list after a name found by a role', '送达人：龙飞、文静。', ['龙飞', '文静']],
    ['a screen name ending on 老X', '网民“织金老幸”反映工资问题', ['幸']],
    ['a numbered list item ended by a comma', '2.邹德全，焊工技师，补贴每月300元', ['邹德全']],
    ['a deputy addressed in an answer', '罗晓红代表：您提出的建议收悉。', ['罗晓红']],
    ['a name before 诉 in a case', '申请人聂永红诉被申请人某某公司', ['聂永红']],
    ['a name before a verb character', '店长黎浩以试用期为由不给工资', ['黎浩']],
    ['a relative after 其', '由其弟彭明江管理驾校', ['彭明江']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each(['总包方说钱已经给了。', '我在浙江宁波打工三年。', '店长叫王某某，不让说。'])(
    'leaves words and anonymized names alone: %s',
    (text) => {
      expect(names(text)).toEqual([])
    },
  )
})

describe('names the twelfth corpus taught', () => {
  it.each([
    ['a name after where the writer is from', '我是大方县的杨兴，在外地打工。', ['杨兴']],
    ['a nickname in ASCII quotes', '跟着一个叫"小吴"的人去打工', ['吴']],
    ['a surname before 太太', '雇主姓钟，钟太太说月底给工资', ['钟', '钟']],
    ['a clerk after 财务', '财务小敖，有事找她', ['敖']],
    ['a worker known as 小六 in a list', '工人：龙光辉、吴小六等11人', ['龙光辉', '吴小六']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each(['户名与身份证姓名一致。', '我老公在贵阳白云区上班。', '是七星关区田坝镇人。'])(
    'leaves words and places alone: %s',
    (text) => {
      expect(names(text)).toEqual([])
    },
  )
})

describe('names the thirteenth corpus taught', () => {
  it.each([
    ['the whole word after 叫', '施工老板叫余光前，家住镇上', ['余光前']],
    [
      'an uncommon surname and a common given name after 叫',
      '我老公叫毕永康，他的社保',
      ['毕永康'],
    ],
    ['a husband called 老头子', '我家老头子陶永明前年走了', ['陶永明']],
    ['the insured person in an answer', '经调阅档案，参保人穆德林视同缴费年限为18年', ['穆德林']],
    ['a list closed by 这些人', '像鲁建、巫浩这些人都做了三年', ['鲁建', '巫浩']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('leaves a surname and a title after a form label to the title rule', () => {
    expect(names('来电人姓名：龙先生 诉求：欠薪')).toEqual(['龙'])
  })
})

describe('names the fifteenth corpus taught', () => {
  it.each([
    ['a generation character 再', '我哥哥杨再兴2024年在工地受伤', ['杨再兴']],
    ['a head nurse', '护士长覃丽萍安排我们每天上班14个小时', ['覃丽萍']],
    ['a villager introducing himself', '我是某某村的村民杨德安，在外地工伤', ['杨德安']],
    ['the familiar form after 叫', '站长叫小岑，他说超时扣钱', ['岑']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('names the sixteenth corpus taught', () => {
  it.each([
    [
      'an English name after my wife',
      'My name is Li Wei and my wife Yang Min worked here',
      ['Li Wei', 'Yang Min'],
    ],
    ['a sign-off in English', 'Thank you. Best regards, Helen Tian', ['Helen Tian']],
    ['a family word 婶婶', '其中有我婶婶穆红。', ['穆红']],
    ['a weak surname before a title after 把', '麻烦你把周老师的邮箱发我', ['周']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('leaves a word in quotes alone', () => {
    expect(names('请谨防以“补缴提高养老金”为名的诈骗行为')).toEqual([])
  })
})

describe('names the eighteenth corpus taught', () => {
  it.each([
    ['a family by its surname', '我们是大方县的陈家兄弟', ['陈']],
    ['a list item before 共', '我们有王德才、安建平、吴成共3人。', ['王德才', '安建平', '吴成']],
    ['an uncommon surname after a role', '工地负责人靳长青欠我3个月工资', ['靳长青']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('leaves a village named after a family alone', () => {
    expect(names('我是龙家寨的，住在镇上')).toEqual([])
  })
})
