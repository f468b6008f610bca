// Seventh tuning corpus for the personal-data detector. It was written separately as the sixth
// held-out corpus; its figures were recorded (docs/benchmarks.md) and it then became tuning data.
// All personal data in it is fictitious: numbers are made up, ID numbers are built with
// withIdCheckCharacter and bank cards with withLuhnDigit unless a mistyped one is meant.
import type { CorpusItem } from './corpus'
import { withIdCheckCharacter, withLuhnDigit } from './test-support'

/** An ID number written in groups of 6, 8 and 4 characters, as people copy it from the card. */
function grouped(id: string): string {
  return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`
}

/** A card number written in groups of four digits. */
function inFours(card: string): string {
  return card.replace(/(\d{4})(?=\d)/g, '$1 ')
}

const CLEAN_A: readonly CorpusItem[] = [
  {
    text: '我是在浙江宁波打工的毕节人，想问一下失业保险金在外省领还是回毕节领？我在宁波交了3年社保，2024年10月被公司辞退了。',
    expected: [],
  },
  {
    text: '您好，您反映的毕节某建筑工程有限公司拖欠12名农民工工资一事，已转七星关区劳动保障监察大队核查处理，请保持电话畅通。',
    expected: [],
  },
  { text: '你好 我想问下灵活就业参保一年要交多少钱 在哪里交 手机上能不能交', expected: [] },
  {
    text: '经核查，您所在单位已于2023年3月为您办理参保登记，缴费基数按毕节市2023年度全口径城镇单位就业人员平均工资的60%核定，符合相关规定。',
    expected: [],
  },
  {
    text: '请携带本人身份证原件、社会保障卡到毕节市政务服务中心二楼社保窗口办理，也可拨打12333咨询。',
    expected: [],
  },
  {
    text: '根据《工伤保险条例》第十七条规定，用人单位应当自事故伤害发生之日起30日内提出工伤认定申请；用人单位未提出的，职工本人可在1年内提出。',
    expected: [],
  },
  {
    text: '我的案子(2024)黔0502民初1234号已经判了，公司还是不给钱，下一步怎么办？要去法院申请强制执行吗？',
    expected: [],
  },
  {
    text: '毕劳人仲案字〔2024〕56号裁决书已经生效，对方律师说要去法院起诉，请问我们需要做什么准备？',
    expected: [],
  },
  {
    text: '依据黔人社厅发〔2021〕7号文件精神，就业见习补贴标准为每人每月1500元，见习期最长不超过12个月。',
    expected: [],
  },
  { text: '高校毕业生就业见习岗位在哪里看？周一到周五都可以去报名吗？', expected: [] },
  { text: '万一公司倒闭了，拖欠的工资还能要回来吗？有没有欠薪保障金？', expected: [] },
  { text: '谢谢老师的耐心解答，问题已经解决了，给你们点赞！', expected: [] },
  {
    text: '我们石材厂有38个工人，老板说今年效益不好，工资要拖到年底才发，马上要过年了，大家都很着急，请领导帮帮忙。',
    expected: [],
  },
  { text: '林业局聘的生态护林员算不算灵活就业？社保怎么交？', expected: [] },
  {
    text: '向单位申请了工伤认定，单位一直拖着不办，已经超过30天了，我自己能申请吗？需要哪些材料？',
    expected: [],
  },
  {
    text: '本人于2023年8月在金沙县某煤矿井下作业时受伤，工伤认定已经做了，劳动能力鉴定在哪里申请？多久出结果？',
    expected: [],
  },
  {
    text: '统一社会信用代码91520502MA6H1234XY的这家公司是不是被列入了拖欠农民工工资失信联合惩戒名单？',
    expected: [],
  },
  {
    text: '在网上缴灵活就业养老保险，订单号20240315093012884617，钱扣了但是系统显示未缴费，怎么处理？',
    expected: [],
  },
  { text: '退休审批需要多长时间？我1964年6月出生，今年满60岁，单位让我自己去问。', expected: [] },
  {
    text: '老家在纳雍县，现在在毕节城里打零工，想在七星关区参加城乡居民养老保险可以吗？还是要回老家交？',
    expected: [],
  },
  {
    text: '小区门口的保安公司拖欠我们工资三个月了，每月2800元，找老板老板就说等甲方付款。',
    expected: [],
  },
  { text: '黄金周期间社保大厅上不上班？国庆节放假几天？', expected: [] },
  { text: '江边那个工地的老板跑了，我们十几个老乡的工资都没结，一共大概20多万。', expected: [] },
  { text: '社保卡丢了怎么补办？补办要钱吗？多久能拿到新卡？', expected: [] },
  {
    text: '我的档案要从贵阳转到毕节，档案转递地址写毕节市人才服务中心，邮编551700，这样写对吗？',
    expected: [],
  },
  {
    text: '您好，经与毕节市社会保险事业局核实，您2019年1月至2020年6月在广东省缴纳的基本养老保险已于2024年5月转入我市，目前累计缴费年限为17年8个月。',
    expected: [],
  },
  {
    text: '您反映的问题已收悉。经七星关区人社局调查，该项目实际拖欠工资共计45.6万元，涉及农民工27人，目前已督促施工总承包单位支付30万元，剩余部分承诺于2025年1月20日前付清。',
    expected: [],
  },
  {
    text: '百里杜鹃管理区的技能提升补贴什么时候发？我去年11月考的电工证，到现在都没到账。',
    expected: [],
  },
  {
    text: '您可拨打毕节市劳动保障监察支队举报电话0857-8223312，或拨打12345政务服务便民热线反映。',
    context: { publicNumbers: ['0857-8223312'] },
    expected: [],
  },
  {
    text: '威宁县就业局咨询电话：0857-6221180（工作日上午8:30—12:00，下午14:30—17:30）。',
    expected: [],
  },
  {
    text: '医保报销比例到底是多少？在市一医院住院花了23456元只报了60%，是不是算错了？',
    expected: [],
  },
  { text: '2024年度毕节市最低工资标准是多少？一类区是1890元吗？小时最低工资呢？', expected: [] },
  { text: '我的社保卡在APP上显示“临时挂失”状态，何时能恢复正常使用？', expected: [] },
  { text: '常年在外打工，养老保险断了5年，现在能不能补缴？补缴要交滞纳金吗？', expected: [] },
  {
    text: 'hi 请问 online 能不能办理失业金申领？APP上一直显示 error 500，换了手机也不行。',
    expected: [],
  },
  {
    text: '欠款金额一共是7万8千元，约定分三次付清，第一次是2024年3月15日，到现在一分没给。',
    expected: [],
  },
  { text: '田地被征收后，被征地农民养老保险怎么参保？政府补贴多少？', expected: [] },
  { text: '安全生产培训合格证能不能申请技能补贴？还是只有职业资格证书才行？', expected: [] },
  {
    text: '我们公司是市级农业产业化龙头企业，今年新招了15名脱贫劳动力，能申请一次性吸纳就业补贴吗？',
    expected: [],
  },
  { text: '白天要上班，下班后还能去办理吗？窗口有没有延时服务，到几点？', expected: [] },
  { text: '方便的话请工作人员回个电话，我这边很急，工地下周就要封顶了。', expected: [] },
  { text: '钱款已经全部到账了，感谢人社局的帮助，辛苦了！', expected: [] },
  {
    text: '您好，经查询，您的失业保险金已于2024年12月10日发放至您的社会保障卡金融账户，每月1701元，共可领取12个月，请注意查收。',
    expected: [],
  },
  {
    text: '请问2025年毕节市灵活就业人员养老保险缴费基数下限是多少？按60%还是100%档？',
    expected: [],
  },
  {
    text: '我们公司有员工在贵阳交社保，人在毕节上班，这样合规吗？会不会影响他以后退休？',
    expected: [],
  },
  {
    text: '申请材料清单：1.身份证复印件；2.劳动合同；3.工资条；4.银行流水；5.考勤记录。请问还需要什么？',
    expected: [],
  },
  {
    text: '您好！关于您咨询的人才服务绿卡办理事宜，请登录“毕节人才网”填写申请表，或到毕节市人才服务中心（七星关区洪山路政务服务中心三楼）现场办理。',
    expected: [],
  },
  {
    text: '档案现在在大方县人才交流中心，我人在深圳工作，能不能直接转到深圳？要本人回去吗？',
    expected: [],
  },
  {
    text: '工伤认定决定书编号毕人社工认〔2024〕0312号，单位不服申请了行政复议，复议要多久？',
    expected: [],
  },
  { text: '我的养老金从每月2136.58元调到了2198.40元，这次调整是按什么比例算的？', expected: [] },
  { text: '车间主任说我们加班不算加班费，每天干12个小时，一个月休2天，这合法吗？', expected: [] },
  { text: '对方律师在仲裁庭上提供的考勤表是后来补做的，我们怎么证明？', expected: [] },
  {
    text: '《劳动合同法》第八十二条说用人单位超过一个月不满一年未签书面合同的应当支付二倍工资，我干了11个月都没签，能要多少？',
    expected: [],
  },
  { text: '家里老人今年82岁，高龄津贴是归人社局管还是民政局管？', expected: [] },
  { text: '听说下周一在倒天河水街有大型招聘会，具体几点开始？需要带简历吗？', expected: [] },
  { text: '金沙县社保服务大厅的电话是多少？打12333一直占线打不进去。', expected: [] },
  {
    text: '我们是黔西市的一家服装加工厂，今年招用了20名脱贫劳动力和5名残疾人，能享受哪些补贴？社保补贴是按月还是按年？',
    expected: [],
  },
  { text: '马上就要退休了，退休审批要提前几个月准备材料？档案里缺招工表怎么办？', expected: [] },
  { text: '织金县的就业见习基地名单能不能在网上公布一下？我是2024届毕业生。', expected: [] },
  { text: '何时发放2024年第四季度的公益性岗位补贴？已经过了两个月了。', expected: [] },
  {
    text: '请问QQ群里有人说可以“代办社保补贴”，要先交300元手续费，这是真的吗？',
    expected: [],
  },
  { text: '微信公众号“毕节人社”上面能不能查养老金到账情况？在哪个菜单？', expected: [] },
  { text: '我开的是贵F牌照的私家车，想跑网约车，这种灵活就业怎么参加社保？', expected: [] },
  { text: '网上申报系统里邮箱地址一栏是必填的吗？我没有邮箱。', expected: [] },
  { text: '银行卡号填错了一位，失业金打不进来怎么办？要重新申请吗？', expected: [] },
  {
    text: '您好，您反映的赫章县某劳务公司拖欠工资问题，经赫章县劳动保障监察大队调查，该公司已于2024年11月28日将拖欠的53名农民工工资共计68.9万元全部支付到位。如仍有疑问，请拨打监督电话0857-3221456。',
    expected: [],
  },
  {
    text: '第二季度的稳岗返还什么时候到账？我们企业参保人数是36人，返还比例是多少？',
    expected: [],
  },
  {
    text: '请问纳雍县劳动人事争议仲裁院在哪里办公？立案需要带什么？是不是周一到周五都能立案？',
    expected: [],
  },
]

const PERSONAL_B: readonly CorpusItem[] = [
  {
    text: '我叫罗建华，在七星关区碧阳大道的一个工地做钢筋工，老板龙国庆欠我们8个人工资共计6万多元，拖了半年了，我的电话13985721046。',
    context: { authorName: '罗建华', authorPhone: '13985721046' },
    expected: [
      { kind: 'author-name', text: '罗建华' },
      { kind: 'person-name', text: '龙国庆' },
      { kind: 'author-phone', text: '13985721046' },
    ],
  },
  {
    text: '你好我是大方县的 在广东东莞打工 工厂的潘老板跑了 欠我们三个月工资 我电话152 8573 6620 微信同号',
    expected: [
      { kind: 'person-name', text: '潘' },
      { kind: 'mobile', text: '152 8573 6620' },
    ],
  },
  {
    text: `姓名：杨春花\n性别：女\n身份证号：${withIdCheckCharacter('52050219870412304')}\n联系电话：18285716634\n家庭住址：毕节市七星关区洪山街道麻园路36号2栋3单元402室\n诉求：申请失业保险金，单位已出具解除劳动合同证明。`,
    expected: [
      { kind: 'person-name', text: '杨春花' },
      { kind: 'id-card', text: withIdCheckCharacter('52050219870412304') },
      { kind: 'mobile', text: '18285716634' },
      { kind: 'address', text: '毕节市七星关区洪山街道麻园路36号2栋3单元402室' },
    ],
  },
  {
    text: '吴先生：您好！您反映的工资拖欠问题，经大方县劳动保障监察大队调查核实，施工方已于12月5日将您的工资18600元转入您本人账户，请查收。',
    expected: [{ kind: 'person-name', text: '吴' }],
  },
  {
    text: `我父亲田永富1958年出生，身份证${withIdCheckCharacter('52242219580723301')}，以前在乡镇企业干过8年，现在要办退休，档案找不到了，我是他儿子田小军，电话139-8578-2217。`,
    expected: [
      { kind: 'person-name', text: '田永富' },
      { kind: 'id-card', text: withIdCheckCharacter('52242219580723301') },
      { kind: 'person-name', text: '田小军' },
      { kind: 'mobile', text: '139-8578-2217' },
    ],
  },
  {
    text: '领导好，我们在纳雍县城修房子，工头是蒙海燕和她老公韦文华，我们5个人一共被欠了4万2，他们现在电话不接，蒙海燕的电话是15885730219。',
    expected: [
      { kind: 'person-name', text: '蒙海燕' },
      { kind: 'person-name', text: '韦文华' },
      { kind: 'person-name', text: '蒙海燕' },
      { kind: 'mobile', text: '15885730219' },
    ],
  },
  {
    text: `社会保障号码：${withIdCheckCharacter('52052119900108502')}，姓名：安红军，申请事项：养老保险关系转移接续（从云南昆明转入）。`,
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52052119900108502') },
      { kind: 'person-name', text: '安红军' },
    ],
  },
  {
    text: '我是禄文华的女儿，我妈不识字，让我帮她写。她在织金县城关镇做了十年清洁工，单位从来没给她买过社保。我家住织金县双堰街道平远大道168号2栋1单元302，座机0857-7621935。',
    expected: [
      { kind: 'person-name', text: '禄文华' },
      { kind: 'address', text: '织金县双堰街道平远大道168号2栋1单元302' },
      { kind: 'landline', text: '0857-7621935' },
    ],
  },
  {
    text: '工资卡号6217 0027 1003 4468 915 这个卡是我老婆的 我自己的卡丢了 能不能把失业金打到她卡上',
    expected: [{ kind: 'bank-card', text: '6217 0027 1003 4468 915' }],
  },
  {
    text: '您好，您的材料已收到，但身份证复印件不清楚，请重新发送至我局公开邮箱，或者直接到窗口提交。——用户补充：好的，回执请发到我的邮箱 wenxiaoping1983@163.com，文小平。',
    expected: [
      { kind: 'email', text: 'wenxiaoping1983@163.com' },
      { kind: 'person-name', text: '文小平' },
    ],
  },
  {
    text: '有事加我微信：mu_chunlan88，电话打不通，我在工地上信号不好。穆春兰',
    expected: [
      { kind: 'wechat-id', text: 'mu_chunlan88' },
      { kind: 'person-name', text: '穆春兰' },
    ],
  },
  {
    text: '老板敖德明开的车是贵F·3K589，他天天开着车到处跑就是不给我们发工资，我们去他家找过，他家住七星关区松山路金鼎苑7栋2单元1101。',
    expected: [
      { kind: 'person-name', text: '敖德明' },
      { kind: 'plate', text: '贵F·3K589' },
      { kind: 'address', text: '七星关区松山路金鼎苑7栋2单元1101' },
    ],
  },
  {
    text: '彭师傅您好，您咨询的技能补贴申领问题：您取得的是中级焊工证书，可申领1500元补贴，请在证书核发之日起12个月内申请。',
    expected: [{ kind: 'person-name', text: '彭' }],
  },
  {
    text: '我叫邹国强 QQ 384756219 平时上QQ比较多 电话是18798574406',
    expected: [
      { kind: 'person-name', text: '邹国强' },
      { kind: 'qq', text: '384756219' },
      { kind: 'mobile', text: '18798574406' },
    ],
  },
  {
    text: '反映人：甘秀英，联系方式：１３６ ３８５７ ０２９８。我在威宁县雪山镇的养殖场干了两年，场长聂永福一直不给签合同，也不买保险。',
    expected: [
      { kind: 'person-name', text: '甘秀英' },
      { kind: 'mobile', text: '１３６ ３８５７ ０２９８' },
      { kind: 'person-name', text: '聂永福' },
    ],
  },
  {
    text: '我爷爷卯成才今年八十了，他说他1962年在公社当过民办教师，能不能算工龄。他让我记他的电话：幺三九八五七六二零四一八。',
    expected: [
      { kind: 'person-name', text: '卯成才' },
      { kind: 'mobile', text: '幺三九八五七六二零四一八' },
    ],
  },
  {
    text: '投诉人：陆海军\n被投诉单位：毕节某物业服务有限公司\n投诉内容：物业公司经理骆建平以各种理由克扣保安工资，每人每月扣300元，已经扣了半年。\n联系电话：15085700382',
    context: { authorName: '陆海军', authorPhone: '15085700382' },
    expected: [
      { kind: 'author-name', text: '陆海军' },
      { kind: 'person-name', text: '骆建平' },
      { kind: 'author-phone', text: '15085700382' },
    ],
  },
  {
    text: '庹女士：您好！经核查，您的医保关系已于2024年9月由遵义市转入毕节市，缴费记录已合并，住院报销可正常享受待遇。',
    expected: [{ kind: 'person-name', text: '庹' }],
  },
  {
    text: `我的身份证号码是${grouped(withIdCheckCharacter('52052619851102161'))}，之前在浙江交了社保，帮我查一下转回来没有，谢谢`,
    expected: [{ kind: 'id-card', text: grouped(withIdCheckCharacter('52052619851102161')) }],
  },
  {
    text: '我们一起的有冉光辉、晏小东、付春燕、雷永刚等6人，都是在黔西市一个砖厂干活的，老板拖欠工资共计9万余元。',
    expected: [
      { kind: 'person-name', text: '冉光辉' },
      { kind: 'person-name', text: '晏小东' },
      { kind: 'person-name', text: '付春燕' },
      { kind: 'person-name', text: '雷永刚' },
    ],
  },
  {
    text: '桂老师你好，我是你上次接待过的那个工伤的，我现在右手还是动不了，单位说不给我停工留薪，我该怎么办？',
    expected: [{ kind: 'person-name', text: '桂' }],
  },
  {
    text: '申晓燕同志：您好！您于2024年10月12日来电咨询的退休待遇问题，经市社保中心核算，您的基本养老金为每月3126.45元，自2024年11月起发放。',
    expected: [{ kind: 'person-name', text: '申晓燕' }],
  },
  {
    text: '麻烦转告一下肖科长 我是金沙县后山镇的谭德文 上周跟他说过的那个事 他说帮我问 一直没回话 我电话一八二八五七三六六零九',
    expected: [
      { kind: 'person-name', text: '肖' },
      { kind: 'person-name', text: '谭德文' },
      { kind: 'mobile', text: '一八二八五七三六六零九' },
    ],
  },
  {
    text: `残疾人证号${withIdCheckCharacter('52242719620804153')}42，我是二级肢体残疾，想问一下灵活就业参保有没有补贴。`,
    expected: [{ kind: 'id-card', text: `${withIdCheckCharacter('52242719620804153')}42` }],
  },
  {
    text: '我老家住赫章县妈姑镇新田村三组27号，现在在外省，孩子在老家读书，能不能委托我哥哥袁正红帮我办理社保卡？',
    expected: [
      { kind: 'address', text: '赫章县妈姑镇新田村三组27号' },
      { kind: 'person-name', text: '袁正红' },
    ],
  },
  {
    text: '熊主任好！上次来办事时您说等结果出来会打电话给我，但我一直没接到，我手机号是 +86 139 8576 1127，麻烦您再打一下。余仕林',
    context: { authorName: '余仕林', authorPhone: '13985761127' },
    expected: [
      { kind: 'person-name', text: '熊' },
      { kind: 'author-phone', text: '+86 139 8576 1127' },
      { kind: 'author-name', text: '余仕林' },
    ],
  },
  {
    text: '蔡女士，您好。您反映的问题我们已电话联系用人单位负责人苏明亮，其承诺于本月25日前结清您的工资。如届时未支付，请及时与我们联系。',
    expected: [
      { kind: 'person-name', text: '蔡' },
      { kind: 'person-name', text: '苏明亮' },
    ],
  },
  {
    text: '我老公史建设在工地上摔伤了，左腿骨折，住在毕节市第一人民医院骨科12床，包工头顾大海只给了2000块就不管了。',
    expected: [
      { kind: 'person-name', text: '史建设' },
      { kind: 'person-name', text: '顾大海' },
    ],
  },
  {
    text: `本人侯丽，身份证号5224011993041266，打少了，完整的是${withIdCheckCharacter('52240119930412662')}，联系电话：13765702316。`,
    expected: [
      { kind: 'person-name', text: '侯丽' },
      { kind: 'id-card', text: '5224011993041266' },
      { kind: 'id-card', text: withIdCheckCharacter('52240119930412662') },
      { kind: 'mobile', text: '13765702316' },
    ],
  },
]

const PERSONAL_C: readonly CorpusItem[] = [
  {
    text: '邵\u200b国平在我们厂当了3年会计，厂里所有人的工资都是他发的，现在他说账上没钱。',
    expected: [{ kind: 'person-name', text: '邵\u200b国平' }],
  },
  {
    text: '联系人：孟凡英 电话：138\u200b8571\u200b6642 地址：大方县顺德街道红旗路58号',
    expected: [
      { kind: 'person-name', text: '孟凡英' },
      { kind: 'mobile', text: '138\u200b8571\u200b6642' },
      { kind: 'address', text: '大方县顺德街道红旗路58号' },
    ],
  },
  {
    text: `钟女士身份证号码${withIdCheckCharacter('52052319760930002').slice(0, 9)}\ufeff${withIdCheckCharacter('52052319760930002').slice(9)}，她是我们村的，让我帮她问一下养老金怎么还没发。`,
    expected: [
      { kind: 'person-name', text: '钟' },
      {
        kind: 'id-card',
        text: `${withIdCheckCharacter('52052319760930002').slice(0, 9)}\ufeff${withIdCheckCharacter('52052319760930002').slice(9)}`,
      },
    ],
  },
  {
    text: '欠我工资的是汪\u00ad德胜，他电话是159\u00ad8573\u00ad4410，你们打过去他一般不接。',
    expected: [
      { kind: 'person-name', text: '汪\u00ad德胜' },
      { kind: 'mobile', text: '159\u00ad8573\u00ad4410' },
    ],
  },
  {
    text: '我的邮箱jiang\u200dxiaomei@126.com，请把工伤认定决定书扫描件发给我，江小梅',
    expected: [
      { kind: 'email', text: 'jiang\u200dxiaomei@126.com' },
      { kind: 'person-name', text: '江小梅' },
    ],
  },
  {
    text: '石\u200c磊是我们班组长，他也被欠了工资，我们两个一起来反映。',
    expected: [{ kind: 'person-name', text: '石\u200c磊' }],
  },
  {
    text: '电话 137\u202e6580\u202c5731 我是万家寨那个工地的 姓尹',
    expected: [
      { kind: 'mobile', text: '137\u202e6580\u202c5731' },
      { kind: 'person-name', text: '尹' },
    ],
  },
  {
    text: `工资卡：${withLuhnDigit('622848042001357962').slice(0, 8)}\u200b${withLuhnDigit('622848042001357962').slice(8)}（农行），户名钱小红。`,
    expected: [
      {
        kind: 'bank-card',
        text: `${withLuhnDigit('622848042001357962').slice(0, 8)}\u200b${withLuhnDigit('622848042001357962').slice(8)}`,
      },
      { kind: 'person-name', text: '钱小红' },
    ],
  },
  {
    text: '微信号：kong\ufeffjianguo_1979，加的时候备注仲裁，我是申请人孔建国。',
    expected: [
      { kind: 'wechat-id', text: 'kong\ufeffjianguo_1979' },
      { kind: 'person-name', text: '孔建国' },
    ],
  },
  {
    text: '家住七星关区市东街道\u200b桂花路112号3栋2单元601，白\u200d永富，有事打这个电话0857-8\u200b236471',
    expected: [
      { kind: 'address', text: '七星关区市东街道\u200b桂花路112号3栋2单元601' },
      { kind: 'person-name', text: '白\u200d永富' },
      { kind: 'landline', text: '0857-8\u200b236471' },
    ],
  },
  {
    text: 'QQ号 2\u200b7635\u200b81904 有文件可以发我QQ 崔',
    expected: [
      { kind: 'qq', text: '2\u200b7635\u200b81904' },
      { kind: 'person-name', text: '崔' },
    ],
  },
  {
    text: '车牌号贵F\u200b·D82156，是康某某的车，他就是那个拖欠工资的老板，平时开着这辆车在工地进出。',
    expected: [{ kind: 'plate', text: '贵F\u200b·D82156' }],
  },
  {
    text: '被欠薪人员名单：毛\u200b国庆、邱\u00ad海燕、秦春花、郝\ufeff建军。',
    expected: [
      { kind: 'person-name', text: '毛\u200b国庆' },
      { kind: 'person-name', text: '邱\u00ad海燕' },
      { kind: 'person-name', text: '秦春花' },
      { kind: 'person-name', text: '郝\ufeff建军' },
    ],
  },
  {
    text: `社保卡号：${withIdCheckCharacter('52052519940617381').slice(0, 6)}\u200d${withIdCheckCharacter('52052519940617381').slice(6)}，帮我查下医保余额，武`,
    expected: [
      {
        kind: 'social-security-number',
        text: `${withIdCheckCharacter('52052519940617381').slice(0, 6)}\u200d${withIdCheckCharacter('52052519940617381').slice(6)}`,
      },
      { kind: 'person-name', text: '武' },
    ],
  },
  {
    text: '段\u202e红\u202c梅反映的情况属实，经查该单位确实未为其缴纳社会保险。',
    expected: [{ kind: 'person-name', text: '段\u202e红\u202c梅' }],
  },
  {
    text: '我是贺\u200b文斌，电话１８７\u200b８５７２\u200b３０１５，在百里杜鹃景区当保洁，工资被扣了。',
    context: { authorName: '贺文斌' },
    expected: [
      { kind: 'author-name', text: '贺\u200b文斌' },
      { kind: 'mobile', text: '１８７\u200b８５７２\u200b３０１５' },
    ],
  },
  {
    text: '王科长您好，我是上周来咨询劳动仲裁的，您让我补交的证据我整理好了，明天上午送过来。',
    expected: [{ kind: 'person-name', text: '王' }],
  },
  {
    text: '小杨，你上次说的那个见习岗位还有没有？我侄女今年毕业，想去试一下。',
    expected: [{ kind: 'person-name', text: '杨' }],
  },
  {
    text: '老王头在我们村是出了名的包工头，他叫王德贵，身份证号我们不知道，只知道他住在七星关区海子街镇三官村五组17号。',
    expected: [
      { kind: 'person-name', text: '王' },
      { kind: 'person-name', text: '王德贵' },
      { kind: 'address', text: '七星关区海子街镇三官村五组17号' },
    ],
  },
  {
    text: '您好，我是在上海打工的赫章人罗小平，电话021-58843217是我们宿舍的座机，手机是13508572264，晚上8点以后打座机能找到我。',
    expected: [
      { kind: 'person-name', text: '罗小平' },
      { kind: 'landline', text: '021-58843217' },
      { kind: 'mobile', text: '13508572264' },
    ],
  },
  {
    text: '我家座机8265173，我妈年纪大了不会用手机，有事请打座机找龙秀珍。',
    expected: [
      { kind: 'landline', text: '8265173' },
      { kind: 'person-name', text: '龙秀珍' },
    ],
  },
  {
    text: '吴国华：您好！您的劳动争议仲裁申请已受理，案号毕劳人仲案字〔2024〕213号，定于2025年1月8日上午9时在本院第二仲裁庭开庭，请准时到庭。咨询电话：0857-8251602。',
    context: { publicNumbers: ['0857-8251602'] },
    expected: [{ kind: 'person-name', text: '吴国华' }],
  },
  {
    text: '单位电话（0857）4623918，我是单位的出纳，我们老板杨光明让我问问稳岗补贴的事。',
    expected: [
      { kind: 'landline', text: '（0857）4623918' },
      { kind: 'person-name', text: '杨光明' },
    ],
  },
  {
    text: '我在东莞长安镇打工，厂里的人事姓田，田经理说辞职就不给最后一个月工资，我的联系方式0769-85321746（宿舍）。',
    expected: [
      { kind: 'person-name', text: '田' },
      { kind: 'person-name', text: '田' },
      { kind: 'landline', text: '0769-85321746' },
    ],
  },
  {
    text: '阿姨家里电话是0857 7224836，她住黔西市莲城街道水西路101号4幢2单元301室，叫潘秀英，请转达给她仲裁开庭的时间。',
    expected: [
      { kind: 'landline', text: '0857 7224836' },
      { kind: 'address', text: '黔西市莲城街道水西路101号4幢2单元301室' },
      { kind: 'person-name', text: '潘秀英' },
    ],
  },
  {
    text: '经查，当事人韦国庆反映的情况基本属实，该公司未依法与其签订书面劳动合同，我大队已责令该公司限期改正。',
    expected: [{ kind: 'person-name', text: '韦国庆' }],
  },
  {
    text: '我是金沙县的卢明，现在在江苏苏州，在苏州工业园区星湖街328号的电子厂上班，住厂里宿舍，电话17785703391，微信lm_jinsha。',
    expected: [
      { kind: 'person-name', text: '卢明' },
      { kind: 'address', text: '苏州工业园区星湖街328号' },
      { kind: 'mobile', text: '17785703391' },
      { kind: 'wechat-id', text: 'lm_jinsha' },
    ],
  },
]

const PERSONAL_D: readonly CorpusItem[] = [
  {
    text: `申请人：谭永富，男，1969年3月出生，身份证号码${withIdCheckCharacter('52242619690315241')}，住纳雍县雍熙街道西大街45号。\n被申请人：毕节某建设工程有限公司，法定代表人：袁某。\n请求事项：1.支付拖欠工资32400元；2.支付未签劳动合同二倍工资差额。`,
    expected: [
      { kind: 'person-name', text: '谭永富' },
      { kind: 'id-card', text: withIdCheckCharacter('52242619690315241') },
      { kind: 'address', text: '纳雍县雍熙街道西大街45号' },
    ],
  },
  {
    text: `我的老身份证号是522428680214151，后来换了18位的${withIdCheckCharacter('52242819680214151')}，社保系统里是不是还用的老号码？所以查不到我以前的缴费记录。`,
    expected: [
      { kind: 'id-card', text: '522428680214151' },
      { kind: 'id-card', text: withIdCheckCharacter('52242819680214151') },
    ],
  },
  {
    text: '您好！经核实，您母亲熊桂英的城乡居民养老保险待遇已于2024年8月停发，原因是系统显示待遇资格认证未通过。请您母亲本人携带身份证到所在乡镇人社服务中心进行认证，认证通过后补发停发期间待遇。',
    expected: [{ kind: 'person-name', text: '熊桂英' }],
  },
  {
    text: '我爸是2003年在威宁县迤那镇煤矿出的事，当时登记的名字是余德化，后来户口上改成了余德华，工伤待遇一直没认定，现在老了想问问还能不能申请。家里电话0857-6351902。',
    expected: [
      { kind: 'person-name', text: '余德化' },
      { kind: 'person-name', text: '余德华' },
      { kind: 'landline', text: '0857-6351902' },
    ],
  },
  {
    text: `帮我爸办退休 他叫蔡光荣 身份证${withIdCheckCharacter('52050219640820163').slice(0, 10)} ${withIdCheckCharacter('52050219640820163').slice(10)} 单位是原毕节地区运输公司 已经破产了 档案在哪里查`,
    expected: [
      { kind: 'person-name', text: '蔡光荣' },
      {
        kind: 'id-card',
        text: `${withIdCheckCharacter('52050219640820163').slice(0, 10)} ${withIdCheckCharacter('52050219640820163').slice(10)}`,
      },
    ],
  },
  {
    text: '苏先生：您好！您反映的在赫章县平山乡某光伏项目务工被拖欠工资一事，经赫章县劳动保障监察大队调查，该项目劳务分包负责人侯德明已承认拖欠您及同组工人工资共计5.2万元，我大队已下达《劳动保障监察限期改正指令书》，责令其于2025年1月15日前支付。',
    expected: [
      { kind: 'person-name', text: '苏' },
      { kind: 'person-name', text: '侯德明' },
    ],
  },
  {
    text: '我们公司地址是毕节市七星关区招商大道西段228号毕节双山大厦15楼1503室，我是人事邵佳，公司座机0857-8330217，想咨询一下员工参保的问题。',
    expected: [
      { kind: 'address', text: '毕节市七星关区招商大道西段228号毕节双山大厦15楼1503室' },
      { kind: 'person-name', text: '邵佳' },
      { kind: 'landline', text: '0857-8330217' },
    ],
  },
  {
    text: '孟晓东、钟丽平夫妇：你们好！你们申请的一次性创业补贴已审核通过，补贴资金5000元将于近期拨付至你们提供的银行账户，请注意查收。',
    expected: [
      { kind: 'person-name', text: '孟晓东' },
      { kind: 'person-name', text: '钟丽平' },
    ],
  },
  {
    text: `我的建行卡${withLuhnDigit('621700277100558123')}是办失业金的时候绑定的，现在销户了，新卡是${inFours(withLuhnDigit('621466021000376421'))}，怎么变更？`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('621700277100558123') },
      { kind: 'bank-card', text: inFours(withLuhnDigit('621466021000376421')) },
    ],
  },
  {
    text: '我是汪成明的儿媳妇，我公公今年65岁，他交的城乡居民养老保险每个月只领一百多，是不是算错了？他住在七星关区阴底乡阴底村二组31号。',
    expected: [
      { kind: 'person-name', text: '汪成明' },
      { kind: 'address', text: '七星关区阴底乡阴底村二组31号' },
    ],
  },
  {
    text: '我在浙江义乌做小商品，老家是织金县的。想回老家参加灵活就业养老保险，但是人不在织金，能网上办吗？我的邮箱：tian.hongmei@foxmail.com，田红梅。',
    expected: [
      { kind: 'email', text: 'tian.hongmei@foxmail.com' },
      { kind: 'person-name', text: '田红梅' },
    ],
  },
  {
    text: '尹主任，您上次说会跟进我们的欠薪案件，现在过了一个月了还没消息。包工头江德胜的电话一直打不通，他住在大方县顺德路锦绣家园3栋1单元602，请你们上门找他。',
    expected: [
      { kind: 'person-name', text: '尹' },
      { kind: 'person-name', text: '江德胜' },
      { kind: 'address', text: '大方县顺德路锦绣家园3栋1单元602' },
    ],
  },
  {
    text: `姓名 聂小兰\n身份证 ${grouped(withIdCheckCharacter('52052419951208662'))}\n电话 157 8571 0934\n开户行 贵州省农村信用社\n卡号 ${withLuhnDigit('621779400012034587')}`,
    expected: [
      { kind: 'person-name', text: '聂小兰' },
      { kind: 'id-card', text: grouped(withIdCheckCharacter('52052419951208662')) },
      { kind: 'mobile', text: '157 8571 0934' },
      { kind: 'bank-card', text: withLuhnDigit('621779400012034587') },
    ],
  },
  {
    text: '你们好，我是广东深圳的一家企业，有个毕节籍员工雷春梅在我们这里工伤了，需要他老家的劳动部门出个证明，请问联系谁？我的电话0755-26634819，邮箱hr_sz@szhengda-tech.com。',
    expected: [
      { kind: 'person-name', text: '雷春梅' },
      { kind: 'landline', text: '0755-26634819' },
      { kind: 'email', text: 'hr_sz@szhengda-tech.com' },
    ],
  },
  {
    text: '陆老师：您好！您申请的高层次人才服务绿卡（B卡）已审核通过，请于工作日携带本人身份证到毕节市人才服务中心一楼服务窗口领取，咨询电话0857-8210335。',
    context: { publicNumbers: ['0857-8210335'] },
    expected: [{ kind: 'person-name', text: '陆' }],
  },
  {
    text: '我丈夫骆明辉于2024年7月3日在金沙县岩孔街道某建材厂上班时被机器轧伤右手，厂里老板章永生说我们是临时工，不给报工伤，我们现在住在金沙县鼓场街道城北社区新华路42号附3号。',
    expected: [
      { kind: 'person-name', text: '骆明辉' },
      { kind: 'person-name', text: '章永生' },
      { kind: 'address', text: '金沙县鼓场街道城北社区新华路42号附3号' },
    ],
  },
  {
    text: '庹永刚和庹永强两兄弟都在我们工地干活，他俩的工资是一起结的，总共4万3，现在还差1万8没给。',
    expected: [
      { kind: 'person-name', text: '庹永刚' },
      { kind: 'person-name', text: '庹永强' },
    ],
  },
  {
    text: '冉老板，你欠我们的钱什么时候给？我们已经到人社局投诉了。（附：冉老板手机18608573271）',
    expected: [
      { kind: 'person-name', text: '冉' },
      { kind: 'person-name', text: '冉' },
      { kind: 'mobile', text: '18608573271' },
    ],
  },
  {
    text: '晏女士您好，经查询，您在2019年至2021年期间由毕节某商贸有限公司缴纳的养老保险共计26个月，另有4个月因单位欠费未记入个人账户，我们已将情况移交社保稽核部门处理。',
    expected: [{ kind: 'person-name', text: '晏' }],
  },
  {
    text: '我叫付建设，是黔西市的，2020年在贵阳打工时交过半年社保，后来回来了，现在想把它转回黔西，怎么操作？电话 150-8572-6613',
    context: { authorName: '付建设', authorPhone: '15085726613' },
    expected: [
      { kind: 'author-name', text: '付建设' },
      { kind: 'author-phone', text: '150-8572-6613' },
    ],
  },
  {
    text: '雷小平在我们这里做见习，见习单位是毕节某信息技术有限公司，她的见习期是2024年7月到2025年1月，请问见习补贴是打给单位还是打给她本人？',
    expected: [{ kind: 'person-name', text: '雷小平' }],
  },
  {
    text: '谢谢桂科长和申同志的帮助，我的工资已经拿到了。我是上次来反映问题的肖红英。',
    expected: [
      { kind: 'person-name', text: '桂' },
      { kind: 'person-name', text: '申' },
      { kind: 'person-name', text: '肖红英' },
    ],
  },
  {
    text: '请把材料寄到：贵州省毕节市威宁县草海镇建设东路166号金海湾小区8栋2单元501室 袁秀兰收 13638572046',
    expected: [
      { kind: 'address', text: '贵州省毕节市威宁县草海镇建设东路166号金海湾小区8栋2单元501室' },
      { kind: 'person-name', text: '袁秀兰' },
      { kind: 'mobile', text: '13638572046' },
    ],
  },
  {
    text: 'My name is Li Wei, I work in Bijie as an English teacher at a training school. My employer has not paid my salary for 2 months. Email: liwei.teach@gmail.com, phone 18285720915. 请帮帮我。',
    expected: [
      { kind: 'person-name', text: 'Li Wei' },
      { kind: 'email', text: 'liwei.teach@gmail.com' },
      { kind: 'mobile', text: '18285720915' },
    ],
  },
  {
    text: '谭师傅：您好！您咨询的电工证复审问题，请联系毕节市职业技能鉴定指导中心，地址：七星关区麻园路88号，电话：0857-8221756。',
    context: { publicAddresses: ['七星关区麻园路88号'], publicNumbers: ['0857-8221756'] },
    expected: [{ kind: 'person-name', text: '谭' }],
  },
  {
    text: '我叫苏红军，身份证号码：522425198711054235（好像最后一位记错了，应该是3还是5我也不确定），在织金县某煤矿上班，要申请工伤。',
    expected: [
      { kind: 'person-name', text: '苏红军' },
      { kind: 'id-card', text: '522425198711054235' },
    ],
  },
  {
    text: '史老师好 我是赫章的 我儿子史小龙 去年大学毕业 现在在家待业 想问一下有没有适合他的见习岗位 电话一五八八五七二三零七六',
    expected: [
      { kind: 'person-name', text: '史' },
      { kind: 'person-name', text: '史小龙' },
      { kind: 'mobile', text: '一五八八五七二三零七六' },
    ],
  },
  {
    text: '顾秋菊，女，1975年生，住七星关区三板桥街道清毕北路17号6栋2单元402。本人于2024年5月被毕节某酒店辞退，未支付经济补偿，特此投诉。',
    context: { authorName: '顾秋菊' },
    expected: [
      { kind: 'author-name', text: '顾秋菊' },
      { kind: 'address', text: '七星关区三板桥街道清毕北路17号6栋2单元402' },
    ],
  },
  {
    text: '侯家湾那个工地是谁管的？我们在那里干活的人都没拿到钱，老板是个叫石德富的，有人说他已经跑到四川去了。',
    expected: [{ kind: 'person-name', text: '石德富' }],
  },
  {
    text: '您好，您反映的问题已转毕节市社会保险事业局办理。该局答复如下：经查，邵明远同志的个人账户缴费记录完整，2024年1月至6月的缴费已于7月补缴到账，请邵明远同志通过“贵州人社”APP自行查询。',
    expected: [
      { kind: 'person-name', text: '邵明远' },
      { kind: 'person-name', text: '邵明远' },
    ],
  },
  {
    text: '我在四川成都打工，老婆在家带孩子，我们家住大方县东关乡龙井村四组08号。老婆手机坏了，有事可以打邻居家座机8512643，找邻居邹德才转告。',
    expected: [
      { kind: 'address', text: '大方县东关乡龙井村四组08号' },
      { kind: 'landline', text: '8512643' },
      { kind: 'person-name', text: '邹德才' },
    ],
  },
  {
    text: '孟师傅，您好！按照您的要求，我们已于12月3日派员到您所反映的施工现场调查，但该工地已停工，负责人钟某联系不上。我们将继续跟进，有进展会第一时间电话通知您。',
    expected: [{ kind: 'person-name', text: '孟' }],
  },
  {
    text: '我是纳雍县勺窝镇的汪小燕，在广东佛山陶瓷厂做了五年，老板叫Kevin Chen，是台湾人，现在工厂关门了，还欠我们两个月工资。我电话+86-177-8573-2609。',
    context: { authorName: '汪小燕', authorPhone: '17785732609' },
    expected: [
      { kind: 'author-name', text: '汪小燕' },
      { kind: 'person-name', text: 'Kevin Chen' },
      { kind: 'author-phone', text: '+86-177-8573-2609' },
    ],
  },
  {
    text: '我家那口子叫欧阳春生，他在我们当地的采石场干活，手指头被砸断了两根，厂长让我们私了，给3万块，这个合理吗？我们住百里杜鹃管理区普底乡永丰村二组15号。',
    expected: [
      { kind: 'person-name', text: '欧阳春生' },
      { kind: 'address', text: '百里杜鹃管理区普底乡永丰村二组15号' },
    ],
  },
  {
    text: '市人社局：本人司马文涛，系毕节某职业技术学院教师，拟申请高层次人才服务绿卡。本人电子邮箱 simawt@bjvtc.edu.cn，办公电话0857-8316624，手机13985701352。',
    expected: [
      { kind: 'person-name', text: '司马文涛' },
      { kind: 'email', text: 'simawt@bjvtc.edu.cn' },
      { kind: 'landline', text: '0857-8316624' },
      { kind: 'mobile', text: '13985701352' },
    ],
  },
]

const CLEAN_E: readonly CorpusItem[] = [
  {
    text: '您好，您咨询的失业保险金申领事宜，可通过“贵州人社”APP或国家社会保险公共服务平台线上申领，也可携带身份证、社会保障卡到七星关区就业局（七星关区洪山路128号）一楼窗口办理，咨询电话0857-8225063。',
    context: { publicNumbers: ['0857-8225063'], publicAddresses: ['七星关区洪山路128号'] },
    expected: [],
  },
  {
    text: '毕节市劳动人事争议仲裁院地址：毕节市七星关区松山路市民服务中心B区3楼，立案咨询电话：0857-8331726，工作时间：周一至周五。',
    expected: [],
  },
  {
    text: '大方县人社局劳动保障监察大队投诉举报电话：0857-5221362，受理时间为工作日9:00—17:00，节假日可拨打12345。',
    expected: [],
  },
  {
    text: '经核查，该公司2024年1月至10月共为56名职工缴纳社会保险费合计138.72万元，无欠缴情况。关于您反映的未缴纳住房公积金问题，不属于我局职责范围，建议向毕节市住房公积金管理中心反映。',
    expected: [],
  },
  {
    text: '根据毕人社发〔2019〕18号文件规定，符合条件的企业吸纳登记失业半年以上人员就业的，可按每人1000元标准给予一次性吸纳就业补贴。',
    expected: [],
  },
  {
    text: '请问11月份的养老金为什么比10月份少了85元？是扣了医保吗？',
    expected: [],
  },
  {
    text: '2025年城乡居民医保个人缴费标准是每人每年400元吗？缴费截止时间是几号？',
    expected: [],
  },
  {
    text: '金沙县人民政府政务服务中心位于金沙县鼓场街道新城区政务大楼一楼，社保、医保、就业窗口均在一楼东侧，欢迎前来办理。',
    expected: [],
  },
  {
    text: '我们在贵阳至毕节的G76厦蓉高速边上的一个服务区干活，公司是江西的，工资拖了两个月。',
    expected: [],
  },
  {
    text: '我坐K1258次列车从广州回来，准备在家附近找工作，有没有本地招聘的信息？',
    expected: [],
  },
  {
    text: '社保卡的卡号和社会保障号码是一回事吗？我在APP上看到两个号码不一样。',
    expected: [],
  },
  {
    text: '我在工行办的社保卡，卡面上有个银行卡号，有个社会保障号码，激活金融功能时要输入哪个？',
    expected: [],
  },
  {
    text: '网上缴费的交易流水号是4200002213202411156688237591，交了1680元，但是没有缴费记录。',
    expected: [],
  },
  {
    text: '发票代码052002200111，发票号码28460931，这是医院开的，报销时要不要原件？',
    expected: [],
  },
  {
    text: '我们单位的社保登记证编号是520502201900458，现在换了统一社会信用代码，还用不用这个编号？',
    expected: [],
  },
  {
    text: '劳动合同编号：BJ-HR-2024-0583，合同期限自2024年3月1日起至2027年2月28日止，试用期3个月。',
    expected: [],
  },
  {
    text: '您好！您的来信我们已于2024年12月16日收到，编号为BJRS20241216037，我们将在15个工作日内给予答复。',
    expected: [],
  },
  {
    text: '我是七星关区的，住在碧阳大道附近的小区，想问一下小区附近有没有就业服务站？',
    expected: [],
  },
  {
    text: '威宁县草海镇附近有没有招工的？我在家带孩子，只能做半天。',
    expected: [],
  },
  {
    text: '赫章县、纳雍县的农民工欠薪问题比较多，建议你们多去工地检查一下，特别是春节前。',
    expected: [],
  },
  {
    text: '建议在百里杜鹃景区旺季开设临时就业服务点，方便景区周边老乡就近务工。',
    expected: [],
  },
  {
    text: '这个工程是黔西市某路桥公司承建的，工地在洪水镇，我们是做模板的，一共28个人，欠了一百二十多万。',
    expected: [],
  },
  {
    text: '我的工伤鉴定结论是九级伤残，一次性伤残补助金是7个月工资吗？按什么工资算？',
    expected: [],
  },
  {
    text: '您好，根据《贵州省工伤保险实施办法》第二十六条，九级伤残一次性伤残补助金为7个月本人工资，本人工资高于统筹地区职工平均工资300%的按300%计算。',
    expected: [],
  },
  {
    text: '2025年1月1日起毕节市调整了失业保险金标准，由原来的每月1701元调整为每月1809元。',
    expected: [],
  },
  {
    text: '请问退休人员的资格认证一年做几次？不做会不会停发？老家人不会用智能手机怎么办？',
    expected: [],
  },
  {
    text: '你们的电话12333为什么一直打不通？打了二十几次了，要么占线要么没人接。',
    expected: [],
  },
  {
    text: '请问毕节市人社局的信访接待室在哪里？我想当面反映问题，地址是不是还在原来的老地方？',
    expected: [],
  },
  {
    text: '您好！市人社局信访接待室位于七星关区翠屏街道百花山大道市行政中心6号楼1楼，接待时间为每周一至周五上午9:00—12:00。',
    expected: [],
  },
  {
    text: '已按照您的要求把工资表、考勤表、微信聊天记录截图共15页提交到仲裁院，请问什么时候开庭？',
    expected: [],
  },
  {
    text: '老板在微信群里说过年前一定发工资，这个聊天记录可以作为证据吗？',
    expected: [],
  },
  {
    text: '我们老乡在QQ空间看到一条招聘信息，说是去缅甸做客服月薪两万，这个靠谱吗？',
    expected: [],
  },
  {
    text: '您好！境外高薪招聘多为诈骗陷阱，请广大群众提高警惕，切勿轻信，如有疑问可拨打12333或110咨询。',
    expected: [],
  },
  {
    text: '我们厂里的老员工工龄最长的有23年，现在公司要搬迁到贵阳，不愿意去的怎么补偿？',
    expected: [],
  },
  {
    text: '公司搬迁，职工不同意变更劳动合同的，依据《劳动合同法》第四十条第三项，用人单位可以解除劳动合同，但应依法支付经济补偿，每满一年支付一个月工资。',
    expected: [],
  },
  {
    text: '我是2004年出生的，中专毕业，能不能参加就业见习？见习期间有没有工资？',
    expected: [],
  },
  {
    text: '见习人员见习期间由见习单位发放基本生活补助，补助标准不低于当地最低工资标准，政府按每人每月1500元给予见习单位补贴。',
    expected: [],
  },
  {
    text: '第一季度全市共发放技能提升补贴823人次，补贴金额186.5万元；培训农村劳动力1.2万人次。',
    expected: [],
  },
  {
    text: '我是杨柳井那边的，问一下驾驶员职业技能培训有没有免费的？',
    expected: [],
  },
  {
    text: '我的医保卡在外地看病为什么不能刷？要办异地就医备案吗？怎么办？',
    expected: [],
  },
  {
    text: '异地就医备案可通过“国家医保服务平台”APP或“贵州医保”微信小程序自助办理，备案成功后即可在参保地外的定点医疗机构直接结算。',
    expected: [],
  },
  {
    text: '请问毕节到底有几个区县？我在网上查到七星关区、大方县、黔西市、金沙县、织金县、纳雍县、威宁彝族回族苗族自治县、赫章县，还有百里杜鹃和金海湖新区。',
    expected: [],
  },
  {
    text: '金海湖新区的企业职工在哪里办理社保业务？还要跑到七星关区去吗？',
    expected: [],
  },
  {
    text: '我们一个村一共有137人在外务工，去年返乡的有42人，村里希望人社部门组织一次技能培训。',
    expected: [],
  },
  {
    text: '工资条上写的应发4860元，实发3920元，扣了社保个人部分和个税，还有一项“其他扣款”520元不知道是什么。',
    expected: [],
  },
  {
    text: '“其他扣款”属于用人单位自行设置的扣款项目，用人单位不得无故克扣劳动者工资。建议您先向单位财务了解扣款依据，如属违法克扣，可向劳动保障监察机构投诉。',
    expected: [],
  },
  {
    text: '请问一下毕节职业技术学院、毕节医学高等专科学校的毕业生是不是都可以申请就业见习？',
    expected: [],
  },
  {
    text: '灵活就业人员缴费档次分为60%、80%、100%、150%、200%、250%、300%共7个档次，可自愿选择。',
    expected: [],
  },
  {
    text: '邮政编码553300是纳雍县的吗？我要往那边寄材料给县就业局。',
    expected: [],
  },
  {
    text: '老乡们要注意：春节前返乡，工资一定要结清，有问题打12333，别跟老板硬来。',
    expected: [],
  },
  {
    text: '我在小区门口开了个小卖部，属于个体工商户，能不能给自己交职工社保？',
    expected: [],
  },
  {
    text: '老家的房子要拆迁了，被征地农民社会保障是先缴费还是先补贴？',
    expected: [],
  },
  {
    text: '各位领导，文件里说的“就业困难人员”具体包括哪些人？我是4050人员算不算？',
    expected: [],
  },
  {
    text: '周一去窗口办事，排了两个小时队，建议多开几个窗口或者网上预约。',
    expected: [],
  },
  {
    text: '从2024年起个人养老金制度在全国推开，可以在银行开户，每年最多缴12000元，能抵个税。',
    expected: [],
  },
  {
    text: '我们工地一共有3个班组，木工班、钢筋班和泥工班，每个班组十来个人，工资都是按月结的，最近三个月都没结。',
    expected: [],
  },
  {
    text: '请问黔西市人社局就业服务窗口的电话是多少？网上查到的0857-4221185是不是还能打？',
    expected: [],
  },
  {
    text: '您好，黔西市就业服务窗口电话为0857-4221185，工作日均有专人值守。',
    context: { publicNumbers: ['0857-4221185'] },
    expected: [],
  },
  {
    text: '听说毕节市有个“农民工工资支付监控预警平台”，我们工人能在上面查到自己的工资发放情况吗？',
    expected: [],
  },
  {
    text: '白天在外面跑车，没时间去窗口，周末能办社保卡吗？',
    expected: [],
  },
  {
    text: '石材厂、砖厂这种粉尘大的地方，得了尘肺病能不能算职业病？去哪里做鉴定？',
    expected: [],
  },
  {
    text: '江苏、浙江那边的社保能转回贵州吗？要我本人回去开证明吗？',
    expected: [],
  },
  {
    text: '谢谢你们！上个月反映的欠薪问题已经解决了，二十几个老乡都拿到了钱，给人社局点赞。',
    expected: [],
  },
]

const PERSONAL_F: readonly CorpusItem[] = [
  {
    text: `尊敬的毕节市人力资源和社会保障局领导：\n\n我叫杨德富，今年58岁，是威宁县哲觉镇人，身份证号码${withIdCheckCharacter('52242719660509281')}。2016年至2023年我一直在毕节某矿业有限公司井下当掘进工，2023年10月体检时查出尘肺病，公司说我是劳务派遣的，不归他们管，劳务公司老板韦明华也不认账。我多次找到公司，分管安全的副总吴建平说等公司研究，一拖就是一年。现在我呼吸困难，干不了重活，家里还有两个孙子要养。\n\n我想问：一、我这种情况能不能申请职业病诊断和工伤认定？二、公司不给开证明怎么办？三、劳务派遣的工伤由谁负责？\n\n我现在住在威宁县草海镇民族街道凉山路22号1单元203室（租的房子），电话13885708264，我儿子杨小勇的电话18308572913，我不识字，这封信是我儿子帮我写的。\n\n此致\n敬礼\n\n杨德富\n2024年12月10日`,
    context: { authorName: '杨德富', authorPhone: '13885708264' },
    expected: [
      { kind: 'author-name', text: '杨德富' },
      { kind: 'id-card', text: withIdCheckCharacter('52242719660509281') },
      { kind: 'person-name', text: '韦明华' },
      { kind: 'person-name', text: '吴建平' },
      { kind: 'address', text: '威宁县草海镇民族街道凉山路22号1单元203室' },
      { kind: 'author-phone', text: '13885708264' },
      { kind: 'person-name', text: '杨小勇' },
      { kind: 'mobile', text: '18308572913' },
      { kind: 'author-name', text: '杨德富' },
    ],
  },
  {
    text: '杨德富同志：您好！您反映的问题我局高度重视，经调查，您与毕节某劳务派遣有限公司存在劳动关系，被派遣至毕节某矿业有限公司工作。根据《职业病防治法》相关规定，您可向毕节市第一人民医院职业病科申请职业病诊断，用工单位和派遣单位应当如实提供职业史和职业危害接触史资料。诊断为职业病后，由派遣单位申请工伤认定，派遣单位逾期未申请的，您本人或近亲属可在1年内向毕节市人社局提出申请。如有疑问，请联系工伤保险科，电话0857-8226931。',
    context: { publicNumbers: ['0857-8226931'] },
    expected: [{ kind: 'person-name', text: '杨德富' }],
  },
  {
    text: '老婆婆口述 孙女代写：我叫蒙玉珍，今年七十三岁，住大方县凤山乡店子村三组22号。我家老头子蒙光明以前是乡里的代课老师，教了十几年书，2009年过世了。听说代课老师可以领补助，我想问问我能不能领。电话打我孙女的：一三九八五七零六三二一。',
    context: { authorName: '蒙玉珍' },
    expected: [
      { kind: 'author-name', text: '蒙玉珍' },
      { kind: 'address', text: '大方县凤山乡店子村三组22号' },
      { kind: 'person-name', text: '蒙光明' },
      { kind: 'mobile', text: '一三九八五七零六三二一' },
    ],
  },
  {
    text: '我们在福建晋江鞋厂 厂名不说了 一起出来的有我 龙永福 龙永贵 吴小芬 吴春 五个人 都是纳雍的 工资压了两个月 厂里说干满一年才发 我电话18985713920',
    expected: [
      { kind: 'person-name', text: '龙永福' },
      { kind: 'person-name', text: '龙永贵' },
      { kind: 'person-name', text: '吴小芬' },
      { kind: 'person-name', text: '吴春' },
      { kind: 'mobile', text: '18985713920' },
    ],
  },
  {
    text: `我申请失业金被退回来了，说身份证号不对，我填的是52052219890316427X，是不是系统问题？我的身份证最后一位确实是X。`,
    expected: [{ kind: 'id-card', text: '52052219890316427X' }],
  },
  {
    text: `失业人员名单（附件节选）：\n1. 安志强 ${withIdCheckCharacter('52050219920211403')}\n2. 禄国庆 ${withIdCheckCharacter('52052619881001122')}\n3. 潘红霞 ${withIdCheckCharacter('52052419970723252')}`,
    expected: [
      { kind: 'person-name', text: '安志强' },
      { kind: 'id-card', text: withIdCheckCharacter('52050219920211403') },
      { kind: 'person-name', text: '禄国庆' },
      { kind: 'id-card', text: withIdCheckCharacter('52052619881001122') },
      { kind: 'person-name', text: '潘红霞' },
      { kind: 'id-card', text: withIdCheckCharacter('52052419970723252') },
    ],
  },
  {
    text: '敖先生：您好！您于2024年11月20日通过12345热线反映的问题已收悉。经金沙县劳动保障监察大队调查，您与金沙县某养殖专业合作社之间属于承揽关系而非劳动关系，不属于劳动保障监察管辖范围，建议您通过民事诉讼途径解决。',
    expected: [{ kind: 'person-name', text: '敖' }],
  },
  {
    text: `社保卡号 ${withIdCheckCharacter('52242319751128132')} 姓名 穆秀芝 问题：社保卡金融账户被冻结，养老金取不出来`,
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52242319751128132') },
      { kind: 'person-name', text: '穆秀芝' },
    ],
  },
  {
    text: '经查，申请人陈国庆与被申请人毕节某汽车销售服务有限公司劳动争议一案，因申请人无正当理由拒不到庭，依据《劳动人事争议仲裁办案规则》第四十一条，按撤回仲裁申请处理。',
    expected: [{ kind: 'person-name', text: '陈国庆' }],
  },
  {
    text: '车牌贵FD36218（新能源），是我们公司老板的车，老板叫彭家林，他说没钱发工资，却换了新车。',
    expected: [
      { kind: 'plate', text: '贵FD36218' },
      { kind: 'person-name', text: '彭家林' },
    ],
  },
  {
    text: '我是在浙江宁波北仑做电焊的，老家毕节七星关区朱昌镇，工头是四川人叫邓国平，车是川Q·8A2F6，他人已经不见了，我们二十多个人都没拿到钱。',
    expected: [
      { kind: 'person-name', text: '邓国平' },
      { kind: 'plate', text: '川Q·8A2F6' },
    ],
  },
  {
    text: '邹处长好，我是赫章县的老师邹文斌（我们同姓，哈哈），想咨询一下中级职称评审的事，我的qq是1038472651，邮箱也是1038472651@qq.com。',
    expected: [
      { kind: 'person-name', text: '邹' },
      { kind: 'person-name', text: '邹文斌' },
      { kind: 'qq', text: '1038472651' },
      { kind: 'email', text: '1038472651@qq.com' },
    ],
  },
  {
    text: '你好，我是七星关区的韦小平，我想咨询一下，我的个人邮箱weixiaoping(at)163.com，能不能把养老保险缴费证明发到这个邮箱？',
    expected: [
      { kind: 'person-name', text: '韦小平' },
      { kind: 'email', text: 'weixiaoping(at)163.com' },
    ],
  },
  {
    text: '邮箱 luoyong。1990@qq。com 有什么事情发邮件也可以 罗勇',
    expected: [
      { kind: 'email', text: 'luoyong。1990@qq。com' },
      { kind: 'person-name', text: '罗勇' },
    ],
  },
  {
    text: '加我VX：hz_tianjun2020 我把工资条和聊天记录都发给你们 田军',
    expected: [
      { kind: 'wechat-id', text: 'hz_tianjun2020' },
      { kind: 'person-name', text: '田军' },
    ],
  },
  {
    text: '微信13508574418就是我，王小芳，在毕节一家火锅店当服务员，老板不给买社保',
    expected: [
      { kind: 'mobile', text: '13508574418' },
      { kind: 'person-name', text: '王小芳' },
    ],
  },
  {
    text: '扣扣：562908137，V信：jinsha-amu，找我都可以，我白天在车间不方便接电话。',
    expected: [
      { kind: 'qq', text: '562908137' },
      { kind: 'wechat-id', text: 'jinsha-amu' },
    ],
  },
  {
    text: '您好，您反映的问题已转毕节市人才服务中心办理。经查，您的人事档案（档案编号BJ2009-03176）于2009年由毕节学院转入我中心，现保存完整。如需转出，请本人持身份证和接收函到中心办理，或委托他人代办（需提供委托书）。联系电话：0857-8223506（档案科）。',
    context: { publicNumbers: ['0857-8223506'] },
    expected: [],
  },
  {
    text: '人才中心的孔老师：我是2010年毕业的，档案一直在你们那里，现在要考公务员，政审要档案，能不能帮我开个证明？我叫康永红，电话0857-8671423（家里的）。',
    expected: [
      { kind: 'person-name', text: '孔' },
      { kind: 'person-name', text: '康永红' },
      { kind: 'landline', text: '0857-8671423' },
    ],
  },
  {
    text: '申请人：毛雪梅\u3000身份证：５２０５０２１９９９０９０５６６２Ｘ\u3000手机：１５２８５７６０３４１\u3000住址：毕节市七星关区鸭池镇鸭池村一组56号',
    expected: [
      { kind: 'person-name', text: '毛雪梅' },
      { kind: 'id-card', text: '５２０５０２１９９９０９０５６６２Ｘ' },
      { kind: 'mobile', text: '１５２８５７６０３４１' },
      { kind: 'address', text: '毕节市七星关区鸭池镇鸭池村一组56号' },
    ],
  },
  {
    text: '邱经理，我们的工资到底什么时候发？你说月底，现在都下个月中旬了。大家都在问我，我也没办法交代。——班组长 秦大伟',
    expected: [
      { kind: 'person-name', text: '邱' },
      { kind: 'person-name', text: '秦大伟' },
    ],
  },
  {
    text: '郝建平、郝建明兄弟俩在织金县三甲街道开了个木材加工厂，雇了我们十几个人，去年的工资到现在还差5万多没给。他们家住织金县三甲街道新寨社区兴隆路8号。',
    expected: [
      { kind: 'person-name', text: '郝建平' },
      { kind: 'person-name', text: '郝建明' },
      { kind: 'address', text: '织金县三甲街道新寨社区兴隆路8号' },
    ],
  },
  {
    text: '武女士，您好！您咨询的生育津贴问题答复如下：您的生育津贴按您所在单位上年度职工月平均工资计发，产假158天，津贴已于12月5日拨付至单位账户，由单位发放给您。',
    expected: [{ kind: 'person-name', text: '武' }],
  },
  {
    text: '段师傅 你好 上次你说的那个叉车证培训 报名了没有 我和老贺也想去 电话联系 一七七八五七一二六八零',
    expected: [
      { kind: 'person-name', text: '段' },
      { kind: 'person-name', text: '贺' },
      { kind: 'mobile', text: '一七七八五七一二六八零' },
    ],
  },
  {
    text: '江永红，女，43岁，赫章县人，2024年3月入职毕节某家政服务公司，月工资3200元，公司未与其签订劳动合同，也未缴纳社会保险。经调解，公司同意支付二倍工资差额9600元。',
    expected: [{ kind: 'person-name', text: '江永红' }],
  },
  {
    text: `工资打到这张卡上：中国邮政储蓄银行 ${inFours(withLuhnDigit('621799708000123476'))} 户名：万春花`,
    expected: [
      { kind: 'bank-card', text: inFours(withLuhnDigit('621799708000123476')) },
      { kind: 'person-name', text: '万春花' },
    ],
  },
  {
    text: '尹明，你好！你反映的某培训学校收取培训费后不组织考试的问题，我局已责令该校退还你和其他15名学员的培训费，请你与学校负责人联系办理退费手续。',
    expected: [{ kind: 'person-name', text: '尹明' }],
  },
  {
    text: '我叫白海燕，在毕节金海湖新区竹园乡一个蔬菜基地干活，基地负责人叫崔永强，说我们是按天算钱的，不签合同，现在腰受伤了不管，我电话199 8573 0621，家住金海湖新区竹园乡竹园村六组19号。',
    context: { authorName: '白海燕', authorPhone: '19985730621' },
    expected: [
      { kind: 'author-name', text: '白海燕' },
      { kind: 'person-name', text: '崔永强' },
      { kind: 'author-phone', text: '199 8573 0621' },
      { kind: 'address', text: '金海湖新区竹园乡竹园村六组19号' },
    ],
  },
  {
    text: `你好！我母亲康秀兰在黔西市的一家超市当收银员，做了6年，今年超市关门了，老板说给她补偿2000块，合理吗？我母亲身份证号是${withIdCheckCharacter('52242319710518262')}，我是她女儿，家里电话0857-4236178。`,
    expected: [
      { kind: 'person-name', text: '康秀兰' },
      { kind: 'id-card', text: withIdCheckCharacter('52242319710518262') },
      { kind: 'landline', text: '0857-4236178' },
    ],
  },
]

const PERSONAL_G: readonly CorpusItem[] = [
  {
    text: '您好，您反映的问题已转七星关区人社局办理，现将办理情况答复如下：经七星关区劳动保障监察大队调查，罗小琴反映的毕节某餐饮管理有限公司拖欠工资问题属实，该公司已于2024年12月12日将拖欠的工资7850元支付给罗小琴本人。感谢您对我们工作的支持！',
    expected: [
      { kind: 'person-name', text: '罗小琴' },
      { kind: 'person-name', text: '罗小琴' },
    ],
  },
  {
    text: `社会保障卡号码${withIdCheckCharacter('52052719830404331')}，持卡人杨文秀（我岳母），卡被吞了，在哪里补办？`,
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52052719830404331') },
      { kind: 'person-name', text: '杨文秀' },
    ],
  },
  {
    text: '社保号：5224221963 0917 0019，我查不到我九几年在县化肥厂的缴费记录，厂里的老会计田学明说当时都交了的。',
    expected: [
      { kind: 'social-security-number', text: '5224221963 0917 0019' },
      { kind: 'person-name', text: '田学明' },
    ],
  },
  {
    text: `医保卡号：${withIdCheckCharacter('52052120050226003')}，学生医保交了为什么显示未参保？孩子叫吴雨涵，在毕节一中读高三。`,
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52052120050226003') },
      { kind: 'person-name', text: '吴雨涵' },
    ],
  },
  {
    text: '我的固话是0857-8265529，手机没信号的时候打这个，我是赫章县城的谭明芬，反映我们小区物业欠保洁员工资的事。',
    expected: [
      { kind: 'landline', text: '0857-8265529' },
      { kind: 'person-name', text: '谭明芬' },
    ],
  },
  {
    text: '以下两个电话都可以找到我：办公室0857-5226718，家里5231907。另外劳动监察那边的举报电话0857-5221362我已经打过了，没人接。',
    expected: [
      { kind: 'landline', text: '0857-5226718' },
      { kind: 'landline', text: '5231907' },
    ],
  },
  {
    text: '经核实，您父亲袁德明生前系毕节某运输公司职工，于2024年9月因病去世。根据相关规定，其遗属可领取丧葬补助金和抚恤金，请其配偶或子女携带死亡证明、户口本、亲属关系证明到市社保中心待遇科办理。',
    expected: [{ kind: 'person-name', text: '袁德明' }],
  },
  {
    text: '我是熊小兵，在广州白云区做保安，公司叫什么安保，老板熊总跟我们是一个村的，欠了我们三个月工资不给，家里老婆孩子等着钱用。电话020-86241937是保安室的。',
    expected: [
      { kind: 'person-name', text: '熊小兵' },
      { kind: 'person-name', text: '熊' },
      { kind: 'landline', text: '020-86241937' },
    ],
  },
  {
    text: '蔡丽华：您好！您的就业困难人员认定申请已审核通过，认定有效期为3年。您可享受公益性岗位安置、社保补贴等政策，具体请咨询您所在街道的就业服务站。',
    expected: [{ kind: 'person-name', text: '蔡丽华' }],
  },
  {
    text: `我叫苏文，身份证号码：${withIdCheckCharacter('52052319860823451')}，银行卡：${withLuhnDigit('622202240401178934')}（工商银行），请把技能补贴打到这张卡上。`,
    expected: [
      { kind: 'person-name', text: '苏文' },
      { kind: 'id-card', text: withIdCheckCharacter('52052319860823451') },
      { kind: 'bank-card', text: withLuhnDigit('622202240401178934') },
    ],
  },
  {
    text: '你好 想问问 毕节哪里可以学挖掘机 我叫史国庆 今年35 初中文化 电话13765709813 谢谢',
    expected: [
      { kind: 'person-name', text: '史国庆' },
      { kind: 'mobile', text: '13765709813' },
    ],
  },
  {
    text: '顾大姐说她在你们那里登记过失业，但是一直没接到电话推荐工作，她让我帮她问一问。她住在七星关区德溪街道人民路52号院内2栋。',
    expected: [
      { kind: 'person-name', text: '顾' },
      { kind: 'address', text: '七星关区德溪街道人民路52号院内2栋' },
    ],
  },
  {
    text: '侯明军，男，身份证号码52052519780612183（少了一位），于2024年8月12日在纳雍县某工地从脚手架上摔下，现在纳雍县人民医院住院。',
    expected: [
      { kind: 'person-name', text: '侯明军' },
      { kind: 'id-card', text: '52052519780612183' },
    ],
  },
  {
    text: '邵老师你好，打扰了，我是上周来咨询灵活就业参保的那个，您让我加你们的工作微信，微信号是多少？我的微信是shaoyu_0857，您加我也行。',
    expected: [
      { kind: 'person-name', text: '邵' },
      { kind: 'wechat-id', text: 'shaoyu_0857' },
    ],
  },
  {
    text: '孟女士：您好！您咨询的城乡居民养老保险缴费档次问题，我省城乡居民养老保险个人缴费标准设为每年200元至6000元共13个档次，多缴多得，您可根据自身经济条件选择。',
    expected: [{ kind: 'person-name', text: '孟' }],
  },
  {
    text: '钟建国你个骗子，招工的时候说包吃包住月薪六千，去了才知道是传销，我们几个都被骗了钱。钟建国电话18785730426，他在毕节洪山路那边租了个办公室。',
    expected: [
      { kind: 'person-name', text: '钟建国' },
      { kind: 'person-name', text: '钟建国' },
      { kind: 'mobile', text: '18785730426' },
    ],
  },
  {
    text: '我老公汪春林是货车司机，车牌贵F·A7623，挂靠在金沙县一家运输公司，他上个月出车祸了，公司不认他是员工，这个能不能算工伤？',
    expected: [
      { kind: 'person-name', text: '汪春林' },
      { kind: 'plate', text: '贵F·A7623' },
    ],
  },
  {
    text: '江主任，我们工地来了三辆车拉材料走，车牌是贵F 28U65、贵F 39K02，还有一辆没看清，工程款可能被转移了，工人工资怎么办？',
    expected: [
      { kind: 'person-name', text: '江' },
      { kind: 'plate', text: '贵F 28U65' },
      { kind: 'plate', text: '贵F 39K02' },
    ],
  },
  {
    text: '石小燕：您好！您申请的创业担保贷款已经审核通过，贷款金额20万元，期限3年，财政全额贴息，请于本月内携带相关资料到毕节市创业服务中心签订合同。',
    expected: [{ kind: 'person-name', text: '石小燕' }],
  },
  {
    text: '我是万国栋的老婆，他不会打字，我帮他写。他在威宁县小海镇修路，工头姓尹，尹老板去年答应年底结账，到现在一分钱都没给，我们家住威宁县小海镇松山村七组35号，电话139\u200d8576\u200d0452。',
    expected: [
      { kind: 'person-name', text: '万国栋' },
      { kind: 'person-name', text: '尹' },
      { kind: 'address', text: '威宁县小海镇松山村七组35号' },
      { kind: 'mobile', text: '139\u200d8576\u200d0452' },
    ],
  },
  {
    text: '钱\ufeff德贵是我们村的会计，他说村里公益性岗位的补贴被扣了一部分当管理费，这合法吗？',
    expected: [{ kind: 'person-name', text: '钱\ufeff德贵' }],
  },
  {
    text: `身份证号${withIdCheckCharacter('52242619790105353').slice(0, 14)}\u00ad${withIdCheckCharacter('52242619790105353').slice(14)}，我要查2005年到2010年在织金县城关镇的参保记录，孔`,
    expected: [
      {
        kind: 'id-card',
        text: `${withIdCheckCharacter('52242619790105353').slice(0, 14)}\u00ad${withIdCheckCharacter('52242619790105353').slice(14)}`,
      },
      { kind: 'person-name', text: '孔' },
    ],
  },
  {
    text: '家住黔西市杜鹃街道\u200d沙坝路39号2单元102室，座机0857-4\u200d225816，卢国富。',
    expected: [
      { kind: 'address', text: '黔西市杜鹃街道\u200d沙坝路39号2单元102室' },
      { kind: 'landline', text: '0857-4\u200d225816' },
      { kind: 'person-name', text: '卢国富' },
    ],
  },
  {
    text: '白老板的车牌是贵F\u200b·5X338，天天停在七星关区招商大道那个售楼部门口。',
    expected: [
      { kind: 'person-name', text: '白' },
      { kind: 'plate', text: '贵F\u200b·5X338' },
    ],
  },
  {
    text: '联系人：康\u202e建\u202c军 电话：185\u202e8572\u202c0419',
    expected: [
      { kind: 'person-name', text: '康\u202e建\u202c军' },
      { kind: 'mobile', text: '185\u202e8572\u202c0419' },
    ],
  },
  {
    text: '崔永明、崔永亮两兄弟在我们村招人去新疆摘棉花，说好一天200，结果一天只给80，回来路费也没给。',
    expected: [
      { kind: 'person-name', text: '崔永明' },
      { kind: 'person-name', text: '崔永亮' },
    ],
  },
  {
    text: '您好，您反映毕节某物流公司拖欠司机工资问题，经查，该公司已与包括您在内的8名司机（毛永胜、邱德华、秦国强等）达成还款协议，分两期支付，第一期已于12月10日支付。',
    expected: [
      { kind: 'person-name', text: '毛永胜' },
      { kind: 'person-name', text: '邱德华' },
      { kind: 'person-name', text: '秦国强' },
    ],
  },
  {
    text: '我爸叫郝德学，他在工地上干了一辈子，现在想问问能不能补交养老保险，他今年62了。',
    expected: [{ kind: 'person-name', text: '郝德学' }],
  },
  {
    text: '武晓东：您好！您的仲裁申请因超过仲裁时效，本院决定不予受理，《不予受理通知书》已邮寄至您填写的地址：七星关区观音桥街道西关路186号5栋2单元702室，请注意查收。',
    expected: [
      { kind: 'person-name', text: '武晓东' },
      { kind: 'address', text: '七星关区观音桥街道西关路186号5栋2单元702室' },
    ],
  },
  {
    text: '贺老师，你好！我叫段小兰，是你们今年的就业见习人员，在毕节某幼儿园见习，园长说见习补贴要扣一半当伙食费，这合理吗？',
    context: { authorName: '段小兰' },
    expected: [
      { kind: 'person-name', text: '贺' },
      { kind: 'author-name', text: '段小兰' },
    ],
  },
  {
    text: '雷局长：我们是毕节某建筑公司的农民工，一共有32人，我是代表雷建军（不是你亲戚，哈哈），电话15185714609。工程已经完工验收，但工资一直没有发，涉及金额86万元。',
    expected: [
      { kind: 'person-name', text: '雷' },
      { kind: 'person-name', text: '雷建军' },
      { kind: 'mobile', text: '15185714609' },
    ],
  },
  {
    text: '我在外省打工20年了，现在回来了，户口在赫章县白果街道，以前交的社保在广东东莞，想转回来，我的身份证号是522428197803245117（最后一位不确定），名字叫陶红兵。',
    expected: [
      { kind: 'id-card', text: '522428197803245117' },
      { kind: 'person-name', text: '陶红兵' },
    ],
  },
  {
    text: `尊敬的领导：我是黔西市金碧镇的退休教师曾凡荣（身份证${withIdCheckCharacter('52242319590312021')}），2019年退休，退休时核定的工龄少算了3年（1978年至1981年代课时间）。我已多次向县教育局和社保局反映，一直没有答复。我家住黔西市水西街道文化路12号教师宿舍3栋1单元201，电话0857-4238062。`,
    context: { authorName: '曾凡荣' },
    expected: [
      { kind: 'author-name', text: '曾凡荣' },
      { kind: 'id-card', text: withIdCheckCharacter('52242319590312021') },
      { kind: 'address', text: '黔西市水西街道文化路12号教师宿舍3栋1单元201' },
      { kind: 'landline', text: '0857-4238062' },
    ],
  },
  {
    text: '曾老师：您好！您反映的退休工龄认定问题，经黔西市人社局会同市教育局核查，您1978年9月至1981年8月的代课经历在人事档案中有原始记载，可以认定为连续工龄。市社保中心将重新核定您的基本养老金，并补发2019年以来的差额。',
    expected: [{ kind: 'person-name', text: '曾' }],
  },
  {
    text: '我们是金沙县沙土镇的，我叫文国庆，老婆叫杨春燕，两个人在山东青岛一个海产品加工厂干活，老板是当地人姓孙，孙老板扣了我们的押金3000元不退，电话0532-87325610是厂办公室的，我们自己电话15286571308。',
    expected: [
      { kind: 'person-name', text: '文国庆' },
      { kind: 'person-name', text: '杨春燕' },
      { kind: 'person-name', text: '孙' },
      { kind: 'person-name', text: '孙' },
      { kind: 'landline', text: '0532-87325610' },
      { kind: 'mobile', text: '15286571308' },
    ],
  },
  {
    text: '欧阳明月：您好！经审核，您申报的中级职称（经济专业）评审材料符合条件，已报送评审委员会。评审结果将于2025年3月在毕节市人社局官网公示。',
    expected: [{ kind: 'person-name', text: '欧阳明月' }],
  },
]

const PERSONAL_H: readonly CorpusItem[] = [
  {
    text: `社会保障号码 ${grouped(withIdCheckCharacter('52050220010915241'))}，我是2023届毕业生，就业见习补贴还没到账，见习单位说材料早就交了。`,
    expected: [
      { kind: 'social-security-number', text: grouped(withIdCheckCharacter('52050220010915241')) },
    ],
  },
  {
    text: `社保卡号是${withIdCheckCharacter('52052219680707312')}，银行卡号是${withLuhnDigit('623052018000419208')}，请问养老金是打哪个卡？我是申永富。`,
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52052219680707312') },
      { kind: 'bank-card', text: withLuhnDigit('623052018000419208') },
      { kind: 'person-name', text: '申永富' },
    ],
  },
  {
    text: `${withLuhnDigit('621483851000276539')} 这是我工资卡 老板说打过了 我没收到 你们帮我查下 姓肖`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('621483851000276539') },
      { kind: 'person-name', text: '肖' },
    ],
  },
  {
    text: `谭先生：您好！经核查，您提供的银行账号${withLuhnDigit('621700277000641937').slice(0, 6)}****${withLuhnDigit('621700277000641937').slice(-4)}已于12月2日收到失业保险金1809元，请注意查询。`,
    expected: [{ kind: 'person-name', text: '谭' }],
  },
  {
    text: `开户名：袁小梅 开户行：中国农业银行毕节分行营业部 账号：${withLuhnDigit('622848042001672305')}`,
    expected: [
      { kind: 'person-name', text: '袁小梅' },
      { kind: 'bank-card', text: withLuhnDigit('622848042001672305') },
    ],
  },
  {
    text: `我的卡号 ${withLuhnDigit('621661690000087432').slice(0, 4)}-${withLuhnDigit('621661690000087432').slice(4, 8)}-${withLuhnDigit('621661690000087432').slice(8, 12)}-${withLuhnDigit('621661690000087432').slice(12, 16)}-${withLuhnDigit('621661690000087432').slice(16)}（中国银行），创业补贴打这里，谢谢。`,
    expected: [
      {
        kind: 'bank-card',
        text: `${withLuhnDigit('621661690000087432').slice(0, 4)}-${withLuhnDigit('621661690000087432').slice(4, 8)}-${withLuhnDigit('621661690000087432').slice(8, 12)}-${withLuhnDigit('621661690000087432').slice(12, 16)}-${withLuhnDigit('621661690000087432').slice(16)}`,
      },
    ],
  },
  {
    text: '我的QQ是 1273 5608 49，找不到我就发QQ留言，我叫蔡明',
    expected: [
      { kind: 'qq', text: '1273 5608 49' },
      { kind: 'person-name', text: '蔡明' },
    ],
  },
  {
    text: 'qq:906438271 有劳动仲裁的文书模板吗 发我一份',
    expected: [{ kind: 'qq', text: '906438271' }],
  },
  {
    text: '扣扣号码2418093576，微信也是这个号，人在江苏昆山，工作忙只有晚上看消息。',
    expected: [{ kind: 'qq', text: '2418093576' }],
  },
  {
    text: 'wx: Bijie_yuan1992 有问题直接微信联系我 袁',
    expected: [
      { kind: 'wechat-id', text: 'Bijie_yuan1992' },
      { kind: 'person-name', text: '袁' },
    ],
  },
  {
    text: '我微信号是 wxid_8k2m9pq4rx0512 （这个是系统给的原始号，搜不到的话加手机号），手机13595870631。',
    expected: [
      { kind: 'wechat-id', text: 'wxid_8k2m9pq4rx0512' },
      { kind: 'mobile', text: '13595870631' },
    ],
  },
  {
    text: '微信：汪汪汪不是狗 ←这是昵称，号是 wang-lili-77，有事留言',
    expected: [{ kind: 'wechat-id', text: 'wang-lili-77' }],
  },
  {
    text: '老板开的是一辆白色丰田霸道，车牌贵A·9H7K2，他住在贵阳，我们去公司找过好多次都找不到人，我叫邱永刚，电话13984571206',
    expected: [
      { kind: 'plate', text: '贵A·9H7K2' },
      { kind: 'person-name', text: '邱永刚' },
      { kind: 'mobile', text: '13984571206' },
    ],
  },
  {
    text: '包工头的车牌是云C 3B827，是云南昭通的，他叫秦德海，我们干完活他就开车跑了。',
    expected: [
      { kind: 'plate', text: '云C 3B827' },
      { kind: 'person-name', text: '秦德海' },
    ],
  },
  {
    text: '经查，您反映的车牌号为贵FF82309的车辆登记车主系毕节某建筑劳务有限公司法定代表人武某，我大队已将相关线索移交公安机关。',
    expected: [{ kind: 'plate', text: '贵FF82309' }],
  },
  {
    text: '我的电子邮件是 kong.lina@outlook.com ，之前发到你们公开邮箱的材料是我发的，孔丽娜。',
    expected: [
      { kind: 'email', text: 'kong.lina@outlook.com' },
      { kind: 'person-name', text: '孔丽娜' },
    ],
  },
  {
    text: '您好，已收到您发送至邮箱的材料，但附件无法打开，请重新发送。收件人：毕节市人社局办公室。——回复：好的，我用 bai_haitao＠163.com 重新发一遍。白海涛',
    expected: [
      { kind: 'email', text: 'bai_haitao＠163.com' },
      { kind: 'person-name', text: '白海涛' },
    ],
  },
  {
    text: '邮箱 shizhen2008 at 126 dot com（防止被爬虫）史真',
    expected: [
      { kind: 'email', text: 'shizhen2008 at 126 dot com' },
      { kind: 'person-name', text: '史真' },
    ],
  },
  {
    text: '我家里的电话是(0857)7226381，我是织金县的聂春梅，手机经常没电，请打座机。',
    expected: [
      { kind: 'landline', text: '(0857)7226381' },
      { kind: 'person-name', text: '聂春梅' },
    ],
  },
  {
    text: '我们村委会的电话找不到人，你们直接打我家座机吧：0857－3228419，找卯德胜就行。',
    expected: [
      { kind: 'landline', text: '0857－3228419' },
      { kind: 'person-name', text: '卯德胜' },
    ],
  },
  {
    text: '单位办公室电话0571-86932047，我是杭州这家公司的人事，我们有个贵州毕节的员工陆春生在厂里突发疾病去世了，家属要求按工伤处理，想咨询一下。',
    expected: [
      { kind: 'landline', text: '0571-86932047' },
      { kind: 'person-name', text: '陆春生' },
    ],
  },
  {
    text: '电话：0857-8\n236290（家）\n15985724416（本人）\n骆文斌',
    expected: [
      { kind: 'landline', text: '0857-8\n236290' },
      { kind: 'mobile', text: '15985724416' },
      { kind: 'person-name', text: '骆文斌' },
    ],
  },
  {
    text: '联系电话：1398572\n6604（换行了，是一个号码），联系人：冉秀琴',
    expected: [
      { kind: 'mobile', text: '1398572\n6604' },
      { kind: 'person-name', text: '冉秀琴' },
    ],
  },
  {
    text: '我们在毕节市七星关区柏杨林街道清毕南路666号的毕节某汽车城干活，老板叫甘永林，欠了我们几个修车工半年的工资。',
    expected: [
      { kind: 'address', text: '毕节市七星关区柏杨林街道清毕南路666号' },
      { kind: 'person-name', text: '甘永林' },
    ],
  },
  {
    text: '晏德清：您好！您的退休申请已审批，自2025年1月起按月领取基本养老金。请您于每年办理一次领取待遇资格认证。如有疑问请拨打12333。',
    expected: [{ kind: 'person-name', text: '晏德清' }],
  },
  {
    text: '付主任您好，上次你们派来调查的小谭和小韦两位同志很负责，谢谢你们。我的工资已经拿到了。',
    expected: [
      { kind: 'person-name', text: '付' },
      { kind: 'person-name', text: '谭' },
      { kind: 'person-name', text: '韦' },
    ],
  },
  {
    text: '老杨，你说的那个技能补贴我查了，你的电工证是初级的，补贴1000块，你到窗口交材料就行。——这是我朋友转给我的，请问是真的吗？',
    expected: [{ kind: 'person-name', text: '杨' }],
  },
  {
    text: '桂英嫂子让我问一下，她在浙江交了十二年社保，回来了能不能在毕节退休？她全名叫龙桂英，1973年的。',
    expected: [
      { kind: 'person-name', text: '桂英' },
      { kind: 'person-name', text: '龙桂英' },
    ],
  },
  {
    text: '投诉对象：毕节某房地产开发有限公司项目经理 蔡国华、劳务负责人 禄光明\n投诉事项：拖欠农民工工资\n涉及人数：47人\n涉及金额：136.8万元\n投诉人：邹建（代表）',
    expected: [
      { kind: 'person-name', text: '蔡国华' },
      { kind: 'person-name', text: '禄光明' },
      { kind: 'person-name', text: '邹建' },
    ],
  },
  {
    text: '您好！关于您反映的毕节某房地产开发有限公司拖欠农民工工资问题，经七星关区人社局调查核实，该项目拖欠47名农民工工资136.8万元属实。目前已启用工资保证金支付50万元，剩余部分由总包单位于春节前垫付。项目经理蔡国华已被列入拖欠农民工工资失信联合惩戒对象名单。',
    expected: [{ kind: 'person-name', text: '蔡国华' }],
  },
  {
    text: '请问吴文华、吴文军两人的养老保险关系是否已经从四川转入？他们是我们公司今年新招的员工，我是公司人事专员顾丹，电话0857-8216093。',
    expected: [
      { kind: 'person-name', text: '吴文华' },
      { kind: 'person-name', text: '吴文军' },
      { kind: 'person-name', text: '顾丹' },
      { kind: 'landline', text: '0857-8216093' },
    ],
  },
  {
    text: '我是在新疆摘棉花的，老板叫Aziz（维吾尔族），没签合同，我们二十几个毕节老乡被欠了钱，带队的是纳雍的李国明，电话17708573365。',
    expected: [
      { kind: 'person-name', text: 'Aziz' },
      { kind: 'person-name', text: '李国明' },
      { kind: 'mobile', text: '17708573365' },
    ],
  },
  {
    text: '你好 我叫ZHANG HONG 拼音是护照上的 我在马来西亚打过工 回来以后社保怎么办 电话+60 12-738 4419（马来西亚号码）',
    expected: [
      { kind: 'person-name', text: 'ZHANG HONG' },
      { kind: 'mobile', text: '+60 12-738 4419' },
    ],
  },
  {
    text: '潘德华同志：经审查，您申请的一次性创业补贴不符合条件，原因是您的营业执照注册时间超过3年。如对审查结果有异议，可在收到本通知之日起60日内申请行政复议。',
    expected: [{ kind: 'person-name', text: '潘德华' }],
  },
  {
    text: '我是大方县猫场镇的蒙国富，身份证是522422195710083213，今年67了，我以前在乡镇企业干过，现在想补交养老保险能行吗？家里人说可以打12333问，打了几次都占线。',
    expected: [
      { kind: 'person-name', text: '蒙国富' },
      { kind: 'id-card', text: '522422195710083213' },
    ],
  },
  {
    text: `老人家口述：我叫安德顺，八十一岁了，住赫章县财神镇新民村二组14号。身份证${withIdCheckCharacter('52242819431212301').slice(0, 6)}……后面记不住了，老伴安秀英前年走了，她的丧葬费一直没领到。`,
    context: { authorName: '安德顺' },
    expected: [
      { kind: 'author-name', text: '安德顺' },
      { kind: 'address', text: '赫章县财神镇新民村二组14号' },
      { kind: 'person-name', text: '安秀英' },
    ],
  },
  {
    text: '陈师傅您好，您反映的问题我们记下了。请您把工地的名称、地址、包工头的姓名和电话发给我们，我们安排人去核实。',
    expected: [{ kind: 'person-name', text: '陈' }],
  },
  {
    text: '工地名称：毕节某安置房项目二期。地址：七星关区碧海街道。包工头：黎德明，电话：18908576342。我们一共17个人，欠款21万元。',
    expected: [
      { kind: 'person-name', text: '黎德明' },
      { kind: 'mobile', text: '18908576342' },
    ],
  },
  {
    text: '我叫杨兰，手机 1 3 9 8 5 7 2 1 5 0 6，在毕节一家宾馆当前台，每天上班12小时，一个月只休两天，工资2500，合理吗？',
    context: { authorName: '杨兰', authorPhone: '13985721506' },
    expected: [
      { kind: 'author-name', text: '杨兰' },
      { kind: 'author-phone', text: '1 3 9 8 5 7 2 1 5 0 6' },
    ],
  },
  {
    text: '杨兰：您好！根据《劳动法》规定，劳动者每日工作时间不超过8小时，每周至少休息1日。您反映的情况已转七星关区劳动保障监察大队核查。',
    expected: [{ kind: 'person-name', text: '杨兰' }],
  },
  {
    text: '韦家林、韦家华、韦家强三兄弟都在我们煤矿干活，去年韦家林受伤后老板说给5万块了事，他们不同意，想问问工伤该怎么赔。',
    expected: [
      { kind: 'person-name', text: '韦家林' },
      { kind: 'person-name', text: '韦家华' },
      { kind: 'person-name', text: '韦家强' },
      { kind: 'person-name', text: '韦家林' },
    ],
  },
  {
    text: '请转告罗科长，我是赫章县的彭小红，我的档案已经转过来了，麻烦他帮我看看什么时候能办退休，我的电话是13908574726，也可以打我家电话3226719。',
    context: { authorName: '彭小红', authorPhone: '13908574726' },
    expected: [
      { kind: 'person-name', text: '罗' },
      { kind: 'author-name', text: '彭小红' },
      { kind: 'author-phone', text: '13908574726' },
      { kind: 'landline', text: '3226719' },
    ],
  },
  {
    text: '我在深圳龙岗区坂田街道五和大道南118号的一家电子厂上班，住在厂对面的城中村，老家织金县的，我叫吴秀芬，厂里拖欠加班费。',
    expected: [
      { kind: 'address', text: '深圳龙岗区坂田街道五和大道南118号' },
      { kind: 'person-name', text: '吴秀芬' },
    ],
  },
  {
    text: '纳雍县居仁街道文昌阁社区雍州路7号附2号，这是我妈家的地址，她叫牟兴芬，社保卡寄到这里就行。',
    expected: [
      { kind: 'address', text: '纳雍县居仁街道文昌阁社区雍州路7号附2号' },
      { kind: 'person-name', text: '牟兴芬' },
    ],
  },
  {
    text: '我住在金沙县鼓场街道金沙大道288号阳光花园11幢1单元602，老公韩建新在外地打工，我一个人带两个小孩，想找个离家近的公益性岗位。',
    expected: [
      { kind: 'address', text: '金沙县鼓场街道金沙大道288号阳光花园11幢1单元602' },
      { kind: 'person-name', text: '韩建新' },
    ],
  },
]

const CLEAN_I: readonly CorpusItem[] = [
  {
    text: '您好！您反映的问题已收悉，已转大方县人社局办理，大方县人社局将在10个工作日内与您联系，请保持电话畅通。监督电话：0857-5232018。',
    context: { publicNumbers: ['0857-5232018'] },
    expected: [],
  },
  {
    text: '我是外省来毕节工作的，社保转移要先在原参保地开参保凭证吗？还是直接在毕节申请就行？',
    expected: [],
  },
  {
    text: '你好，今年的城乡居民养老保险在哪里交？去年是在村委会交的，今年说可以在手机上交。',
    expected: [],
  },
  {
    text: '请问毕节市人社局地址在哪里？我想去现场咨询。答：市人社局位于毕节市七星关区翠屏街道百花山大道市行政中心6号楼，可乘坐3路、12路公交车到市行政中心站下车。',
    expected: [],
  },
  {
    text: '公司让我们签一个“自愿放弃缴纳社保承诺书”，说每月多给200块钱，这个承诺书有效吗？',
    expected: [],
  },
  {
    text: '用人单位与劳动者约定放弃缴纳社会保险的协议无效，缴纳社会保险是用人单位和劳动者的法定义务。',
    expected: [],
  },
  {
    text: '我们厂有12名农民工是赫章县的，3名是四川的，老板说外地的不好买社保，是真的吗？',
    expected: [],
  },
  {
    text: '想问问王家坝那个工业园区里面的企业招不招人？有没有人社局的招聘信息？',
    expected: [],
  },
  {
    text: '周末、节假日能否在网上申请劳动仲裁？网上立案后多久会有人联系？',
    expected: [],
  },
  {
    text: '您好，目前劳动人事争议仲裁支持通过“贵州省劳动人事争议仲裁网上办案系统”在线提交申请，仲裁院将在5个工作日内审查并决定是否受理。',
    expected: [],
  },
]

const CLEAN_J: readonly CorpusItem[] = [
  {
    text: '快递单号SF1428736095021，我寄给仲裁院的证据材料显示已签收，请问收到了吗？',
    expected: [],
  },
  {
    text: '邮政EMS单号1178439620518，寄的是档案，显示在毕节中转了三天没动，能帮忙问一下吗？',
    expected: [],
  },
  {
    text: '医保结算单上的住院号是2024112300387，结算单号6224105830019923471，报销金额显示0元，是怎么回事？',
    expected: [],
  },
  {
    text: '缴费凭证号码：520500240918000123456，缴费金额4560元，缴费险种：企业职工基本养老保险（灵活就业）。',
    expected: [],
  },
  {
    text: '营业执照注册号520502600123847，个体户，能不能办理灵活就业参保？',
    expected: [],
  },
  {
    text: '我们公司的单位社保编号是52050200183，请问为什么网上申报时提示“单位编号不存在”？',
    expected: [],
  },
  {
    text: '毕节市人社局办公室：电话0857-8221103，传真0857-8221105，邮政编码551700，地址：毕节市七星关区百花山大道市行政中心6号楼。',
    context: { publicNumbers: ['0857-8221103', '0857-8221105'] },
    expected: [],
  },
  {
    text: '七星关区社保中心服务窗口电话：0857-8302216；七星关区就业局咨询电话：0857-8302235；七星关区劳动仲裁院电话：0857-8302251。',
    expected: [],
  },
  {
    text: '织金县人社局劳动保障监察大队举报投诉电话：0857-7621018，纳雍县：0857-3521203，赫章县：0857-3221456。',
    expected: [],
  },
  {
    text: '请问威宁县人社局的地址是不是在草海镇建设西路？去办退休要到几楼？',
    expected: [],
  },
  {
    text: '我们单位有一辆贵F牌照的面包车，司机是外聘的，出了事故算不算工伤？',
    expected: [],
  },
  {
    text: '从毕节坐D2873次动车到贵阳，再转车去广州，这趟出差的交通费公司不给报，说我没提前申请。',
    expected: [],
  },
  {
    text: '工地在G326国道K1203+500处，是修路的项目，我们一共40多人，三个月没发工资。',
    expected: [],
  },
  {
    text: '车辆型号SQR7150，车架号LVVDB11B5ND012345，这辆车是公司给员工配的通勤车，出了事故员工受伤算工伤吗？',
    expected: [],
  },
  {
    text: '您好！您反映的问题请通过市人社局公开邮箱或12333热线反映，我们将按规定及时办理。',
    expected: [],
  },
  {
    text: '我们是“高师傅家政服务有限公司”，有20名家政员都是按单结算的，想问问这种家政员怎么参保。',
    expected: [],
  },
  {
    text: '何家坝、马家湾、罗家寨这几个村的劳动力都在外面打工，村里只剩老人小孩，能不能在村里办扶贫车间？',
    expected: [],
  },
  {
    text: '金额共计人民币壹拾贰万叁仟肆佰伍拾元整（123450.00元），付款日期2024年12月31日前。',
    expected: [],
  },
  {
    text: '《毕节市农民工工资支付保障实施细则》（毕府办发〔2022〕35号）第十二条、第二十一条对工资专用账户作了规定。',
    expected: [],
  },
  {
    text: '请问申请人才服务绿卡需要的硕士学位证书编号1065232024000487在哪里能验证？',
    expected: [],
  },
]

const PERSONAL_K: readonly CorpusItem[] = [
  {
    text: '您好！您反映的问题经纳雍县人社局核查，答复如下：您所在的纳雍县某服装厂已于2024年10月停产，厂方负责人穆永贵承认拖欠您及其他21名工人工资共计18.6万元。经我局协调，县政府已动用应急周转金先行垫付，请您于12月20日前携带身份证到县劳动保障监察大队（纳雍县雍熙街道县政务中心3楼）领取。',
    expected: [{ kind: 'person-name', text: '穆永贵' }],
  },
  {
    text: '敖小芳 女 身份证522426200106153226 手机15519573068 纳雍县维新镇 想报名参加育婴员培训',
    expected: [
      { kind: 'person-name', text: '敖小芳' },
      { kind: 'id-card', text: '522426200106153226' },
      { kind: 'mobile', text: '15519573068' },
    ],
  },
  {
    text: `报名表\n姓名：韦\u200b春燕\u3000性别：女\u3000民族：苗族\n身份证号：${withIdCheckCharacter('52052620030418002')}\n家庭住址：威宁县么站镇么站村四组11号\n联系电话：18311573029\n报名工种：中式烹调师`,
    expected: [
      { kind: 'person-name', text: '韦\u200b春燕' },
      { kind: 'id-card', text: withIdCheckCharacter('52052620030418002') },
      { kind: 'address', text: '威宁县么站镇么站村四组11号' },
      { kind: 'mobile', text: '18311573029' },
    ],
  },
  {
    text: `${withIdCheckCharacter('52052119770208362')}这个身份证号的养老保险是不是被别人冒领了？我妈叫田桂芬，她2022年就去世了，我们办了停保的。`,
    expected: [
      { kind: 'id-card', text: withIdCheckCharacter('52052119770208362') },
      { kind: 'person-name', text: '田桂芬' },
    ],
  },
  {
    text: '肖建平：您好！您举报的冒领养老金问题，经市社保中心核查，系死亡人员家属未及时办理注销手续所致，我中心已停发待遇并追回多发金额8632元。感谢您的监督。',
    expected: [{ kind: 'person-name', text: '肖建平' }],
  },
  {
    text: '我叫谢\u00ad国强，是赫章县结构乡的，在河北唐山的钢厂干了三年，去年被辞退了，没有给经济补偿，厂在唐山丰润区，我回老家了，电话137 6578 2094。',
    context: { authorName: '谢国强', authorPhone: '13765782094' },
    expected: [
      { kind: 'author-name', text: '谢\u00ad国强' },
      { kind: 'author-phone', text: '137 6578 2094' },
    ],
  },
  {
    text: '领导你们好，我是黔西的，我儿子罗俊在毕节一个4S店上班，上个月被老板骂了几句就被开除了，合同也没签，工资也没结清，我儿子不好意思来，我帮他问问。',
    expected: [{ kind: 'person-name', text: '罗俊' }],
  },
  {
    text: '彭\u200d德文、彭\u200d德武两兄弟在金沙县开了一家劳务公司，专门招人去外地工地，工资都经过他们手，现在他们说甲方没给钱，我们的钱也不给。',
    expected: [
      { kind: 'person-name', text: '彭\u200d德文' },
      { kind: 'person-name', text: '彭\u200d德武' },
    ],
  },
  {
    text: '您好，关于您反映的彭德文、彭德武拖欠工资一事，经金沙县劳动保障监察大队调查，该劳务公司已将工资款项支付完毕，涉及农民工35人，金额共计52.3万元。',
    expected: [
      { kind: 'person-name', text: '彭德文' },
      { kind: 'person-name', text: '彭德武' },
    ],
  },
  {
    text: '聂主任，我是昨天来找你的那个老人，我姓卯，你让我今天打电话给你，我打了你办公室的电话没人接。我的电话是13985\u200b70\u200b1842，麻烦回个电话。',
    expected: [
      { kind: 'person-name', text: '聂' },
      { kind: 'person-name', text: '卯' },
      { kind: 'mobile', text: '13985\u200b70\u200b1842' },
    ],
  },
  {
    text: '工友陆永平在工地上被钢管砸到头，现在还在ICU，老板骆德友说已经买了意外险，不用报工伤，我们不懂，请你们告诉我们怎么做。',
    expected: [
      { kind: 'person-name', text: '陆永平' },
      { kind: 'person-name', text: '骆德友' },
    ],
  },
  {
    text: '我在外面打工，孩子在老家，我老公的哥哥庹德光帮我们照看，孩子的医保是他帮忙交的，他住在赫章县双河街道和平路31号。',
    expected: [
      { kind: 'person-name', text: '庹德光' },
      { kind: 'address', text: '赫章县双河街道和平路31号' },
    ],
  },
  {
    text: 'Hi, this is Tom Wilson from a Canadian company in Bijie. We want to hire a local assistant, Ms. Yang, and need to know how to pay her social insurance. Contact: tom.wilson@maplefields.ca',
    expected: [
      { kind: 'person-name', text: 'Tom Wilson' },
      { kind: 'person-name', text: 'Yang' },
      { kind: 'email', text: 'tom.wilson@maplefields.ca' },
    ],
  },
  {
    text: '冉女士：您好！您申请的失业保险金已审核通过，领取期限为9个月，每月1809元，同时我们将为您代缴领取期间的职工基本医疗保险费。',
    expected: [{ kind: 'person-name', text: '冉' }],
  },
  {
    text: '我是七星关区燕子口镇的钟小琴，我们村里有十几个妇女想学刺绣，能不能请老师到村里来培训？我的电话是一五九八五七一二四六三，我家在燕子口镇燕子口村三组9号。',
    expected: [
      { kind: 'person-name', text: '钟小琴' },
      { kind: 'mobile', text: '一五九八五七一二四六三' },
      { kind: 'address', text: '燕子口镇燕子口村三组9号' },
    ],
  },
  {
    text: '你们的工作人员龙伟在窗口态度很差，我问了两遍他就不耐烦了，还说“自己去网上查”，请领导管一管。',
    expected: [{ kind: 'person-name', text: '龙伟' }],
  },
  {
    text: '经核查，您反映的窗口工作人员服务态度问题属实，我局已对相关工作人员进行了批评教育，并责令其向您当面致歉。感谢您的监督！',
    expected: [],
  },
  {
    text: '老孟你好，你让我问的事情我问了，你的工伤认定已经下来了，是工伤，下一步要做劳动能力鉴定，你去市人社局三楼找工伤科。',
    expected: [{ kind: 'person-name', text: '孟' }],
  },
  {
    text: `我是贵阳来的，在毕节开了个小饭馆，雇了两个人：杨翠兰（身份证${withIdCheckCharacter('52212119880605362')}）和田小勇（身份证${withIdCheckCharacter('52052220020317351')}），想给他们买社保，怎么办理？`,
    expected: [
      { kind: 'person-name', text: '杨翠兰' },
      { kind: 'id-card', text: withIdCheckCharacter('52212119880605362') },
      { kind: 'person-name', text: '田小勇' },
      { kind: 'id-card', text: withIdCheckCharacter('52052220020317351') },
    ],
  },
  {
    text: '您好，个体工商户雇工参保可到七星关区社保中心办理单位参保登记，需提供营业执照、法定代表人身份证及雇工的身份证复印件、劳动合同。咨询电话：0857-8302216。',
    context: { publicNumbers: ['0857-8302216'] },
    expected: [],
  },
  {
    text: '我叫蒙\ufeff小军，在纳雍县化作乡的养猪场上班，场长说养猪场是农业企业不用买社保，对吗？我的微信号 mengxj\ufeff_1996。',
    expected: [
      { kind: 'person-name', text: '蒙\ufeff小军' },
      { kind: 'wechat-id', text: 'mengxj\ufeff_1996' },
    ],
  },
  {
    text: '补充一下：包工头的身份证号码是522425 19810923 4716，这是他以前登记工人信息时留的，叫吴德海，住织金县八步街道杨柳路15号1单元402。',
    expected: [
      { kind: 'id-card', text: '522425 19810923 4716' },
      { kind: 'person-name', text: '吴德海' },
      { kind: 'address', text: '织金县八步街道杨柳路15号1单元402' },
    ],
  },
]

const ANSWERS_L: readonly CorpusItem[] = [
  {
    text: '您好！您反映的问题已收悉。经毕节市社会保险事业局核实，您2008年1月至2012年12月在毕节某水泥厂的参保记录因单位当时以手工台账申报，未录入现行信息系统。我局已调取原始缴费台账，确认上述期间共60个月缴费真实有效，已于2024年12月18日补录至您的个人权益记录中。补录后，您的累计缴费年限为21年3个月，达到按月领取基本养老金的条件。请您于法定退休年龄到达前3个月，携带身份证、户口簿到市社保中心二楼养老保险待遇窗口申报退休。如对补录结果有异议，可自收到本答复之日起60日内向毕节市人民政府申请行政复议，或在6个月内向七星关区人民法院提起行政诉讼。感谢您对人社工作的理解和支持！',
    expected: [],
  },
  {
    text: '罗德芬女士：您好！您于2024年11月5日反映的您丈夫吴光荣工亡待遇问题，经市人社局工伤保险科调查核实，吴光荣于2024年6月14日在纳雍县某煤矿井下作业时因顶板冒落死亡，已于2024年8月2日被认定为工亡（毕人社工认〔2024〕0527号）。根据《工伤保险条例》第三十九条，其近亲属可领取丧葬补助金、供养亲属抚恤金和一次性工亡补助金。目前工亡待遇已核定：丧葬补助金为6个月全省上年度职工月平均工资，一次性工亡补助金为上一年度全国城镇居民人均可支配收入的20倍，供养亲属抚恤金按月发放给您及您的两个子女吴小雨、吴小林，直至子女年满18周岁。款项将于2025年1月10日前拨付至您提供的银行账户。如有疑问，请拨打工伤保险科电话0857-8226931。',
    context: { publicNumbers: ['0857-8226931'] },
    expected: [
      { kind: 'person-name', text: '罗德芬' },
      { kind: 'person-name', text: '吴光荣' },
      { kind: 'person-name', text: '吴光荣' },
      { kind: 'person-name', text: '吴小雨' },
      { kind: 'person-name', text: '吴小林' },
    ],
  },
  {
    text: '您好！关于您咨询的就业见习补贴问题：一、见习补贴由见习单位申领，补贴标准为每人每月1500元；二、见习期满后见习单位留用见习人员并签订1年以上劳动合同的，可按每人1000元给予一次性留用奖励；三、见习期间见习单位应为见习人员办理人身意外伤害保险。具体可咨询毕节市就业局，电话0857-8225071。',
    context: { publicNumbers: ['0857-8225071'] },
    expected: [],
  },
  {
    text: '尊敬的网友：您好！您反映的“毕节某教育咨询有限公司以招聘为名收取培训费”问题，经七星关区人社局会同市场监管部门联合调查，该公司未取得人力资源服务许可证擅自从事职业中介活动，已依法责令其停止违法行为并处以罚款，收取的费用已责令退还。',
    expected: [],
  },
  {
    text: '陶先生：您好！您反映的养老保险重复参保问题，经查询全国社会保险关系转移系统，您2016年至2018年同时在浙江省宁波市和毕节市参加了企业职工基本养老保险和城乡居民养老保险，重复缴费期间的城乡居民养老保险个人缴费将予以清退。请您携带身份证和本人银行卡到户籍所在地乡镇人社服务中心办理清退手续。',
    expected: [{ kind: 'person-name', text: '陶' }],
  },
  {
    text: '您好，您反映的问题已转威宁县人社局办理。威宁县人社局答复：经查，您所反映的施工方已将拖欠工资全部支付给班组长禄永强，由其代为发放，但禄永强收款后未及时发放给工人。目前县劳动保障监察大队已约谈禄永强，其承诺于12月25日前将工资发放到每位工人手中。',
    expected: [
      { kind: 'person-name', text: '禄永强' },
      { kind: 'person-name', text: '禄永强' },
      { kind: 'person-name', text: '禄永强' },
    ],
  },
  {
    text: '您好！您的问题已收悉。技能人才评价实行“社会化评价”，初级工、中级工可由经备案的社会培训评价组织认定。您可登录“贵州省职业技能鉴定指导中心”网站查询已备案的评价机构名单，也可到毕节市职业技能鉴定指导中心现场咨询。',
    expected: [],
  },
  {
    text: '关于网友“赫章打工人”反映的问题答复如下：经赫章县人社局调查，您反映的赫章县某建筑工地拖欠工资问题，涉及的农民工共19人，拖欠金额23.4万元，已于2024年12月20日通过农民工工资专用账户全部支付到位。',
    expected: [],
  },
  {
    text: '安先生：您好！您咨询的退役军人安置就业问题，不属于我局职责范围，建议您向毕节市退役军人事务局咨询。',
    expected: [{ kind: 'person-name', text: '安' }],
  },
  {
    text: '蔡永华、邹小红：你们好！你们于12月2日共同申请的劳动争议调解，经七星关区劳动人事争议调解中心主持调解，双方已达成调解协议，用人单位同意分别支付你们工资差额6400元和5900元。调解书已送达。',
    expected: [
      { kind: 'person-name', text: '蔡永华' },
      { kind: 'person-name', text: '邹小红' },
    ],
  },
  {
    text: '您好！关于您反映的社保卡无法激活问题，经联系合作银行核实，系您预留手机号与银行系统记录不一致所致。请您本人携带社保卡和身份证到合作银行任一网点更新手机号后即可激活。',
    expected: [],
  },
  {
    text: '网友您好！来信中提及的聂师傅系我局外聘的劳动保障协理员，非我局正式工作人员。您反映其在工作中收取“好处费”的问题，我局已移交纪检监察部门调查处理，调查结果将另行告知。',
    expected: [{ kind: 'person-name', text: '聂' }],
  },
  {
    text: '答复：您好！您所说的邵某某并非我局工作人员，我局从未授权任何个人以人社局名义代办社保补贴。请勿相信此类信息，谨防上当受骗。如发现此类情况，可拨打110报警或拨打12333举报。',
    expected: [],
  },
  {
    text: '您好！经核查，您所在的毕节某物业服务有限公司已于2024年11月为包括您在内的63名员工补缴了2024年1月至10月的社会保险费。您可通过“贵州人社”APP或“掌上12333”查询个人缴费明细。',
    expected: [],
  },
  {
    text: '石女士：您好！您咨询的女职工产假问题答复如下：根据《贵州省人口与计划生育条例》，符合法律法规规定生育子女的夫妻，除享受国家规定的产假外，女方增加产假60天，男方享受护理假15天。',
    expected: [{ kind: 'person-name', text: '石' }],
  },
  {
    text: '您好！您反映的问题经大方县人社局核实：您父亲文德贵（身份证号码后四位1028）的城乡居民养老保险待遇因2024年度资格认证未完成而暂停发放。请您父亲本人或委托家属持其身份证到大方县社保中心办理认证，认证完成后次月恢复发放并补发暂停期间待遇。',
    expected: [{ kind: 'person-name', text: '文德贵' }],
  },
  {
    text: '您好！您来信反映的毕节某超市拖欠员工工资问题，经调查，超市经营者韦秀芬已于2024年12月5日与包括申诉人在内的14名员工结清全部工资，共计8.7万元。',
    expected: [{ kind: 'person-name', text: '韦秀芬' }],
  },
  {
    text: '龙先生：您好！您反映的二级建造师证书挂靠问题，根据国家相关规定，注册建造师必须在其受聘单位实际执业，严禁“挂证”行为。如有“挂证”线索，请向住建部门举报。',
    expected: [{ kind: 'person-name', text: '龙' }],
  },
  {
    text: '您好！您咨询的“城乡居民养老保险能否一次性补缴15年”问题答复如下：城乡居民养老保险不能一次性补缴，但距领取年龄不足15年的，可按年缴费，也允许补缴，累计缴费不超过15年。具体请到户籍所在地乡镇（街道）人社服务中心咨询。',
    expected: [],
  },
  {
    text: '您好！我们已于12月18日电话联系您（手机尾号4426），您表示问题已经解决，对处理结果满意。感谢您对我们工作的支持！',
    expected: [],
  },
  {
    text: '网友您好！经金沙县人社局核查，您反映的金沙县某酒业有限公司未签订劳动合同问题属实。该公司已于12月10日与包括苏永平、苏小红、顾德林在内的26名员工补签劳动合同，并补缴了社会保险费。',
    expected: [
      { kind: 'person-name', text: '苏永平' },
      { kind: 'person-name', text: '苏小红' },
      { kind: 'person-name', text: '顾德林' },
    ],
  },
  {
    text: '您好，您的来信已收悉。您提到的“老钟”即劳动保障监察大队工作人员钟明，经核查，其在处理您投诉过程中确有解释不到位的情况，我局已对其进行批评教育。',
    expected: [
      { kind: 'person-name', text: '钟' },
      { kind: 'person-name', text: '钟明' },
    ],
  },
  {
    text: '您好！经核实，您反映的织金县某预制构件厂负责人聂德华拖欠工资一案，织金县人社局已于2024年10月8日作出《劳动保障监察行政处理决定书》（织人社监理决字〔2024〕第11号），聂德华逾期未履行，我局已申请人民法院强制执行，并将其涉嫌拒不支付劳动报酬罪线索移送公安机关。',
    expected: [
      { kind: 'person-name', text: '聂德华' },
      { kind: 'person-name', text: '聂德华' },
    ],
  },
  {
    text: `您好！您于12月9日提交的失业保险金申领材料中，银行卡号${withLuhnDigit('621700277100935561')}与您本人社会保障卡绑定的金融账户不一致，失业保险金只能发放至本人社会保障卡金融账户。请您重新提交申请。`,
    expected: [{ kind: 'bank-card', text: withLuhnDigit('621700277100935561') }],
  },
  {
    text: '您好！您的工伤认定申请材料中填写的单位地址与营业执照登记地址不符，请补充提供单位实际经营地址证明材料。',
    expected: [],
  },
  {
    text: '您好！根据您提供的线索，我大队执法人员于12月11日前往您反映的包工头住址（大方县顺德街道奢香路26号3单元201室）核查，其家人称其已外出务工，我大队已留下《询问通知书》，并将继续跟进。',
    expected: [{ kind: 'address', text: '大方县顺德街道奢香路26号3单元201室' }],
  },
]

const ANSWERS_M: readonly CorpusItem[] = [
  {
    text: '毕节市劳动人事争议仲裁院答复：申请人潘永红与被申请人毕节某商贸有限公司劳动争议一案（毕劳人仲案字〔2024〕318号），本院已于2024年12月3日开庭审理，现已作出裁决：被申请人于裁决生效之日起十日内支付申请人工资12600元、经济补偿金9450元。双方如不服本裁决，可自收到裁决书之日起十五日内向有管辖权的人民法院提起诉讼。',
    expected: [{ kind: 'person-name', text: '潘永红' }],
  },
  {
    text: '毕节市劳动人事争议仲裁院答复：您好！劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算。劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年时效限制，但劳动关系终止的，应当自劳动关系终止之日起一年内提出。',
    expected: [],
  },
  {
    text: '七星关区劳动保障监察大队答复：您好！您反映的七星关区某小区二期项目拖欠农民工工资问题，我大队于12月6日约谈了施工总承包单位项目负责人申国强、劳务分包单位负责人冉德伟，督促其限期支付。截至12月16日，已支付工资38.5万元，涉及农民工41人。剩余工资6.2万元因班组长甘小平与工人对工作量存在争议，我大队正在组织核对。',
    expected: [
      { kind: 'person-name', text: '申国强' },
      { kind: 'person-name', text: '冉德伟' },
      { kind: 'person-name', text: '甘小平' },
    ],
  },
  {
    text: '毕节市社会保险事业局答复：您好！养老保险关系转移接续业务可通过国家社会保险公共服务平台、“掌上12333”APP或“贵州人社”APP在线申请，无需本人往返两地。转入地经办机构收到申请后，将在15个工作日内向转出地发出联系函，全部手续一般在45个工作日内办结。',
    expected: [],
  },
  {
    text: '毕节市社会保险事业局答复：熊德荣同志，您好！经核查，您2024年1月至11月的养老金已足额发放，每月4128.36元。您反映的“9月养老金少发”问题，系9月份代扣了您申请办理的大额医疗费用补助保险费180元所致，并非少发。',
    expected: [{ kind: 'person-name', text: '熊德荣' }],
  },
  {
    text: '毕节市就业局答复：您好！一次性创业补贴申领条件为：首次创办小微企业或从事个体经营，且所创办企业或个体工商户自工商登记注册之日起正常运营1年以上的离校2年内高校毕业生、就业困难人员、返乡创业农民工，补贴标准为5000元。',
    expected: [],
  },
  {
    text: '毕节市就业局答复：韦小梅，你好！你参加的2024年第三期育婴员培训已考核合格，职业技能等级证书已寄至你报名时填写的地址：赫章县城关镇百花路88号2单元301室。培训补贴将在证书核发后30个工作日内拨付至培训机构。',
    expected: [
      { kind: 'person-name', text: '韦小梅' },
      { kind: 'address', text: '赫章县城关镇百花路88号2单元301室' },
    ],
  },
  {
    text: '毕节市人才服务中心答复：您好！档案转递可通过机要通道或由本人持调档函自行提取，不得由本人拆封。2024年起我中心已开通“档案转递预约”服务，您可拨打0857-8223506预约，工作人员将在3个工作日内完成转递。',
    context: { publicNumbers: ['0857-8223506'] },
    expected: [],
  },
  {
    text: '毕节市人才服务中心答复：欧阳丽娟同志，您好！经查，您的档案于2013年7月由贵州大学转入我中心，档案内有学籍卡、毕业生登记表、学位证书复印件等材料，但缺少《普通高等学校毕业生就业报到证》，建议您向毕业院校申请补办或出具就业派遣证明。',
    expected: [{ kind: 'person-name', text: '欧阳丽娟' }],
  },
  {
    text: '大方县人社局答复：您好！您反映的大方县某中学食堂工作人员工资问题，经核实，食堂由学校委托第三方餐饮公司经营，该公司已于12月补发了9月至11月的工资差额。如仍有疑问，请联系大方县劳动保障监察大队。',
    expected: [],
  },
  {
    text: '织金县人社局答复：杨光华先生，您好！您于12月4日来电反映您与弟弟杨光明在织金县某建筑工地务工被拖欠工资一事，经织金县劳动保障监察大队调查，该工地劳务负责人承认拖欠你们二人工资共计2.8万元，现已全部支付，你们已于12月15日签字确认。',
    expected: [
      { kind: 'person-name', text: '杨光华' },
      { kind: 'person-name', text: '杨光明' },
    ],
  },
  {
    text: '纳雍县人社局答复：您好！您反映的纳雍县某煤矿未为职工缴纳工伤保险问题，经查，该煤矿已为全部238名职工缴纳工伤保险，您所在的掘进二队人员均已参保，您可通过“贵州人社”APP查询本人参保情况。',
    expected: [],
  },
  {
    text: '威宁县人社局答复：您好！您的退休审批材料已审核通过。经核定，您的视同缴费年限为12年，实际缴费年限为14年6个月，退休后基本养老金为每月3254.18元，自2025年1月起发放。',
    expected: [],
  },
  {
    text: '赫章县人社局答复：您好！经核实，您母亲陆秀英的城乡居民养老保险待遇已于2024年12月恢复发放，每月253元，暂停期间的待遇一并补发，请通过社保卡金融账户查询。',
    expected: [{ kind: 'person-name', text: '陆秀英' }],
  },
  {
    text: '黔西市人社局答复：您好！您咨询的被征地农民社会保障问题，按照黔西市相关政策，被征地农民可选择参加企业职工基本养老保险或城乡居民养老保险，政府按征地时年龄段给予一次性缴费补贴。具体请携带征地协议、户口簿到黔西市社保中心（黔西市水西大道123号政务服务中心2楼）咨询。',
    context: { publicAddresses: ['黔西市水西大道123号政务服务中心2楼'] },
    expected: [],
  },
  {
    text: '金沙县人社局答复：您好！您反映的金沙县某白酒厂违法延长工作时间问题，我局已责令该厂整改。该厂已承诺调整工作班次，保证员工每周至少休息一日，并依法支付加班工资。',
    expected: [],
  },
  {
    text: '百里杜鹃管理区社会事务局答复：韩先生您好！您咨询的景区季节性用工参保问题，景区季节性用工人员可按灵活就业人员身份参保，也可由用工单位按规定参加工伤保险（单险种参保）。',
    expected: [{ kind: 'person-name', text: '韩' }],
  },
  {
    text: '金海湖新区社会事务局答复：您好！金海湖新区企业职工社保业务已于2024年10月起在金海湖新区政务服务中心办理，无需再到七星关区。地址：金海湖新区竹园乡政务服务中心一楼，咨询电话：0857-8510026。',
    expected: [],
  },
  {
    text: '毕节市劳动保障监察支队答复：您好！经调查，您反映的毕节某安保服务有限公司（负责人：孔德文，联系电话：18985736614）拖欠保安员工资问题属实。我支队已对该公司下达《劳动保障监察责令改正决定书》，责令其于2025年1月10日前支付拖欠的工资。',
    expected: [
      { kind: 'person-name', text: '孔德文' },
      { kind: 'mobile', text: '18985736614' },
    ],
  },
  {
    text: '毕节市劳动保障监察支队答复：您好！农民工工资支付实行“总包代发”制度，施工总承包单位应当通过农民工工资专用账户直接将工资支付到农民工本人的银行账户。如发现未落实代发制度的项目，请拨打我支队举报电话0857-8223312反映。',
    context: { publicNumbers: ['0857-8223312'] },
    expected: [],
  },
  {
    text: '七星关区社保中心答复：吴秀英女士，您好！您咨询的丈夫去世后的遗属待遇问题，您丈夫蔡德明生前为企业退休人员，其遗属可领取丧葬补助金和一次性抚恤金，请您携带死亡证明、户口簿、您的身份证和银行卡到七星关区社保中心待遇窗口申领。您家住址（七星关区观音桥街道文景路37号2栋1单元501）已登记，如需上门服务请提前预约。',
    expected: [
      { kind: 'person-name', text: '吴秀英' },
      { kind: 'person-name', text: '蔡德明' },
      { kind: 'address', text: '七星关区观音桥街道文景路37号2栋1单元501' },
    ],
  },
  {
    text: '市医保局转办答复：您好！您咨询的医保问题不属于人社部门职责。2019年机构改革后，医疗保险业务由毕节市医疗保障局负责，咨询电话0857-8330088，请您直接向其咨询。',
    expected: [],
  },
  {
    text: '毕节市劳动人事争议仲裁院答复：邱志刚，你好！你与毕节某汽修厂的劳动争议案件，因被申请人法定代表人邱德胜（你的叔叔）提出和解，双方已于庭前达成和解协议，你已申请撤回仲裁申请，本院已准许。',
    expected: [
      { kind: 'person-name', text: '邱志刚' },
      { kind: 'person-name', text: '邱德胜' },
    ],
  },
  {
    text: '七星关区就业局答复：您好！您提交的公益性岗位申请已收悉。经审核，您符合就业困难人员条件，已将您纳入公益性岗位储备人员库。下一批岗位开发后，我们将按照登记顺序通知您。您登记的联系电话为0857-8246371（座机），如有变更请及时告知。',
    expected: [{ kind: 'landline', text: '0857-8246371' }],
  },
  {
    text: '您好！您反映的问题我们已记录。请您提供以下信息以便核查：1.用人单位全称；2.工作地点；3.工作起止时间；4.被拖欠工资金额；5.本人联系电话。您可直接回复本留言，或到我局信访接待室当面反映。',
    expected: [],
  },
  {
    text: '回复上面的留言：1.毕节某建设有限公司；2.七星关区洪山街道滨河路那个安置房项目；3.2024年3月到10月；4.共21600元；5.电话13595720836，我叫骆永刚。',
    context: { authorName: '骆永刚', authorPhone: '13595720836' },
    expected: [
      { kind: 'author-phone', text: '13595720836' },
      { kind: 'author-name', text: '骆永刚' },
    ],
  },
  {
    text: '骆永刚，您好！根据您补充的信息，我们已将您的投诉转七星关区劳动保障监察大队办理，承办人员将于3个工作日内与您联系（联系电话尾号0836）。',
    expected: [{ kind: 'person-name', text: '骆永刚' }],
  },
  {
    text: '人才服务中心答复：您好！人才服务绿卡分为A、B、C三类，持卡人可在子女入学、配偶就业、医疗保健、住房保障等方面享受相应服务。申请人需在毕节市全职工作且符合《毕节市高层次人才认定标准》。',
    expected: [],
  },
  {
    text: '毕节市就业局答复：您好！您反映的“零工市场信息不及时”问题，我局已在七星关区倒天河零工市场增设电子显示屏，实时发布用工信息，并开通“毕节零工”微信小程序，求职者可在线查看岗位和报名。',
    expected: [],
  },
  {
    text: '您好！您反映的情况我们已转交七星关区人社局。经核实，您提到的“张经理”系毕节某劳务公司负责人张某，该公司已于12月12日将拖欠您的工资4800元转入您的银行账户。',
    expected: [{ kind: 'person-name', text: '张' }],
  },
  {
    text: `我是毕节人，在广东中山古镇做灯饰，老板姓谢。写一下情况：\n1.我叫龙小兰，身份证${withIdCheckCharacter('52052719990826152')}，2022年3月进厂；\n2.一起被欠钱的还有我老公罗国富、我表妹吴丽；\n3.老板谢总说等年底卖完货再结，去年也是这么说的；\n4.我们现在租住中山市古镇镇东岸北路62号3楼302房；\n5.我的电话13726041935，老公的电话13726041952。\n请家乡的人社局帮我们问问，能不能跟中山那边联系一下。`,
    context: { authorName: '龙小兰', authorPhone: '13726041935' },
    expected: [
      { kind: 'person-name', text: '谢' },
      { kind: 'author-name', text: '龙小兰' },
      { kind: 'id-card', text: withIdCheckCharacter('52052719990826152') },
      { kind: 'person-name', text: '罗国富' },
      { kind: 'person-name', text: '吴丽' },
      { kind: 'person-name', text: '谢' },
      { kind: 'address', text: '中山市古镇镇东岸北路62号3楼302房' },
      { kind: 'author-phone', text: '13726041935' },
      { kind: 'mobile', text: '13726041952' },
    ],
  },
  {
    text: '龙小兰女士：您好！您反映的在广东省中山市务工被拖欠工资问题，我局已通过跨省劳动保障监察协作机制，将线索转交中山市人力资源和社会保障局处理。中山市劳动保障监察部门已受理，承办人将直接与您联系。同时提醒您：保存好考勤记录、工资条、聊天记录等证据。',
    expected: [{ kind: 'person-name', text: '龙小兰' }],
  },
  {
    text: '尊敬的领导：我是毕节市七星关区的一名退休职工，想对养老保险、医保和就业方面提三点建议：一是退休人员资格认证能不能改成大数据比对，不要每年让老年人自己去认证，很多老人不会用手机；二是医保异地就医备案的流程还是太复杂，建议在社区设代办点；三是零工市场应该延长开放时间，冬天早上六点就有很多人在等活。另外，我的养老金今年调整后是每月3346元，比去年涨了2.8%，我觉得偏低，希望能向上级反映。以上建议供领导参考。谢谢！',
    expected: [],
  },
  {
    text: '您好！感谢您对人社工作提出的宝贵建议。一、关于资格认证：目前我市已实行“静默认证”，通过就医、乘车、社保卡使用等数据进行比对，比对通过的无需本人操作；二、关于异地就医备案：该业务属于医保部门职责，您的建议已转市医保局研究；三、关于零工市场开放时间：倒天河零工市场自2024年11月起已调整为早上6:00开放；四、关于养老金调整：养老金调整比例由国家统一确定，我市严格按照国家和省的政策执行。',
    expected: [],
  },
  {
    text: '我是威宁县盐仓镇的一个农民，叫禄文光，今年57岁，年轻时在昆明打工交过几年社保，后来回家种地，就交了城乡居民的。现在想问：一、我在昆明交的那几年能不能转回来？二、我城乡居民交了12年，到60岁能领多少？三、我老婆禄春花身体不好，有没有什么补贴？我家住威宁县盐仓镇盐仓村五组21号，我不会打字，是我侄儿帮我发的，他电话15186571023。',
    context: { authorName: '禄文光' },
    expected: [
      { kind: 'author-name', text: '禄文光' },
      { kind: 'person-name', text: '禄春花' },
      { kind: 'address', text: '威宁县盐仓镇盐仓村五组21号' },
      { kind: 'mobile', text: '15186571023' },
    ],
  },
  {
    text: '禄文光同志：您好！关于您咨询的问题答复如下：一、您在昆明参加的企业职工基本养老保险可以转入我市，达到退休年龄时也可按规定将城乡居民养老保险并入企业职工养老保险计算待遇；二、城乡居民养老保险待遇由基础养老金和个人账户养老金组成，具体金额与缴费档次有关；三、关于您妻子的补贴问题，建议向民政部门咨询。',
    expected: [{ kind: 'person-name', text: '禄文光' }],
  },
  {
    text: '您好！您在留言中提供的银行卡号有误（少了一位），请核对后重新提交。提醒：请勿在公开留言中填写完整的银行卡号、身份证号等个人信息。',
    expected: [],
  },
  {
    text: '谢谢你们的回复，我重新发一下卡号：6217 0027 1003 4468 91（少的那一位我也不确定是不是5），户名陆小勇。',
    expected: [
      { kind: 'bank-card', text: '6217 0027 1003 4468 91' },
      { kind: 'person-name', text: '陆小勇' },
    ],
  },
]

const LONG_N: readonly CorpusItem[] = [
  {
    text: '领导你们好，我有几个问题想一起问一下，麻烦一条一条回答。第一，我在七星关区一家物流公司开货车，公司跟我签的是“承包合同”，说我不是员工，每个月跑多少趟算多少钱，出了事故自己负责，这种情况我算不算劳动关系？第二，公司从来没给我们买过社保，我自己在村里交的城乡居民养老保险，每年交500块，以后能不能转成职工养老保险？第三，今年8月我在贵阳卸货的时候从车上摔下来，腰椎骨折，花了三万多医药费，公司一分钱都不出，说我是承包的。我能不能申请工伤认定？如果公司不承认劳动关系，我要先去仲裁吗？第四，仲裁要不要钱？要不要请律师？我听说对方律师很厉害，我们打不赢。第五，我现在腰还没好，干不了活，家里两个孩子读书，有没有什么救助？谢谢领导！',
    expected: [],
  },
  {
    text: '您好！针对您反映的五个问题，答复如下：一、是否构成劳动关系，应根据双方是否存在管理与被管理关系、报酬是否由公司支付、工作是否属于公司业务组成部分等事实综合判断，不以合同名称为准；二、城乡居民养老保险可以按规定转入企业职工基本养老保险，但须在企业职工养老保险缴费满15年后办理；三、若劳动关系存在争议，须先申请劳动仲裁确认劳动关系，再申请工伤认定，工伤认定申请时效中止计算；四、劳动人事争议仲裁不收取任何费用，您可以自行参加仲裁，也可向毕节市法律援助中心申请免费法律援助；五、因病因伤致困的家庭可向户籍所在地乡镇（街道）申请临时救助。如需进一步咨询，请拨打12333或到毕节市劳动人事争议仲裁院立案窗口咨询。',
    expected: [],
  },
  {
    text: `尊敬的毕节市人社局领导：\n我叫卯国华，男，${withIdCheckCharacter('52242619741019361').slice(6, 10)}年出生，纳雍县人，身份证号${withIdCheckCharacter('52242619741019361')}。我反映三件事：\n一、我在纳雍县某煤矿干了十五年，2023年矿上关闭，矿长晏永胜说工人的经济补偿由政府统一发放，到现在都没发。和我一样情况的还有卯国军、杨正才、陈光辉等三十多人。\n二、我在矿上干了十五年，社保只交了八年，少交的七年矿上说不归他们管。\n三、我已经查出尘肺病二期，职业病诊断证明书编号为黔职诊〔2024〕0217号，工伤认定申请交上去三个月了，一直没结果。\n我现在住纳雍县雍熙街道环城北路203号2单元402室，电话18285709176，家里座机3512608。恳请领导帮我们解决。`,
    context: { authorName: '卯国华', authorPhone: '18285709176' },
    expected: [
      { kind: 'author-name', text: '卯国华' },
      { kind: 'id-card', text: withIdCheckCharacter('52242619741019361') },
      { kind: 'person-name', text: '晏永胜' },
      { kind: 'person-name', text: '卯国军' },
      { kind: 'person-name', text: '杨正才' },
      { kind: 'person-name', text: '陈光辉' },
      { kind: 'address', text: '纳雍县雍熙街道环城北路203号2单元402室' },
      { kind: 'author-phone', text: '18285709176' },
      { kind: 'landline', text: '3512608' },
    ],
  },
  {
    text: '卯国华同志：您好！您反映的问题我局已会同纳雍县人民政府进行调查，现答复如下：一、关于关闭煤矿职工经济补偿问题，纳雍县已制定关闭煤矿职工安置方案，经济补偿资金由原煤矿企业承担，县政府督促落实。经核实，您与卯国军、杨正才、陈光辉等32名职工的经济补偿已纳入第二批发放名单，预计2025年1月底前发放到位。二、关于社保欠缴问题，原煤矿应为您补缴2008年至2014年的基本养老保险费，县社保中心已向原煤矿清算组发出《社会保险费补缴通知书》。三、关于工伤认定问题，您的工伤认定申请已于2024年12月12日作出认定工伤的决定，决定书已邮寄至您登记的地址，请注意查收。如有疑问，请与纳雍县人社局联系。',
    expected: [
      { kind: 'person-name', text: '卯国华' },
      { kind: 'person-name', text: '卯国军' },
      { kind: 'person-name', text: '杨正才' },
      { kind: 'person-name', text: '陈光辉' },
    ],
  },
  {
    text: '各位领导好，我是在浙江湖州织里镇做童装的毕节老乡，代表我们赫章、威宁的老乡反映几个问题。我们这里有两百多个毕节人，大部分是夫妻一起出来的，孩子留在老家给老人带。第一个问题是社保：这边的老板大部分不给买社保，说买了工资就要降，我们也不敢要求。如果我们自己回老家交灵活就业的，能不能在手机上交？第二个问题是孩子的医保：孩子在老家读书，城乡居民医保是在老家交还是在这边交？第三个问题是技能培训：我们想学电商直播，老家有没有免费培训，培训完能不能领补贴？第四个问题是返乡创业：如果我们回毕节开个小的服装加工厂，有没有创业担保贷款，最多能贷多少？希望领导能一起答复，我们这边好多老乡都在等。谢谢！',
    expected: [],
  },
  {
    text: '何金龙：您好！您在留言中反映的问题答复如下：一、灵活就业人员可通过“贵州人社”APP或“贵州社保”微信公众号缴纳养老保险费，无需回户籍地办理；二、城乡居民医保原则上在户籍地参保，在校学生也可在学校所在地参保；三、我市每年组织电商直播等新业态技能培训，参训人员考核合格后可按规定享受培训补贴，您可联系户籍所在县就业局报名；四、返乡创业人员符合条件的可申请最高30万元的创业担保贷款，合伙创业的可适当提高额度。欢迎您和老乡们返乡就业创业！',
    expected: [{ kind: 'person-name', text: '何金龙' }],
  },
]

export const TUNING_CORPUS_G: readonly CorpusItem[] = [
  ...CLEAN_A,
  ...PERSONAL_B,
  ...PERSONAL_C,
  ...PERSONAL_D,
  ...CLEAN_E,
  ...PERSONAL_F,
  ...PERSONAL_G,
  ...PERSONAL_H,
  ...CLEAN_I,
  ...CLEAN_J,
  ...PERSONAL_K,
  ...ANSWERS_L,
  ...ANSWERS_M,
  ...LONG_N,
]
