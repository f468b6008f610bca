// Labelled corpus for the personal-data detector: citizen messages and handler answers written for
// this project, about half with personal data in varied forms and half with none but with the
// numbers and words that look like it (document numbers, dates, amounts, hotlines, 对方律师).
//
// All personal data is fictitious: mobiles in 138 0000 xxxx / 139 0000 xxxx, landlines with a
// 555 local prefix, e-mail at example.com / example.cn, ID numbers with birth dates in 2030–2095
// (or 1900 for the old 15-digit form) and bank numbers of mostly zeros, both with correct check
// digits (see test-support.ts), names like 张三 and 李四.
import type { DetectionContext, PersonalDataKind } from './types'

/** One labelled text: what a perfect detector would report, by kind and exact text. */
export interface CorpusItem {
  text: string
  context?: DetectionContext
  expected: ReadonlyArray<{ kind: PersonalDataKind; text: string }>
}

/** Texts with personal data. */
const WITH_PERSONAL_DATA: readonly CorpusItem[] = [
  {
    text: '我在七星关区一家餐馆打工半年，老板一直拖欠工资，我的电话13800001234，请尽快帮忙处理。',
    expected: [{ kind: 'mobile', text: '13800001234' }],
  },
  {
    text: '本人在金沙县某建筑工地务工，包工头拖欠工资三万余元，联系电话：139 0000 5678。',
    expected: [{ kind: 'mobile', text: '139 0000 5678' }],
  },
  {
    text: '申请失业保险金需要什么材料？我的身份证号是520502203001010019，已经离职两个月了。',
    expected: [{ kind: 'id-card', text: '520502203001010019' }],
  },
  {
    text: '我的社保卡丢失了，卡号6222 0000 0000 0009，想问一下在哪里补办，补办需要多长时间？',
    expected: [{ kind: 'bank-card', text: '6222 0000 0000 0009' }],
  },
  {
    text: '请把灵活就业人员参保的政策文件发到我的邮箱zhangsan@example.com。谢谢！',
    expected: [{ kind: 'email', text: 'zhangsan@example.com' }],
  },
  {
    text: '您好，我叫张三，今年45岁，在纳雍县务农，想咨询城乡居民养老保险补缴的问题。',
    context: { authorName: '张三', authorPhone: '13800000001' },
    expected: [{ kind: 'author-name', text: '张三' }],
  },
  {
    text: '我的手机号是１３９００００２２３３，工作人员打了几次我都没接到，麻烦再联系我。',
    expected: [{ kind: 'mobile', text: '１３９００００２２３３' }],
  },
  {
    text: '我于2019年3月入职某公司，公司至今未签劳动合同。联系方式：0857-5550123。',
    expected: [{ kind: 'landline', text: '0857-5550123' }],
  },
  {
    text: '身份证号码52050220320315028x（末位是小写x），查询不到参保记录，请帮忙核实。',
    expected: [{ kind: 'id-card', text: '52050220320315028x' }],
  },
  {
    text: '李女士您好：您反映的问题已转交七星关区劳动保障监察大队处理，请耐心等待。',
    expected: [{ kind: 'person-name', text: '李' }],
  },
  {
    text: '王师傅反映的工资问题，我们已联系用人单位，单位承诺本月底前支付。',
    expected: [{ kind: 'person-name', text: '王' }],
  },
  {
    text: '请回电138 0000 7788，白天上班不方便接听可以发短信。',
    context: { authorPhone: '13800007788' },
    expected: [{ kind: 'author-phone', text: '138 0000 7788' }],
  },
  {
    text: '我是李四，在赫章县一家养殖场工作三年，单位一直没有给我缴纳社保。',
    context: { authorName: '李四' },
    expected: [{ kind: 'author-name', text: '李四' }],
  },
  {
    text: '电话+86 139-0000-3344，我在外地务工，回不去毕节办理，能否网上办理？',
    expected: [{ kind: 'mobile', text: '+86 139-0000-3344' }],
  },
  {
    text: '我的工资卡号是6217 0000 0000 0000 012，公司说已经打款但一直没到账。',
    expected: [{ kind: 'bank-card', text: '6217 0000 0000 0000 012' }],
  },
  {
    text: '有问题可以发邮件到li.si_2020@example.cn，或者打我电话13900001111。',
    expected: [
      { kind: 'email', text: 'li.si_2020@example.cn' },
      { kind: 'mobile', text: '13900001111' },
    ],
  },
  {
    text: '张先生，您好！关于您咨询的技能提升补贴申领问题，答复如下：',
    expected: [{ kind: 'person-name', text: '张' }],
  },
  {
    text: '孙科长说材料齐全就可以受理，但窗口工作人员又说缺少证明，到底以哪个为准？',
    expected: [{ kind: 'person-name', text: '孙' }],
  },
  {
    text: '我爱人名叫王小明，身份证号码520523204011200031，去年在工地受伤，工伤认定一直没有结果。',
    expected: [
      { kind: 'person-name', text: '王小明' },
      { kind: 'id-card', text: '520523204011200031' },
    ],
  },
  {
    text: '联系人：赵六，电话0857-5551234转806。',
    expected: [
      { kind: 'person-name', text: '赵六' },
      { kind: 'landline', text: '0857-5551234转806' },
    ],
  },
  {
    text: '姓名：王五 身份证号：110101206001010077 联系电话：13800002345',
    expected: [
      { kind: 'person-name', text: '王五' },
      { kind: 'id-card', text: '110101206001010077' },
      { kind: 'mobile', text: '13800002345' },
    ],
  },
  {
    text: '我的手机号13800003456，微信同号，请工作人员加我微信沟通。',
    expected: [{ kind: 'mobile', text: '13800003456' }],
  },
  {
    text: '13900004567这个号码是我本人的，之前留错了号码，请以这个为准。',
    expected: [{ kind: 'mobile', text: '13900004567' }],
  },
  {
    text: '陈女士在大方县一家超市当收银员，超市每天让员工工作12个小时，没有加班费。',
    expected: [{ kind: 'person-name', text: '陈' }],
  },
  {
    text: '请联系刘经理，他的电话是139 0000 5566，他负责我们的劳务结算。',
    expected: [
      { kind: 'person-name', text: '刘' },
      { kind: 'mobile', text: '139 0000 5566' },
    ],
  },
  {
    text: '身份证号码：520525 20500808 0056，请帮我查一下医保缴费记录。',
    expected: [{ kind: 'id-card', text: '520525 20500808 0056' }],
  },
  {
    text: '我的邮箱是ＷＡＮＧＷＵ＠ＥＸＡＭＰＬＥ．ＣＯＭ，收不到短信验证码。',
    expected: [{ kind: 'email', text: 'ＷＡＮＧＷＵ＠ＥＸＡＭＰＬＥ．ＣＯＭ' }],
  },
  {
    text: '欧阳先生反映的人才引进安家补贴问题，经核实，其符合申领条件，补贴将于下月发放。',
    expected: [{ kind: 'person-name', text: '欧阳' }],
  },
  {
    text: '单位人事部门的电话是0851-5556789，她们一直推脱不给开离职证明。',
    expected: [{ kind: 'landline', text: '0851-5556789' }],
  },
  {
    text: '我家里座机（0857）5552345，手机13800005678，两个号码都可以找到我。',
    expected: [
      { kind: 'landline', text: '（0857）5552345' },
      { kind: 'mobile', text: '13800005678' },
    ],
  },
  {
    text: '银行卡号 6228 4800 0000 0000 000 户名张三，请把退还的养老保险费打到这个卡上。',
    expected: [
      { kind: 'bank-card', text: '6228 4800 0000 0000 000' },
      { kind: 'person-name', text: '张三' },
    ],
  },
  {
    text: '我叫李晓红，是一名退役军人，想了解一下退役军人就业创业扶持政策。',
    expected: [{ kind: 'person-name', text: '李晓红' }],
  },
  {
    text: '我家电话5556677，白天没人，晚上七点以后打。',
    context: { authorPhone: '0857-5556677' },
    expected: [{ kind: 'author-phone', text: '5556677' }],
  },
  {
    text: '曾经理让我们签了一份空白合同，现在不认账了，我的电话13900006789。',
    expected: [
      { kind: 'person-name', text: '曾' },
      { kind: 'mobile', text: '13900006789' },
    ],
  },
  {
    text: '诸葛经理是我们项目的负责人，拖欠了二十多个工人的工资，一直联系不上。',
    expected: [{ kind: 'person-name', text: '诸葛' }],
  },
  {
    text: '电话：010-55501234，北京的公司，但是我在毕节工作，社保交在哪里？',
    expected: [{ kind: 'landline', text: '010-55501234' }],
  },
  {
    text: '工伤认定申请已提交，经办人周科长告知需要补充医院的诊断证明。',
    expected: [{ kind: 'person-name', text: '周' }],
  },
  {
    text: '我的QQ邮箱123456789@example.com，一直没收到回复。',
    expected: [{ kind: 'email', text: '123456789@example.com' }],
  },
  {
    text: 'ID: 520526205512310064, 手机：13800007890',
    expected: [
      { kind: 'id-card', text: '520526205512310064' },
      { kind: 'mobile', text: '13800007890' },
    ],
  },
  {
    text: '王小明反映：我在织金县务工，工资被拖欠，请回复13900008888。',
    context: { authorName: '王小明', authorPhone: '139 0000 8888' },
    expected: [
      { kind: 'author-name', text: '王小明' },
      { kind: 'author-phone', text: '13900008888' },
    ],
  },
  {
    text: '我手机号是138-0000-2468，麻烦今天下午给我回个电话。',
    expected: [{ kind: 'mobile', text: '138-0000-2468' }],
  },
  {
    text: '请帮我查询身份证号为330106206507070088的参保人缴费情况，这是我母亲。',
    expected: [{ kind: 'id-card', text: '330106206507070088' }],
  },
  {
    text: '黄老师，你好！请问高校毕业生求职创业补贴什么时候发放？',
    expected: [{ kind: 'person-name', text: '黄' }],
  },
  {
    text: '联系方式：lisi@example.cn；139 0000 1357',
    expected: [
      { kind: 'email', text: 'lisi@example.cn' },
      { kind: 'mobile', text: '139 0000 1357' },
    ],
  },
  {
    text: 'VISA卡4000 0000 0000 0002上个月被扣了一笔社保费，不知道是什么原因。',
    expected: [{ kind: 'bank-card', text: '4000 0000 0000 0002' }],
  },
  {
    text: '我母亲名叫赵桂兰，今年七十岁，养老金一直没有调整。',
    expected: [{ kind: 'person-name', text: '赵桂兰' }],
  },
  {
    text: '手机：86 13900002468（请勿在白天拨打）',
    expected: [{ kind: 'mobile', text: '86 13900002468' }],
  },
  {
    text: '这是我的身份证号：522627207510100111，请帮我查一下是否已经办理了失业登记。',
    expected: [{ kind: 'id-card', text: '522627207510100111' }],
  },
  {
    text: '请转告杨主任，我明天上午九点到局里递交材料，电话13800009753。',
    expected: [
      { kind: 'person-name', text: '杨' },
      { kind: 'mobile', text: '13800009753' },
    ],
  },
  {
    text: '我是上官燕，在威宁县某学校做代课老师，想了解一下社保补缴政策。',
    expected: [{ kind: 'person-name', text: '上官燕' }],
  },
  {
    text: '身份证号520524204502280040，系统提示格式错误，但我核对过没有写错。',
    expected: [{ kind: 'id-card', text: '520524204502280040' }],
  },
  {
    text: '我的电话号码是 139 0000 8642，也可以发邮件到 zhao.liu@example.com 。',
    expected: [
      { kind: 'mobile', text: '139 0000 8642' },
      { kind: 'email', text: 'zhao.liu@example.com' },
    ],
  },
  {
    text: '申请人：钱七，身份证号码：520181207003030090。',
    expected: [
      { kind: 'person-name', text: '钱七' },
      { kind: 'id-card', text: '520181207003030090' },
    ],
  },
  {
    text: '我的电话是一三八零零零零一二三四，请回电。',
    expected: [{ kind: 'mobile', text: '一三八零零零零一二三四' }],
  },
  {
    text: '老家座机0857 5558642，手机不好用的时候可以打座机。',
    expected: [{ kind: 'landline', text: '0857 5558642' }],
  },
  {
    text: '您好，我是吴师傅，上次反映的工资问题已经解决了，谢谢。',
    expected: [{ kind: 'person-name', text: '吴' }],
  },
  {
    text: '刘德华，男，身份证号520527208505050137，申请就业困难人员认定。',
    context: { authorName: '刘德华' },
    expected: [
      { kind: 'author-name', text: '刘德华' },
      { kind: 'id-card', text: '520527208505050137' },
    ],
  },
  {
    text: '工资卡6222 0200 0000 0007，开户行：中国工商银行毕节分行。',
    expected: [{ kind: 'bank-card', text: '6222 0200 0000 0007' }],
  },
  {
    text: '请韩律师代理我的劳动仲裁案件，他的邮箱是han_lawyer@example.com。',
    expected: [
      { kind: 'person-name', text: '韩' },
      { kind: 'email', text: 'han_lawyer@example.com' },
    ],
  },
  {
    text: '手机:13800001122;邮箱:ma.li@example.cn;姓名:马丽',
    expected: [
      { kind: 'mobile', text: '13800001122' },
      { kind: 'email', text: 'ma.li@example.cn' },
      { kind: 'person-name', text: '马丽' },
    ],
  },
  {
    text: '我在 2023 年 5 月办理了退休，身份证 520502 20900909 0145，养老金至今没有发放。',
    expected: [{ kind: 'id-card', text: '520502 20900909 0145' }],
  },
  {
    text: '丁阿姨在我们小区做保洁，公司不给她交社保，她的电话139-0000-6543。',
    expected: [
      { kind: 'person-name', text: '丁' },
      { kind: 'mobile', text: '139-0000-6543' },
    ],
  },
  {
    text: '13800004321 13900004321 这两个号码都是我的，哪个打得通就打哪个。',
    expected: [
      { kind: 'mobile', text: '13800004321' },
      { kind: 'mobile', text: '13900004321' },
    ],
  },
  {
    text: '老人的存折账号9558 0000 0000 0000 008已经冻结了，养老金无法领取。',
    expected: [{ kind: 'bank-card', text: '9558 0000 0000 0000 008' }],
  },
  {
    text: '请回复至我的邮箱：chen-xiaoli@example.com，谢谢。',
    expected: [{ kind: 'email', text: 'chen-xiaoli@example.com' }],
  },
  {
    text: '联系电话：+86 139 0000 3333',
    context: { authorPhone: '13900003333' },
    expected: [{ kind: 'author-phone', text: '+86 139 0000 3333' }],
  },
  {
    text: '在公司工作的时候，是宋经理负责招聘的，入职时交了押金500元，离职时不退。',
    expected: [{ kind: 'person-name', text: '宋' }],
  },
  {
    text: '我的身份证号是520521203506150024，手机号13900007531，请帮我查询补贴发放进度。',
    expected: [
      { kind: 'id-card', text: '520521203506150024' },
      { kind: 'mobile', text: '13900007531' },
    ],
  },
  {
    text: '司马先生所反映的问题已由市劳动人事争议仲裁院受理，请按通知时间参加庭审。',
    expected: [{ kind: 'person-name', text: '司马' }],
  },
  {
    text: '公司电话0851-5551000-8021，人事部不接电话，我只能来留言。',
    expected: [{ kind: 'landline', text: '0851-5551000-8021' }],
  },
  {
    text: '我父亲的老身份证号是520502000101001，现在办理养老待遇资格认证时系统查不到。',
    expected: [{ kind: 'id-card', text: '520502000101001' }],
  },
  {
    text: '身份证号码52050220320315036X，手机13900005151，户籍在七星关区。',
    expected: [
      { kind: 'id-card', text: '52050220320315036X' },
      { kind: 'mobile', text: '13900005151' },
    ],
  },
  {
    text: '张三，我的电话是139 0000 2020。我已经按照要求提交了材料。',
    context: { authorName: '张三', authorPhone: '+86 13900002020' },
    expected: [
      { kind: 'author-name', text: '张三' },
      { kind: 'author-phone', text: '139 0000 2020' },
    ],
  },
  {
    text: '我打了好几次13800006060都没人接，这是劳务公司负责人留给我们的号码。',
    expected: [{ kind: 'mobile', text: '13800006060' }],
  },
  {
    text: '十万火急！卡号5200 0000 0000 0007的社保卡被冻结了，怎么解冻？',
    expected: [{ kind: 'bank-card', text: '5200 0000 0000 0007' }],
  },
  {
    text: '高老板拖欠我们十二个人的工资，合计八万多元，他的电话138 0000 9090。',
    expected: [
      { kind: 'person-name', text: '高' },
      { kind: 'mobile', text: '138 0000 9090' },
    ],
  },
  {
    text: '我们班组的工友王五、赵六、孙七等8人都被拖欠了工资，请监察大队帮忙。',
    expected: [
      { kind: 'person-name', text: '王五' },
      { kind: 'person-name', text: '赵六' },
      { kind: 'person-name', text: '孙七' },
    ],
  },
  {
    text: '监察大队的罗队长让我们回去等通知，已经等了一个月。',
    expected: [{ kind: 'person-name', text: '罗' }],
  },
  {
    text: '开庭时李法官说证据不足，我想知道还能补充什么材料。',
    expected: [{ kind: 'person-name', text: '李' }],
  },
  {
    text: '王总经理承诺月底前结清全部工资，但到现在一分钱都没给。',
    expected: [{ kind: 'person-name', text: '王' }],
  },
  {
    text: '张副局长接访时答应一周内给答复。',
    expected: [{ kind: 'person-name', text: '张' }],
  },
  {
    // No honorific, label or list: a bare name in running text is not found (known limitation).
    text: '工友李四在工地上摔伤了腿，包工头不管不问。',
    expected: [{ kind: 'person-name', text: '李四' }],
  },
  {
    text: '我的电话：13800001357/13900002468，任意一个都可以。',
    expected: [
      { kind: 'mobile', text: '13800001357' },
      { kind: 'mobile', text: '13900002468' },
    ],
  },
  {
    text: '联系电话:0857—5553456',
    expected: [{ kind: 'landline', text: '0857—5553456' }],
  },
  {
    text: '身份证号：520502-20300101-0019，帮我查一下缴费年限。',
    expected: [{ kind: 'id-card', text: '520502-20300101-0019' }],
  },
  {
    text: '请将结果告知我本人，手机 1 3 8 0 0 0 0 2 5 2 5。',
    expected: [{ kind: 'mobile', text: '1 3 8 0 0 0 0 2 5 2 5' }],
  },
  {
    text: '我老公名字叫龙小飞，在贵阳一家物流公司上班，公司不给交社保。',
    expected: [{ kind: 'person-name', text: '龙小飞' }],
  },
  {
    text: '邮箱：Wang.Fang@Example.CN（请勿泄露）',
    expected: [{ kind: 'email', text: 'Wang.Fang@Example.CN' }],
  },
  {
    text: '银行卡：6225880000000001，户名：杨丽。',
    expected: [
      { kind: 'bank-card', text: '6225880000000001' },
      { kind: 'person-name', text: '杨丽' },
    ],
  },
  {
    text: '身份证尾号是0019的那个人就是我，全号是520502203001010019。',
    expected: [{ kind: 'id-card', text: '520502203001010019' }],
  },
  {
    text: '我们是三个人：我、黄大哥和他的侄子，都在同一个工地干活。',
    expected: [{ kind: 'person-name', text: '黄' }],
  },
  {
    text: '欧阳娜娜女士，您好！您的失业保险金申领已审核通过。',
    context: { authorName: '欧阳娜娜' },
    expected: [{ kind: 'author-name', text: '欧阳娜娜' }],
  },
  {
    text: '如有疑问请拨打我的手机139 0000 4747或者家里电话0857-5554747。',
    context: { authorPhone: '139-0000-4747' },
    expected: [
      { kind: 'author-phone', text: '139 0000 4747' },
      { kind: 'landline', text: '0857-5554747' },
    ],
  },
  {
    text: '投诉人：何小平，联系电话：13800008080',
    expected: [
      { kind: 'person-name', text: '何小平' },
      { kind: 'mobile', text: '13800008080' },
    ],
  },
  {
    text: '经与用人单位负责人刘建国先生核实，该公司已于5月10日补缴了社会保险费。',
    expected: [{ kind: 'person-name', text: '刘建国' }],
  },
  {
    // A name after a job title ("退休职工") is not found (known limitation).
    text: '我是退休职工王桂英的女儿，我母亲的养老金从上个月开始停发了。',
    expected: [{ kind: 'person-name', text: '王桂英' }],
  },
  {
    text: '我的手机号码为138 0000 3030,身份证号为520524204502280044,请核实。',
    expected: [
      { kind: 'mobile', text: '138 0000 3030' },
      { kind: 'id-card', text: '520524204502280044' },
    ],
  },
  {
    text: 'E-mail: liu_yang@example.com; Tel: 0851-5552020',
    expected: [
      { kind: 'email', text: 'liu_yang@example.com' },
      { kind: 'landline', text: '0851-5552020' },
    ],
  },
  {
    // 自称 is a label; a name before 委托 is not found (known limitation).
    text: '来电人自称张三，说是受王五委托来咨询工伤待遇的。',
    expected: [
      { kind: 'person-name', text: '张三' },
      { kind: 'person-name', text: '王五' },
    ],
  },
  {
    text: '方老师说的那个补贴，具体要怎么申请？',
    expected: [{ kind: 'person-name', text: '方' }],
  },
  // Names after role and family words, familiar forms, bare lists; the new kinds.
  {
    text: '我去窗口办理时，经办人孙丽华说材料不全，让我下周再来，可我已经跑了三趟了。',
    expected: [{ kind: 'person-name', text: '孙丽华' }],
  },
  {
    text: '包工头罗德贵拖欠我们班组9个人的工资共计四万六千元，至今没有结清。',
    expected: [{ kind: 'person-name', text: '罗德贵' }],
  },
  {
    text: '我母亲龙秀英今年58岁，以前在乡镇企业上过班，能不能补缴养老保险？',
    expected: [{ kind: 'person-name', text: '龙秀英' }],
  },
  {
    text: '项目经理吴斌一直说等甲方拨款再发工资，已经拖了半年。',
    expected: [{ kind: 'person-name', text: '吴斌' }],
  },
  {
    text: '同事小潘和我同一天离职，他已经领到失业金了，我怎么还没到账？',
    expected: [{ kind: 'person-name', text: '潘' }],
  },
  {
    text: '工友老田说可以到劳动监察大队投诉，请问需要带什么材料？',
    expected: [{ kind: 'person-name', text: '田' }],
  },
  {
    text: '我们班组有田小军、蒙国华、韦建平三人没有拿到工资。',
    expected: [
      { kind: 'person-name', text: '田小军' },
      { kind: 'person-name', text: '蒙国华' },
      { kind: 'person-name', text: '韦建平' },
    ],
  },
  {
    text: '欧阳主任答应月底前给答复，但现在还没有消息。',
    expected: [{ kind: 'person-name', text: '欧阳' }],
  },
  {
    text: '厂里的会计叫邹玉兰，她说社保是按最低基数交的。',
    expected: [{ kind: 'person-name', text: '邹玉兰' }],
  },
  {
    text: '我爱人敖明芬去年查出尿毒症，医保报销比例是多少？',
    expected: [{ kind: 'person-name', text: '敖明芬' }],
  },
  {
    text: '老板姓穆，工地在大方县城郊，欠我们两个月工资。',
    expected: [{ kind: 'person-name', text: '穆' }],
  },
  {
    text: '我家住毕节市七星关区麻园路28号2单元402室，离职后档案还在单位。',
    expected: [{ kind: 'address', text: '毕节市七星关区麻园路28号2单元402室' }],
  },
  {
    text: '我在织金县城关镇某小区3栋1单元702住，想把档案转到户籍地。',
    expected: [{ kind: 'address', text: '织金县城关镇某小区3栋1单元702' }],
  },
  {
    text: '老家是赫章县妈姑镇和平村5组16号，社保卡寄到哪里领？',
    expected: [{ kind: 'address', text: '赫章县妈姑镇和平村5组16号' }],
  },
  {
    text: '有事请加我微信号：lp_bijie2021，电话不方便接。',
    expected: [{ kind: 'wechat-id', text: 'lp_bijie2021' }],
  },
  {
    text: '我的QQ是987654321，材料可以发到QQ邮箱吗？',
    expected: [{ kind: 'qq', text: '987654321' }],
  },
  {
    text: '我开的是贵F·3K8M2这辆车，跑运输算不算灵活就业？',
    expected: [{ kind: 'plate', text: '贵F·3K8M2' }],
  },
  {
    text: '社会保障号码520502203001010019，查询缴费记录时显示中断。',
    expected: [{ kind: 'social-security-number', text: '520502203001010019' }],
  },
  {
    text: '我的社保卡号：5200 0000 1234，卡已经激活了但医院刷不了。',
    expected: [{ kind: 'social-security-number', text: '5200 0000 1234' }],
  },
  {
    text: '残疾人证号52050220300101001943，想问残疾人就业补贴怎么申请。',
    expected: [{ kind: 'id-card', text: '52050220300101001943' }],
  },
  {
    text: '文件请发到zhao.liu。1988@example。com，谢谢。',
    expected: [{ kind: 'email', text: 'zhao.liu。1988@example。com' }],
  },
  {
    text: '也可以发邮件到wangwu(at)example.cn。',
    expected: [{ kind: 'email', text: 'wangwu(at)example.cn' }],
  },
  {
    text: '家里座机5551234，白天一般没人，请晚上打。',
    expected: [{ kind: 'landline', text: '5551234' }],
  },
  {
    text: '我叫陈\u200b晓\u200b东，电话138\u200b0000\u200b6677，单位没给我交社保。',
    context: { authorName: '陈晓东', authorPhone: '13800006677' },
    expected: [
      { kind: 'author-name', text: '陈\u200b晓\u200b东' },
      { kind: 'author-phone', text: '138\u200b0000\u200b6677' },
    ],
  },
  {
    text: '请联系\u202e王\u202c五处理，他的手机是139\u00ad0000\u00ad8899。',
    expected: [{ kind: 'mobile', text: '139\u00ad0000\u00ad8899' }],
  },
  {
    text: '您反映的问题，我局已责成七星关区劳动保障监察大队调查，包工头黄永富已承诺于12月20日前支付。',
    expected: [{ kind: 'person-name', text: '黄永富' }],
  },
  {
    text: '经核查，您父亲杨光荣的养老保险缴费年限为14年8个月，尚差4个月。',
    expected: [{ kind: 'person-name', text: '杨光荣' }],
  },
  {
    text: '找老板唐德明要了几次工资，他都说没钱。',
    expected: [{ kind: 'person-name', text: '唐德明' }],
  },
  {
    text: '我和工友石勇、彭刚都是在金沙县一个工地干活的。',
    expected: [
      { kind: 'person-name', text: '石勇' },
      { kind: 'person-name', text: '彭刚' },
    ],
  },
  // Names where citizens and handlers actually put them: subjects, objects, salutations.
  {
    text: '尊敬的龙建华：您好！您反映的养老保险转移问题已办结。',
    expected: [{ kind: 'person-name', text: '龙建华' }],
  },
  {
    text: '冉光明您好，您的失业保险金已于本月15日发放到社保卡。',
    expected: [{ kind: 'person-name', text: '冉光明' }],
  },
  {
    text: '去年十月，罗文军在工地上从脚手架摔下来，到现在工伤还没认定。',
    expected: [{ kind: 'person-name', text: '罗文军' }],
  },
  {
    text: '这件事是由周海燕负责的，她已经调走了，现在没人管。',
    expected: [{ kind: 'person-name', text: '周海燕' }],
  },
  {
    text: '我把材料交给了杨春梅，她说一周内给回复。',
    expected: [{ kind: 'person-name', text: '杨春梅' }],
  },
  {
    text: '你们能不能帮我问一下吴永平，他到底什么时候发工资？',
    expected: [{ kind: 'person-name', text: '吴永平' }],
  },
  {
    text: '当时在场的还有李红梅、张玉兰，她们都可以作证。',
    expected: [
      { kind: 'person-name', text: '李红梅' },
      { kind: 'person-name', text: '张玉兰' },
    ],
  },
  {
    text: '我丈夫叫何志强，他在遵义打工时单位没给买保险。',
    expected: [{ kind: 'person-name', text: '何志强' }],
  },
  {
    text: '我们是蒙家的兄弟，老大蒙志刚去年走了，抚恤金怎么领？',
    expected: [{ kind: 'person-name', text: '蒙志刚' }],
  },
  {
    text: '对赵德胜拖欠工资一事，监察大队已立案调查。',
    expected: [{ kind: 'person-name', text: '赵德胜' }],
  },
  {
    text: '工地的带班胡师傅让我们先干活，说工钱年底一起结。',
    expected: [{ kind: 'person-name', text: '胡' }],
  },
  {
    text: '请转告谢丽娟，她的档案已经转到市人才交流中心了。',
    expected: [{ kind: 'person-name', text: '谢丽娟' }],
  },
  {
    text: '邓老师您好，请问您说的就业见习补贴是按月发吗？',
    expected: [{ kind: 'person-name', text: '邓' }],
  },
  {
    text: '我和熊建国都是2019年入职的，合同到期后公司不续签也不给补偿。',
    expected: [{ kind: 'person-name', text: '熊建国' }],
  },
  {
    text: '老板的儿子袁小龙现在管工地，他说工资的事找他爸。',
    expected: [{ kind: 'person-name', text: '袁小龙' }],
  },
  {
    text: '工人冯春生、毛世贵、谭国庆等人的工资已于12月10日全部支付。',
    expected: [
      { kind: 'person-name', text: '冯春生' },
      { kind: 'person-name', text: '毛世贵' },
      { kind: 'person-name', text: '谭国庆' },
    ],
  },
  {
    text: '联系我电话138-0000-4521，或者我妹妹的电话139 0000 4522。',
    expected: [
      { kind: 'mobile', text: '138-0000-4521' },
      { kind: 'mobile', text: '139 0000 4522' },
    ],
  },
  {
    text: '手机号1380000\n7654，上次写错了。',
    expected: [{ kind: 'mobile', text: '1380000\n7654' }],
  },
  {
    text: '我的电话是139OOOO2468，请尽快回电。',
    expected: [{ kind: 'mobile', text: '139OOOO2468' }],
  },
  {
    text: '工资卡号6217000000000000123（可能少写了一位），一直没收到钱。',
    expected: [{ kind: 'bank-card', text: '6217000000000000123' }],
  },
  {
    text: '社保电脑号：10000123，缴费记录显示断了三个月。',
    expected: [{ kind: 'social-security-number', text: '10000123' }],
  },
  {
    text: '住址：威宁县草海镇建设路A栋3单元501，请寄纸质材料。',
    expected: [{ kind: 'address', text: '威宁县草海镇建设路A栋3单元501' }],
  },
  {
    text: '我住在金海湖新区竹园小区12-3-602，离人社局比较远。',
    expected: [{ kind: 'address', text: '金海湖新区竹园小区12-3-602' }],
  },
  {
    text: '被申请人为毕节某劳务公司，法定代表人（黄永祥）一直不出面。',
    expected: [{ kind: 'person-name', text: '黄永祥' }],
  },
  {
    text: '姓名是陶志勇，身份证号码520502203001010019，申请补发社保卡。',
    expected: [
      { kind: 'person-name', text: '陶志勇' },
      { kind: 'id-card', text: '520502203001010019' },
    ],
  },
  {
    text: '杨德富是我们的包工头，欠了我们八个月的工钱。',
    expected: [{ kind: 'person-name', text: '杨德富' }],
  },
  {
    text: '经查，禄开元于2021年3月至2022年8月在该公司务工，公司未为其缴纳社会保险。',
    expected: [{ kind: 'person-name', text: '禄开元' }],
  },
]

/** Texts without personal data, full of what looks like it. */
const WITHOUT_PERSONAL_DATA: readonly CorpusItem[] = [
  {
    text: '根据《社会保险法》第四十五条规定，失业人员符合条件的，可以申请领取失业保险金。',
    expected: [],
  },
  { text: '依据人社部发〔2019〕18号文件，企业职工基本养老保险个人缴费比例为8%。', expected: [] },
  {
    text: '请拨打12333人力资源和社会保障服务热线咨询，或者拨打12345政务服务便民热线。',
    expected: [],
  },
  { text: '2024年5月1日起，我市最低工资标准调整为每月1,900元，请用人单位遵照执行。', expected: [] },
  { text: '办理时间为工作日09:00-12:00，14:00-17:00，节假日不办公。', expected: [] },
  { text: '根据国办发明电〔2023〕7号文件精神，我局对相关政策作了调整。', expected: [] },
  { text: '黔人社厅发〔2020〕12号文件规定了技能提升补贴的申领条件和程序。', expected: [] },
  {
    text: '按照《工伤保险条例》（国务院令第375号）第十四条，职工在工作时间和工作场所内因工作原因受到事故伤害的，应当认定为工伤。',
    expected: [],
  },
  { text: '人社部令第14号对劳动保障监察的管辖和程序作了规定。', expected: [] },
  { text: '我于2019年入职，2024-05-01离职，公司拖欠工资2,300元。', expected: [] },
  { text: '项目部共拖欠农民工工资12345678元，已责令限期支付。', expected: [] },
  { text: '邮政编码551700，地址：毕节市七星关区洪山路。', expected: [] },
  { text: '失业保险金按月发放，标准为当地最低工资标准的90%。', expected: [] },
  { text: '20240501这天我去窗口办理，工作人员说系统维护，让我改天再来。', expected: [] },
  { text: '社保局长期以来坚持便民服务，感谢各位工作人员的辛勤付出。', expected: [] },
  { text: '对方律师在仲裁庭上说公司已经支付了全部工资，但是我没有收到。', expected: [] },
  { text: '谢谢老师的耐心解答，问题已经解决了。', expected: [] },
  { text: '先生您好，关于您反映的问题，答复如下。', expected: [] },
  { text: '各位老师、同学：2024届高校毕业生就业见习岗位信息已发布，欢迎报名。', expected: [] },
  { text: '编号为2023-0045的仲裁案件已于本月开庭审理。', expected: [] },
  { text: '案号：（2023）黔0502民初1234号，判决已生效，公司仍未履行。', expected: [] },
  { text: '缴费凭证上的流水号为6222000000000120，请核对是否到账。', expected: [] },
  { text: '我是高校毕业生，想了解就业见习补贴的申请条件。', expected: [] },
  { text: '我是江西人，在毕节工作五年了，社保能否转移到江西？', expected: [] },
  { text: '我是金沙县人，在外省务工，如何办理养老保险关系转移？', expected: [] },
  { text: '本人于2020年入职，公司一直未缴纳社会保险。', expected: [] },
  { text: '我向老板讨要工资，老板说项目款没有到位，让我们再等等。', expected: [] },
  { text: '关于老师职称评审的问题，请咨询市人社局专业技术人员管理科。', expected: [] },
  { text: '公司押金老板一直不退，已经三个月了，请问可以去哪里投诉？', expected: [] },
  { text: '上周老板说本月15日前发工资，到现在还没发。', expected: [] },
  { text: '主任医生职称评审条件请查阅卫生系列高级职称评审文件。', expected: [] },
  { text: '企业职工养老保险缴费基数上限为当地社平工资的300%，下限为60%。', expected: [] },
  { text: '2019年至2023年期间，我在三家单位工作过，社保累计缴费48个月。', expected: [] },
  { text: '高级律师、一级律师属于专业技术职称，评审工作由司法行政部门负责。', expected: [] },
  { text: '上午9:30到窗口，排了3个小时的队，下午1点才办完。', expected: [] },
  { text: '办理地点：市政务服务中心3楼A区15-17号窗口。', expected: [] },
  { text: '国务院令第711号《保障农民工工资支付条例》自2020年5月1日起施行。', expected: [] },
  { text: '请于2024年6月30日前，登录贵州省人力资源和社会保障厅网站进行申报。', expected: [] },
  { text: '按照规定，灵活就业人员缴费比例为20%，其中8%记入个人账户。', expected: [] },
  { text: '一级建造师、二级建造师证书注册问题请咨询住建部门。', expected: [] },
  { text: '失业保险金领取期限最长为24个月，累计缴费满10年的可领取18个月。', expected: [] },
  {
    text: '职工因工死亡的，一次性工亡补助金标准为上一年度全国城镇居民人均可支配收入的20倍。',
    expected: [],
  },
  { text: '各位同志：根据工作安排，5月6日（星期一）办事大厅正常开放。', expected: [] },
  { text: '您好！您反映的问题已收悉，我局将于10个工作日内答复。', expected: [] },
  { text: '工资条上写的是3,800.00元，实际到账3,200元，少了600元。', expected: [] },
  { text: '2024年度社会保险缴费基数申报工作已启动，截止时间为2024-07-31。', expected: [] },
  { text: '社保卡的服务密码为6位数字，初始密码可到银行网点重置。', expected: [] },
  { text: '人才引进安家补贴按硕士5万元、博士10万元的标准发放。', expected: [] },
  { text: '请通过“贵州人社”APP或者微信小程序查询个人权益记录。', expected: [] },
  { text: '拖欠工资的问题可以拨打12333或者到劳动保障监察大队现场投诉。', expected: [] },
  { text: '毕节的区号是0857，市人社局所在地邮编551700。', expected: [] },
  { text: '第1、2、3项材料需提供原件，第4、5项提供复印件即可。', expected: [] },
  { text: '用人单位应当自用工之日起30日内为职工申请办理社会保险登记。', expected: [] },
  {
    text: '按照《劳动合同法》第八十二条，用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。',
    expected: [],
  },
  { text: '电话咨询时间：周一至周五 8:30-12:00 14:00-17:30', expected: [] },
  { text: '城乡居民养老保险缴费档次分为200元至3000元共13个档次。', expected: [] },
  { text: '该企业统一社会信用代码为91520502MA6DXXXX12，已被列入拖欠工资失信名单。', expected: [] },
  {
    text: '工伤职工停工留薪期一般不超过12个月，伤情严重的经设区的市级劳动能力鉴定委员会确认，可以适当延长。',
    expected: [],
  },
  { text: '2023年全市城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内。', expected: [] },
  { text: '20210301-20240229期间的缴费记录显示为中断，请问是什么原因？', expected: [] },
  { text: '订单号20240515123456，请问这笔补缴费用什么时候到账？', expected: [] },
  { text: '证书编号：GZ2023010012345，请核实真伪。', expected: [] },
  { text: '我的问题是关于社保转移的，之前咨询过12333，他们说要去参保地办理。', expected: [] },
  { text: '明白老板的意思了，但合同上写的不是这样。', expected: [] },
  { text: '工程老板说要等项目验收后才能结算工资。', expected: [] },
  { text: '任何老板都不能随意克扣工资，这是法律明确规定的。', expected: [] },
  { text: '年满60周岁、累计缴费满15年的，可以按月领取基本养老金。', expected: [] },
  { text: '会议定于2024年5月20日14:30在3楼会议室召开，请各科室科长参加。', expected: [] },
  { text: '根据黔人社发〔2023〕5号，2024年1月1日起执行新标准，咨询电话12333。', expected: [] },
  { text: '社保个人编号10020034567，请帮忙核对一下是否正确。', expected: [] },
  { text: '2019 2020 2021 2022年的缴费记录都不全，能否补缴？', expected: [] },
  { text: '第3、4、5、6、7、8、9条规定的情形，用人单位可以解除劳动合同。', expected: [] },
  { text: '我是张家湾村的村民，想问一下城乡居民医保怎么缴费。', expected: [] },
  { text: '这位女士反映的问题属于医保部门职责，已告知其向医保部门咨询。', expected: [] },
  { text: '老师傅们在工地上干了一辈子，到老了却没有养老保险。', expected: [] },
  { text: '毕节市人社局的咨询电话是0857-12333，工作日都有人接听。', expected: [] },
  { text: '档案编号520502209913450012，档案已转至市人才交流中心。', expected: [] },
  { text: '@毕节人社 请问失业金申领进度怎么查询？', expected: [] },
  { text: '2024年第1季度，全市发放稳岗返还资金1,234.56万元，惠及企业3,456户。', expected: [] },
  { text: '各位先生、女士：人力资源市场招聘会将于本周六举行。', expected: [] },
  { text: '包工头说工钱要等年底一起结，老板也不管，这合理吗？', expected: [] },
  { text: '感谢老师们的帮助，我的就业见习补贴已经到账了。', expected: [] },
  { text: '我是一名灵活就业人员，2022年1月至2023年12月断缴了24个月。', expected: [] },
  { text: '单位给我交的是最低档，每月个人缴纳402.8元，单位缴纳1,007元。', expected: [] },
  {
    text: '根据人社部发〔2021〕56号和黔人社发〔2022〕3号文件，技能人才评价实行社会化。',
    expected: [],
  },
  { text: '第一季度城镇登记失业率为3.2%，比上年同期下降0.3个百分点。', expected: [] },
  { text: '本人曾在多家单位工作，社保缴费记录分散在不同地方，如何合并？', expected: [] },
  { text: '我是周一去办理的，窗口说周三出结果，到现在还没有消息。', expected: [] },
  { text: '请明天上午9:00-11:30携带身份证原件到3号窗口办理。', expected: [] },
  { text: '仲裁委于2024年4月15日作出裁决，裁决书编号为2024-0378。', expected: [] },
  { text: '我在建筑工地干了5年，总共有1825天，老板说不签合同也算劳动关系吗？', expected: [] },
  { text: '今年的养老金上调了3%，我的养老金从2,856元涨到了2,941.68元。', expected: [] },
  { text: '您好，请问社保卡丢了怎么补办？需要带什么材料？', expected: [] },
  { text: '每月15日前缴纳当月社保费，逾期将按日加收万分之五的滞纳金。', expected: [] },
  { text: '根据《社会保险费征缴暂行条例》（国务院令第259号）第十三条规定执行。', expected: [] },
  { text: '我的工号是20190815，已经在公司工作了五年。', expected: [] },
  { text: '2024年1—6月，全市共受理劳动人事争议案件1,286件，结案率95.6%。', expected: [] },
  { text: '补贴标准为每人每月300元，最长不超过6个月，即最多1800元。', expected: [] },
  { text: '我的社保卡账号后四位是5678，是不是卡号错了才没到账？', expected: [] },
  { text: '高中老师、初中老师的职称评审分开进行吗？', expected: [] },
  { text: '我是一名中学老师，在威宁县任教十五年了。', expected: [] },
  { text: '请问公司让我签自愿放弃社保的协议，这样合法吗？', expected: [] },
  { text: '从2023年10月到2024年3月，公司每个月只发1500元生活费。', expected: [] },
  { text: '网上办理地址：https://www.example.gov.cn/rsj/12333.html', expected: [] },
  { text: '我去年12月31日被辞退，公司说试用期不用给补偿。', expected: [] },
  { text: '关于贵局2024年5月8日的答复，我有以下几点疑问。', expected: [] },
  { text: '许多老板都不愿意给农民工买工伤保险。', expected: [] },
  { text: '高中毕业就出来打工了，现在想参加技能培训拿证书。', expected: [] },
  { text: '江苏老板开的厂，工资一直压两个月发。', expected: [] },
  { text: '上周五下午三点，我们去人社局找领导反映情况。', expected: [] },
  { text: '这个月的工资条显示扣了社保个人部分386.4元、公积金240元。', expected: [] },
  { text: '答复单位：毕节市人力资源和社会保障局　答复时间：2024-05-20', expected: [] },
  { text: '请问1990年以前的工龄能不能算作视同缴费年限？', expected: [] },
  { text: '我1968年出生，今年56岁，女，灵活就业，还要交几年？', expected: [] },
  { text: '单位2019.03—2022.11期间欠缴社保，共44个月。', expected: [] },
  { text: '金沙老板欠薪跑路了，我们十几个人找不到人。', expected: [] },
  // Hard negatives for the kinds added later: places, offices, public lines, codes.
  { text: '请携带材料到毕节市政务服务中心二楼人社窗口办理。', expected: [] },
  { text: '七星关区洪山路一带有很多建筑工地，欠薪问题比较集中。', expected: [] },
  { text: '可拨打市就业局咨询电话0857-5552333，工作日上午9点至下午5点。', expected: [] },
  { text: '监督电话：0857-5558899（毕节市人力资源和社会保障局）。', expected: [] },
  { text: '仲裁委员会地址：毕节市七星关区招商大道12号仲裁院三楼。', expected: [] },
  { text: '案号为（2024）黔0502民初1234号，判决已经生效。', expected: [] },
  { text: '毕劳人仲案字〔2024〕56号裁决书已送达，单位逾期未履行。', expected: [] },
  { text: '统一社会信用代码91520502MA6DXXXX1X的公司可以申请稳岗返还。', expected: [] },
  { text: '我们小区有几户人家都在外地打工，社保卡不知道怎么激活。', expected: [] },
  { text: '每一户都要登记，第三单元的人还没来。', expected: [] },
  { text: '老乡们都说老板人不错，就是工资发得慢。', expected: [] },
  { text: '小时工的工资怎么计算？老板说按天算。', expected: [] },
  { text: '关注"毕节人社"微信公众号可以查询办事指南。', expected: [] },
  { text: '微信搜索小程序"掌上12333"即可办理。', expected: [] },
  { text: '报销比例为90%，起付线为800元，年度最高支付限额30万元。', expected: [] },
  { text: '邮政编码551700，地址以单位注册地为准。', expected: [] },
  { text: '3月15号上午去办的，窗口说5个工作日内办结。', expected: [] },
  { text: '第3号窗口专门办理失业保险金申领业务。', expected: [] },
  { text: '按照第二十四条规定，经办机构应当自收到申请之日起10个工作日内办理。', expected: [] },
  { text: '公司在碧阳大道那边，具体门牌号我不记得了。', expected: [] },
  { text: '安全员说工地上不让拍照。', expected: [] },
  { text: '申请人应当向参保地经办机构提出申请。', expected: [] },
  { text: '周末和节假日加班的工资怎么算？', expected: [] },
  { text: '他们都说单位会补缴，但一直没有动静。', expected: [] },
  { text: '请问黄金周期间社保窗口上班吗？', expected: [] },
  { text: '技能补贴申请后多久到账？我是高校毕业生。', expected: [] },
  { text: '老板娘说工资下个月一起发。', expected: [] },
  { text: 'QQ群和微信群里都有人说可以网上办。', expected: [] },
  // Words that start with a surname character after a function word.
  { text: '这是我们的权利，希望有关部门给个说法。', expected: [] },
  { text: '请问灵活就业人员的缴费基数是怎么确定的？', expected: [] },
  { text: '和平村有很多留守老人，养老金发放要方便一些。', expected: [] },
  { text: '由单位和个人共同缴纳，个人缴费比例为8%。', expected: [] },
  { text: '对用人单位的违法行为，劳动保障监察机构可以责令改正。', expected: [] },
  { text: '把材料准备齐全再去窗口，可以少跑一趟。', expected: [] },
  { text: '向社会公开招聘的岗位信息在人社局网站发布。', expected: [] },
  { text: '请到龙里县的工地核实情况，那里有很多贵阳来的工人。', expected: [] },
  { text: '的确是公司的问题，但是我们也没有签合同。', expected: [] },
  { text: '给农民工发工资是企业的法定义务。', expected: [] },
  { text: '是否可以申请延期缴纳社会保险费？', expected: [] },
  { text: '有关政策请查阅贵州省人力资源和社会保障厅官网。', expected: [] },
  { text: '由于疫情原因，去年的技能培训推迟到今年举办。', expected: [] },
  { text: '被征地农民养老保险和城乡居民养老保险能同时参加吗？', expected: [] },
  { text: '找工作的时候要注意查看用人单位的营业执照。', expected: [] },
  { text: '问：退休人员的基本养老金每年都会调整吗？答：会根据国家政策调整。', expected: [] },
  { text: '帮扶车间的工人可以申请就业补贴吗？', expected: [] },
  { text: '称职的经办人员应当一次性告知需要补正的材料。', expected: [] },
  { text: '有一部分工资是现金发的，没有银行流水。', expected: [] },
  { text: '见习期满后，单位可以优先录用见习人员。', expected: [] },
  { text: '请问王家坝那边的工地归哪个监察中队管？', expected: [] },
  { text: '请到人社局三楼302室档案科办理。', expected: [] },
  { text: '办公地址：毕节市七星关区某路12号人社局大楼。', expected: [] },
  { text: '公司地址在洪山路，具体几号我忘了。', expected: [] },
  { text: '监察支队电话：0857-5552001，工作时间可以拨打。', expected: [] },
  { text: '文件是2023年12月发布的，从2024年1月1日起施行。', expected: [] },
  { text: '高明的做法是先协商，协商不成再申请仲裁。', expected: [] },
  { text: '成都和重庆的社保可以转到毕节吗？', expected: [] },
  { text: '张家湾的工地停工了，工人们还在等结算。', expected: [] },
  { text: '请问原告需要提供哪些证据？', expected: [] },
  { text: '劳动者有权依法参加和组织工会。', expected: [] },
  { text: '东方明珠小区附近有没有人社服务站？', expected: [] },
]

/** The whole corpus: texts with personal data first, then texts without. */
export const PRIVACY_CORPUS: readonly CorpusItem[] = [
  ...WITH_PERSONAL_DATA,
  ...WITHOUT_PERSONAL_DATA,
]
