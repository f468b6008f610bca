// Second tuning corpus for the personal-data detector. It was written separately from corpus.ts as
// the first held-out corpus; its figures were recorded (docs/benchmarks.md) and it then became
// tuning data. bench:privacy reports held-out figures on corpus-heldout.ts.
// All personal data is fictitious (see the notes on numbers below).
//
// Numbers: mobiles and landlines are made up (0857 is Bijie's area code); ID numbers start with Bijie's region
// codes (5205, 5224) and carry birth dates 1953–2003, built with withIdCheckCharacter so the check character is
// right, except where a citizen is shown mistyping one; bank cards are built with withLuhnDigit or written out
// with a Luhn-correct final digit. Names, addresses, plates, e-mail, WeChat and QQ ids are invented.
//
// Labelling: every occurrence is listed, in any order. Hidden characters (U+200B, U+200D, U+FEFF, U+00AD,
// U+202E/U+202C) that sit inside a span are part of its expected text. Public office lines (12333, 12345,
// 咨询电话/投诉电话 of a unit), the bureau's office addresses and already-anonymous names (潘某) are not labelled.
import type { CorpusItem } from './corpus'
import { withIdCheckCharacter, withLuhnDigit } from './test-support'

export const TUNING_CORPUS_B: readonly CorpusItem[] = [
  // ---- Citizens' messages with personal data ----
  {
    text: '我叫杨德富，在七星关区碧阳大道边上一个工地干了八个月，包工头吴斌拖欠我们工资4.6万元，年前说年后给，现在电话也不接。我的电话13885712346，请帮帮我们农民工。',
    context: { authorName: '杨德富', authorPhone: '13885712346' },
    expected: [
      { kind: 'author-name', text: '杨德富' },
      { kind: 'person-name', text: '吴斌' },
      { kind: 'author-phone', text: '13885712346' },
    ],
  },
  {
    text: '包工头龙家才拖欠我和工友潘世文、蒙小军等6人工资共计8.2万元，项目在大方县城东新区，去年腊月说过完年就结，现在人都找不到了。他的电话是159 8571 2034，麻烦你们帮忙联系一下。',
    expected: [
      { kind: 'person-name', text: '龙家才' },
      { kind: 'person-name', text: '潘世文' },
      { kind: 'person-name', text: '蒙小军' },
      { kind: 'mobile', text: '159 8571 2034' },
    ],
  },
  {
    text: `本人罗秀英，身份证号${withIdCheckCharacter('52242619780915342')}，2024年5月被公司辞退，在网上申领失业保险金已经提交两周了还没有审核结果，请问是什么原因？`,
    context: { authorName: '罗秀英' },
    expected: [
      { kind: 'author-name', text: '罗秀英' },
      { kind: 'id-card', text: withIdCheckCharacter('52242619780915342') },
    ],
  },
  {
    text: `我的社会保障卡号是${withIdCheckCharacter('52262719920406151')}，卡面上名字最后一个字印错了，去银行网点说要到人社窗口更正，请问需要带什么材料？`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52262719920406151') }],
  },
  {
    text: '我父亲陈光明今年满60岁，在织金县以灵活就业人员身份缴了15年养老保险，想问退休手续在哪里办、要带哪些东西。家里座机8234517，白天一般有人接。',
    expected: [
      { kind: 'person-name', text: '陈光明' },
      { kind: 'landline', text: '8234517' },
    ],
  },
  {
    text: '麻烦把今年就业见习单位的名单和岗位表发我邮箱 tianxiaoyu1996@163。com ，学校那边没有通知，谢谢老师！',
    expected: [{ kind: 'email', text: 'tianxiaoyu1996@163。com' }],
  },
  {
    text: '我是去年在黔西参加焊工培训的学员，说好的技能补贴到现在都没到账。负责培训的老师叫安文静，她微信号：awj_0857xq，现在发消息也不回。',
    expected: [
      { kind: 'person-name', text: '安文静' },
      { kind: 'wechat-id', text: 'awj_0857xq' },
    ],
  },
  {
    text: '人才服务绿卡的申请表能不能发一份电子版给我？我QQ：2837465190，或者直接发到2837465190@qq.com也可以。',
    expected: [
      { kind: 'qq', text: '2837465190' },
      { kind: 'email', text: '2837465190@qq.com' },
    ],
  },
  {
    text: '欠我们工钱的老板开一辆白色越野车，车牌贵F·3K582，经常停在洪山路那边一个茶楼门口，我们去找他他就躲，请劳动监察的同志帮帮忙。',
    expected: [{ kind: 'plate', text: '贵F·3K582' }],
  },
  {
    text: '我家住毕节市七星关区洪山街道麻园路28号2单元502室，新办的社保卡能不能邮寄到家里？电话18984561207。',
    expected: [
      { kind: 'address', text: '毕节市七星关区洪山街道麻园路28号2单元502室' },
      { kind: 'mobile', text: '18984561207' },
    ],
  },
  {
    text: '老人叫禄正芬，今年82岁，住大方县羊场镇新田村3组12号，腿脚不方便下不了山，请问养老待遇资格认证能不能上门办理？',
    expected: [
      { kind: 'person-name', text: '禄正芬' },
      { kind: 'address', text: '大方县羊场镇新田村3组12号' },
    ],
  },
  {
    text: `我在工地的工资是打到农行卡${withLuhnDigit('622848091200876543')}上的，老板说3月20号就转了，我查了流水一分钱都没有到，这个怎么处理？`,
    expected: [{ kind: 'bank-card', text: withLuhnDigit('622848091200876543') }],
  },
  {
    text: '我的手机号是138\u200b5712\u200b0946，之前打12333一直占线，网上留言也没人回，想问下失业金每个月几号发。',
    expected: [{ kind: 'mobile', text: '138\u200b5712\u200b0946' }],
  },
  {
    text: '工伤认定的事情想当面咨询一下，联系电话：１３９８５７１４５２８，上班时间不方便接的话请发短信。',
    expected: [{ kind: 'mobile', text: '１３９８５７１４５２８' }],
  },
  {
    text: '我电话一三八八五七二六四一九，下午五点以后打，白天在车间听不到。厂里拖欠我们三个月工资了。',
    expected: [{ kind: 'mobile', text: '一三八八五七二六四一九' }],
  },
  {
    text: '我现在在浙江打工，户口在赫章县，想在老家交城乡居民养老保险，能不能在手机上办？电话+86 177 8512 6630，微信同手机号。',
    expected: [{ kind: 'mobile', text: '+86 177 8512 6630' }],
  },
  {
    text: '请问就业困难人员认定需要哪些材料？联系方式：153\n8571 3369（下午）',
    expected: [{ kind: 'mobile', text: '153\n8571 3369' }],
  },
  {
    text: `我是肢体残疾，残疾人证号${withIdCheckCharacter('52050219830712401')}42，想问残疾人灵活就业社保补贴在哪里申请，每年能补多少？`,
    expected: [{ kind: 'id-card', text: `${withIdCheckCharacter('52050219830712401')}42` }],
  },
  {
    text: '我母亲的老身份证号是522424530612042，现在换了新证，做养老金领取资格认证的时候一直提示信息对不上，要去哪里改？',
    expected: [{ kind: 'id-card', text: '522424530612042' }],
  },
  {
    text: '我身份证号522501198705234417，在网上申请技能提升补贴，系统一直提示“证件号码有误”，但我对了好几遍，不知道是哪里的问题。',
    expected: [{ kind: 'id-card', text: '522501198705234417' }],
  },
  {
    text: '我是欧阳建国，在金沙县一家煤矿上班，去年11月井下受伤，工伤认定申请交了快三个月，经办的司马主任说还在调查，请问一般要多久？',
    context: { authorName: '欧阳建国' },
    expected: [
      { kind: 'author-name', text: '欧阳建国' },
      { kind: 'person-name', text: '司马' },
    ],
  },
  {
    text: '我们车间同事小杨和工友老王进厂一年多都没签劳动合同，老板娘李红说签了也没用，反正每个月按时发钱。请问这样合法吗？',
    expected: [
      { kind: 'person-name', text: '杨' },
      { kind: 'person-name', text: '王' },
      { kind: 'person-name', text: '李红' },
    ],
  },
  {
    text: `我爱人彭桂兰在纳雍县一家服装厂做了四年，厂里一直没给她买社保，她的社保号码${withIdCheckCharacter('52262619950817203')}是以前在广东办的，现在想转回来。`,
    expected: [
      { kind: 'person-name', text: '彭桂兰' },
      { kind: 'social-security-number', text: withIdCheckCharacter('52262619950817203') },
    ],
  },
  {
    text: '投诉：毕节某物业服务有限公司拖欠保安工资，我和赵刚、孙伟、田应华三人从去年10月到现在没拿到一分钱，项目经理吴斌推给公司，公司推给项目部。联系电话0857-8264319。',
    expected: [
      { kind: 'person-name', text: '赵刚' },
      { kind: 'person-name', text: '孙伟' },
      { kind: 'person-name', text: '田应华' },
      { kind: 'person-name', text: '吴斌' },
      { kind: 'landline', text: '0857-8264319' },
    ],
  },
  {
    text: '您好，我叫敖小梅，在七星关区一家幼儿园当保育员，园长说试用期不用交社保，我已经上了七个月班了。我的电话是139-8571-0287。',
    context: { authorName: '敖小梅', authorPhone: '13985710287' },
    expected: [
      { kind: 'author-name', text: '敖小梅' },
      { kind: 'author-phone', text: '139-8571-0287' },
    ],
  },
  {
    text: '请问失业保险金能不能换一张卡发？原来那张卡号6217 0028 7001 3456 718已经注销了。',
    expected: [{ kind: 'bank-card', text: '6217 0028 7001 3456 718' }],
  },
  {
    text: '我是穆光荣的女儿，我爸去年在贵阳工地上摔伤了，现在在毕节住院，想问工伤认定是在贵阳申请还是在毕节申请？我的电话18798526643，我爸不识字，有事请找我。',
    expected: [
      { kind: 'person-name', text: '穆光荣' },
      { kind: 'mobile', text: '18798526643' },
    ],
  },
  {
    text: '我们班组有十几个人被拖欠工资，带班的是邹师傅，他说钱在总包那里卡着。总包单位的负责人姓文，叫文德明，电话135 0857 4128。',
    expected: [
      { kind: 'person-name', text: '邹' },
      { kind: 'person-name', text: '文' },
      { kind: 'person-name', text: '文德明' },
      { kind: 'mobile', text: '135 0857 4128' },
    ],
  },
  {
    text: '我想给在老家的母亲蒙秀珍补缴养老保险，她住在威宁县草海镇民族村5组28号，身份证522427196208130449，请问能不能由子女代办？',
    expected: [
      { kind: 'person-name', text: '蒙秀珍' },
      { kind: 'address', text: '威宁县草海镇民族村5组28号' },
      { kind: 'id-card', text: '522427196208130449' },
    ],
  },
  {
    text: '举报：金海湖新区一家装修公司用“学徒”名义招工不发工资，我弟弟韦小龙在那里干了两个月只拿了500块生活费。公司老板姓潘，开一辆黑色轿车贵FD72315。',
    expected: [
      { kind: 'person-name', text: '韦小龙' },
      { kind: 'person-name', text: '潘' },
      { kind: 'plate', text: '贵FD72315' },
    ],
  },
  {
    text: '请问档案从学校转回来后放在哪里？我是2023届毕业生，学校说已经寄到毕节市人才交流中心了，我去问说没收到。我的邮箱 liuyang(at)163.com，方便的话请把查询结果发给我。',
    expected: [{ kind: 'email', text: 'liuyang(at)163.com' }],
  },
  {
    text: '社保卡丢了要补办，我医保卡号是N52050219871204，卡里还有钱，补卡后钱还在不在？',
    expected: [{ kind: 'social-security-number', text: 'N52050219871204' }],
  },
  {
    text: '我叫田茂林，2024年7月从毕节某水泥厂离职，失业保险金领了三个月突然停了，打电话问说我“已就业”，但我根本没上班。请查一下，电话 152 8573 9910。',
    context: { authorName: '田茂林', authorPhone: '15285739910' },
    expected: [
      { kind: 'author-name', text: '田茂林' },
      { kind: 'author-phone', text: '152 8573 9910' },
    ],
  },
  {
    text: '我们工地的劳务公司负责人叫诸葛亮亮，拖欠我们二十多个人的工资，总计大约37万元。他的微信是zgll_8888，已经把我们拉黑了。',
    expected: [
      { kind: 'person-name', text: '诸葛亮亮' },
      { kind: 'wechat-id', text: 'zgll_8888' },
    ],
  },
  {
    text: '我在织金县城关镇双堰路56号开了个小卖部，属于个体工商户，想问我自己和我老婆能不能按灵活就业人员交养老和医保。',
    expected: [{ kind: 'address', text: '织金县城关镇双堰路56号' }],
  },
  {
    text: '领导好，我是黔西市的退役军人，叫宋国强，想咨询创业担保贷款，我身份证号522423198911062373，电话17785120964，微信号song_gq1989。',
    context: { authorName: '宋国强', authorPhone: '17785120964' },
    expected: [
      { kind: 'author-name', text: '宋国强' },
      { kind: 'id-card', text: '522423198911062373' },
      { kind: 'author-phone', text: '17785120964' },
      { kind: 'wechat-id', text: 'song_gq1989' },
    ],
  },
  {
    text: '我家老人的养老金这个月没到账，老人叫杨正发，社保卡号：JX5224010129，请帮忙查一下是不是被暂停了。',
    expected: [
      { kind: 'person-name', text: '杨正发' },
      { kind: 'social-security-number', text: 'JX5224010129' },
    ],
  },
  {
    text: '我在七星关区海子街镇一家砖厂上班，老板何永贵拖欠工资，工友们推我出来反映。砖厂老板的儿子何杰在管账，说他做不了主。',
    expected: [
      { kind: 'person-name', text: '何永贵' },
      { kind: 'person-name', text: '何杰' },
    ],
  },
  {
    text: '我的QQ号码是 1094 3376 82，请问就业见习补贴的申报表在哪里下载？网站上点开是空白的。',
    expected: [{ kind: 'qq', text: '1094 3376 82' }],
  },
  {
    text: '请回复到我手机 189-8576-4102 或者邮箱 gzbj_wanghua#126.com（#换成@），谢谢。',
    expected: [
      { kind: 'mobile', text: '189-8576-4102' },
      { kind: 'email', text: 'gzbj_wanghua#126.com' },
    ],
  },
  {
    text: '我丈夫龙启明在工地上摔伤，单位不承认是工伤，说他是临时工。我们住在七星关区德沟社区金沙小区6栋1单元1201，想请人社局帮我们申请工伤认定。',
    expected: [
      { kind: 'person-name', text: '龙启明' },
      { kind: 'address', text: '七星关区德沟社区金沙小区6栋1单元1201' },
    ],
  },
  {
    text: '你们局的刘科长上次说两周内给我答复，到现在一个月了都没消息。我是来反映纳雍县某矿业公司欠薪的那个，手机15185742937。',
    expected: [
      { kind: 'person-name', text: '刘' },
      { kind: 'mobile', text: '15185742937' },
    ],
  },
  {
    text: '我的工资卡卡号：6227 0031 2004 5678 907，开户行建设银行毕节分行，单位说已经把欠的工资打到卡上了，但实际只到了一半。',
    expected: [{ kind: 'bank-card', text: '6227 0031 2004 5678 907' }],
  },
  {
    text: '我叫吴桂芝，今年55岁了，原来在县里的国营酒厂上班，厂子倒闭后档案不知道去哪了，现在办不了退休。电话0857-6221843（家里），手机13638573105。',
    context: { authorName: '吴桂芝', authorPhone: '13638573105' },
    expected: [
      { kind: 'author-name', text: '吴桂芝' },
      { kind: 'landline', text: '0857-6221843' },
      { kind: 'author-phone', text: '13638573105' },
    ],
  },
  {
    text: '同村的王三妹和她老公都在深圳打工，家里的城乡居民医保没人交，我是他们的邻居，想问能不能代交？她的电话我只有这个：137 0857 8426',
    expected: [
      { kind: 'person-name', text: '王三妹' },
      { kind: 'mobile', text: '137 0857 8426' },
    ],
  },
  {
    text: '我在毕节市双山大道88号一家商贸公司做会计，公司欠了我4个月工资，还不给开离职证明，我该怎么办？',
    expected: [{ kind: 'address', text: '毕节市双山大道88号' }],
  },
  {
    text: '我叫高远，是贵州工程应用技术学院2024届毕业生，想申请求职创业补贴，辅导员黄老师说要在系统里填，请问具体怎么操作？',
    context: { authorName: '高远' },
    expected: [
      { kind: 'author-name', text: '高远' },
      { kind: 'person-name', text: '黄' },
    ],
  },
  {
    text: '车牌号贵F 8A6M2的面包车是拖欠我们工资那个老板的，他每天早上在市东街道那边接工人去别的工地干活，钱却不给我们结。',
    expected: [{ kind: 'plate', text: '贵F 8A6M2' }],
  },
  {
    text: '劳动仲裁裁决书下来了，公司还是不给钱，我准备申请强制执行。仲裁员是付晓东，他让我直接去法院。我的电话 186 8572 0093。',
    expected: [
      { kind: 'person-name', text: '付晓东' },
      { kind: 'mobile', text: '186 8572 0093' },
    ],
  },
  {
    text: '我的医保卡号是A520502D5600331，上个月在医院看病刷不了卡，说是参保状态异常，我一直都是按时缴费的。',
    expected: [{ kind: 'social-security-number', text: 'A520502D5600331' }],
  },
  {
    text: '您好，请问退休审批要多长时间？我老公路德华是1964年出生的，在赫章县妈姑镇的锌厂干了三十年，联系人就是我，电话13984731256。',
    expected: [
      { kind: 'person-name', text: '路德华' },
      { kind: 'mobile', text: '13984731256' },
    ],
  },
  {
    text: '我的VX：bj_xiaofang，想问问七星关区有没有家政培训，学完能不能推荐工作？',
    expected: [{ kind: 'wechat-id', text: 'bj_xiaofang' }],
  },
  {
    text: '在大方县一个公路项目上开挖机，项目部拖欠机械租赁费和我的工资共计6.3万元。项目部负责人叫聂文斌，老家是四川的，项目部在大方县顺德街道慕俄格大道218号2楼。',
    expected: [
      { kind: 'person-name', text: '聂文斌' },
      { kind: 'address', text: '大方县顺德街道慕俄格大道218号2楼' },
    ],
  },
  {
    text: '我的社会保障号码：520525199302287164。之前在毕节交过两年社保，后来去了广州，现在回来了，怎么把广州的社保转回来？',
    expected: [{ kind: 'social-security-number', text: '520525199302287164' }],
  },
  {
    text: '你好，我想问一下我这个情况能不能申请失业金：公司让我自己写辞职信，说不写就不发上个月工资。我是韦丽，电话18085749931。',
    context: { authorName: '韦丽', authorPhone: '180 8574 9931' },
    expected: [
      { kind: 'author-name', text: '韦丽' },
      { kind: 'author-phone', text: '18085749931' },
    ],
  },
  {
    text: '我朋友介绍了一个劳务中介，叫马国华，收了我们每人800元介绍费，说去外省电子厂，结果到了根本没有那个厂。他QQ号是 574902316，微信 mgh-labor-88。',
    expected: [
      { kind: 'person-name', text: '马国华' },
      { kind: 'qq', text: '574902316' },
      { kind: 'wechat-id', text: 'mgh-labor-88' },
    ],
  },
  // ---- Hidden characters inside personal data ----
  {
    text: '身份证号：5205021990\ufeff03182720，申请的是2024年度技能提升补贴，至今未到账。',
    expected: [{ kind: 'id-card', text: '5205021990\ufeff03182720' }],
  },
  {
    text: '拖欠工资的是项目上的刘\u200b建\u200b军，他说钱已经给班组长了，班组长说没收到。',
    expected: [{ kind: 'person-name', text: '刘\u200b建\u200b军' }],
  },
  {
    text: '有问题请联系我：159\u200d8573\u200d2261，谢谢工作人员。',
    expected: [{ kind: 'mobile', text: '159\u200d8573\u200d2261' }],
  },
  {
    text: '我的邮箱是 luo\u00adxiaohong\u00ad88@qq.com，请把档案转递的回执发给我。',
    expected: [{ kind: 'email', text: 'luo\u00adxiaohong\u00ad88@qq.com' }],
  },
  {
    text: '联系电话 138\u202e5716\u202c6620（本人），白天上班请尽量发短信。',
    expected: [{ kind: 'mobile', text: '138\u202e5716\u202c6620' }],
  },
  {
    text: '我叫潘\u200b金兰，在七星关区一家宾馆做保洁，宾馆换了老板后就不给我们交社保了。',
    context: { authorName: '潘金兰' },
    expected: [{ kind: 'author-name', text: '潘\u200b金兰' }],
  },
  {
    text: '工资卡号6228\u200b4809\u200b1600\u200b03456，请核实单位是否真的发放了2月份工资。',
    expected: [{ kind: 'bank-card', text: '6228\u200b4809\u200b1600\u200b03456' }],
  },
  {
    text: '老板是杨\u00ad光辉，他手机号是 186\u00ad8571\u00ad3302，我们打了几十次都不接。',
    expected: [
      { kind: 'person-name', text: '杨\u00ad光辉' },
      { kind: 'mobile', text: '186\u00ad8571\u00ad3302' },
    ],
  },
  {
    text: '社保卡号：522624\u200b19870726\u200b3351，补卡后原来卡里的医保个人账户余额会不会清零？',
    expected: [{ kind: 'social-security-number', text: '522624\u200b19870726\u200b3351' }],
  },
  {
    text: '微信号 wu\u200bxiaojing\u200b0612，是我本人的，人才绿卡审核结果麻烦告知一下。',
    expected: [{ kind: 'wechat-id', text: 'wu\u200bxiaojing\u200b0612' }],
  },
  {
    text: '我QQ 30\u200d4418\u200d7752，需要补充什么材料可以在QQ上告诉我。',
    expected: [{ kind: 'qq', text: '30\u200d4418\u200d7752' }],
  },
  {
    text: '车牌贵F\u200b·C\u200b7029，这辆车是拖欠我们工资的包工头的，他现在还在别的工地接活。',
    expected: [{ kind: 'plate', text: '贵F\u200b·C\u200b7029' }],
  },
  {
    text: '我现在住在七星关区碧海街道\u200b招商花园城12栋\u200b2单元\u200b1703室，社保卡能寄到这里吗？',
    expected: [
      { kind: 'address', text: '七星关区碧海街道\u200b招商花园城12栋\u200b2单元\u200b1703室' },
    ],
  },
  {
    text: '我叫文\u200d启芳，身份证号5227261968\u200d05091417，今年满55岁，想问灵活就业的养老保险怎么申请退休。',
    context: { authorName: '文启芳' },
    expected: [
      { kind: 'author-name', text: '文\u200d启芳' },
      { kind: 'id-card', text: '5227261968\u200d05091417' },
    ],
  },
  {
    text: '家里电话0857-\ufeff4823516，我儿子在外地，有事可以打这个电话找我。',
    expected: [{ kind: 'landline', text: '0857-\ufeff4823516' }],
  },
  {
    text: '反映人：蒙\u202e丽\u202c娟，反映事项：纳雍县某商贸公司拖欠员工工资及未缴纳社会保险。',
    expected: [{ kind: 'person-name', text: '蒙\u202e丽\u202c娟' }],
  },
  {
    text: '我的电话：\u200b1\u200b3\u200b7\u200b8\u200b5\u200b7\u200b2\u200b4\u200b0\u200b1\u200b6，其他号码都不是我的。',
    expected: [
      {
        kind: 'mobile',
        text: '1\u200b3\u200b7\u200b8\u200b5\u200b7\u200b2\u200b4\u200b0\u200b1\u200b6',
      },
    ],
  },
  {
    text: '邮箱：zhao.min\ufeff@126.com，请发送《失业登记表》的电子版。',
    expected: [{ kind: 'email', text: 'zhao.min\ufeff@126.com' }],
  },
  {
    text: '包工头敖\u200b德\u200b军、还有他老婆管\u200d账的韦\u200d小\u200d红，两个人一起躲着不见我们。',
    expected: [
      { kind: 'person-name', text: '敖\u200b德\u200b军' },
      { kind: 'person-name', text: '韦\u200d小\u200d红' },
    ],
  },
  {
    text: '我的身份证是522422\u00ad19990102\u00ad4611，今年刚毕业，想申请就业见习，请问在哪里报名？',
    expected: [{ kind: 'id-card', text: '522422\u00ad19990102\u00ad4611' }],
  },
  {
    text: '经办人龙\ufeff海燕在电话里说材料不全，但没有告诉我缺什么，请帮忙问一下。',
    expected: [{ kind: 'person-name', text: '龙\ufeff海燕' }],
  },
  // ---- More citizens' messages with personal data ----
  {
    text: '我叫安顺平，户籍是黔西市的，2019年在毕节经济开发区一家电子厂受工伤，九级伤残，单位一直拖着不给一次性伤残就业补助金。我的电话：17708575632，备用号0857-5123846。',
    context: { authorName: '安顺平', authorPhone: '177 0857 5632' },
    expected: [
      { kind: 'author-name', text: '安顺平' },
      { kind: 'author-phone', text: '17708575632' },
      { kind: 'landline', text: '0857-5123846' },
    ],
  },
  {
    text: '大家好，我是幸福小区物业的保安，我们保安队长叫鲁大江，他扣了我们每个人三百块“押金”说离职退，结果离职了不退。他电话18285790013。',
    expected: [
      { kind: 'person-name', text: '鲁大江' },
      { kind: 'mobile', text: '18285790013' },
    ],
  },
  {
    text: `我在七星关区一家超市上班，工资卡是农商行的${withLuhnDigit('621779571000234561')}，超市说给我交了社保，但我在手机上查不到缴费记录。身份证${withIdCheckCharacter('52052119851230052')}。`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('621779571000234561') },
      { kind: 'id-card', text: withIdCheckCharacter('52052119851230052') },
    ],
  },
  {
    text: '我是毕节一中的退休教师彭德胜，想帮我儿子彭浩问一下，他是研究生学历，人才绿卡A卡和B卡有什么区别，他应该申请哪种？',
    context: { authorName: '彭德胜' },
    expected: [
      { kind: 'author-name', text: '彭德胜' },
      { kind: 'person-name', text: '彭浩' },
    ],
  },
  {
    text: '欠薪投诉：贵州某某建设工程有限公司在织金县承建的安置房项目，拖欠我们木工班组14人工资。班组长是我，邓永华；分包老板是郑国平，电话133-0857-2648；项目经理姓侯。',
    context: { authorName: '邓永华' },
    expected: [
      { kind: 'author-name', text: '邓永华' },
      { kind: 'person-name', text: '郑国平' },
      { kind: 'mobile', text: '133-0857-2648' },
      { kind: 'person-name', text: '侯' },
    ],
  },
  {
    text: '我想查询我的养老保险缴费年限，社会保障卡号 522425197706113221 ，在手机上登录一直提示账号异常。',
    expected: [{ kind: 'social-security-number', text: '522425197706113221' }],
  },
  {
    text: '你们在公示名单里把我的名字写成了“卢志强”，我叫陆志强，陆地的陆，技能补贴发放会不会受影响？',
    context: { authorName: '陆志强' },
    expected: [
      { kind: 'person-name', text: '卢志强' },
      { kind: 'author-name', text: '陆志强' },
    ],
  },
  {
    text: '家住七星关区三板桥街道鸭池河路19号附1号的老人谢光英，一个人生活，养老金卡被孙子拿走了，老人想重新办一张卡。',
    expected: [
      { kind: 'address', text: '七星关区三板桥街道鸭池河路19号附1号' },
      { kind: 'person-name', text: '谢光英' },
    ],
  },
  {
    text: '我和老乡梁长富、梁长贵兄弟俩在赫章县一个高速项目上干了半年，隧道队的钱一直拖着不给。联系我：wx：lcf19850312，或打15329870416。',
    expected: [
      { kind: 'person-name', text: '梁长富' },
      { kind: 'person-name', text: '梁长贵' },
      { kind: 'wechat-id', text: 'lcf19850312' },
      { kind: 'mobile', text: '15329870416' },
    ],
  },
  {
    text: '请问如果公司不给出具解除劳动合同证明，能不能领失业金？我之前的主管叫雷娜，她说公司规定离职都算个人原因。电话 (0857)8312706',
    expected: [
      { kind: 'person-name', text: '雷娜' },
      { kind: 'landline', text: '(0857)8312706' },
    ],
  },
  {
    text: '我是黔西市钟山镇的贫困户严小平，想参加电工培训，村干部说名额满了。我家住黔西市钟山镇钟山村2组33号，电话19985761103。',
    context: { authorName: '严小平', authorPhone: '19985761103' },
    expected: [
      { kind: 'author-name', text: '严小平' },
      { kind: 'address', text: '黔西市钟山镇钟山村2组33号' },
      { kind: 'author-phone', text: '19985761103' },
    ],
  },
  {
    text: '我在外地，请把我的失业登记证明寄到：浙江省宁波市北仑区新碶街道明州路125号5幢3楼，收件人宋丽，电话13567410298。',
    expected: [
      { kind: 'address', text: '浙江省宁波市北仑区新碶街道明州路125号5幢3楼' },
      { kind: 'person-name', text: '宋丽' },
      { kind: 'mobile', text: '13567410298' },
    ],
  },
  {
    text: '咨询一下：用人单位让员工签“自愿放弃社保”的承诺书有效吗？我们人事部的小胡天天催我们签。',
    expected: [{ kind: 'person-name', text: '胡' }],
  },
  {
    text: '人社局的领导：我叫骆宏，2020年在金沙县参加过公益性岗位，合同到期后单位没给我办离职手续，现在新单位没法给我交社保。身份证号码：520502197001012438。',
    context: { authorName: '骆宏' },
    expected: [
      { kind: 'author-name', text: '骆宏' },
      { kind: 'id-card', text: '520502197001012438' },
    ],
  },
  {
    text: '我奶奶石玉珍92岁了，高龄补贴和养老金都在一张卡上，村里的协管员石光林每次都说帮她取，我们怀疑他扣了钱。',
    expected: [
      { kind: 'person-name', text: '石玉珍' },
      { kind: 'person-name', text: '石光林' },
    ],
  },
  {
    text: '我是退休人员范德清，退休审批表上面工龄算少了四年，1978年到1982年在公社林场的工龄没有算进去。联系电话0857—7621458。',
    context: { authorName: '范德清' },
    expected: [
      { kind: 'author-name', text: '范德清' },
      { kind: 'landline', text: '0857—7621458' },
    ],
  },
  {
    text: '我是外卖骑手，想以灵活就业身份参加工伤保险，可以吗？我的电话是15O8572 6634（不好意思，中间是零）。',
    expected: [{ kind: 'mobile', text: '15O8572 6634' }],
  },
  {
    text: '赫章县野马川镇的朋友韩德坤让我帮他问：他在省外工地受伤，老板付了医药费后就不管了，能不能回毕节申请工伤认定？他不会用手机，有事可以找他女儿韩雪，电话18708578820。',
    expected: [
      { kind: 'person-name', text: '韩德坤' },
      { kind: 'person-name', text: '韩雪' },
      { kind: 'mobile', text: '18708578820' },
    ],
  },
  {
    text: '我是个体户，邮箱地址 wenjing_bj@foxmail.com ，想了解个体工商户雇工的社保怎么交，最好能发个文件给我。',
    expected: [{ kind: 'email', text: 'wenjing_bj@foxmail.com' }],
  },
  {
    text: '我们纳雍县姑开乡的几个人在外地一个工地干活，带我们出去的老乡叫蔡正林，扣了我们每个人2000块钱，说是路费和介绍费。他的车牌是贵F·A9K35。',
    expected: [
      { kind: 'person-name', text: '蔡正林' },
      { kind: 'plate', text: '贵F·A9K35' },
    ],
  },
  // ---- Staff answers with personal data ----
  {
    text: '罗先生您好！您反映的贵州某建筑劳务有限公司拖欠工资问题已转七星关区劳动保障监察大队处理，经办人刘芳将于3个工作日内与您联系，请保持电话畅通。',
    expected: [
      { kind: 'person-name', text: '罗' },
      { kind: 'person-name', text: '刘芳' },
    ],
  },
  {
    text: '吴女士：您好！经核查，您的失业保险金已于2024年6月12日发放至您尾号为3482的社会保障卡金融账户，请注意查收。如有疑问，请拨打12333咨询。',
    expected: [{ kind: 'person-name', text: '吴' }],
  },
  {
    text: '杨德富您好：您反映的大方县城东新区某项目拖欠农民工工资一事，经大方县劳动保障监察大队调查核实，项目负责人吴斌已承认拖欠12名农民工工资共计4.6万元，目前已责令其于2024年4月30日前足额支付。',
    expected: [
      { kind: 'person-name', text: '杨德富' },
      { kind: 'person-name', text: '吴斌' },
    ],
  },
  {
    text: '您好，您反映的问题我局已收悉。经联系织金县人社局，您父亲陈光明的养老保险缴费年限已满15年，可于满60周岁次月起办理待遇领取，请携带本人身份证、社保卡到织金县政务服务中心社保窗口办理。',
    expected: [{ kind: 'person-name', text: '陈光明' }],
  },
  {
    text: '田先生：您好！您反映的失业保险金停发问题，经查询，系统显示您于2024年10月在毕节市某物流有限公司有参保缴费记录，因此自动停发。如该记录有误，请与该公司核实。',
    expected: [{ kind: 'person-name', text: '田' }],
  },
  {
    text: '您好！关于您反映的工伤认定进度问题，经金沙县人社局核实，欧阳建国的工伤认定申请已于2024年1月8日受理，因需向用人单位调查取证，认定时限顺延，预计3月底前作出结论，具体可联系承办人司马建新。',
    expected: [
      { kind: 'person-name', text: '欧阳建国' },
      { kind: 'person-name', text: '司马建新' },
    ],
  },
  {
    text: '敖小梅同志：您好！根据《中华人民共和国社会保险法》第五十八条，用人单位应当自用工之日起三十日内为其职工申请办理社会保险登记，试用期同样适用。您反映的情况已转七星关区劳动保障监察大队核查，监察员龙飞将与您联系（联系电话：13885704216）。',
    expected: [
      { kind: 'person-name', text: '敖小梅' },
      { kind: 'person-name', text: '龙飞' },
      { kind: 'mobile', text: '13885704216' },
    ],
  },
  {
    text: '您好！您反映的问题已交由赫章县人社局办理。经核实，穆光荣同志的工伤发生在贵阳市，按规定应向用人单位注册地或生产经营地的社会保险行政部门申请工伤认定，建议您与贵阳市观山湖区人社局联系。',
    expected: [{ kind: 'person-name', text: '穆光荣' }],
  },
  {
    text: '邹师傅：您好！您反映的欠薪问题，经七星关区人社局调查，总包单位已将所欠工程款中的人工费部分共计28.6万元打入农民工工资专用账户，将于5月10日前由银行代发至各位工友的工资卡上。',
    expected: [{ kind: 'person-name', text: '邹' }],
  },
  {
    text: '您好！经核查，蒙秀珍（身份证号522427196208130449）符合城乡居民基本养老保险补缴条件，可由子女持本人身份证原件及代办人身份证到威宁县社保局窗口代为办理。',
    expected: [
      { kind: 'person-name', text: '蒙秀珍' },
      { kind: 'id-card', text: '522427196208130449' },
    ],
  },
  {
    text: '韦女士您好，您反映的金海湖新区某装修公司以学徒名义不支付劳动报酬的问题，金海湖新区社会事务局已于3月18日约谈该公司负责人潘某，责令其补发韦小龙等3名学徒的工资，您可于3月25日后到该公司领取。',
    expected: [
      { kind: 'person-name', text: '韦' },
      { kind: 'person-name', text: '韦小龙' },
    ],
  },
  {
    text: '刘同学您好！经与毕节市人才交流中心核实，您的档案已于2023年8月22日收到，存放在人才交流中心档案室。查询档案请本人携带身份证前往，或委托他人持委托书办理。已将查询结果发送至您的邮箱liuyang(at)163.com。',
    expected: [
      { kind: 'person-name', text: '刘' },
      { kind: 'email', text: 'liuyang(at)163.com' },
    ],
  },
  {
    text: '宋国强您好！创业担保贷款个人最高额度为30万元，具体申请流程请登录“贵州省创业担保贷款”平台填报。您留言中的身份证号码和微信号属于个人信息，我们已做隐去处理，请注意保护。如需进一步了解，可与市就业局创业服务科杨科长联系。',
    expected: [
      { kind: 'person-name', text: '宋国强' },
      { kind: 'person-name', text: '杨' },
    ],
  },
  {
    text: '您好！您所反映的问题，我局高度重视，立即安排劳动监察员陆明、潘冬梅前往现场核查。经查，该砖厂负责人何永贵承认拖欠8名工人2023年11月至2024年2月工资共计9.7万元。',
    expected: [
      { kind: 'person-name', text: '陆明' },
      { kind: 'person-name', text: '潘冬梅' },
      { kind: 'person-name', text: '何永贵' },
    ],
  },
  {
    text: '尊敬的邓永华先生：您好！您反映的织金县安置房项目拖欠木工班组工资问题，织金县人社局已于4月2日召集总包方、分包方郑国平及班组代表进行协调，约定4月15日前支付全部欠款。',
    expected: [
      { kind: 'person-name', text: '邓永华' },
      { kind: 'person-name', text: '郑国平' },
    ],
  },
  {
    text: '陆志强同志您好！经核实，公示名单中的姓名录入有误，我们已在系统中更正，补贴资金将按正确信息发放至您本人社保卡，不会受到影响。对给您造成的困扰表示歉意。',
    expected: [{ kind: 'person-name', text: '陆志强' }],
  },
  {
    text: '您好！关于老人谢光英重新办理养老金领取卡的问题，请老人本人（或委托近亲属持公证委托书）携带身份证到七星关区社保局办理挂失补卡手续。工作人员也可上门服务，请联系三板桥街道社保服务站王老师预约。',
    expected: [
      { kind: 'person-name', text: '谢光英' },
      { kind: 'person-name', text: '王' },
    ],
  },
  {
    text: '您好！您反映的梁长富、梁长贵等人在赫章县某高速公路项目被拖欠工资问题，已转赫章县人社局处理。请您提供劳动合同、考勤记录或工资欠条等证据，直接与承办人聂明（电话0857-3221065）联系。',
    expected: [
      { kind: 'person-name', text: '梁长富' },
      { kind: 'person-name', text: '梁长贵' },
      { kind: 'person-name', text: '聂明' },
      { kind: 'landline', text: '0857-3221065' },
    ],
  },
  {
    text: '严小平您好！经黔西市就业局核实，钟山镇本期电工培训名额已满，您已被列入下期培训名单，开班前工作人员会电话（19985761103）通知您。',
    expected: [
      { kind: 'person-name', text: '严小平' },
      { kind: 'mobile', text: '19985761103' },
    ],
  },
  {
    text: '骆宏先生：您好！经金沙县人社局核查，您的公益性岗位协议已于2021年12月31日期满终止，原用工单位已于今日为您办理了减员手续，新单位现可为您正常参保。',
    expected: [{ kind: 'person-name', text: '骆宏' }],
  },
  {
    text: '您好，石玉珍老人的养老金发放情况我们已经核实，每月均按时足额发放。关于协管员石光林代取养老金的问题，已转纳雍县人社局调查，如情况属实将依法依规严肃处理。',
    expected: [
      { kind: 'person-name', text: '石玉珍' },
      { kind: 'person-name', text: '石光林' },
    ],
  },
  {
    text: '范德清同志：您好！关于您1978年至1982年在公社林场工作期间的工龄认定问题，需提供当时的招工登记表、工资发放记录等原始档案材料。请您携带相关材料于工作日到毕节市七星关区人社局养老保险股找黄股长核对。',
    expected: [
      { kind: 'person-name', text: '范德清' },
      { kind: 'person-name', text: '黄' },
    ],
  },
  {
    text: '韩雪女士您好！您父亲韩德坤在省外务工期间发生的事故伤害，应向事故发生地或用人单位所在地社会保险行政部门申请工伤认定。如有困难，可联系毕节市驻外劳务协作工作站寻求帮助。',
    expected: [
      { kind: 'person-name', text: '韩雪' },
      { kind: 'person-name', text: '韩德坤' },
    ],
  },
  {
    text: '您好！您反映的蔡正林以介绍工作为名收取费用的问题，涉嫌非法职业中介，已移交纳雍县人社局劳动监察部门调查处理，如涉及诈骗，建议您同时向当地公安机关报案。',
    expected: [{ kind: 'person-name', text: '蔡正林' }],
  },
  {
    text: '安先生您好！经毕节经济开发区社会事务局核实，您的一次性伤残就业补助金应由用人单位在解除劳动关系时支付，单位拒不支付的，可向毕节市劳动人事争议仲裁委员会申请仲裁。如需法律援助，可联系开发区法援工作站何律师。',
    expected: [
      { kind: 'person-name', text: '安' },
      { kind: 'person-name', text: '何' },
    ],
  },
  {
    text: '您好，您反映的保安队长鲁大江收取“押金”一事，经七星关区劳动保障监察大队调查，物业公司承认存在以押金名义扣款的行为，已责令其于7日内退还，并对相关责任人进行处理。',
    expected: [{ kind: 'person-name', text: '鲁大江' }],
  },
  {
    text: '胡女士：您好！用人单位与劳动者签订的“自愿放弃社保”承诺书违反法律强制性规定，属于无效约定。您可向七星关区劳动保障监察大队投诉，地址：七星关区招商大道政务服务中心三楼。',
    expected: [{ kind: 'person-name', text: '胡' }],
  },
  {
    text: '您好！经查询，您的失业登记证明已办理完毕，我们已按您留言中的地址邮寄（收件人宋丽，浙江省宁波市北仑区新碶街道明州路125号5幢3楼），快递单号SF1402938475612，请注意查收。',
    expected: [
      { kind: 'person-name', text: '宋丽' },
      { kind: 'address', text: '浙江省宁波市北仑区新碶街道明州路125号5幢3楼' },
    ],
  },
  {
    text: '付晓东仲裁员已告知您，仲裁裁决生效后用人单位逾期不履行的，您可以向有管辖权的人民法院申请强制执行。如需帮助，可以到七星关区法律援助中心咨询。',
    expected: [{ kind: 'person-name', text: '付晓东' }],
  },
  {
    text: '您好！您所反映的路德华同志退休审批问题，经赫章县人社局核实，其档案中出生时间存在前后不一致的情况，需进一步认定。请家属于工作日联系赫章县社保局养老股蔡晓丽（0857-3225871）。',
    expected: [
      { kind: 'person-name', text: '路德华' },
      { kind: 'person-name', text: '蔡晓丽' },
      { kind: 'landline', text: '0857-3225871' },
    ],
  },
  {
    text: '您好！经大方县人社局核实，聂文斌所在项目部已于5月8日与您达成还款协议，约定分两次支付欠款6.3万元。如对方未按约定履行，请及时与大方县劳动保障监察大队联系。',
    expected: [{ kind: 'person-name', text: '聂文斌' }],
  },
  {
    text: '韦丽女士：您好！根据《失业保险条例》，非本人意愿中断就业的才能申领失业保险金。如公司以扣发工资相要挟迫使您写辞职信，您可以保留相关证据，向劳动人事争议仲裁委员会申请确认劳动关系解除原因。',
    expected: [{ kind: 'person-name', text: '韦丽' }],
  },
  {
    text: '马国华所在的“劳务中介”无人力资源服务许可证，已被纳雍县人社局立案查处。请被收取费用的务工人员携带转账记录，到县人社局劳动监察大队登记，联系人王明远。',
    expected: [
      { kind: 'person-name', text: '马国华' },
      { kind: 'person-name', text: '王明远' },
    ],
  },
  {
    text: '您好！已为您查询到，您的社会保障号码为520525199302287164的个人账户在广州的参保记录可以办理转移，请在国家社会保险公共服务平台或“掌上12333”APP上提交转移申请。',
    expected: [{ kind: 'social-security-number', text: '520525199302287164' }],
  },
  {
    text: '您好！您反映的问题经核查：您父亲杨正发的养老金因未按时完成2024年度待遇领取资格认证而暂停发放，完成认证后将补发。可由村协管员上门认证，大方县羊场镇协管员电话：15117350942。',
    expected: [
      { kind: 'person-name', text: '杨正发' },
      { kind: 'mobile', text: '15117350942' },
    ],
  },
  {
    text: '吴桂芝您好！关于您档案遗失的问题，经与原酒厂主管部门联系，该厂改制时职工档案已移交县档案馆，请您本人携带身份证到县档案馆查询，县档案馆联系人：潘正祥。',
    expected: [
      { kind: 'person-name', text: '吴桂芝' },
      { kind: 'person-name', text: '潘正祥' },
    ],
  },
  {
    text: '您好，关于您反映的包工头敖德军、韦小红拖欠工资问题，经七星关区劳动保障监察大队调查，已于6月3日对其下达《劳动保障监察限期整改指令书》。',
    expected: [
      { kind: 'person-name', text: '敖德军' },
      { kind: 'person-name', text: '韦小红' },
    ],
  },
  {
    text: '彭老师您好！人才服务绿卡分A、B、C三类，研究生学历人员一般可申请C卡，具有副高及以上职称的可申请B卡。您儿子彭浩可以登录“毕节人才网”在线申请，审核通过后由市人才服务中心统一制卡。',
    expected: [
      { kind: 'person-name', text: '彭' },
      { kind: 'person-name', text: '彭浩' },
    ],
  },
  {
    text: '您好！经查询，您提供的社会保障卡号522624198707263351对应的医保个人账户余额在补卡后会自动转入新卡，不会清零。补卡可到就近的社保卡服务网点办理。',
    expected: [{ kind: 'social-security-number', text: '522624198707263351' }],
  },
  {
    text: '王师傅：您好！经查，您所说的项目由贵州某某路桥工程有限公司总承包，该公司已将农民工工资保证金存入专户。我们已通知项目部负责人罗成于本周五前到七星关区人社局说明情况。',
    expected: [
      { kind: 'person-name', text: '王' },
      { kind: 'person-name', text: '罗成' },
    ],
  },
  {
    text: '您好！您反映的毕节某物业服务有限公司拖欠保安工资问题，经调查，该公司已于2024年3月5日向赵刚、孙伟、田应华三人支付拖欠工资共计2.7万元，三人均已签字确认。',
    expected: [
      { kind: 'person-name', text: '赵刚' },
      { kind: 'person-name', text: '孙伟' },
      { kind: 'person-name', text: '田应华' },
    ],
  },
  {
    text: '您好！关于您咨询的灵活就业参保问题：织金县城关镇双堰路56号个体工商户业主及其配偶均可以灵活就业人员身份参加企业职工基本养老保险，请到织金县社保局窗口办理登记。',
    expected: [{ kind: 'address', text: '织金县城关镇双堰路56号' }],
  },
  {
    text: '龙女士您好！您丈夫龙启明的工伤认定申请需由用人单位在事故发生之日起30日内提出；单位未申请的，您可在1年内直接向七星关区人社局提出申请。我们的工作人员覃磊将上门指导您准备材料。',
    expected: [
      { kind: 'person-name', text: '龙' },
      { kind: 'person-name', text: '龙启明' },
      { kind: 'person-name', text: '覃磊' },
    ],
  },
  {
    text: '您好，您反映的问题已收到。请您本人携带身份证原件、银行卡（卡号6217002870088812\u200b1应为本人名下一类账户）到七星关区社保局窗口办理失业保险金发放账户变更手续。',
    expected: [{ kind: 'bank-card', text: '6217002870088812\u200b1' }],
  },
  {
    text: '答复：您好！经核实，贵州省毕节市某劳务有限公司已为张国富、李成志、王小兵等15人补缴2023年度社会保险费，其余人员的补缴工作正在办理中。',
    expected: [
      { kind: 'person-name', text: '张国富' },
      { kind: 'person-name', text: '李成志' },
      { kind: 'person-name', text: '王小兵' },
    ],
  },
  {
    text: '您好！经我局核查，您反映的车牌号为贵F·3K582的车辆所有人已被约谈，其承认拖欠工资的事实，并承诺在2024年2月8日前付清。',
    expected: [{ kind: 'plate', text: '贵F·3K582' }],
  },
  {
    text: '小陈你好，你问的就业见习补贴是按见习单位实际支付见习人员生活费的一定比例补给单位的，不直接发给个人。你可以问问你们单位的人事专员吕婷婷。',
    expected: [
      { kind: 'person-name', text: '陈' },
      { kind: 'person-name', text: '吕婷婷' },
    ],
  },
  {
    text: '您好！您反映的问题已转交黔西市人社局，承办人：安俊，联系电话：18985769023，请您直接与其联系。',
    expected: [
      { kind: 'person-name', text: '安俊' },
      { kind: 'mobile', text: '18985769023' },
    ],
  },
  {
    text: '老杨您好，您问的养老保险补缴问题，按政策1996年以前参加工作的可以补缴，但需要有原始档案证明。您可以让您在县里工作的侄子杨波先帮您到县档案馆查查。',
    expected: [
      { kind: 'person-name', text: '杨' },
      { kind: 'person-name', text: '杨波' },
    ],
  },
  // ---- Long, multi-topic items with personal data ----
  {
    text: `尊敬的人社局领导：您好！我叫龙正荣，是纳雍县维新镇人，今年52岁。2022年3月至2023年12月，我在七星关区柏杨林街道一个安置房项目做钢筋工，带班的是杨胜利，分包老板叫吴大海（电话15985714862）。项目完工后，分包老板以总包没结账为由，一直拖欠我和工友田明贵、陈小平、王发等9人工资共计21.4万元。我们多次到项目部去找，项目部说钱早就拨给分包了。另外，我2023年9月在工地上被钢筋砸伤左脚，住院花了1.2万元，老板只给了3000元，也没给我申请工伤认定。我想问：1.欠薪的事情应该找哪里？2.工伤认定现在还能不能申请？我的身份证号${withIdCheckCharacter('52242619700921137')}，电话13098571462，家住纳雍县维新镇新春村5组21号。恳请领导帮帮我们。`,
    context: { authorName: '龙正荣', authorPhone: '130 9857 1462' },
    expected: [
      { kind: 'author-name', text: '龙正荣' },
      { kind: 'person-name', text: '杨胜利' },
      { kind: 'person-name', text: '吴大海' },
      { kind: 'mobile', text: '15985714862' },
      { kind: 'person-name', text: '田明贵' },
      { kind: 'person-name', text: '陈小平' },
      { kind: 'person-name', text: '王发' },
      { kind: 'id-card', text: withIdCheckCharacter('52242619700921137') },
      { kind: 'author-phone', text: '13098571462' },
      { kind: 'address', text: '纳雍县维新镇新春村5组21号' },
    ],
  },
  {
    text: '龙正荣同志：您好！您反映的问题我局高度重视，现答复如下：一、关于欠薪问题。经七星关区劳动保障监察大队调查核实，该项目总包单位已将工程款拨付至分包单位，分包负责人吴大海存在拖欠农民工工资的行为。目前监察大队已向吴大海下达限期支付指令书，并由总包单位先行垫付，预计6月20日前支付您和田明贵、陈小平、王发等9人的工资。二、关于工伤认定问题。根据《工伤保险条例》第十七条，用人单位未在规定时限内提出工伤认定申请的，工伤职工或者其近亲属可在事故伤害发生之日起1年内直接提出申请。您受伤时间为2023年9月，目前仍在申请时限内，请您尽快携带身份证、诊断证明、住院病历、劳动关系证明等材料到七星关区人社局工伤保险股申请。如有疑问，可拨打12333咨询。感谢您对人社工作的理解和支持！',
    expected: [
      { kind: 'person-name', text: '龙正荣' },
      { kind: 'person-name', text: '吴大海' },
      { kind: 'person-name', text: '吴大海' },
      { kind: 'person-name', text: '田明贵' },
      { kind: 'person-name', text: '陈小平' },
      { kind: 'person-name', text: '王发' },
    ],
  },
  {
    text: `您好，我是蒙雪琴，2024年6月从贵州大学毕业，回到毕节找工作，有几个问题想咨询：第一，我的档案学校说寄到了毕节市人才交流中心，我要去办报到手续，需要带什么？第二，我在七星关区一家民办培训学校上班，试用期三个月，学校说试用期不交社保，转正后才交，这样对不对？校长是黎国胜，人事是他侄女黎芳。第三，听说高校毕业生有求职创业补贴和就业见习补贴，我能不能申请？第四，我想申请人才服务绿卡，本科学历够不够？我的联系方式：电话18212347756，邮箱mengxueqin2002@163.com，微信mxq_2002。我住在七星关区市东街道清毕路南段39号附5号4楼。谢谢！`,
    context: { authorName: '蒙雪琴', authorPhone: '18212347756' },
    expected: [
      { kind: 'author-name', text: '蒙雪琴' },
      { kind: 'person-name', text: '黎国胜' },
      { kind: 'person-name', text: '黎芳' },
      { kind: 'author-phone', text: '18212347756' },
      { kind: 'email', text: 'mengxueqin2002@163.com' },
      { kind: 'wechat-id', text: 'mxq_2002' },
      { kind: 'address', text: '七星关区市东街道清毕路南段39号附5号4楼' },
    ],
  },
  {
    text: '蒙雪琴同学：您好！针对您的问题答复如下：1.办理报到手续请携带《全国普通高等学校本专科毕业生就业报到证》（2023年起已取消报到证的，携带毕业证、身份证即可）到毕节市人才交流中心办理；2.根据《劳动合同法》，试用期包含在劳动合同期限内，用人单位应当自用工之日起为劳动者缴纳社会保险，您反映的学校负责人黎国胜的做法不符合规定，已转七星关区劳动保障监察大队核查；3.求职创业补贴面向在校期间的困难毕业生，需在毕业学年由学校统一申报，您已毕业，不能再申请，但可以申请就业见习；4.人才服务绿卡申请条件请登录毕节市人社局门户网站查看《毕节市人才服务绿卡实施办法》。',
    expected: [
      { kind: 'person-name', text: '蒙雪琴' },
      { kind: 'person-name', text: '黎国胜' },
    ],
  },
  {
    text: `反映问题：我母亲潘桂英1966年出生，原来在大方县化肥厂上班，1998年厂子改制买断工龄，后来一直以个人身份在县社保局交养老保险。今年她满了55岁，去县社保局问退休，工作人员说她是工人身份要满50岁就可以退，但又说档案里的招工表不全，要补材料。我们去档案馆查了，档案馆的周阿姨说化肥厂的档案只有一部分移交过来了。请问这种情况怎么办？另外我母亲的社保卡号码是${withIdCheckCharacter('52242119661105082')}，卡里的医保个人账户一直是0元，这个是不是有问题？联系人：潘桂英女儿 赵静，电话0857-5226738 或 135-1857-0034。`,
    expected: [
      { kind: 'person-name', text: '潘桂英' },
      { kind: 'person-name', text: '周' },
      { kind: 'social-security-number', text: withIdCheckCharacter('52242119661105082') },
      { kind: 'person-name', text: '潘桂英' },
      { kind: 'person-name', text: '赵静' },
      { kind: 'landline', text: '0857-5226738' },
      { kind: 'mobile', text: '135-1857-0034' },
    ],
  },
  {
    text: '赵静女士：您好！经大方县人社局核实，您母亲潘桂英的档案中缺少1982年招工审批表，可向原主管部门或县档案馆申请出具相关证明。关于医保个人账户余额为0的问题，根据贵州省职工基本医疗保险门诊共济保障机制改革的规定，灵活就业人员缴纳的医保费不再划入个人账户，属正常情况。请您母亲本人携带身份证到大方县社保局二楼养老保险股找安勇同志办理，工作时间：周一至周五9:00-12:00、14:00-17:00。',
    expected: [
      { kind: 'person-name', text: '赵静' },
      { kind: 'person-name', text: '潘桂英' },
      { kind: 'person-name', text: '安勇' },
    ],
  },
  {
    text: '我要举报黔西市某农业开发有限公司。去年我们村有30多个人去这个公司的茶园采茶，说好每天120元，干了两个月，公司只发了第一个月的钱。负责招人的是我们村的禹光明，他说公司老板杜文昌跑了。后来我们听说杜文昌还在黔西城里，住在黔西市水西街道文峰路166号的一栋楼里，车是贵F·66T81。我们这些人大部分是留守妇女和老人，不会上网，我替大家写了这个留言。我叫冉小燕，电话15285716630。',
    context: { authorName: '冉小燕', authorPhone: '15285716630' },
    expected: [
      { kind: 'person-name', text: '禹光明' },
      { kind: 'person-name', text: '杜文昌' },
      { kind: 'person-name', text: '杜文昌' },
      { kind: 'address', text: '黔西市水西街道文峰路166号' },
      { kind: 'plate', text: '贵F·66T81' },
      { kind: 'author-name', text: '冉小燕' },
      { kind: 'author-phone', text: '15285716630' },
    ],
  },
  {
    text: '冉小燕女士：您好！您反映的黔西市某农业开发有限公司拖欠采茶工工资问题，黔西市人社局已会同乡镇政府开展调查。经查，该公司法定代表人杜文昌承认拖欠32名采茶工工资共计23.04万元，目前已筹措资金12万元，剩余部分承诺于12月底前付清。请您通知各位工友带上身份证到镇政府劳动保障所登记领取，联系人：镇劳动保障所所长彭永刚。',
    expected: [
      { kind: 'person-name', text: '冉小燕' },
      { kind: 'person-name', text: '杜文昌' },
      { kind: 'person-name', text: '彭永刚' },
    ],
  },
  // ---- More short items with personal data ----
  {
    text: '我女儿杨思琪今年大专毕业，想参加就业见习，她电话是 19185763320，请问见习期间有没有生活补贴？',
    expected: [
      { kind: 'person-name', text: '杨思琪' },
      { kind: 'mobile', text: '19185763320' },
    ],
  },
  {
    text: '请问人社局的唐主任是不是管劳动仲裁的？上次开庭时他说会尽快出裁决，现在两个月了。',
    expected: [{ kind: 'person-name', text: '唐' }],
  },
  {
    text: '我们几个是大方县的：黄德明、黄德亮、肖军、卯松林，在六盘水一个矿上做事，矿上拖欠了我们五个月工资，请问能不能在毕节投诉？',
    expected: [
      { kind: 'person-name', text: '黄德明' },
      { kind: 'person-name', text: '黄德亮' },
      { kind: 'person-name', text: '肖军' },
      { kind: 'person-name', text: '卯松林' },
    ],
  },
  {
    text: '我在金沙县沙土镇一家酒厂打工，厂里的会计代红梅说我们这些临时工不用买工伤保险，出了事厂里负责，这种说法对吗？',
    expected: [{ kind: 'person-name', text: '代红梅' }],
  },
  {
    text: '您好，我是金沙县的黎敏，想转移养老保险关系到四川，四川那边要我提供参保缴费凭证，请问怎么开？我的社保号：520523198804120041。',
    context: { authorName: '黎敏' },
    expected: [
      { kind: 'author-name', text: '黎敏' },
      { kind: 'social-security-number', text: '520523198804120041' },
    ],
  },
  {
    text: '退休审批材料已经交到县社保局一个多月了，经办的那个女同志姓宋，说要等市里审核，请问到底要多久？我父亲宋明富的电话 0857-7224519。',
    expected: [
      { kind: 'person-name', text: '宋' },
      { kind: 'person-name', text: '宋明富' },
      { kind: 'landline', text: '0857-7224519' },
    ],
  },
  {
    text: '我被公司辞退后申请了劳动仲裁，公司请的对方律师叫钟伟，他在庭上说我是自己辞职的，还拿出了一份不是我签的辞职报告。我该怎么办？',
    expected: [{ kind: 'person-name', text: '钟伟' }],
  },
  {
    text: '反映毕节某餐饮管理公司（七星关区南关桥店）拖欠员工工资。店长：付丽，电话 139 8574 1106；老板：吉明辉。',
    expected: [
      { kind: 'person-name', text: '付丽' },
      { kind: 'mobile', text: '139 8574 1106' },
      { kind: 'person-name', text: '吉明辉' },
    ],
  },
  {
    text: '我儿子牛小虎在工地上摔伤，现在住在毕节市第一人民医院，工地上的人说要私了，给三万块钱，我们不懂，这个钱合不合理？我是他妈妈，电话 133 3857 6009。',
    expected: [
      { kind: 'person-name', text: '牛小虎' },
      { kind: 'mobile', text: '133 3857 6009' },
    ],
  },
  {
    text: '新能源车贵FF23861是我们老板的车，他拖欠我们三个月工资了，我们在工业园区门口堵到过他几次。',
    expected: [{ kind: 'plate', text: '贵FF23861' }],
  },
  {
    text: '我的扣扣：1562238904，想问问毕节市今年的企业退休人员养老金调整什么时候发。',
    expected: [{ kind: 'qq', text: '1562238904' }],
  },
  {
    text: '家里座机是 4211837，我就住在织金县城，有事请打座机，手机信号不好。',
    expected: [{ kind: 'landline', text: '4211837' }],
  },
  {
    text: '请问威宁县的职业技能培训报名点在哪里？我叫禄文华，微信：lwh-weining，方便的话加我发一下地址。',
    context: { authorName: '禄文华' },
    expected: [
      { kind: 'author-name', text: '禄文华' },
      { kind: 'wechat-id', text: 'lwh-weining' },
    ],
  },
  {
    text: `我在深圳一家电子厂上班，工厂倒闭了，欠我们两个月工资。深圳那边说要回户籍地登记失业，我的身份证是 522624 19800307 451X，户籍在毕节七星关区。`,
    expected: [{ kind: 'id-card', text: '522624 19800307 451X' }],
  },
  {
    text: '我叫陶永江，手机号＋86 138 8574 6620，请问医保断缴三个月后再续上，住院能不能报销？',
    context: { authorName: '陶永江', authorPhone: '13885746620' },
    expected: [
      { kind: 'author-name', text: '陶永江' },
      { kind: 'author-phone', text: '＋86 138 8574 6620' },
    ],
  },
  {
    text: '我的工资卡号是 6212 2624 0600 1234 55，工商银行的，公司说的“已发放”在卡上根本查不到。',
    expected: [{ kind: 'bank-card', text: '6212 2624 0600 1234 55' }],
  },
  {
    text: '工友老吴和小覃都是赫章县的，他们跟我一起在厂里干了两年，现在厂里说我们是劳务派遣的，不给补偿。派遣公司的业务员叫晏青，她微信号yanqing_hr。',
    expected: [
      { kind: 'person-name', text: '吴' },
      { kind: 'person-name', text: '覃' },
      { kind: 'person-name', text: '晏青' },
      { kind: 'wechat-id', text: 'yanqing_hr' },
    ],
  },
  {
    text: '我在毕节市七星关区威宁路附13号的一家汽修厂上班，学徒工资每月1500元，合法吗？',
    expected: [{ kind: 'address', text: '毕节市七星关区威宁路附13号' }],
  },
  {
    text: '咨询：我家孩子申请了就业见习，单位是毕节某科技有限公司，见习岗位的带教老师叫柴晓峰，他说见习期满后不一定留用，那见习补贴还有没有？',
    expected: [{ kind: 'person-name', text: '柴晓峰' }],
  },
  {
    text: '我叫皮德贵，是您局里留言说要“电话回访”的那位，可是我一直没接到电话。我的号码是：15O-8574-2231，不是座机。',
    context: { authorName: '皮德贵', authorPhone: '15085742231' },
    expected: [
      { kind: 'author-name', text: '皮德贵' },
      { kind: 'author-phone', text: '15O-8574-2231' },
    ],
  },
  {
    text: '投诉七星关区某驾校拖欠教练工资：我是教练员米雪峰，2024年1月至今工资未发，驾校负责人是朱海涛，他说驾校现在没有生源。',
    expected: [
      { kind: 'person-name', text: '米雪峰' },
      { kind: 'person-name', text: '朱海涛' },
    ],
  },
  {
    text: '想咨询一下，我爸爸叫岑茂才，1959年的，以前在乡里当过民办教师，这个教龄能不能算养老保险的缴费年限？我们家在黔西市金碧镇新寨村4组8号。',
    expected: [
      { kind: 'person-name', text: '岑茂才' },
      { kind: 'address', text: '黔西市金碧镇新寨村4组8号' },
    ],
  },
  {
    text: '你们上次答复说让我联系监察员向东，但我打了好几次他都说不归他管。请问到底谁管？',
    expected: [{ kind: 'person-name', text: '向东' }],
  },
  {
    text: '人才绿卡问题：我是博士，姓欧阳，在毕节医学高等专科学校工作，申请绿卡时系统里找不到我们单位。我的邮箱ouyang.lin@bjmc.edu.cn。',
    expected: [
      { kind: 'person-name', text: '欧阳' },
      { kind: 'email', text: 'ouyang.lin@bjmc.edu.cn' },
    ],
  },
  {
    text: '我是司机，开的是公司的车贵F 0D391，公司拖欠我半年工资，还说车要是被扣了就从我工资里扣钱。',
    expected: [{ kind: 'plate', text: '贵F 0D391' }],
  },
  {
    text: `身份证号：${withIdCheckCharacter('52050220030911264')}；姓名：万婷；问题：高校毕业生灵活就业社保补贴申请后一直显示“审核中”。`,
    context: { authorName: '万婷' },
    expected: [
      { kind: 'id-card', text: withIdCheckCharacter('52050220030911264') },
      { kind: 'author-name', text: '万婷' },
    ],
  },
  {
    text: '上次打电话的是人社局的小罗，她说我的失业金申请被退回了，让我重新提交，但没说为什么。',
    expected: [{ kind: 'person-name', text: '罗' }],
  },
  {
    text: '我想举报我们单位的人事经理包晓军，他让员工交5000块钱就能“内部安排”考公益性岗位。他电话17385706614。',
    expected: [
      { kind: 'person-name', text: '包晓军' },
      { kind: 'mobile', text: '17385706614' },
    ],
  },
  {
    text: '邮箱：chen_xiaoyu at qq dot com（请手动替换），请发我一份《工伤认定申请表》。',
    expected: [{ kind: 'email', text: 'chen_xiaoyu at qq dot com' }],
  },
  {
    text: '我是熊家坪村的村民，叫熊开明，村里的公益性岗位工资已经三个月没发了，村支书熊德才说上面没拨钱下来。',
    context: { authorName: '熊开明' },
    expected: [
      { kind: 'author-name', text: '熊开明' },
      { kind: 'person-name', text: '熊德才' },
    ],
  },
  {
    text: '我的新手机号 199 8572 0415，原来留的号码停机了，请以后联系这个号。我是上周留言反映欠薪的任涛。',
    context: { authorName: '任涛' },
    expected: [
      { kind: 'mobile', text: '199 8572 0415' },
      { kind: 'author-name', text: '任涛' },
    ],
  },
  {
    text: '我在织金县惠民街道一个小区当保洁，住在织金县惠民街道福馨苑3幢2单元601，物业公司说我超过60岁了就不能签劳动合同，只能签劳务协议，是这样吗？',
    expected: [{ kind: 'address', text: '织金县惠民街道福馨苑3幢2单元601' }],
  },
  {
    text: '工友们凑钱请了律师，律师姓上官，说我们可以集体申请仲裁。请问集体仲裁要多少人才行？',
    expected: [{ kind: 'person-name', text: '上官' }],
  },
  {
    text: '我是金沙县的公益性岗位人员陈兴翠，我的工资卡是农村信用社的，卡号：621779 5710 0023 4561 6，请核实工资发放记录。',
    context: { authorName: '陈兴翠' },
    expected: [
      { kind: 'author-name', text: '陈兴翠' },
      { kind: 'bank-card', text: '621779 5710 0023 4561 6' },
    ],
  },
  // ---- Mixed: personal data next to public lines and document numbers ----
  {
    text: '您好！您反映的问题已转交七星关区人社局，承办人罗建波（手机13765418802）将与您联系；您也可以拨打区劳动保障监察大队投诉电话0857-8234001或12333咨询。',
    expected: [
      { kind: 'person-name', text: '罗建波' },
      { kind: 'mobile', text: '13765418802' },
    ],
  },
  {
    text: '我打了市就业局的咨询电话0857-8222333，接电话的那个姓冉的同志说让我在网上留言。我的情况是：高校毕业生，想申请就业见习，电话18608571329。',
    expected: [
      { kind: 'person-name', text: '冉' },
      { kind: 'mobile', text: '18608571329' },
    ],
  },
  {
    text: '劳动仲裁案号毕劳人仲案字〔2024〕112号，申请人是我，何玉兰，被申请人是毕节某某商贸有限公司。裁决已经生效两个月了，公司一分钱没给。',
    context: { authorName: '何玉兰' },
    expected: [{ kind: 'author-name', text: '何玉兰' }],
  },
  {
    text: '我住在七星关区观音桥街道桂花路36号4栋3单元202，离洪山路的人社服务大厅很近，请问退休手续能不能直接去大厅办？',
    expected: [{ kind: 'address', text: '七星关区观音桥街道桂花路36号4栋3单元202' }],
  },
  {
    text: '经核查，您的养老保险已缴费至2024年12月，累计缴费年限17年3个月。如需打印缴费凭证，可携带身份证到任一社保服务窗口办理。——毕节市社会保险事业局 经办人：穆晓丽',
    expected: [{ kind: 'person-name', text: '穆晓丽' }],
  },
  {
    text: '我的手机号码是1\n3\n9\n8\n5\n7\n1\n6\n4\n0\n2（竖着写是怕被机器人爬走），请回电话。',
    expected: [{ kind: 'mobile', text: '1\n3\n9\n8\n5\n7\n1\n6\n4\n0\n2' }],
  },
  {
    text: '我在毕节市七星关区碧阳大道南段某小区物业上班，物业经理叫禄江涛，他说我们保洁员不用交社保，只发1600块钱一个月。我家里电话是 8317462，手机不常用。',
    expected: [
      { kind: 'person-name', text: '禄江涛' },
      { kind: 'landline', text: '8317462' },
    ],
  },
  {
    text: '您好，我想问一下社保卡号和身份证号是不是同一个？我看卡背面有个卡号是N07425318，办事的时候要填哪个？我的社会保障卡号（卡背面）N07425318。',
    expected: [
      { kind: 'social-security-number', text: 'N07425318' },
      { kind: 'social-security-number', text: 'N07425318' },
    ],
  },
  {
    text: '您好！您反映的问题已转威宁县人社局办理。经核实，您所说的“敖科长”为县劳动保障监察大队敖永红同志，其已于4月3日电话联系您，因您手机关机未接通，请您方便时回电0857-6223511（县劳动保障监察大队办公室）。',
    expected: [
      { kind: 'person-name', text: '敖' },
      { kind: 'person-name', text: '敖永红' },
    ],
  },
  {
    text: '工友们委托我留言：我们在纳雍县一个煤矿做井下工，矿长龚德高欠我们工资，有工资表为证。矿上会计的QQ是 qq:809156274 ，她手里有工资表原件。',
    expected: [
      { kind: 'person-name', text: '龚德高' },
      { kind: 'qq', text: '809156274' },
    ],
  },
  {
    text: '请问我母亲谭光秀的养老金为什么比邻居少了二十多块？她们是同一年开始领的。母亲的社保卡号：522422195809123424。',
    expected: [
      { kind: 'person-name', text: '谭光秀' },
      { kind: 'social-security-number', text: '522422195809123424' },
    ],
  },
  {
    text: '您好！经核查，您提供的银行卡号6228480916123450774与社保系统中登记的待遇发放账户不一致，系统登记账户为尾号8812的农业银行账户。请本人携带身份证到社保窗口办理账户变更。',
    expected: [{ kind: 'bank-card', text: '6228480916123450774' }],
  },
  // ---- Citizens' messages without personal data ----
  {
    text: '请问失业保险金的领取标准是多少？我在毕节缴了5年失业保险，2024年3月15日被公司解除劳动合同，能领几个月？',
    expected: [],
  },
  {
    text: '我在贵州某某建筑工程有限公司做了两年，公司拖欠我们12名农民工工资共计38000元，去了好几次都说没钱，请问该去哪里投诉？',
    expected: [],
  },
  {
    text: '高校毕业生灵活就业社保补贴的申请时间是什么时候？按照黔人社厅发〔2021〕7号文件，是不是毕业两年内都可以申请？',
    expected: [],
  },
  {
    text: '我是周一到周五上班，周末休息，请问人社局的窗口周六开不开？万一工作日请不了假怎么办？',
    expected: [],
  },
  {
    text: '社保卡丢了，补办需要多少钱？是不是要先挂失？在七星关区哪里可以办？',
    expected: [],
  },
  {
    text: '老板拖欠工资3.5万元，我手上有老板写的欠条，落款日期是2023年12月28日，请问欠条过了一年还有没有效？',
    expected: [],
  },
  {
    text: '劳动仲裁裁决书案号是毕劳人仲案字〔2024〕56号，裁决已经生效，公司还是不执行，下一步该怎么做？',
    expected: [],
  },
  {
    text: '法院的民事判决书（2024）黔0502民初1234号已经判了公司支付工资，现在公司账户被冻结了，钱什么时候能到我手里？',
    expected: [],
  },
  {
    text: '请问人才服务绿卡是在哪个部门办理？需要准备什么材料？办卡后有效期是几年？',
    expected: [],
  },
  {
    text: '我们公司的统一社会信用代码是91520502MA6DXXXXXX，想给员工办理就业见习补贴，需要在哪个系统申报？',
    expected: [],
  },
  {
    text: '我在石材厂上班，每天工作12个小时，一个月只休息2天，工资4200元，加班费都没有，这合法吗？',
    expected: [],
  },
  {
    text: '我是林业局下属林场的临时工，干了十几年了，能不能要求单位签无固定期限劳动合同？',
    expected: [],
  },
  {
    text: '请问养老保险缴费年限不满15年，到了退休年龄怎么办？能不能一次性补缴？',
    expected: [],
  },
  {
    text: '听说2024年企业退休人员基本养老金上调了3%，毕节的什么时候开始发？会不会补发1月到6月的？',
    expected: [],
  },
  {
    text: '我老家在织金县，现在在七星关区上班，医保在老家交的城乡居民医保，单位又给我交了职工医保，重复了怎么退？',
    expected: [],
  },
  {
    text: '向单位申请了年休假，单位说临时工没有年休假。我已经在单位连续工作3年了，签了劳动合同，请问是不是有带薪年休假？',
    expected: [],
  },
  {
    text: '我于2023年7月从广东回到毕节，之前在广东缴纳了6年养老保险，请问转回来的手续是在广东办还是在毕节办？',
    expected: [],
  },
  {
    text: '对方律师说我超过了仲裁时效，我是2022年10月离职的，2024年1月才申请仲裁，请问仲裁时效是多久？',
    expected: [],
  },
  {
    text: '谢谢老师上次的耐心解答，我已经按要求把材料交到窗口了。请问审核大概需要几个工作日？',
    expected: [],
  },
  {
    text: '黄金周期间人社局的服务窗口放不放假？我国庆节才有时间回毕节办理退休手续。',
    expected: [],
  },
  {
    text: '我们是大方县的一个老乡团队，一共18个人在外省工地干活，老板拖欠工资近半年，能不能在毕节这边投诉？',
    expected: [],
  },
  {
    text: '请问毕节市2024年的最低工资标准是多少？七星关区属于哪一档？小时最低工资标准是多少？',
    expected: [],
  },
  {
    text: '我们小区门口的那个劳务市场，每天早上都有人在招工，这些招工的是不是需要资质？被骗了去哪里投诉？',
    expected: [],
  },
  {
    text: '我在倒天河边上的一家餐馆上班，老板说餐饮行业不用签合同，这样对吗？',
    expected: [],
  },
  {
    text: '我在碧阳大道的一家商场做导购，公司每月扣我们200元“服装费”，还说离职不退，这合法吗？',
    expected: [],
  },
  {
    text: '请问灵活就业人员参加养老保险，每年的缴费基数是多少？最低档一年要交多少钱？',
    expected: [],
  },
  {
    text: '钱款已经到账了，谢谢人社局的帮助！上个月反映的欠薪问题已经解决，12名工友都拿到了工资。',
    expected: [],
  },
  {
    text: '在江边的工地干活时摔伤了，当时没报警也没拍照，只有工友可以作证，这种情况还能认定工伤吗？',
    expected: [],
  },
  {
    text: '方便的话能不能把《毕节市就业见习管理办法》的全文发在网站上？现在网上只能搜到2019年的版本。',
    expected: [],
  },
  {
    text: '请问毕人社发〔2019〕18号文件现在还有效吗？里面说的技能提升补贴标准和现在的一样吗？',
    expected: [],
  },
  {
    text: '根据《劳动合同法》第四十七条，经济补偿按劳动者在本单位工作的年限计算，我工作了4年7个月，应该按几个月算？',
    expected: [],
  },
  {
    text: '我的工伤认定决定书编号是毕人社工认字〔2023〕0312号，现在要做劳动能力鉴定，去哪里申请？',
    expected: [],
  },
  {
    text: '单位每个月从工资里扣除个人缴纳的养老保险8%、医疗保险2%、失业保险0.5%，但我查询发现单位只交了其中三个月，剩下的钱去哪了？',
    expected: [],
  },
  {
    text: '我买的养老保险是2018年开始交的，到现在交了6年，中间断了2年，断缴的部分能补吗？',
    expected: [],
  },
  {
    text: '请问在七星关区办理退休手续要多长时间？需要准备身份证、户口本、档案，还有什么？',
    expected: [],
  },
  {
    text: '我的电话号码在社保系统里登记错了，怎么在网上修改？手机上的“贵州人社”APP改不了。',
    expected: [],
  },
  {
    text: '请问拨打12333一直占线，有没有其他咨询电话？我想问失业登记的事情。',
    expected: [],
  },
  {
    text: '我在12345热线反映过一次欠薪问题，工单号是2024031500123，到现在都没有人联系我。',
    expected: [],
  },
  {
    text: '订单号1000283746是我在网上买的技能培训课程，培训机构说课程结束可以申领补贴，但现在联系不上机构了。',
    expected: [],
  },
  {
    text: '我们厂里有一百多个工人，今年5月开始停工，老板说等订单来了再复工，停工期间工资怎么算？',
    expected: [],
  },
  {
    text: '毕节市就业局的地址是不是在洪山路？邮编是551700吗？我想邮寄一份材料过去。',
    expected: [],
  },
  {
    text: '退役军人的养老保险军龄视同缴费年限怎么计算？我服役了5年，1998年12月退伍。',
    expected: [],
  },
  {
    text: '请问企业欠薪，劳动监察和劳动仲裁有什么区别？我应该先走哪一个？',
    expected: [],
  },
  {
    text: '我们是赫章县的一家合作社，想招几个脱贫户就业，听说有吸纳就业补贴，每人补贴多少？',
    expected: [],
  },
  {
    text: '试用期被辞退有没有经济补偿？公司说试用期内可以随时解除，不用给钱。',
    expected: [],
  },
  {
    text: '我在毕节某某劳务有限公司做了3年，公司被另一家公司合并了，新公司要求我们重新签合同并且工龄从零算，这样合理吗？',
    expected: [],
  },
  {
    text: '请问失业保险金和城乡居民养老保险能同时领吗？我是60岁的失业人员。',
    expected: [],
  },
  {
    text: '国发〔2015〕2号文件是关于机关事业单位养老保险改革的，我们事业单位的编外人员是不是也参加？',
    expected: [],
  },
  {
    text: '孩子在外地上大学，医保是在学校交还是在老家交？两边都交了能不能报销两次？',
    expected: [],
  },
  {
    text: '我们单位的工号是BJ-2023-0417，社保系统里显示单位名称和我们实际的公司名称不一样，是不是交错了？',
    expected: [],
  },
  {
    text: '老板说年底一次性结清工资，现在才7月，按月发工资是不是法律规定的？',
    expected: [],
  },
  {
    text: '我的劳动合同到期了，单位不续签，可以拿到经济补偿吗？我在单位干了8年。',
    expected: [],
  },
  {
    text: '请问七星关区人社局劳动保障监察大队的办公时间是几点？上午9:00-12:00还是8:30开始？',
    expected: [],
  },
  {
    text: '每月工资6500元，公司按最低基数给我交社保，这样合规吗？差额能要求补缴吗？',
    expected: [],
  },
  {
    text: '我是外省户籍，在毕节工作了10年，社保也在毕节交，退休的时候能在毕节领养老金吗？',
    expected: [],
  },
  {
    text: '我们村有20多户人家的老人到了60岁还没领到养老金，村里说资料报上去了，能不能帮忙催一下？',
    expected: [],
  },
  {
    text: '请问技能等级证书和职业资格证书有什么区别？焊工中级证在哪里考？考试费多少？',
    expected: [],
  },
  {
    text: '我是一名教师，想咨询事业单位人员辞职后养老保险怎么接续？已经缴了11年了。',
    expected: [],
  },
  {
    text: '老板跑了，工厂门关着，我们手里只有考勤记录和微信工资截图，这些能作为证据吗？',
    expected: [],
  },
  {
    text: '我们单位加班不给加班费，只给调休，调休又总是批不下来。一年累计加班大约260个小时，能不能要求支付加班费？',
    expected: [],
  },
  {
    text: '工伤保险待遇里的一次性伤残补助金，十级伤残是几个月的本人工资？本人工资低于平均工资60%的怎么算？',
    expected: [],
  },
  {
    text: '请问新就业形态劳动者（外卖员、网约车司机）可以参加工伤保险吗？毕节有没有试点？',
    expected: [],
  },
  {
    text: '我的医保转移接续申请已经提交了25天，还是“办理中”，正常需要多长时间？',
    expected: [],
  },
  {
    text: '建议人社局在乡镇设置社保卡自助服务终端，我们从乡下到县城办一次事来回要一整天。',
    expected: [],
  },
  {
    text: '建议：网民留言的回复时间能不能缩短一点？5个工作日对欠薪这种急事来说太长了。',
    expected: [],
  },
  {
    text: '投诉某培训学校：交了2800元学费报名育婴师培训，说好30课时，实际只上了10课时，机构就关门了。',
    expected: [],
  },
  {
    text: '老公在外地打工，家里两个孩子上学，我想在附近找个工作，请问七星关区有没有适合带孩子的妈妈的岗位？',
    expected: [],
  },
  {
    text: '我们是织金县的一家石材厂，想咨询一下，给员工缴纳工伤保险的费率是多少？按什么基数缴？',
    expected: [],
  },
  {
    text: '请问2024年毕节市事业单位公开招聘的报名时间是几月几号？笔试科目是什么？',
    expected: [],
  },
  {
    text: '我父亲已经去世了，他的养老保险个人账户余额可以继承吗？丧葬补助金和抚恤金怎么申领？',
    expected: [],
  },
  {
    text: '第一次在网上留言，不知道写清楚没有：我们单位从去年开始每个月只发70%的工资，说是困难时期，请问这样可以吗？',
    expected: [],
  },
  {
    text: '人社局你们好，我想问一下社会保障卡的金融功能怎么激活？卡是去年在村委会领的，一直没用过。',
    expected: [],
  },
  {
    text: '今年3月份开始我就没领到失业金了，系统上显示“待遇终止”，我领了才5个月，按规定应该能领12个月。',
    expected: [],
  },
  {
    text: '老板欠我们工钱，说要等甲方结账，甲方是政府项目，请问政府项目拖欠工程款导致欠薪的，找谁？',
    expected: [],
  },
  {
    text: '请问在毕节考取的电工证在省外认不认？我下个月要去浙江打工。',
    expected: [],
  },
  {
    text: '我们是一家小微企业，员工只有8个人，招用高校毕业生有没有社保补贴？补贴期限多长？',
    expected: [],
  },
  {
    text: '单位说要给我们交“商业保险”代替工伤保险，每人每年300元，这样可以吗？',
    expected: [],
  },
  {
    text: '离职后档案还在原单位，原单位不给转，我该怎么办？新单位要求入职前把档案调过来。',
    expected: [],
  },
  {
    text: '万一单位注销了，我的工伤待遇由谁来支付？单位参了工伤保险的。',
    expected: [],
  },
  {
    text: '请问灵活就业人员的养老保险可以在微信上缴吗？去年是在银行柜台交的，今年想在手机上交。',
    expected: [],
  },
  {
    text: '我是大方县的一名护林员，每月工资800元，这个岗位属于公益性岗位吗？需要交社保吗？',
    expected: [],
  },
  {
    text: '在毕节经济开发区的一家电子厂上班，厂里实行两班倒，每班12小时，一周上6天，这合法吗？',
    expected: [],
  },
  {
    text: '能不能把社保卡的密码重置流程发一下？我忘了密码，连续输错3次卡被锁了。',
    expected: [],
  },
  {
    text: '高校毕业生就业见习期间受伤，算不算工伤？见习单位说见习人员不是员工。',
    expected: [],
  },
  {
    text: '我们公司有个规定，员工离职要提前3个月申请，否则扣一个月工资，这个规定合法吗？',
    expected: [],
  },
  {
    text: '请问劳务派遣工和正式工同工同酬吗？我们厂里派遣工工资比正式工低了1000多元。',
    expected: [],
  },
  {
    text: '2024-03-15那天我去窗口办事，排了两个小时队，建议增加几个窗口或者开通网上预约。',
    expected: [],
  },
  {
    text: '请问毕节市2024年第二批职业技能等级认定的报名截止日期是哪天？电工四级和五级都有吗？',
    expected: [],
  },
  {
    text: '我想了解一下“雁归兴贵”返乡创业有什么扶持政策？创业补贴是5000元还是1万元？',
    expected: [],
  },
  // ---- Staff answers without personal data ----
  {
    text: '您好，您反映的贵州某某建筑工程有限公司拖欠农民工工资问题已转七星关区人社局处理，处理结果将于5个工作日内反馈。感谢您对人社工作的关心和支持！',
    expected: [],
  },
  {
    text: '您好！根据《失业保险条例》第十七条，失业人员失业前所在单位和本人累计缴费满1年不足5年的，领取失业保险金的期限最长为12个月；满5年不足10年的，最长为18个月。',
    expected: [],
  },
  {
    text: '您好！社会保障卡补办请携带本人有效身份证件，到毕节市政务服务中心一楼社保卡服务窗口或各合作银行网点办理，补卡工本费按规定免收。',
    expected: [],
  },
  {
    text: '您好！如需咨询就业创业政策，可拨打市就业局咨询电话0857-8222333（工作日9:00-17:00），或拨打12333人社服务热线。',
    expected: [],
  },
  {
    text: '经核查，您所反映的问题属实。七星关区劳动保障监察大队已于2024年4月12日向该公司下达《劳动保障监察责令改正决定书》（毕七人社监改字〔2024〕23号），责令其在15日内支付拖欠工资。',
    expected: [],
  },
  {
    text: '您好！请携带身份证、户口簿、个人档案到毕节市七星关区人社局一楼退休审批窗口办理，地址：七星关区招商大道政务服务中心，邮编551700。',
    expected: [],
  },
  {
    text: '您好！根据黔人社厅发〔2021〕7号文件规定，高校毕业生灵活就业社会保险补贴按实际缴费的2/3给予补贴，补贴期限最长不超过2年。',
    expected: [],
  },
  {
    text: '您好，您反映的问题已收悉。经了解，该公司已于2024年5月20日与12名农民工达成协议，约定于6月30日前分两次付清欠薪，我局将持续跟踪督促。',
    expected: [],
  },
  {
    text: '您好！劳动人事争议仲裁申请请到毕节市劳动人事争议仲裁院立案窗口提交，地址：七星关区洪山路人社服务大厅三楼，咨询电话：0857-8221620。',
    expected: [],
  },
  {
    text: '您好！城乡居民基本养老保险缴费档次分为300元、500元、800元、1000元、1500元、2000元、3000元、5000元8个档次，参保人可自主选择。',
    expected: [],
  },
  {
    text: '您好！根据《工伤保险条例》第十四条，职工在工作时间和工作场所内，因工作原因受到事故伤害的，应当认定为工伤。您可以申请工伤认定，并提供证人证言等证据。',
    expected: [],
  },
  {
    text: '您好！2024年退休人员基本养老金调整工作已于8月底完成，1月至7月的调整额已随9月养老金一并补发到位，请您查收。',
    expected: [],
  },
  {
    text: '您好！根据国家有关规定，用人单位应当以货币形式按月支付劳动者工资，不得克扣或无故拖欠。如单位不按月支付，您可拨打12333或向当地劳动保障监察机构投诉。',
    expected: [],
  },
  {
    text: '您好！毕节市最低工资标准按照贵州省人民政府规定执行，七星关区属于一类地区，月最低工资标准为1890元，小时最低工资标准为19.6元。',
    expected: [],
  },
  {
    text: '您好！失业保险金领取期间，如实现就业、应征服兵役、移居境外、享受基本养老保险待遇等，将停止领取失业保险金。经系统比对，您已有新的参保记录。',
    expected: [],
  },
  {
    text: '您好！人才服务绿卡由毕节市人才服务中心受理，办理时间为工作日上午9:00-12:00，下午14:00-17:00，地址为毕节市政务服务中心二楼人才服务窗口。',
    expected: [],
  },
  {
    text: '您好！根据《劳动合同法》第十九条，劳动合同期限三个月以上不满一年的，试用期不得超过一个月；一年以上不满三年的，试用期不得超过二个月。',
    expected: [],
  },
  {
    text: '您好！经与大方县人社局核实，您反映的羊场镇公益性岗位工资已于2024年7月5日发放到位，如有疑问请与镇劳动保障所联系。',
    expected: [],
  },
  {
    text: '您好！养老保险关系转移请登录国家社会保险公共服务平台或“掌上12333”APP提交申请，转入地社保机构受理后15个工作日内办结。',
    expected: [],
  },
  {
    text: '您好！技能提升补贴申领条件为：取得职业资格证书或职业技能等级证书，且申领时参加失业保险累计缴费满1年以上。每人每年最多享受3次。',
    expected: [],
  },
  {
    text: '您好！您反映的某培训学校问题已转市就业局核查，经查，该机构未纳入毕节市职业技能培训机构目录，其培训不享受补贴，学费退费问题建议您向市场监管部门投诉（投诉电话12315）。',
    expected: [],
  },
  {
    text: '您好！按照政策，高校毕业生就业见习期限为3至12个月，见习期间见习单位应为见习人员办理人身意外伤害保险。见习期间发生意外伤害的，由商业保险按约定赔付。',
    expected: [],
  },
  {
    text: '您好！社会保障卡金融功能激活请携带社保卡和身份证到卡面所示的合作银行任一网点办理，激活后即可用于领取各类社保待遇。',
    expected: [],
  },
  {
    text: '您好！您所反映的企业按最低基数缴纳社保问题，我局已转交毕节市社会保险事业局稽核科核查，核查结果将在20个工作日内告知您。',
    expected: [],
  },
  {
    text: '您好！经核实，您所在的林场属于事业单位，编外聘用人员应与林场签订劳动合同并参加企业职工基本养老保险。关于无固定期限劳动合同，连续订立两次固定期限劳动合同后，劳动者提出续订的，单位应当订立。',
    expected: [],
  },
  {
    text: '您好！根据《劳动争议调解仲裁法》第二十七条，劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算。',
    expected: [],
  },
  {
    text: '您好！感谢您的建议。目前全市已在262个乡镇（街道）部署社保自助服务终端，下一步我们将继续推动服务下沉，方便群众就近办理。',
    expected: [],
  },
  {
    text: '您好！网民留言实行5个工作日内答复制度，涉及欠薪等紧急事项的，我们会在受理后1个工作日内转交属地处理。您也可以直接拨打欠薪举报电话0857-8268999（7×24小时）。',
    expected: [],
  },
  {
    text: '您好！灵活就业人员参加企业职工基本养老保险，缴费基数可在全省上年度全口径城镇单位就业人员平均工资的60%至300%之间自主选择，缴费比例为20%。',
    expected: [],
  },
  {
    text: '您好！经核查，毕节某某劳务有限公司（统一社会信用代码91520502MA6HXXXXXX）已于2024年1月被吊销营业执照，我局已启动农民工工资保证金支付程序。',
    expected: [],
  },
  {
    text: '您好！劳动能力鉴定请向毕节市劳动能力鉴定委员会提出申请，提交工伤认定决定书、医疗诊断证明、身份证复印件等材料，地址：洪山路人社服务大厅二楼5号窗口。',
    expected: [],
  },
  {
    text: '您好！您咨询的一次性伤残补助金标准为：十级伤残为7个月的本人工资，九级为9个月，八级为11个月。本人工资低于统筹地区职工平均工资60%的，按60%计算。',
    expected: [],
  },
  {
    text: '您好！关于新就业形态就业人员职业伤害保障，目前贵州省尚未纳入试点省份。您可以关注贵州省人社厅官网，及时了解相关政策动态。',
    expected: [],
  },
  {
    text: '您好！医保关系转移接续业务一般在45个工作日内办结，您可通过国家医保服务平台APP查询办理进度，如有疑问请拨打12393医保服务热线。',
    expected: [],
  },
  {
    text: '您好！停工停产在一个工资支付周期内的，用人单位应当按照劳动合同约定的标准支付工资；超过一个工资支付周期的，支付的生活费不得低于当地最低工资标准的80%。',
    expected: [],
  },
  {
    text: '您好！根据人社部发〔2017〕71号文件，参加城乡居民养老保险的人员，在同一年度内可以按照规定选择一个缴费档次缴费。',
    expected: [],
  },
  {
    text: '您好！2024年毕节市事业单位公开招聘公告将在毕节市人民政府网站和毕节人事考试信息网发布，请您及时关注。',
    expected: [],
  },
  {
    text: '您好！参保人员死亡后，其个人账户余额可以依法继承；遗属可申领丧葬补助金和抚恤金，请携带死亡证明、亲属关系证明等材料到参保地社保经办机构办理。',
    expected: [],
  },
  {
    text: '您好！您反映的单位每月按70%发放工资问题，如该单位未经民主程序与职工协商一致，属于未足额支付劳动报酬，已转七星关区劳动保障监察大队调查处理。',
    expected: [],
  },
  {
    text: '您好！经核查，您的失业保险金“待遇终止”系您在领取期间未按月进行失业状态确认所致，请于本月内到参保地失业保险经办窗口补办确认手续后恢复发放。',
    expected: [],
  },
  {
    text: '您好！政府投资项目拖欠工程款导致欠薪的，可向项目所在地县（区）人社部门投诉，由属地政府协调建设单位先行支付人工费。',
    expected: [],
  },
  {
    text: '您好！职业技能等级证书可在全国职业技能等级证书查询系统中查询验证，全国通用。',
    expected: [],
  },
  {
    text: '您好！小微企业招用毕业年度或离校2年内未就业高校毕业生，与之签订1年以上劳动合同并缴纳社会保险的，可按规定申请社会保险补贴，补贴期限最长不超过1年。',
    expected: [],
  },
  {
    text: '您好！用人单位为职工购买商业保险不能替代工伤保险。依据《工伤保险条例》第六十二条，应参加而未参加工伤保险的单位，职工发生工伤的，由单位按条例规定的标准支付费用。',
    expected: [],
  },
  {
    text: '您好！原单位拒不转移档案的，可向毕节市人才交流中心申请协调，或向原单位所在地劳动保障监察机构投诉。',
    expected: [],
  },
  {
    text: '您好！用人单位被注销的，工伤职工的伤残津贴等长期待遇由工伤保险基金支付，一次性待遇按规定计算后一次性发放。详情可拨打毕节市社保局工伤科电话0857-8231267咨询。',
    expected: [],
  },
  {
    text: '您好！灵活就业人员可通过“贵州社保”微信公众号、“贵州人社”APP或各合作银行手机银行缴纳养老保险费。',
    expected: [],
  },
  {
    text: '您好！生态护林员属于公益性岗位范畴，岗位补贴由财政资金安排。按规定，公益性岗位人员应由用人单位依法缴纳社会保险，具体请咨询当地林业部门。',
    expected: [],
  },
  {
    text: '您好！社保卡密码重置须本人携带身份证和社保卡到社保卡服务网点办理。如社保卡为第三代社保卡，也可在“电子社保卡”中线上重置。',
    expected: [],
  },
  {
    text: '您好！劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同；用人单位以规章制度规定延长提前通知期限并扣发工资的，不符合《劳动合同法》规定。',
    expected: [],
  },
  {
    text: '您好！被派遣劳动者享有与用工单位的劳动者同工同酬的权利。您可以向用工单位所在地劳动保障监察机构反映，并提供工资条等证据。',
    expected: [],
  },
  {
    text: '您好！感谢您的建议。为减少群众排队等候时间，政务服务中心已于2024年4月开通“毕节人社”微信预约服务，工作日每个时段可预约20人。',
    expected: [],
  },
  {
    text: '您好！2024年第二批职业技能等级认定报名时间为9月1日至9月20日，电工四级、五级均已纳入，具体安排见毕节市人社局门户网站通知。',
    expected: [],
  },
  {
    text: '您好！返乡创业人员可申请一次性创业补贴5000元，带动就业3人以上的可申请创业带动就业补贴。详情请咨询所在县（区）就业局，或拨打0857-8222333。',
    expected: [],
  },
  {
    text: '您好！您反映的问题已转交大方县人社局，大方县人社局地址：大方县顺德街道行政中心B栋3楼，服务电话0857-5232107，工作时间周一至周五8:30-12:00、14:00-17:30。',
    expected: [],
  },
  {
    text: '您好！经核查，您反映的工单（编号2024031500123）已于3月18日转七星关区人社局办理，因承办人工作调整导致延误，现已重新指派人员跟进，我们对此表示歉意。',
    expected: [],
  },
  {
    text: '您好！您所在单位实行的两班倒工作制度，如未经人社部门批准实行综合计算工时制，每日工作时间超过8小时的部分应按规定支付加班费。',
    expected: [],
  },
  // ---- More long items with personal data ----
  {
    text: `人社局的同志你们好，我是赫章县可乐乡的韦光明，想反映几件事情。第一件，我2021年到2023年在七星关区一家物流公司开货车，公司老板姓敖，叫敖志刚，开始说好给我们买五险，结果一直没买，我离职的时候去社保局一查，三年一分钱都没交。第二件，离职的时候公司还欠我最后两个月工资13600元，敖志刚说等公司回款，到现在一年多了。第三件，我开的那辆车贵F·72619的违章罚款有2400元，公司让我自己出，说是我开的车。我想问这三件事情分别该找哪个部门？我不太会用电脑，是我侄儿帮我打的字。我的电话是 138-8574-0326，我侄儿韦涛的电话是 15519845027，有事可以打他的。我现在住在赫章县城关镇七家湾路42号2单元301室，我姐家。另外请问一下，我在老家交过几年城乡居民养老保险，和职工养老保险能不能合在一起算？谢谢！`,
    context: { authorName: '韦光明', authorPhone: '13885740326' },
    expected: [
      { kind: 'author-name', text: '韦光明' },
      { kind: 'person-name', text: '敖' },
      { kind: 'person-name', text: '敖志刚' },
      { kind: 'person-name', text: '敖志刚' },
      { kind: 'plate', text: '贵F·72619' },
      { kind: 'author-phone', text: '138-8574-0326' },
      { kind: 'person-name', text: '韦涛' },
      { kind: 'mobile', text: '15519845027' },
      { kind: 'address', text: '赫章县城关镇七家湾路42号2单元301室' },
    ],
  },
  {
    text: '韦光明同志：您好！您反映的问题我局已转交七星关区人社局办理，现将办理情况答复如下：一、关于未缴纳社会保险的问题。经七星关区社保中心核查，该物流公司确未为您缴纳2021年3月至2023年8月的社会保险，已责令该公司限期补缴，补缴后可在“贵州人社”APP上查询。二、关于拖欠工资13600元的问题。七星关区劳动保障监察大队已约谈公司负责人敖志刚，其承诺于本月25日前支付。如到期仍未支付，监察大队将依法立案查处。三、关于车辆违章罚款由谁承担的问题，不属于我局职责范围，建议您与公司协商，协商不成的，可向劳动人事争议仲裁委员会申请仲裁。四、关于城乡居民养老保险与职工养老保险衔接的问题，符合条件的可以办理转移衔接，缴费年限合并计算，具体可到赫章县社保局咨询。承办人：田伟；七星关区劳动保障监察大队办公电话：0857-8234001。',
    expected: [
      { kind: 'person-name', text: '韦光明' },
      { kind: 'person-name', text: '敖志刚' },
      { kind: 'person-name', text: '田伟' },
    ],
  },
  {
    text: `我是黔西市的一名乡村医生，姓吴，叫吴承芬，今年57岁，想咨询乡村医生的养老保险问题。我从1989年开始在村卫生室工作，一直是村医，2014年开始交城乡居民养老保险，每年交500元。听说乡村医生可以参加企业职工养老保险，还有补贴，但是我们乡卫生院的院长宋永福说没有收到文件。请问：一、乡村医生能不能参加企业职工养老保险？二、以前的村医工作年限能不能算？三、我已经57岁了，现在开始交还来得及吗？我的身份证号是${withIdCheckCharacter('52242319670805164')}，社会保障卡号同身份证号，手机号码：18798540617，家庭住址：黔西市协和镇茶园村6组15号。麻烦工作人员帮忙解答，谢谢。`,
    context: { authorName: '吴承芬', authorPhone: '18798540617' },
    expected: [
      { kind: 'person-name', text: '吴' },
      { kind: 'author-name', text: '吴承芬' },
      { kind: 'person-name', text: '宋永福' },
      { kind: 'id-card', text: withIdCheckCharacter('52242319670805164') },
      { kind: 'author-phone', text: '18798540617' },
      { kind: 'address', text: '黔西市协和镇茶园村6组15号' },
    ],
  },
  // ---- Long items without personal data ----
  {
    text: '您好！针对您咨询的灵活就业人员参保问题，现答复如下：一、参保条件。具有本省户籍或在本省居住的无雇工的个体工商户、未在用人单位参加职工基本养老保险的非全日制从业人员以及其他灵活就业人员，可以参加企业职工基本养老保险。二、缴费标准。缴费基数在全省上年度全口径城镇单位就业人员平均工资的60%至300%之间自主选择，缴费比例为20%，其中8%记入个人账户。三、办理地点。七星关区户籍人员请到七星关区政务服务中心（七星关区招商大道）社保窗口办理，其他县（市、区）户籍人员请到户籍所在地社保经办机构办理。四、政策依据。《国务院关于完善企业职工基本养老保险制度的决定》（国发〔2005〕38号）、《贵州省灵活就业人员参加企业职工基本养老保险办法》（黔人社厅发〔2020〕15号）。如有疑问，请于工作日9:00-17:00拨打12333咨询。',
    expected: [],
  },
  {
    text: '我想咨询几个关于工伤的问题，麻烦帮忙解答：1.我是2024年3月15日在单位车间操作机器时受伤的，右手两根手指骨折，单位当时送我去了医院，医药费是单位垫付的。现在单位说让我签一个协议，一次性给我2万元，以后就不管了。这个金额合理吗？2.我听说可以做劳动能力鉴定，单位的人说我这个伤最多十级，鉴定了也拿不到多少钱，是这样吗？3.单位给我们买了工伤保险，但是单位说如果走工伤保险，以后的保费会涨，所以不想走，单位能不能这样做？4.如果我不签协议，单位会不会把我辞退？我在单位已经干了6年，每个月工资大约5200元。5.工伤认定要准备哪些材料？单位不配合开证明怎么办？谢谢老师！',
    expected: [],
  },
  {
    text: '您好！关于您反映的毕节某某劳务有限公司拖欠农民工工资问题，经我局会同七星关区人社局调查核实，情况如下：该公司承接的碧阳大道某安置房项目于2023年11月竣工，项目总包单位已于2024年1月按合同约定拨付人工费，但该公司未按规定通过农民工工资专用账户发放，导致12名农民工共计38000元工资被拖欠。七星关区劳动保障监察大队已于2024年3月5日下达《劳动保障监察限期改正指令书》（毕七人社监指字〔2024〕17号），并约谈公司法定代表人张某。目前该公司已支付其中26000元，剩余12000元承诺于3月31日前付清。我局将持续跟踪督办，如逾期未支付，将依法将其列入拖欠农民工工资失信联合惩戒对象名单，涉嫌拒不支付劳动报酬罪的，移送公安机关处理。感谢您对人社工作的监督！',
    expected: [],
  },
]
