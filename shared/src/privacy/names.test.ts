import { detectPersonalData } from './detect'
import { maskName } from './names'

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
