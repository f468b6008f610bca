// Ninth tuning corpus for the personal-data detector. It was written separately as the eighth
// held-out corpus; its figures were recorded (docs/benchmarks.md) and it then became tuning data.
// All personal data is fictitious (see the notes on numbers below).
//
// Numbers: mobiles and landlines (0857-xxxxxxx) are invented; ID numbers are built with withIdCheckCharacter from
// invented 17-digit bodies (5205/5224/5225/5226 prefixes), bank cards with withLuhnDigit from 62xxxx bodies. Names,
// villages and house numbers are invented as well.
import type { CorpusItem } from './corpus'
import { withIdCheckCharacter, withLuhnDigit } from './test-support'

/** Batch A: citizen messages and staff answers about 欠薪, 失业保险, 社保卡, 养老, 医保. */
const BATCH_A: readonly CorpusItem[] = [
  // ---- clean texts with hard negatives ----
  {
    text: '您好，请问失业保险金怎么申领？我在七星关区上班，公司上个月解散了。',
    expected: [],
  },
  {
    text: '您好，您反映的问题已转七星关区劳动保障监察大队办理，咨询电话：0857-8223156。',
    expected: [],
  },
  {
    text: '经核查，该公司已于2024年3月15日将拖欠的工资共计86400元全部发放到位，请您注意查收。',
    expected: [],
  },
  {
    text: '请携带本人身份证原件到毕节市政务服务中心二楼人社窗口办理，工作时间为周一至周五9:00-12:00、14:00-17:30。',
    expected: [],
  },
  {
    text: '您好，社保卡补换可在就近的工商银行、农业银行网点办理，也可登录“贵州人社”APP申请邮寄，如有疑问请拨打12333。',
    expected: [],
  },
  {
    text: '我们老家在大方县，老板说小时工不用买社保，这样合法吗？',
    expected: [],
  },
  {
    text: '您好，根据《贵州省失业保险条例》第二十条规定，失业保险金按月发放，标准为当地最低工资标准的90%。',
    expected: [],
  },
  {
    text: '投诉监督电话：0857－8310245（工作日），传真：0857-8310246，邮政编码551700。',
    expected: [],
  },
  {
    text: '您好，您可将材料扫描后发送至市劳动人事争议仲裁院邮箱bjldzc@163.com，我们收到后三个工作日内回复。',
    expected: [],
  },
  {
    text: '请问人才服务绿卡到期了怎么续办？需要带什么材料？',
    expected: [],
  },
  {
    text: '您好，经与威宁县人社局核实，您所在企业统一社会信用代码为91520526MA6DK3XY2P，目前处于正常参保状态。',
    expected: [],
  },
  {
    text: '您好！灵活就业人员参加职工养老保险，2024年缴费基数下限为3969元/月，缴费比例20%，可按月、按季或按年缴纳。',
    expected: [],
  },
  {
    text: '你们的12345转过来好几次了都没人处理，到底谁管？',
    expected: [],
  },
  {
    text: '毕节市人社局地址：七星关区洪山路市行政中心5号楼3楼301室，咨询电话（0857）8226013。',
    expected: [],
  },
  {
    text: '您好，关于技能提升补贴，请在取得证书之日起12个月内申请，补贴标准初级1000元、中级1500元、高级2000元。',
    expected: [],
  },
  {
    text: '请问退休审批要多长时间？我是1964年出生的女职工，今年满60岁了。',
    expected: [],
  },
  {
    text: '您好，您的案件编号为毕劳人仲案字〔2024〕第0318号，已于4月2日立案，开庭时间另行通知。',
    expected: [],
  },
  {
    text: '我们小区楼下的小卖部老板说他们店里招人不用签合同，这个可以投诉吗？',
    expected: [],
  },
  {
    text: '金沙县就业服务中心窗口电话 0857—7221834，地址：金沙县鼓场街道城东路88号政务中心一楼。',
    expected: [],
  },
  {
    text: '您好，就业见习补贴按当地最低工资标准的100%发放，见习期限为3至12个月，见习单位须提前在系统备案。',
    expected: [],
  },
  {
    text: '请问黔西市的工伤认定在哪里办？需要多久？',
    expected: [],
  },
  {
    text: '经查，纳雍县某建筑公司承建的项目确实存在拖欠农民工工资问题，涉及23人，金额约41.6万元，我局已下达《劳动保障监察限期改正指令书》（纳人社监令〔2024〕17号）。',
    expected: [],
  },
  {
    text: '医保异地就医备案可通过国家医保服务平台APP办理，备案后在就医地定点医院直接结算，热线：0857-8336912。',
    expected: [],
  },
  {
    text: '您好，您咨询的档案转递事宜，请到市人才交流服务中心（百里杜鹃路18号人才大厦6楼602室）办理。',
    expected: [],
  },
  {
    text: '小杨树村的路修好没有？跟人社局有关系吗？不好意思问错了。',
    expected: [],
  },
  {
    text: '为什么我社保卡在医院刷不了？显示卡片状态异常。',
    expected: [],
  },
  {
    text: '您好，社保卡状态异常一般是未激活金融功能或已挂失，请持卡到发卡银行网点处理，或拨打银行客服95588咨询。',
    expected: [],
  },
  {
    text: '赫章县劳动保障监察大队举报电话：0857—3221107；邮箱：hzxldjc@126.com。',
    expected: [],
  },
  {
    text: '本人于2023年11月至2024年2月在织金县某工地做工，共计工资32800元，至今只拿到5000元。',
    expected: [],
  },
  {
    text: '您好，您反映的情况已收悉。经核查，该企业已为您补缴2022年1月至2023年6月的养老保险费，请登录个人权益记录查询。',
    expected: [],
  },
  {
    text: '请问考取的电工证（证书编号T2024052231）能领技能补贴吗？',
    expected: [],
  },
  {
    text: '您好，市人社局12楼1205会议室将于6月18日上午10:00召开专场招聘会说明会，欢迎参加。',
    expected: [],
  },
  {
    text: '七星关区碧阳大道上周发生交通事故，导致附近公交线路临时调整。',
    expected: [],
  },
  {
    text: '我是老乡介绍过来打工的，老板跑了，工资没给，找谁？',
    expected: [],
  },
  {
    text: '您好，请拨打七星关区劳动监察大队电话8232617或到区政务服务中心3号窗口现场投诉。',
    expected: [],
  },
  {
    text: '您好，城乡居民养老保险缴费档次分为200元至6000元共14个档次，请于每年12月31日前完成缴费。',
    expected: [],
  },
  {
    text: '想问一下，从浙江转回来的养老保险关系要多久能到账？转移联系函编号是3306002024051234。',
    expected: [],
  },
  {
    text: '您好，转移联系函编号不是个人信息，您可凭该编号到市社保中心3楼转移接续窗口查询进度，电话0857-8250437。',
    expected: [],
  },
  {
    text: '黔西市人社局：地址黔西市水西大道东段268号，邮编551500，电话0857-4221630。',
    expected: [],
  },
  {
    text: '您好，根据《工伤保险条例》第十七条，用人单位应自事故伤害发生之日起30日内提出工伤认定申请。',
    expected: [],
  },
  // ---- with personal data ----
  {
    text: '我叫罗光明，在七星关区打工，老板欠我工资8600元，电话13985741206。',
    expected: [
      { kind: 'person-name', text: '罗光明' },
      { kind: 'mobile', text: '13985741206' },
    ],
  },
  {
    text: '您好，您反映的问题已转大方县劳动保障监察大队，承办人陈科长会与您联系，请保持电话畅通。',
    expected: [{ kind: 'person-name', text: '陈' }],
  },
  {
    text: `本人杨秀芬，身份证号${withIdCheckCharacter('52050219760815402')}，想查询养老保险缴费年限。`,
    expected: [
      { kind: 'person-name', text: '杨秀芬' },
      { kind: 'id-card', text: withIdCheckCharacter('52050219760815402') },
    ],
  },
  {
    text: '包工头王德发拖欠我们12个人的工资，他住在七星关区麻园路145号金海湾小区3栋2单元802室，手机138 8579 2143。',
    expected: [
      { kind: 'person-name', text: '王德发' },
      { kind: 'address', text: '七星关区麻园路145号金海湾小区3栋2单元802室' },
      { kind: 'mobile', text: '138 8579 2143' },
    ],
  },
  {
    text: '我的社会保障号码是520524199012133215，一直查不到缴费记录，麻烦帮忙看看。',
    context: { authorName: '周建' },
    expected: [{ kind: 'social-security-number', text: '520524199012133215' }],
  },
  {
    text: '我是周建，社保卡丢了补办要多久？联系电话15186713402。',
    context: { authorName: '周建', authorPhone: '15186713402' },
    expected: [
      { kind: 'author-name', text: '周建' },
      { kind: 'author-phone', text: '15186713402' },
    ],
  },
  {
    text: '周建您好，社保卡补办一般7个工作日内可领取，请持身份证到原办卡银行网点领卡。',
    context: { authorName: '周建' },
    expected: [{ kind: 'author-name', text: '周建' }],
  },
  {
    text: '我家里座机0857-8653217，白天没人，打我手机18785730961。',
    expected: [
      { kind: 'landline', text: '0857-8653217' },
      { kind: 'mobile', text: '18785730961' },
    ],
  },
  {
    text: '工资卡号：' + withLuhnDigit('621700283000461027') + '，户名张兰，工资一直没打进来。',
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('621700283000461027') },
      { kind: 'person-name', text: '张兰' },
    ],
  },
  {
    text: '老板的车是贵F·3K825，现在每天停在洪山街道办事处门口，可以去找他。',
    expected: [{ kind: 'plate', text: '贵F·3K825' }],
  },
  {
    text: '您好，经核查，您反映的金沙县某劳务公司负责人李永刚已承诺于5月20日前支付您的工资，如未兑现请再联系我们。',
    expected: [{ kind: 'person-name', text: '李永刚' }],
  },
  {
    text: '我母亲刘桂英在纳雍县王家寨镇青山村三组27号，身体不好不能出门，退休认证能上门吗？',
    expected: [
      { kind: 'person-name', text: '刘桂英' },
      { kind: 'address', text: '纳雍县王家寨镇青山村三组27号' },
    ],
  },
  {
    text: '有事加我微信 bj_lxm1988，或者QQ 736481920。',
    expected: [
      { kind: 'wechat-id', text: 'bj_lxm1988' },
      { kind: 'qq', text: '736481920' },
    ],
  },
  {
    text: '材料已发到你们邮箱，我的邮箱是 huangyx0611@qq.com，回复请发这里。',
    expected: [{ kind: 'email', text: 'huangyx0611@qq.com' }],
  },
  {
    text: '您好，请张师傅携带劳动合同、工资条等材料到织金县劳动人事争议仲裁院申请仲裁，电话0857-7621346。',
    expected: [{ kind: 'person-name', text: '张' }],
  },
  {
    text: '我弟弟吴小东在工地摔伤了，单位不给报工伤，我弟弟电话：139-8579-6024。',
    expected: [
      { kind: 'person-name', text: '吴小东' },
      { kind: 'mobile', text: '139-8579-6024' },
    ],
  },
  {
    text: `申请人：龙海燕，身份证：${withIdCheckCharacter('52242619920304162')}，住址：织金县双堰街道东门社区建设路56号2单元401。`,
    expected: [
      { kind: 'person-name', text: '龙海燕' },
      { kind: 'id-card', text: withIdCheckCharacter('52242619920304162') },
      { kind: 'address', text: '织金县双堰街道东门社区建设路56号2单元401' },
    ],
  },
  {
    text: '小杨，你上次说的那个事情我问了，老王那边说钱月底给。',
    expected: [
      { kind: 'person-name', text: '杨' },
      { kind: 'person-name', text: '王' },
    ],
  },
  {
    text: '房东电话8231947，他说我走之前要结清水电费，押金不退，这个人社局管不管？',
    expected: [{ kind: 'landline', text: '8231947' }],
  },
  {
    text: '您好，经联系施工方项目经理赵国强（电话13608570312），其表示已将工资款交由劳务班组长陈大勇发放。',
    expected: [
      { kind: 'person-name', text: '赵国强' },
      { kind: 'mobile', text: '13608570312' },
      { kind: 'person-name', text: '陈大勇' },
    ],
  },
  {
    text: '我爸爸叫熊德才，1958年的，身份证52052219580207' + '3216' + '，他退休金怎么算？',
    expected: [
      { kind: 'person-name', text: '熊德才' },
      { kind: 'id-card', text: '520522195802073216' },
    ],
  },
  {
    text: '手机号1\u200b3\u200b8\u200b5\u200b7\u200b2\u200b6\u200b4\u200b1\u200b9\u200b3，请联系我。',
    expected: [
      {
        kind: 'mobile',
        text: '1\u200b3\u200b8\u200b5\u200b7\u200b2\u200b6\u200b4\u200b1\u200b9\u200b3',
      },
    ],
  },
  {
    text: '我们是赫章县的，在外省打工，老板叫何兴旺，车牌是川A·7M3K2，欠了我们三个月工资。',
    expected: [
      { kind: 'person-name', text: '何兴旺' },
      { kind: 'plate', text: '川A·7M3K2' },
    ],
  },
  {
    text: '您好，您反映的事项已转威宁县人社局，经办人马女士，联系电话0857-6223174（窗口）。',
    expected: [{ kind: 'person-name', text: '马' }],
  },
  {
    text: '我住在七星关区柳园路西段92号附2号，房东老蔡电话0857-8227653，可以证明我在这上班。',
    expected: [
      { kind: 'address', text: '七星关区柳园路西段92号附2号' },
      { kind: 'person-name', text: '蔡' },
      { kind: 'landline', text: '0857-8227653' },
    ],
  },
  {
    text: '黄云霞您好，您的失业保险金申领已审核通过，将于次月15日前发放至您的社保卡。',
    context: { authorName: '黄云霞' },
    expected: [{ kind: 'author-name', text: '黄云霞' }],
  },
  {
    text: `我的社保卡号是${withIdCheckCharacter('52052519851103381')}，卡被吞了。`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52052519851103381') }],
  },
  {
    text: '残疾证号52052119790612341843，申请灵活就业社保补贴需要哪些材料？',
    expected: [{ kind: 'id-card', text: '52052119790612341843' }],
  },
  {
    text: '监察大队的刘队长和小田来过我们工地，说会处理，结果一个月了没消息。',
    expected: [
      { kind: 'person-name', text: '刘' },
      { kind: 'person-name', text: '田' },
    ],
  },
  {
    text: '联系人：杜晓梅 电话：0857－4318726（家里）',
    expected: [
      { kind: 'person-name', text: '杜晓梅' },
      { kind: 'landline', text: '0857－4318726' },
    ],
  },
  {
    text: '+86 158 8573 0462 是我的号码，之前登记的号码已经停机了。',
    expected: [{ kind: 'mobile', text: '+86 158 8573 0462' }],
  },
  {
    text: '您好，工伤认定决定书（毕人社工认〔2024〕0412号）已作出，认定谢文斌所受伤害为工伤，请单位及本人到窗口领取。',
    expected: [{ kind: 'person-name', text: '谢文斌' }],
  },
  {
    text: '肇事车辆贵FD23816，是公司的车，我在车上受伤的，算不算工伤？',
    expected: [{ kind: 'plate', text: '贵FD23816' }],
  },
  {
    text:
      '我和丈夫邓文军都在黔西市打工，他的身份证号码是' +
      withIdCheckCharacter('52242319870925101') +
      '，帮他查一下医保。',
    expected: [
      { kind: 'person-name', text: '邓文军' },
      { kind: 'id-card', text: withIdCheckCharacter('52242319870925101') },
    ],
  },
  {
    text: '邮箱：yang.lihua＠163.com（请把＠换成@），材料我已经准备好。',
    expected: [{ kind: 'email', text: 'yang.lihua＠163.com' }],
  },
  {
    text: '我是大方县羊场镇的，叫苏明亮，在广东东莞打工，工厂倒闭了，能回老家领失业金吗？',
    expected: [{ kind: 'person-name', text: '苏明亮' }],
  },
  {
    text: '您好，经核查，您（潘光荣）的养老保险缴费年限累计为14年7个月，尚差5个月方可按月领取。',
    expected: [{ kind: 'person-name', text: '潘光荣' }],
  },
  {
    text: '单位地址是毕节经济开发区开元大道9号标准厂房B栋，负责人姓肖，电话18908576253。',
    expected: [
      { kind: 'address', text: '毕节经济开发区开元大道9号标准厂房B栋' },
      { kind: 'person-name', text: '肖' },
      { kind: 'mobile', text: '18908576253' },
    ],
  },
  {
    text: '扣扣：2836405117，微信同号。',
    expected: [{ kind: 'qq', text: '2836405117' }],
  },
  {
    text: '微信：13765821094，有事微信联系。',
    expected: [{ kind: 'mobile', text: '13765821094' }],
  },
  {
    text: '我的身份证：5205 0219 9407 1526 2' + 'X' + '，查不到参保信息。',
    expected: [{ kind: 'id-card', text: '5205 0219 9407 1526 2X' }],
  },
  {
    text: '请转告孙主任，我们仍然没有收到钱，班组长叫冉茂林，一直躲着不接电话。',
    expected: [
      { kind: 'person-name', text: '孙' },
      { kind: 'person-name', text: '冉茂林' },
    ],
  },
  {
    text: '我家在威宁县草海镇民族路37号，电话0857-6228543，父亲卢长贵今年退休。',
    expected: [
      { kind: 'address', text: '威宁县草海镇民族路37号' },
      { kind: 'landline', text: '0857-6228543' },
      { kind: 'person-name', text: '卢长贵' },
    ],
  },
  {
    text: '您好，请您本人（或委托代理人）携带身份证到市社保中心一楼大厅办理。曹先生您反映的缴费基数问题我们已记录。',
    expected: [{ kind: 'person-name', text: '曹' }],
  },
  {
    text: '老板娘付小芳说是她老公管账，她老公叫彭程，开一辆白色越野车贵A·D7293。',
    expected: [
      { kind: 'person-name', text: '付小芳' },
      { kind: 'person-name', text: '彭程' },
      { kind: 'plate', text: '贵A·D7293' },
    ],
  },
  {
    text: `银行卡号${withLuhnDigit('622848086800452317')}（农行），失业金打这张卡。`,
    expected: [{ kind: 'bank-card', text: withLuhnDigit('622848086800452317') }],
  },
  {
    text: '电话：0857-8\u200d654321（办公室没人就打这个，是我家）',
    expected: [{ kind: 'landline', text: '0857-8\u200d654321' }],
  },
  {
    text: '我是毕节职业技术学院的毕业生胡静，想报名就业见习，岗位怎么查？',
    expected: [{ kind: 'person-name', text: '胡静' }],
  },
  {
    text: '您好，胡同学，就业见习岗位可在“毕节人社”公众号“就业见习”栏目查询，报名截止时间为7月31日。',
    expected: [{ kind: 'person-name', text: '胡' }],
  },
]

/** Batch B: clean texts of many forms and answers with names, addresses and plates. */
const BATCH_B: readonly CorpusItem[] = [
  {
    text: '您好！您反映的问题我局高度重视，已于当日转交黔西市人社局核查处理，处理结果将在10个工作日内反馈。',
    expected: [],
  },
  {
    text: '市劳动人事争议仲裁院地址：七星关区招商花园路3号，立案窗口电话0857-8235021，传真0857-8235022。',
    expected: [],
  },
  {
    text: '请问2024年毕节市最低工资标准是多少？一类地区和二类地区分别是多少？',
    expected: [],
  },
  {
    text: '您好，贵州省最低工资标准自2023年2月1日起调整为一类区1890元、二类区1760元、三类区1660元，毕节市各县区按文件执行。',
    expected: [],
  },
  {
    text: '百里杜鹃管理区人社局电话：（0857）5951236，服务热线12333。',
    expected: [],
  },
  {
    text: '我老板说试用期不买社保，小时候听我爸说过这个不合法，想确认一下。',
    expected: [],
  },
  {
    text: '您好，试用期包含在劳动合同期限内，用人单位应当自用工之日起为劳动者缴纳社会保险费。',
    expected: [],
  },
  {
    text: '请问医保卡里的钱能给家人用吗？我爸在金沙县住院。',
    expected: [],
  },
  {
    text: '您好，职工医保个人账户可用于支付本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用。',
    expected: [],
  },
  {
    text: '织金县人社局局长信箱：zjxrsj@163.com；投诉电话：0857－7622315。',
    expected: [],
  },
  {
    text: '毕节高新区（开发区）人力资源服务中心，地址：毕节市七星关区德溪街道同心大道高新区管委会B座2楼，电话0857—8368106。',
    expected: [],
  },
  {
    text: '经核查，您反映的企业共有职工137人，其中已参保128人，剩余9人正在办理参保登记。',
    expected: [],
  },
  {
    text: '您好，2024年城乡居民医保个人缴费标准为每人每年380元，集中缴费期为2023年9月1日至12月31日。',
    expected: [],
  },
  {
    text: '纳雍县人社局：纳雍县雍熙街道文昌路162号，邮编553300，咨询电话：0857-3521486。',
    expected: [],
  },
  {
    text: '我想问下，人才服务绿卡A卡和B卡有什么区别？',
    expected: [],
  },
  {
    text: '您好，人才服务绿卡分为A、B两类，A卡面向高层次人才，B卡面向急需紧缺人才，持卡人可享受子女入学、医疗保健等服务。',
    expected: [],
  },
  {
    text: '请问在深圳交了5年社保，回毕节后还能接着交吗？',
    expected: [],
  },
  {
    text: '您好，您可在毕节参保后，通过国家社会保险公共服务平台或“掌上12333”APP申请转移，无需回参保地办理。',
    expected: [],
  },
  {
    text: '七星关区观音桥街道的招聘会定于3月8日上午9点在市体育中心举行，届时有212家企业参会。',
    expected: [],
  },
  {
    text: '监督电话 0857 8224310 ，传真 0857 8224311 。',
    expected: [],
  },
  {
    text: '老家在黔西，老板在贵阳，我在毕节上班，工资谁发？老大难问题了。',
    expected: [],
  },
  {
    text: '您好，威宁县就业局已于2024年5月9日组织专场招聘，提供岗位1560个，请关注后续场次。',
    expected: [],
  },
  {
    text: '请问农民工工资专用账户是怎么回事？我们项目上的工资是不是都要走这个账户？',
    expected: [],
  },
  {
    text: '您好，根据《保障农民工工资支付条例》，施工总承包单位应当开设农民工工资专用账户，专项用于支付农民工工资。',
    expected: [],
  },
  {
    text: '毕节市社会保险事业局：七星关区翠屏路10号，一楼服务大厅办理社保业务，二楼办理医保业务。',
    expected: [],
  },
  {
    text: '你好，我是外地人，在赫章工作两年，想在这里交灵活就业社保可以吗？',
    expected: [],
  },
  {
    text: '您好，灵活就业参保不受户籍限制，可持身份证到赫章县社保局窗口（城关镇红旗路政务中心一楼8号窗口）办理。',
    expected: [],
  },
  {
    text: '来信编号：BJ20240612-0375，请在“我的留言”中查看办理进度。',
    expected: [],
  },
  {
    text: '我和老乡一起去工地干活，干了45天，一天300元，老板只给了5000。',
    expected: [],
  },
  {
    text: '您好，您可向工程所在地七星关区劳动保障监察大队投诉（地址：七星关区松山路区政府大院4号楼，电话0857-8324061）。',
    expected: [],
  },
  {
    text: '工伤保险待遇核定需要提供：工伤认定决定书、劳动能力鉴定结论书、医疗费发票原件、诊断证明等。',
    expected: [],
  },
  {
    text: '小区物业不给交社保可以找你们吗？我在物业公司做保安。',
    expected: [],
  },
  {
    text: '您好，物业公司属于用人单位，应依法为您缴纳社会保险，您可向企业所在地劳动保障监察机构举报。',
    expected: [],
  },
  {
    text: '金海湖新区社会事务局，电话：0857-8502317，地址：金海湖新区竹园乡政务服务中心。',
    expected: [],
  },
  {
    text: '请问退休了以后医保还要交吗？我女职工缴费满了20年。',
    expected: [],
  },
  {
    text: '您好，退休时职工医保缴费年限男满30年、女满25年（其中实际缴费满15年）的，退休后不再缴纳医保费。',
    expected: [],
  },
  {
    text: '我在钟山区的企业上班，单位注册地是七星关区，社保应该在哪里交？',
    expected: [],
  },
  {
    text: '您好，2024年度机关事业单位工作人员基本工资调整文件（黔人社发〔2024〕8号）已印发，请以单位通知为准。',
    expected: [],
  },
  {
    text: '建议在村里设置社保缴费点，老人们去镇上太远了，一趟要2个小时。',
    expected: [],
  },
  {
    text: '您好，感谢您的建议。目前全市已在1285个村（社区）设立社保服务点，您可就近到村委会办理缴费业务。',
    expected: [],
  },
  // with personal data
  {
    text: '我是金沙县禹谟镇的，叫陈光华，在工地干了半年，老板付明德欠了我2万块钱，他电话15885741326。',
    context: { authorName: '陈光华', authorPhone: '17785720316' },
    expected: [
      { kind: 'author-name', text: '陈光华' },
      { kind: 'person-name', text: '付明德' },
      { kind: 'mobile', text: '15885741326' },
    ],
  },
  {
    text: '陈光华您好，您反映的拖欠工资问题已转金沙县劳动保障监察大队，经办人王同志（电话0857-7221604，窗口）将联系您。',
    context: { authorName: '陈光华', authorPhone: '17785720316' },
    expected: [
      { kind: 'author-name', text: '陈光华' },
      { kind: 'person-name', text: '王' },
    ],
  },
  {
    text: '请回电17785720316，白天在工地可能听不到。',
    context: { authorName: '陈光华', authorPhone: '17785720316' },
    expected: [{ kind: 'author-phone', text: '17785720316' }],
  },
  {
    text: '我租住在七星关区市西街道清毕路北段21号盛世花园7栋1单元1503，房东鲁先生电话13885702691。',
    expected: [
      { kind: 'address', text: '七星关区市西街道清毕路北段21号盛世花园7栋1单元1503' },
      { kind: 'person-name', text: '鲁' },
      { kind: 'mobile', text: '13885702691' },
    ],
  },
  {
    text: '经查，贵公司员工向明远、王春燕、田学军三人的工伤认定申请材料已受理，请于5日内补充提交事故调查报告。',
    expected: [
      { kind: 'person-name', text: '向明远' },
      { kind: 'person-name', text: '王春燕' },
      { kind: 'person-name', text: '田学军' },
    ],
  },
  {
    text:
      '我公公韩德顺在赫章县野马川镇营山村五组41号，1962年生，他的身份证是' +
      withIdCheckCharacter('52052719620417281') +
      '。',
    expected: [
      { kind: 'person-name', text: '韩德顺' },
      { kind: 'address', text: '赫章县野马川镇营山村五组41号' },
      { kind: 'id-card', text: withIdCheckCharacter('52052719620417281') },
    ],
  },
  {
    text: '公司车辆贵F 6M283一直停在公司后院，老板说卖了车就发工资。',
    expected: [{ kind: 'plate', text: '贵F 6M283' }],
  },
  {
    text: '您好，经联系用人单位毕节市某商贸有限公司，其法定代表人范立新表示将于本月底前结清您的工资。',
    expected: [{ kind: 'person-name', text: '范立新' }],
  },
  {
    text: '小孩外婆家电话 7624185（织金），有急事可以打。',
    expected: [{ kind: 'landline', text: '7624185' }],
  },
  {
    text: '我姐姐聂红梅在黔西市莲城街道水西大道中段233号开了个小吃店，店里电话0857-4225716，她请的服务员没买社保会不会被罚？',
    expected: [
      { kind: 'person-name', text: '聂红梅' },
      { kind: 'address', text: '黔西市莲城街道水西大道中段233号' },
      { kind: 'landline', text: '0857-4225716' },
    ],
  },
  {
    text: 'VX：zhang\u00adxiao\u00adhu_88，加的时候备注社保。',
    expected: [{ kind: 'wechat-id', text: 'zhang\u00adxiao\u00adhu_88' }],
  },
  {
    text: '我老公骑摩托车被贵E·A2X37撞了，他是下班路上，能不能认定工伤？',
    expected: [{ kind: 'plate', text: '贵E·A2X37' }],
  },
  {
    text: '工资卡：6217 0028 3000 4610 275（建行），开户名字是我老婆顾玉兰。',
    expected: [
      { kind: 'bank-card', text: '6217 0028 3000 4610 275' },
      { kind: 'person-name', text: '顾玉兰' },
    ],
  },
  {
    text: '您好，经核查，您所在单位已为您办理失业登记。您（姚文）可凭社保卡领取失业保险金，按月发放共12个月。',
    expected: [{ kind: 'person-name', text: '姚文' }],
  },
  {
    text: '电话：１３９８５７２０４６１（全角写的，系统老是提示格式不对）',
    expected: [{ kind: 'mobile', text: '１３９８５７２０４６１' }],
  },
  {
    text: '老周他们几个在大方县奢香古镇项目上干木工，包工头跑了，他电话13595747362。',
    expected: [
      { kind: 'person-name', text: '周' },
      { kind: 'mobile', text: '13595747362' },
    ],
  },
  {
    text: '您好，请黎女士于工作日携带身份证、户口簿到七星关区社保局（洪山路区政务中心2楼）办理遗属待遇申领。',
    expected: [{ kind: 'person-name', text: '黎' }],
  },
  {
    text: `申请人康永福，身份证号码${withIdCheckCharacter('52250119800909371')}，联系电话18275743308，住址大方县红旗街道三元社区幸福路17号。`,
    expected: [
      { kind: 'person-name', text: '康永福' },
      { kind: 'id-card', text: withIdCheckCharacter('52250119800909371') },
      { kind: 'mobile', text: '18275743308' },
      { kind: 'address', text: '大方县红旗街道三元社区幸福路17号' },
    ],
  },
  {
    text: '邮箱 liu_guoqing(at)126.com，请把结果发给我。',
    expected: [{ kind: 'email', text: 'liu_guoqing(at)126.com' }],
  },
  {
    text: '我在七星关区碧海街道万达广场3号写字楼1708室的培训机构上班，机构老板叫宋佳，拖欠两个月工资。',
    expected: [
      { kind: 'address', text: '七星关区碧海街道万达广场3号写字楼1708室' },
      { kind: 'person-name', text: '宋佳' },
    ],
  },
  {
    text: 'QQ号：5\u200b2\u200b8\u200b3\u200b6\u200b1\u200b7\u200b0\u200b4',
    expected: [{ kind: 'qq', text: '5\u200b2\u200b8\u200b3\u200b6\u200b1\u200b7\u200b0\u200b4' }],
  },
  {
    text: '您好，工伤职工石朝阳的劳动能力鉴定结论为七级伤残，一次性伤残补助金按13个月本人工资计发。',
    expected: [{ kind: 'person-name', text: '石朝阳' }],
  },
  {
    text: '我是冯丽，在毕节市第一人民医院对面开了个药店，个体户能不能给自己交社保？',
    context: { authorName: '冯丽' },
    expected: [{ kind: 'author-name', text: '冯丽' }],
  },
  {
    text: '我叔叔的货车云F·52836在威宁出事故，他是给老板开车的，老板叫安国富，住威宁县六桥街道建设东路102号。',
    expected: [
      { kind: 'plate', text: '云F·52836' },
      { kind: 'person-name', text: '安国富' },
      { kind: 'address', text: '威宁县六桥街道建设东路102号' },
    ],
  },
  {
    text: '举报人：钟明（不希望公开姓名），电话0857-8\uFEFF261739（家）。',
    expected: [
      { kind: 'person-name', text: '钟明' },
      { kind: 'landline', text: '0857-8\uFEFF261739' },
    ],
  },
  {
    text: '您好，已联系劳务公司负责人牟先生与您见面协商，协商地点为金沙县劳动监察大队调解室（金沙县西洛街道政务中心4楼）。',
    expected: [{ kind: 'person-name', text: '牟' }],
  },
  {
    text: '医保卡号：520502199307' + '184523，报销的时候说卡号不对。',
    expected: [{ kind: 'social-security-number', text: '520502199307184523' }],
  },
  {
    text: '车牌号贵F·Z0928的那辆面包车，就是老板雷志强每天接工人的车。',
    expected: [
      { kind: 'plate', text: '贵F·Z0928' },
      { kind: 'person-name', text: '雷志强' },
    ],
  },
  {
    text: '我家就在纳雍县居仁街道龙场营社区二组68号，母亲段秀英的养老金三个月没到账了。',
    expected: [
      { kind: 'address', text: '纳雍县居仁街道龙场营社区二组68号' },
      { kind: 'person-name', text: '段秀英' },
    ],
  },
  {
    text: '包工头叫梁二，手机号码186 8570 3921，人在七星关。',
    expected: [
      { kind: 'person-name', text: '梁二' },
      { kind: 'mobile', text: '186 8570 3921' },
    ],
  },
]

/** Batch C: 劳动仲裁, 工伤, 档案, 退休 — long answers and short notes. */
const BATCH_C: readonly CorpusItem[] = [
  {
    text: '您好，劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算；拖欠劳动报酬争议在劳动关系存续期间不受此限。',
    expected: [],
  },
  {
    text: '请问档案丢了怎么办？当年是大学毕业派回毕节的，现在找不到了。',
    expected: [],
  },
  {
    text: '您好，档案遗失可到原毕业学校和市人才交流服务中心（电话0857-8225530）申请补建，需提供学历证明、派遣证复印件等。',
    expected: [],
  },
  {
    text: '七星关区人社局地址：七星关区招商大道七星关区政务服务中心三楼，信访接待电话：0857-8313209。',
    expected: [],
  },
  {
    text: '我是小学老师，想问一下教师职称评审什么时候开始？',
    expected: [],
  },
  {
    text: '您好，2024年度中小学教师职称评审工作预计9月启动，具体以毕节市人社局官网（rsj.bijie.gov.cn）通知为准。',
    expected: [],
  },
  {
    text: '请问一次性工亡补助金标准是多少？',
    expected: [],
  },
  {
    text: '您好，一次性工亡补助金标准为上一年度全国城镇居民人均可支配收入的20倍，2024年为1036420元。',
    expected: [],
  },
  {
    text: '大方县人社局劳动监察大队 电话：０８５７－５２２１３６８ 地址：大方县顺德街道慕俄格大道政务中心6楼608室。',
    expected: [],
  },
  {
    text: '建议：人社局的网站能不能做得简单一点，老年人根本找不到在哪里认证。',
    expected: [],
  },
  {
    text: '您好，感谢您的建议。老年人可在“贵州人社”APP或“掌上12333”进行刷脸认证，也可由村（社区）工作人员上门协助。',
    expected: [],
  },
  {
    text: '我们老板姓名不详，只知道是做装修的，公司叫毕节市鑫源建筑劳务有限公司，注册在七星关区。',
    expected: [],
  },
  {
    text: '经核实，毕节市鑫源建筑劳务有限公司（统一社会信用代码91520502MA6GX48N1T）已被列入拖欠农民工工资失信联合惩戒对象名单。',
    expected: [],
  },
  {
    text: '请问社保断缴3个月会有什么影响？会不会清零？',
    expected: [],
  },
  {
    text: '您好，养老保险断缴不会清零，累计缴费年限合并计算；医保断缴可能影响待遇享受，请尽快续缴。',
    expected: [],
  },
  {
    text: '赫章县城关镇红旗路14号是县政务服务中心，社保窗口在一楼12-15号。',
    expected: [],
  },
  {
    text: '您好，经查询，2024年6月全市共为4.23万名失业人员发放失业保险金6980万元。',
    expected: [],
  },
  {
    text: '黔西市劳动人事争议仲裁院：邮箱qxsldzcy@163.com，立案电话0857-4236605，地址：黔西市锦绣街道政务服务中心5楼。',
    expected: [],
  },
  {
    text: '退休审批结果什么时候能在网上查到？我上个月交的材料。',
    expected: [],
  },
  {
    text: '您好，退休审批一般在受理后20个工作日内完成，结果可在“贵州人社”APP“退休待遇”模块查询。',
    expected: [],
  },
  {
    text: '想问下：2025年1月1日起渐进式延迟退休，我1966年8月出生的男职工几岁退休？',
    expected: [],
  },
  {
    text: '您好，按照《国务院关于渐进式提高法定退休年龄的办法》，1966年8月出生的男职工法定退休年龄为61岁3个月。',
    expected: [],
  },
  {
    text: '工地在七星关区鸭池镇，我们一共8个人，老板欠了大概13万元。',
    expected: [],
  },
  {
    text: '您好，请您整理欠薪人员名单、工作时间及欠薪金额，到七星关区劳动保障监察大队（七星关区松山路4号）现场登记。',
    expected: [],
  },
  {
    text: '金沙县社保局服务电话：0857-7222561、0857-7222562；工作时间：8:30-12:00，14:30-17:30。',
    expected: [],
  },
  {
    text: '我老家是威宁的，小时候在村里读书，现在在外面打工十多年了，能不能回来领技能补贴？',
    expected: [],
  },
  {
    text: '您好，就业困难人员认定需提交申请表、身份证复印件及相关证明，由户籍所在地街道（乡镇）人社服务中心受理。',
    expected: [],
  },
  {
    text: '我们是毕节市第三中学的老师，学校的年金什么时候开始缴？',
    expected: [],
  },
  {
    text: '您好，织金县人社局已核实，该项目部已于2024年7月2日通过农民工工资专用账户向57名工人发放工资共计126.3万元。',
    expected: [],
  },
  {
    text: '请问王家寨镇有没有就业服务站？我在那边想找工作。',
    expected: [],
  },
  // with personal data
  {
    text: '仲裁申请人：骆正清，男，汉族，1983年6月生，住七星关区三板桥街道沙坝路88号1栋3单元602室，电话13628578924。',
    expected: [
      { kind: 'person-name', text: '骆正清' },
      { kind: 'address', text: '七星关区三板桥街道沙坝路88号1栋3单元602室' },
      { kind: 'mobile', text: '13628578924' },
    ],
  },
  {
    text: '被申请人的负责人叫唐华，他的车是贵F 88K61，我们去公司找过三次都没见到人。',
    expected: [
      { kind: 'person-name', text: '唐华' },
      { kind: 'plate', text: '贵F 88K61' },
    ],
  },
  {
    text: '您好，您（骆正清）的仲裁申请已受理，案号毕劳人仲案字〔2024〕第0561号，仲裁员为李晓东，书记员为小吴。',
    expected: [
      { kind: 'person-name', text: '骆正清' },
      { kind: 'person-name', text: '李晓东' },
      { kind: 'person-name', text: '吴' },
    ],
  },
  {
    text: `我的档案在哪里？我叫邱敏，身份证${withIdCheckCharacter('52252419950711004')}，2017年贵州大学毕业。`,
    expected: [
      { kind: 'person-name', text: '邱敏' },
      { kind: 'id-card', text: withIdCheckCharacter('52252419950711004') },
    ],
  },
  {
    text: '我外公叫金老五，真名金友才，在黔西市协和镇红星村四组12号，想帮他办城乡居民养老。',
    expected: [
      { kind: 'person-name', text: '金老五' },
      { kind: 'person-name', text: '金友才' },
      { kind: 'address', text: '黔西市协和镇红星村四组12号' },
    ],
  },
  {
    text: '联系我：0857 8246 137（家里座机，我妈会转告我），或者手机 153-8573-2016。',
    expected: [
      { kind: 'landline', text: '0857 8246 137' },
      { kind: 'mobile', text: '153-8573-2016' },
    ],
  },
  {
    text: '您好，经与公司人事专员邵丹丹核实，您的离职证明已开具，请到公司前台领取或由其快递给您。',
    expected: [{ kind: 'person-name', text: '邵丹丹' }],
  },
  {
    text: '15位旧身份证号是520502710308123，新的我忘了，请帮我查一下养老保险。',
    expected: [{ kind: 'id-card', text: '520502710308123' }],
  },
  {
    text: '我爱人袁静在毕节市七星关区金碧湾小区12栋2单元301，她的手机是18302579614，想咨询生育保险。',
    expected: [
      { kind: 'person-name', text: '袁静' },
      { kind: 'address', text: '七星关区金碧湾小区12栋2单元301' },
      { kind: 'mobile', text: '18302579614' },
    ],
  },
  {
    text: '致局长：我们项目的劳务队长郑光辉和老板程建波互相推诿，我们48个人的工资到现在都没有着落。',
    expected: [
      { kind: 'person-name', text: '郑光辉' },
      { kind: 'person-name', text: '程建波' },
    ],
  },
  {
    text: '您好，郑先生，您反映的问题已转赫章县人社局办理，该局监察大队联系电话0857-3221107。',
    expected: [{ kind: 'person-name', text: '郑' }],
  },
  {
    text: `请把失业金打到这张卡：${withLuhnDigit('621799352000087164')}，是邮储银行的，户主是我本人。`,
    expected: [{ kind: 'bank-card', text: withLuhnDigit('621799352000087164') }],
  },
  {
    text: '我们工人的电话：蒋老三 13508572614，罗二妹 15985793021，周学兵 18786590412。',
    expected: [
      { kind: 'person-name', text: '蒋老三' },
      { kind: 'mobile', text: '13508572614' },
      { kind: 'person-name', text: '罗二妹' },
      { kind: 'mobile', text: '15985793021' },
      { kind: 'person-name', text: '周学兵' },
      { kind: 'mobile', text: '18786590412' },
    ],
  },
  {
    text: '微信号：xiaoyu\u200d_0312，有消息请微信告诉我，电话经常不在服务区。',
    expected: [{ kind: 'wechat-id', text: 'xiaoyu\u200d_0312' }],
  },
  {
    text: '您好，请方女士本人持身份证到市社保中心1楼7号窗口（七星关区翠屏路10号）办理个人账户一次性支付。',
    expected: [{ kind: 'person-name', text: '方' }],
  },
  {
    text: '出事的车是渝B·5H8T2，司机叫万强，我是坐副驾驶的工人，单位派我们去重庆送货。',
    expected: [
      { kind: 'plate', text: '渝B·5H8T2' },
      { kind: 'person-name', text: '万强' },
    ],
  },
  {
    text: `我儿子覃小军，身份证号${withIdCheckCharacter('52053020060115201')}，今年刚毕业，想参加就业见习。`,
    expected: [
      { kind: 'person-name', text: '覃小军' },
      { kind: 'id-card', text: withIdCheckCharacter('52053020060115201') },
    ],
  },
  {
    text: '公司在七星关区洪山街道桂花路316号2楼，老板叫严兵，手机1\u00ad3\u00ad8\u00ad8\u00ad5\u00ad7\u00ad3\u00ad6\u00ad0\u00ad2\u00ad4。',
    expected: [
      { kind: 'address', text: '七星关区洪山街道桂花路316号2楼' },
      { kind: 'person-name', text: '严兵' },
      {
        kind: 'mobile',
        text: '1\u00ad3\u00ad8\u00ad8\u00ad5\u00ad7\u00ad3\u00ad6\u00ad0\u00ad2\u00ad4',
      },
    ],
  },
  {
    text: '您好，工伤职工侯建设已于2024年8月5日完成劳动能力鉴定，结论为九级伤残。请用人单位按规定支付一次性伤残就业补助金。',
    expected: [{ kind: 'person-name', text: '侯建设' }],
  },
  {
    text: '电子邮箱：tian.xiaolan@example.cn（可接收仲裁文书）',
    expected: [{ kind: 'email', text: 'tian.xiaolan@example.cn' }],
  },
  {
    text: '我是个体户，在金沙县城关镇沙土路45号开修车店，店里座机7223615，雇了2个小工，怎么给他们买工伤保险？',
    expected: [
      { kind: 'address', text: '金沙县城关镇沙土路45号' },
      { kind: 'landline', text: '7223615' },
    ],
  },
  {
    text: '您好，根据您提供的信息，已为汪德明办理失业保险关系转移，转入地为贵阳市云岩区社保局。',
    expected: [{ kind: 'person-name', text: '汪德明' }],
  },
  {
    text: '我和老公都是纳雍的，我叫卯兰芬，他叫杨正林，户口都在纳雍县厍东关乡陶营村。',
    context: { authorName: '卯兰芬', authorPhone: '15085703174' },
    expected: [
      { kind: 'author-name', text: '卯兰芬' },
      { kind: 'person-name', text: '杨正林' },
    ],
  },
  {
    text: '卯兰芬您好，城乡居民养老保险参保登记可在陶营村村委会办理，村里的协理员小陆会协助您。我们也会通过您留的电话15085703174与您联系。',
    context: { authorName: '卯兰芬', authorPhone: '15085703174' },
    expected: [
      { kind: 'author-name', text: '卯兰芬' },
      { kind: 'person-name', text: '陆' },
      { kind: 'author-phone', text: '15085703174' },
    ],
  },
  {
    text: '宿舍地址：黔西市杜鹃街道工业园区员工宿舍4栋316房，电话打不通就写信到这里。',
    expected: [{ kind: 'address', text: '黔西市杜鹃街道工业园区员工宿舍4栋316房' }],
  },
  {
    text: '您好，经核查，白国庆、白国平兄弟二人在大方县某煤矿的工龄认定问题，需提供原单位工资表或劳动合同等证明。',
    expected: [
      { kind: 'person-name', text: '白国庆' },
      { kind: 'person-name', text: '白国平' },
    ],
  },
  {
    text: '老板车牌好像是贵F-K3921？我记不清了，反正是辆黑色丰田，也可能是贵FK3912。',
    expected: [
      { kind: 'plate', text: '贵F-K3921' },
      { kind: 'plate', text: '贵FK3912' },
    ],
  },
  {
    text: '我是七星关区的，叫尚文华，住七星关区小坝街道和平路23号，家里电话0857-\u202e8264137\u202c，手机13608573927。',
    expected: [
      { kind: 'person-name', text: '尚文华' },
      { kind: 'address', text: '七星关区小坝街道和平路23号' },
      { kind: 'landline', text: '0857-\u202e8264137\u202c' },
      { kind: 'mobile', text: '13608573927' },
    ],
  },
  {
    text: '您好，尚先生反映的问题已交由七星关区小坝街道人社服务中心（小坝街道办事处一楼）处理，办理人谭敏。',
    expected: [
      { kind: 'person-name', text: '尚' },
      { kind: 'person-name', text: '谭敏' },
    ],
  },
]

/** Batch D: more clean texts — hotlines in many forms, office mailboxes and halls, codes, surnames inside words. */
const BATCH_D: readonly CorpusItem[] = [
  { text: '咨询电话：0857-8223156 / 8223157（工作日）', expected: [] },
  {
    text: '您好，如对处理结果不满意，可拨打市人社局监督电话（0857）8226019进行反映。',
    expected: [],
  },
  { text: '传真号码：0857—8226020，来函请注明“网民留言”字样。', expected: [] },
  {
    text: '您好，您可拨打12333或0857-12333咨询社保政策，也可拨打12345政务服务便民热线。',
    expected: [],
  },
  {
    text: '织金县劳动人事争议仲裁院 立案咨询：7622108 投诉：7622109（均为0857区号）',
    expected: [],
  },
  {
    text: '您好，毕节市人社局政务邮箱为bjsrsj@bijie.gov.cn，请将书面材料发送至该邮箱并注明联系方式。',
    expected: [],
  },
  {
    text: '威宁县人社局投诉邮箱：wnxrsjts@163.com，收到后5个工作日内答复。',
    expected: [],
  },
  {
    text: '您好，请到七星关区政务服务中心（七星关区招商大道1号）二楼C区18-22号人社窗口办理，窗口电话0857-8312066。',
    expected: [],
  },
  {
    text: '您好，该企业统一社会信用代码91520500MA6DL7Y08H，法定代表人变更事宜属市场监管部门职责，请向其咨询。',
    expected: [],
  },
  {
    text: '根据毕人社通〔2024〕36号文件，2024年度就业见习补贴申报截止时间为11月30日17:00。',
    expected: [],
  },
  { text: '邮政编码：551700（七星关区），553100（大方县），551800（金沙县）。', expected: [] },
  {
    text: '您好，您反映的工资拖欠金额为27500元，其中2024年1月8600元、2月9200元、3月9700元，与企业提供的工资表一致。',
    expected: [],
  },
  { text: '这个事情我问了好多次了，小王八蛋老板就是不给钱，气死了。', expected: [] },
  {
    text: '我们老板是个老好人，就是公司效益不好，工资晚发了两个月，能不能先帮我们协调一下？',
    expected: [],
  },
  { text: '小张村那边的工地是不是政府项目？工资保证金有没有交？', expected: [] },
  {
    text: '您好，根据规定，施工总承包单位应按合同价款的1%～3%存储工资保证金，该项目已存储保证金35万元。',
    expected: [],
  },
  { text: '我想问一下小时工的最低工资是多少钱一个小时？', expected: [] },
  {
    text: '您好，我省非全日制用工小时最低工资标准一类区为19.6元、二类区18.3元、三类区17.2元。',
    expected: [],
  },
  {
    text: '毕节市人力资源市场位于七星关区同心大道人力资源产业园1号楼，每周三、周六上午举办现场招聘会。',
    expected: [],
  },
  { text: '请问老年人在黔西市哪里可以领高龄补贴？是不是你们管？', expected: [] },
  {
    text: '您好，高龄补贴由民政部门负责发放，请向黔西市民政局咨询（电话0857-4221047）。',
    expected: [],
  },
  {
    text: '昨天在洪山路和碧阳大道交叉口看到有人拉横幅讨薪，希望有关部门重视。',
    expected: [],
  },
  {
    text: '您好，经核查，您所说的讨薪事件涉及某房地产项目，七星关区已成立工作专班，目前已兑付工资412万元。',
    expected: [],
  },
  { text: '社保卡密码忘记了，可以在手机上重置吗？', expected: [] },
  {
    text: '您好，社保卡社保功能密码可在“贵州人社”APP重置，金融功能密码需到发卡银行网点重置。',
    expected: [],
  },
  { text: '市社保中心三楼306室是不是办理退休的？我去了没人。', expected: [] },
  {
    text: '您好，退休审批业务已统一在市政务服务中心一楼社保综合窗口办理，原三楼306室已不再受理。',
    expected: [],
  },
  {
    text: '2024年毕节市城镇新增就业4.6万人，城镇调查失业率控制在5.5%以内，数据来源：毕节市统计局。',
    expected: [],
  },
  {
    text: '请问中级职称证书编号GZZC2024052736这种格式是对的吗？我在网上查不到。',
    expected: [],
  },
  {
    text: '您好，职称证书可在贵州省人社厅官网“专业技术人员职称证书查询”栏目输入证书编号查询，更新有1-2个月延迟。',
    expected: [],
  },
  { text: '老乡们都说今年工资发得比去年及时，感谢政府！', expected: [] },
  {
    text: '您好，感谢您对我局工作的肯定！如遇欠薪问题，请及时拨打12333或到当地劳动监察机构投诉。',
    expected: [],
  },
  {
    text: '大方县人社局（大方县慕俄格大道行政中心B栋），监察大队：0857-5221368，仲裁院：0857-5228031。',
    expected: [],
  },
  {
    text: '我在纳雍县城的火锅店上班，老板说每月只休两天，加班不给加班费，这合理吗？',
    expected: [],
  },
  {
    text: '您好，用人单位应保证劳动者每周至少休息一日，安排休息日加班又不能补休的，应支付不低于工资200%的报酬。',
    expected: [],
  },
  { text: '工伤医疗费报销要多久？发票是2024年3月的，金额18632.50元。', expected: [] },
  {
    text: '您好，工伤医疗费报销一般在材料齐全后30个工作日内完成，款项将转入用人单位账户。',
    expected: [],
  },
  { text: '老板说我的劳动合同编号是BJHT-2023-0186，但我从来没看到过合同。', expected: [] },
  {
    text: '您好，用人单位应将劳动合同文本交劳动者一份，未签订书面劳动合同超过一个月的，应支付二倍工资。',
    expected: [],
  },
  {
    text: '赫章县妈姑镇、财神镇、野马川镇的村民可在每月10日到镇人社服务中心集中办理养老保险待遇认证。',
    expected: [],
  },
  {
    text: '请问金海湖新区响水乡的就业培训班什么时候开？我想学挖掘机。',
    expected: [],
  },
  {
    text: '您好，金海湖新区2024年第三期挖掘机操作培训班定于9月10日开班，报名地址：金海湖新区社会事务局2楼203室，电话0857-8502318。',
    expected: [],
  },
  {
    text: '我在网上看到一条消息说“毕节人社局发放就业补贴，点击链接领取”，是真的吗？',
    expected: [],
  },
  {
    text: '您好，该信息为诈骗信息，我局从未通过短信链接发放补贴，请勿点击，如有疑问请拨打0857-8226013核实。',
    expected: [],
  },
  {
    text: '经办流程：①网上申请 ②窗口审核（3个工作日）③公示（5个工作日）④发放。咨询电话：８２２６０１３。',
    expected: [],
  },
  {
    text: '您好，根据贵州省人社厅《关于做好2024年度企业职工基本养老保险待遇调整工作的通知》，基本养老金总体上调3%。',
    expected: [],
  },
  {
    text: '七星关区人社局 2024年7月12日',
    expected: [],
  },
  {
    text: '您好，您反映的问题属于住房公积金管理范围，请联系毕节市住房公积金管理中心（服务热线0857-8330123）。',
    expected: [],
  },
]

/** Batch E: long multi-topic messages, staff answers with names, hidden characters, other provinces' plates. */
const BATCH_E: readonly CorpusItem[] = [
  {
    text: '尊敬的领导：我叫闵光荣，是织金县八步街道的。2023年3月到12月在织金县某小区工地做钢筋工，带班的是我表哥伍建国，老板叫钱文斌。完工后老板说甲方没给钱，一直拖到现在，我们班组11个人共被欠了23.7万元。我打12345反映过，也去织金县劳动监察大队（电话0857-7622315）登记过，到现在没有结果。我的电话是15286723901，家住织金县八步街道新华路128号3单元502。希望领导帮帮我们。',
    context: { authorName: '闵光荣', authorPhone: '15286723901' },
    expected: [
      { kind: 'author-name', text: '闵光荣' },
      { kind: 'person-name', text: '伍建国' },
      { kind: 'person-name', text: '钱文斌' },
      { kind: 'author-phone', text: '15286723901' },
      { kind: 'address', text: '织金县八步街道新华路128号3单元502' },
    ],
  },
  {
    text: '闵光荣您好，您反映的问题已转织金县人社局核查。经核查，该项目总包单位已于2024年6月20日将拖欠的23.7万元工资通过农民工工资专用账户直接支付给包括您和伍建国在内的11名工人。如仍有疑问，请与织金县劳动保障监察大队联系（电话0857-7622315）。',
    context: { authorName: '闵光荣', authorPhone: '15286723901' },
    expected: [
      { kind: 'author-name', text: '闵光荣' },
      { kind: 'person-name', text: '伍建国' },
    ],
  },
  {
    text:
      '你好，我想问两个事：一是我爸杨国清（身份证' +
      withIdCheckCharacter('52052219560303461') +
      '）的养老金这个月少了两百多；二是我妈游桂兰的医保卡号5205221958101' +
      '24427一直报不了账。家里电话0857-5213748，我的手机17708577126。',
    expected: [
      { kind: 'person-name', text: '杨国清' },
      { kind: 'id-card', text: withIdCheckCharacter('52052219560303461') },
      { kind: 'person-name', text: '游桂兰' },
      { kind: 'social-security-number', text: '520522195810124427' },
      { kind: 'landline', text: '0857-5213748' },
      { kind: 'mobile', text: '17708577126' },
    ],
  },
  {
    text: '您好，经查询，杨国清同志养老金减少系2024年7月起停止发放高龄补助所致；游桂兰同志医保卡无法结算系未完成年度缴费，请补缴后再使用。',
    expected: [
      { kind: 'person-name', text: '杨国清' },
      { kind: 'person-name', text: '游桂兰' },
    ],
  },
  {
    text: '联系电话（家）：０８５７－８２５４６１３',
    expected: [{ kind: 'landline', text: '０８５７－８２５４６１３' }],
  },
  {
    text: '我住七星关区观音桥街道南关桥社区建设巷9号附1号，社区的小孟可以给我证明，她电话0857-8\u200b225416。',
    expected: [
      { kind: 'address', text: '七星关区观音桥街道南关桥社区建设巷9号附1号' },
      { kind: 'person-name', text: '孟' },
      { kind: 'landline', text: '0857-8\u200b225416' },
    ],
  },
  {
    text: '您好，蒲先生，您的工伤认定申请需补充提交医院诊断证明原件，请交至市人社局工伤保险科（市行政中心5号楼4楼412室）。',
    expected: [{ kind: 'person-name', text: '蒲' }],
  },
  {
    text: '老板开的车是粤S·9K7L2，平时在东莞，过年才回金沙，老家在金沙县岩孔街道坪上村二组33号。',
    expected: [
      { kind: 'plate', text: '粤S·9K7L2' },
      { kind: 'address', text: '金沙县岩孔街道坪上村二组33号' },
    ],
  },
  {
    text: `身份证号：${withIdCheckCharacter('52262719881206301')}（我是三都县的，在毕节上班）`,
    expected: [{ kind: 'id-card', text: withIdCheckCharacter('52262719881206301') }],
  },
  {
    text: '您好，请舒小红、舒小华姐妹携带户口簿、死亡证明到大方县社保局办理其父亲的丧葬补助金和抚恤金申领。',
    expected: [
      { kind: 'person-name', text: '舒小红' },
      { kind: 'person-name', text: '舒小华' },
    ],
  },
  {
    text: '我是黔西市的刘媛媛，2024届毕业生，想申请一次性求职创业补贴，我的邮箱liuyuanyuan2001@163.com。',
    expected: [
      { kind: 'person-name', text: '刘媛媛' },
      { kind: 'email', text: 'liuyuanyuan2001@163.com' },
    ],
  },
  {
    text: '您好，刘同学，一次性求职创业补贴已于2024年5月启动申报，请登录“贵州省就业创业信息管理系统”提交申请。',
    expected: [{ kind: 'person-name', text: '刘' }],
  },
  {
    text: '我家地址是：赫章县白果街道同心路116号4栋2单元301室，电话（0857）3\u200b226784。母亲叫桂明芬，80岁了，行动不便。',
    expected: [
      { kind: 'address', text: '赫章县白果街道同心路116号4栋2单元301室' },
      { kind: 'landline', text: '（0857）3\u200b226784' },
      { kind: 'person-name', text: '桂明芬' },
    ],
  },
  {
    text: '乡里的老王和老李都说帮我们问，结果都没下文。他们的全名是王光辉、李成才。',
    expected: [
      { kind: 'person-name', text: '王' },
      { kind: 'person-name', text: '李' },
      { kind: 'person-name', text: '王光辉' },
      { kind: 'person-name', text: '李成才' },
    ],
  },
  {
    text:
      '工资卡号 ' +
      withLuhnDigit('622202240300817452') +
      '（工行），开户人金花，请帮忙查一下单位有没有打工资。',
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('622202240300817452') },
      { kind: 'person-name', text: '金花' },
    ],
  },
  {
    text: '您好，经核实，该公司出纳柏丽娟已于7月10日将您6月份工资4860元转入您尾号7452的工商银行卡。',
    expected: [{ kind: 'person-name', text: '柏丽娟' }],
  },
  {
    text: '车牌号码：贵F\u200bA7623，就是这辆车天天拉我们上工地。',
    expected: [{ kind: 'plate', text: '贵F\u200bA7623' }],
  },
  {
    text: 'QQ：３８２９１０６４７，不常用微信。',
    expected: [{ kind: 'qq', text: '３８２９１０６４７' }],
  },
  {
    text: `身份证号码为 ${withIdCheckCharacter('52052619900101003').slice(0, 6)} ${withIdCheckCharacter('52052619900101003').slice(6, 14)} ${withIdCheckCharacter('52052619900101003').slice(14)}，请查询我的就业登记。`,
    expected: [
      {
        kind: 'id-card',
        text: `${withIdCheckCharacter('52052619900101003').slice(0, 6)} ${withIdCheckCharacter('52052619900101003').slice(6, 14)} ${withIdCheckCharacter('52052619900101003').slice(14)}`,
      },
    ],
  },
  {
    text: '您好，您反映的公司管理人员施国平、文晓峰恶意拖欠工资的问题，经调查属实，我局已将案件移送公安机关。',
    expected: [
      { kind: 'person-name', text: '施国平' },
      { kind: 'person-name', text: '文晓峰' },
    ],
  },
  {
    text: '我表姐在七星关区开了家理发店，店铺电话8266312，她问店员怎么参保。',
    expected: [{ kind: 'landline', text: '8266312' }],
  },
  {
    text: '老板家里座机：0857-4\uFEFF238715，手机已经关机了。老板叫车志勇。',
    expected: [
      { kind: 'landline', text: '0857-4\uFEFF238715' },
      { kind: 'person-name', text: '车志勇' },
    ],
  },
  {
    text: '您好，请熊女士和戴先生于8月12日上午9时到市劳动人事争议仲裁院第二仲裁庭参加庭审，请携带身份证原件。',
    expected: [
      { kind: 'person-name', text: '熊' },
      { kind: 'person-name', text: '戴' },
    ],
  },
  {
    text: '我是百里杜鹃管理区普底乡的贺小英，家里有个小孩在读大学，想问下大学生医保在哪里交？',
    expected: [{ kind: 'person-name', text: '贺小英' }],
  },
  {
    text: '我爸是残疾人，残疾证号5205021965081230114\u200b2，能减免城乡居民养老保险费吗？',
    expected: [{ kind: 'id-card', text: '5205021965081230114\u200b2' }],
  },
  {
    text: '我住在大方县东关街道奢香路南段77号，邻居聂大姐说她们家孩子去年在外面打工领了技能补贴，我家孩子能领吗？',
    expected: [
      { kind: 'address', text: '大方县东关街道奢香路南段77号' },
      { kind: 'person-name', text: '聂' },
    ],
  },
  {
    text: '您好，经核查，您的两个女儿甘雨涵、甘雨婷均已在学校参加城乡居民医保，无需重复参保。',
    expected: [
      { kind: 'person-name', text: '甘雨涵' },
      { kind: 'person-name', text: '甘雨婷' },
    ],
  },
  {
    text: '微信：zh1\u200bang_jun88（不是手机号）',
    expected: [{ kind: 'wechat-id', text: 'zh1\u200bang_jun88' }],
  },
  {
    text: '公司地址：毕节市七星关区德溪街道同心大道西段66号天河城B座2308室，法人代表宁永红。',
    expected: [
      { kind: 'address', text: '毕节市七星关区德溪街道同心大道西段66号天河城B座2308室' },
      { kind: 'person-name', text: '宁永红' },
    ],
  },
  {
    text: '邮箱：chen_jian_bj[at]qq[dot]com',
    expected: [{ kind: 'email', text: 'chen_jian_bj[at]qq[dot]com' }],
  },
  {
    text: '您好，您所反映的包工头岑德贵现已到案，其名下车辆贵F·D6382已被依法查封，欠薪款项将优先清偿。',
    expected: [
      { kind: 'person-name', text: '岑德贵' },
      { kind: 'plate', text: '贵F·D6382' },
    ],
  },
  {
    text: `我的社保号：${withIdCheckCharacter('52052419870512561')}，去年在威宁县交了灵活就业，今年转到七星关区。`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52052419870512561') }],
  },
  {
    text: '我在纳雍县的出租房在纳雍县雍熙街道建设路南段51号302室，房东电话3525176，合同上有我的签名。',
    expected: [
      { kind: 'address', text: '纳雍县雍熙街道建设路南段51号302室' },
      { kind: 'landline', text: '3525176' },
    ],
  },
  {
    text: '您好，经向金沙县公安局核实，肇事车辆川E·3Q518司机邹明已被交警部门认定负事故全部责任，您的工伤认定申请可继续办理。',
    expected: [
      { kind: 'plate', text: '川E·3Q518' },
      { kind: 'person-name', text: '邹明' },
    ],
  },
  {
    text: '请联系我舅舅晏光明，他是那个工地的带班，电话0857-6\u00ad224318（威宁家里）。',
    expected: [
      { kind: 'person-name', text: '晏光明' },
      { kind: 'landline', text: '0857-6\u00ad224318' },
    ],
  },
  {
    text: '我的手机：+86-138-8579-0632，微信号：gzbj_wuhua，QQ：1546287903，都可以。',
    expected: [
      { kind: 'mobile', text: '+86-138-8579-0632' },
      { kind: 'wechat-id', text: 'gzbj_wuhua' },
      { kind: 'qq', text: '1546287903' },
    ],
  },
  {
    text: '您好，小黄反映的见习补贴问题已转见习单位毕节市某科技公司，该公司人事部的谷经理将在3个工作日内与您联系。',
    expected: [
      { kind: 'person-name', text: '黄' },
      { kind: 'person-name', text: '谷' },
    ],
  },
  {
    text: '举报：毕节市七星关区某KTV老板吕大海长期不给员工买社保，员工有几十个，地址在七星关区麻园街道麻园路38号二楼。',
    expected: [
      { kind: 'person-name', text: '吕大海' },
      { kind: 'address', text: '七星关区麻园街道麻园路38号二楼' },
    ],
  },
  {
    text: '您好，经查，吕某某经营的娱乐场所已为32名员工补办社会保险登记，对其违法行为我局已依法作出行政处罚。',
    expected: [],
  },
  {
    text: `身份证：${withIdCheckCharacter('52250119721130082')}，姓名：莫桂珍，女，1972年11月出生，今年满52岁，能退休吗？`,
    expected: [
      { kind: 'id-card', text: withIdCheckCharacter('52250119721130082') },
      { kind: 'person-name', text: '莫桂珍' },
    ],
  },
  {
    text: '您好，经办人员已与莫女士电话沟通，告知其按灵活就业人员身份退休年龄为55岁，请届时再申请。',
    expected: [{ kind: 'person-name', text: '莫' }],
  },
]

/** Batch F: short notes, forms filled in by citizens, answers naming staff and third parties. */
const BATCH_F: readonly CorpusItem[] = [
  {
    text: '姓名：潘德海\n电话：0857-3512649\n地址：纳雍县鬃岭镇左家营村七组15号\n诉求：要求补发2023年度高温津贴。',
    expected: [
      { kind: 'person-name', text: '潘德海' },
      { kind: 'landline', text: '0857-3512649' },
      { kind: 'address', text: '纳雍县鬃岭镇左家营村七组15号' },
    ],
  },
  {
    text: '您好，经核查，潘德海所在企业已按规定补发高温津贴1200元。',
    expected: [{ kind: 'person-name', text: '潘德海' }],
  },
  {
    text: '我是威宁县的王明珍，电话不方便留，可以打我女儿家的座机0857-6238914，她叫马丽。',
    expected: [
      { kind: 'person-name', text: '王明珍' },
      { kind: 'landline', text: '0857-6238914' },
      { kind: 'person-name', text: '马丽' },
    ],
  },
  {
    text: '本人况永刚，在七星关区撒拉溪镇开砂石厂，厂里座机8491276，工人的工伤保险怎么买？',
    expected: [
      { kind: 'person-name', text: '况永刚' },
      { kind: 'landline', text: '8491276' },
    ],
  },
  {
    text: '您好，况老板，工伤保险可以按项目参保，也可以按单位参保，请到七星关区社保局（七星关区招商大道1号政务中心2楼）办理。',
    expected: [{ kind: 'person-name', text: '况' }],
  },
  {
    text: `委托人：林小平，身份证号${withIdCheckCharacter('52052119680720283')}；受托人：林涛（儿子），电话13984756230。`,
    expected: [
      { kind: 'person-name', text: '林小平' },
      { kind: 'id-card', text: withIdCheckCharacter('52052119680720283') },
      { kind: 'person-name', text: '林涛' },
      { kind: 'mobile', text: '13984756230' },
    ],
  },
  {
    text: '他家电话是0857 7236 154，人住在金沙县鼓场街道东风路19号，名字叫朱跃进，是我们以前的老板。',
    expected: [
      { kind: 'landline', text: '0857 7236 154' },
      { kind: 'address', text: '金沙县鼓场街道东风路19号' },
      { kind: 'person-name', text: '朱跃进' },
    ],
  },
  {
    text: '您好，经黔西市劳动监察大队约谈，用人单位负责人易海峰已同意按每天280元标准结算您的工资。',
    expected: [{ kind: 'person-name', text: '易海峰' }],
  },
  {
    text: '我叫包文杰，黔西市人，在浙江打工时被车撞了，肇事车辆浙A·3B6D9，请问工伤在哪里认定？',
    context: { authorName: '包文杰' },
    expected: [
      { kind: 'author-name', text: '包文杰' },
      { kind: 'plate', text: '浙A·3B6D9' },
    ],
  },
  {
    text: '包文杰您好，工伤认定由用人单位所在地（浙江）的人社部门负责，请向当地人社局提出申请。',
    context: { authorName: '包文杰' },
    expected: [{ kind: 'author-name', text: '包文杰' }],
  },
  {
    text: `身份证号是${withIdCheckCharacter('52242819930825152')}\u200b，我叫索菲，想补办社保卡。`,
    expected: [
      { kind: 'id-card', text: withIdCheckCharacter('52242819930825152') },
      { kind: 'person-name', text: '索菲' },
    ],
  },
  {
    text: '住址：毕节市七星关区碧阳街道文化路118号文化局宿舍2单元3楼，电话(0857)8223\u200d469。',
    expected: [
      { kind: 'address', text: '毕节市七星关区碧阳街道文化路118号文化局宿舍2单元3楼' },
      { kind: 'landline', text: '(0857)8223\u200d469' },
    ],
  },
  {
    text: '您好，根据您（贾春梅）的申请，已为您办理城乡居民养老保险待遇领取，每月领取金额为218元。',
    expected: [{ kind: 'person-name', text: '贾春梅' }],
  },
  {
    text: '我们四个人：田光辉、田光亮、吴昌华、杨小勇，都在赫章县的同一个工地上，老板叫邓富贵。',
    expected: [
      { kind: 'person-name', text: '田光辉' },
      { kind: 'person-name', text: '田光亮' },
      { kind: 'person-name', text: '吴昌华' },
      { kind: 'person-name', text: '杨小勇' },
      { kind: 'person-name', text: '邓富贵' },
    ],
  },
  {
    text: '您好，请卢主任转告：就业见习人员伍丹丹的见习补贴已于9月5日拨付至见习单位账户。',
    expected: [
      { kind: 'person-name', text: '卢' },
      { kind: 'person-name', text: '伍丹丹' },
    ],
  },
  {
    text: '我二哥在广州受伤了，他的手机号是 1 3 5 0 8 5 7 6 2 1 4 ，名字叫敖明。',
    expected: [
      { kind: 'mobile', text: '1 3 5 0 8 5 7 6 2 1 4' },
      { kind: 'person-name', text: '敖明' },
    ],
  },
  {
    text: '我在赫章县城关镇开了一家小超市，店里电话3225861，想给两个店员买社保。',
    expected: [{ kind: 'landline', text: '3225861' }],
  },
  {
    text: `失业金银行卡：${withLuhnDigit('6228481270006839215')}，户名：陶立新。`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('6228481270006839215') },
      { kind: 'person-name', text: '陶立新' },
    ],
  },
  {
    text: '您好，您反映的家政公司老板申小兰拒不退还押金问题，不属于劳动争议，建议您向市场监管部门反映。',
    expected: [{ kind: 'person-name', text: '申小兰' }],
  },
  {
    text: '我家在七星关区清水铺镇石桥村四组52号，父亲名字叫龙正华，请帮他查一下高龄补贴和养老金为什么停发了。',
    expected: [
      { kind: 'address', text: '七星关区清水铺镇石桥村四组52号' },
      { kind: 'person-name', text: '龙正华' },
    ],
  },
  {
    text: '您好，经查询，龙正华同志的养老金因未按期完成待遇资格认证而暂停，完成认证后将补发停发期间待遇。',
    expected: [{ kind: 'person-name', text: '龙正华' }],
  },
  {
    text: '请打我老家电话0857—5\uFEFF264318，我妈接了会转告我。',
    expected: [{ kind: 'landline', text: '0857—5\uFEFF264318' }],
  },
  {
    text: '他公司在贵阳，地址：贵阳市观山湖区林城西路95号国际金融中心T2栋1805，老板叫仇立成。',
    expected: [
      { kind: 'address', text: '贵阳市观山湖区林城西路95号国际金融中心T2栋1805' },
      { kind: 'person-name', text: '仇立成' },
    ],
  },
  {
    text: '我是刚退伍的，叫祝小龙，想问退役士兵的技能培训补贴怎么领？我的微信是zxl_bj1999。',
    expected: [
      { kind: 'person-name', text: '祝小龙' },
      { kind: 'wechat-id', text: 'zxl_bj1999' },
    ],
  },
  {
    text: '您好，请到退役军人事务局咨询退役士兵培训补贴事宜，市退役军人事务局电话0857-8283106。',
    expected: [],
  },
  {
    text: '大方县人社局就业服务窗口：大方县顺德街道政务服务中心一楼A区6号窗口，电话0857-5232106。',
    expected: [],
  },
  {
    text: '您好，您提出的关于增加乡镇就业服务站工作人员的建议，我局已转七星关区人社局研究办理。',
    expected: [],
  },
  {
    text: '请问毕节市金海湖新区竹园彝族苗族乡是不是也能申请创业担保贷款？额度多少？',
    expected: [],
  },
  {
    text: '您好，个人创业担保贷款最高额度为30万元，贷款期限最长3年，财政按规定给予贴息，可向当地就业服务中心申请。',
    expected: [],
  },
  {
    text: '热线：0857-8226013、0857-12333（工作日8:30-17:30）；地址：毕节市七星关区洪山路市行政中心5号楼。',
    expected: [],
  },
  {
    text: '老板娘姓钱，在黔西市锦绣街道花园路47号开饭馆，饭馆电话4236518，欠了我两个月工资。',
    expected: [
      { kind: 'person-name', text: '钱' },
      { kind: 'address', text: '黔西市锦绣街道花园路47号' },
      { kind: 'landline', text: '4236518' },
    ],
  },
  {
    text: '您好，经核查，该饭馆经营者已与您达成和解，当场支付工资6800元，双方签署了和解协议。',
    expected: [],
  },
  {
    text: '我们村的老杨和老罗都在外面打工出事了，全名叫杨昌明、罗登科，都是织金县珠藏镇的。',
    expected: [
      { kind: 'person-name', text: '杨' },
      { kind: 'person-name', text: '罗' },
      { kind: 'person-name', text: '杨昌明' },
      { kind: 'person-name', text: '罗登科' },
    ],
  },
  {
    text: '邮箱：ma.xiaoqin\u200b@outlook.com，我在外地，书面材料请发电子版。',
    expected: [{ kind: 'email', text: 'ma.xiaoqin\u200b@outlook.com' }],
  },
  {
    text: '您好，胥女士反映的情况我们已记录，请于明日上午到市社保中心二楼211室找马国栋科长当面说明。',
    expected: [
      { kind: 'person-name', text: '胥' },
      { kind: 'person-name', text: '马国栋' },
    ],
  },
]

export const TUNING_CORPUS_I: readonly CorpusItem[] = [
  ...BATCH_A,
  ...BATCH_B,
  ...BATCH_C,
  ...BATCH_D,
  ...BATCH_E,
  ...BATCH_F,
]
