// Eighth tuning corpus for the personal-data detector. It was written separately as the seventh
// held-out corpus; its figures were recorded (docs/benchmarks.md) and it then became tuning data.
// All personal data in it is fictitious: numbers are made up, ID numbers are built with
// withIdCheckCharacter and bank cards with withLuhnDigit unless a mistyped one is meant.
import type { CorpusItem } from './corpus'
import { withIdCheckCharacter, withLuhnDigit } from './test-support'

export const TUNING_CORPUS_H: readonly CorpusItem[] = [
  // ---- batch 1: wage arrears, landlines, names ----
  {
    text: '我在七星关区洪山街道的工地干了四个月，老板欠我们工资一共48600元，包工头叫刘德全，电话13765892214，现在电话不接。',
    expected: [
      { kind: 'person-name', text: '刘德全' },
      { kind: 'mobile', text: '13765892214' },
    ],
  },
  {
    text: '您好，您反映的欠薪问题已转七星关区劳动保障监察大队办理，如有疑问可拨打该大队电话0857-8223145咨询。',
    expected: [],
  },
  {
    text: '我家里电话是0857-8265530，白天没人，晚上七点以后打，找我爱人王桂芬就行。',
    expected: [
      { kind: 'landline', text: '0857-8265530' },
      { kind: 'person-name', text: '王桂芬' },
    ],
  },
  {
    text: '请问失业保险金怎么领？我是去年12月被公司辞退的，在公司交了3年零7个月的失业保险。',
    expected: [],
  },
  {
    text: '经核查，您所反映的毕节某建筑劳务有限公司拖欠农民工工资一案，监察大队已于2023年5月16日下达《劳动保障监察责令改正决定书》（毕人社监令〔2023〕37号），责令其15日内支付。',
    expected: [],
  },
  {
    text: '店里座机 8317726，我姓陈，开的是五金店，在大方县顺德路上，店员小吴上个月被人打伤了，算不算工伤？',
    expected: [
      { kind: 'landline', text: '8317726' },
      { kind: 'person-name', text: '陈' },
      { kind: 'person-name', text: '吴' },
    ],
  },
  {
    text: '毕节市人社局劳动保障监察支队投诉电话：0857—8322103（工作日9:00-17:00）。',
    expected: [],
  },
  {
    text: `领导你好我叫罗明贵 身份证${withIdCheckCharacter('52242619780415561')} 今年在黔西那边修路 到现在一分钱没拿到 电话15985716632`,
    context: { authorName: '罗明贵', authorPhone: '15985716632' },
    expected: [
      { kind: 'author-name', text: '罗明贵' },
      { kind: 'id-card', text: withIdCheckCharacter('52242619780415561') },
      { kind: 'author-phone', text: '15985716632' },
    ],
  },
  {
    text: '您好！请您携带本人身份证、社保卡到毕节市政务服务中心三楼人社窗口办理，窗口电话（0857）8251018。',
    expected: [],
  },
  {
    text: `我的社保卡号是${withIdCheckCharacter('52250119900223482')}，卡丢了补办要多久？`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52250119900223482') }],
  },
  {
    text: '单位电话（对方公司）：0857 4862291，联系人是他们财务赵会计，她一直说下个月发。',
    expected: [
      { kind: 'landline', text: '0857 4862291' },
      { kind: 'person-name', text: '赵' },
    ],
  },
  {
    text: '传真：0857-8223260，邮编551700，地址：毕节市七星关区招商花园大道人社局办公大楼。',
    expected: [],
  },
  {
    text: '老板办公室电话(0857)6228843，老板叫杨光荣，公司叫织金县鑫达煤业有限公司，他说没钱就是不给。',
    expected: [
      { kind: 'landline', text: '(0857)6228843' },
      { kind: 'person-name', text: '杨光荣' },
    ],
  },
  {
    text: '请问灵活就业人员养老保险2024年缴费基数是多少？最低档一年要交多少钱？',
    expected: [],
  },
  {
    text: '您好，2024年我省灵活就业人员缴费基数下限为4132元/月，缴费比例20%，具体请咨询当地社保经办机构或拨打12333。',
    expected: [],
  },
  {
    text: '我老家在纳雍县，小时候在老乡的厂里干过活，现在想问一下工龄能不能算。',
    expected: [],
  },
  {
    text: '我妈的家里座机是０８５７－７２２３４６８，她不会用手机，有事请打这个，她叫陈美英，退休审批的事麻烦你们了。',
    expected: [
      { kind: 'landline', text: '０８５７－７２２３４６８' },
      { kind: 'person-name', text: '陈美英' },
    ],
  },
  {
    text: '威宁县人社局就业股咨询电话：0857-6222576；赫章县人社局服务热线：0857-3222341。',
    expected: [],
  },
  {
    text: '我工作单位的电话是08578123567转206，我是财务部的，姓龙，单位欠我们三个月工资。',
    expected: [
      { kind: 'landline', text: '08578123567转206' },
      { kind: 'person-name', text: '龙' },
    ],
  },
  {
    text: '经查，您反映的问题属于劳动争议，建议您向金沙县劳动人事争议仲裁委员会申请仲裁，地址：金沙县城关镇鼓场街县政务服务中心二楼，联系电话：0857-7222468。',
    expected: [],
  },
  {
    text: '我住在七星关区碧阳街道威宁路58号3栋2单元402室，社保卡寄到这里可以吗？',
    expected: [{ kind: 'address', text: '七星关区碧阳街道威宁路58号3栋2单元402室' }],
  },
  {
    text: '工伤认定我交材料都两个月了还没结果，经办人叫张晓丽，她说领导没签字，到底要等多久？',
    expected: [{ kind: 'person-name', text: '张晓丽' }],
  },
  {
    text: '您好，工伤认定受理后60日内作出认定决定，您的案件（受理号：毕工认〔2024〕0215号）目前正在调查核实中。',
    expected: [],
  },
  {
    text: '宿舍电话 8276612 (宿管王阿姨)，我儿子在那里上班，他们厂一直不给买社保。',
    expected: [
      { kind: 'landline', text: '8276612' },
      { kind: 'person-name', text: '王' },
    ],
  },
  {
    text: '我是四川宣汉的，在你们毕节黔西市干活，老家电话0818-5236614，家里人可以证明我干了半年。',
    expected: [{ kind: 'landline', text: '0818-5236614' }],
  },
  {
    text: '市人才服务中心电话：0857-8312612，办理人才服务绿卡请于工作日到现场咨询。',
    expected: [],
  },
  {
    text: `申请人：周海燕，女，汉族，1986年3月生，住大方县大方镇红旗街道办事处顺德社区4组12号，身份证号${withIdCheckCharacter('52242219860309342')}。`,
    expected: [
      { kind: 'person-name', text: '周海燕' },
      { kind: 'address', text: '大方县大方镇红旗街道办事处顺德社区4组12号' },
      { kind: 'id-card', text: withIdCheckCharacter('52242219860309342') },
    ],
  },
  {
    text: '请问2023年毕节市就业见习补贴标准是多少？见习期满留用率达到50%以上有没有额外补贴？',
    expected: [],
  },
  {
    text: '我哥罗志强在外地打工出事了，他的手机打不通，请联系我嫂子电话18785712245或者他家座机0857-3562178。',
    expected: [
      { kind: 'person-name', text: '罗志强' },
      { kind: 'mobile', text: '18785712245' },
      { kind: 'landline', text: '0857-3562178' },
    ],
  },
  {
    text: '监督电话：0857-8223655；举报邮箱：bjrsjjc@163.com（毕节市人社局纪检组公开邮箱）。',
    expected: [],
  },
  {
    text: `我的工资卡号是${withLuhnDigit('621700287000415')}，建设银行的，公司说打过了但是我没收到。`,
    expected: [{ kind: 'bank-card', text: withLuhnDigit('621700287000415') }],
  },
  {
    text: '你好，我想问下小区门口那个招聘点是不是你们人社局办的？老板说包吃住一个月五千。',
    expected: [],
  },
  {
    text: '联系电话：0857—8262\n591（家），13608572256（本人）',
    context: { authorPhone: '13608572256' },
    expected: [
      { kind: 'landline', text: '0857—8262\n591' },
      { kind: 'author-phone', text: '13608572256' },
    ],
  },
  {
    text: '您好，已将您的诉求转交黔西市人社局处理，黔西市劳动监察大队值班电话0857-4222310，请保持电话畅通。',
    expected: [],
  },
  {
    text: '我叫吴秀兰我今年58了我男的叫李成富他去年在织金干活摔死了到现在工伤都没认下来我们家电话是6336218你们打过来嘛',
    context: { authorName: '吴秀兰' },
    expected: [
      { kind: 'author-name', text: '吴秀兰' },
      { kind: 'person-name', text: '李成富' },
      { kind: 'landline', text: '6336218' },
    ],
  },
  {
    text: '统一社会信用代码：91520502MA6H3K2X7P，注册地址：贵州省毕节市七星关区麻园街道，法定代表人：（略）。',
    expected: [],
  },
  {
    text: '邮箱 long.xiaoyu@qq.com 或者加我微信 lxy_bj1990，我把劳动合同拍照发给你们。',
    expected: [
      { kind: 'email', text: 'long.xiaoyu@qq.com' },
      { kind: 'wechat-id', text: 'lxy_bj1990' },
    ],
  },
  {
    text: '根据《工伤保险条例》第十四条第（一）项、第十七条之规定，认定为工伤。如不服，可于收到本决定书之日起60日内申请行政复议。',
    expected: [],
  },
  {
    text: '我车牌是贵F·3K725，被公司扣在停车场了，说我辞职就不还车，这个归你们管不？',
    expected: [{ kind: 'plate', text: '贵F·3K725' }],
  },
  {
    text: '毕节市社会保险事业局养老保险科 电话8313427（工作时间），医保业务请咨询医保局。',
    expected: [],
  },
  {
    text: '张师傅你好，我是上次找你们的那个小何，我的档案转到哪里去了？我爸老何说在赫章县人才交流中心。',
    expected: [
      { kind: 'person-name', text: '张' },
      { kind: 'person-name', text: '何' },
      { kind: 'person-name', text: '何' },
    ],
  },
  {
    text: '您好，您的人事档案已于2022年8月从赫章县人才交流中心转至毕节市人才服务中心，档案编号2022-BJ-03318，可凭身份证到一楼档案室查询。',
    expected: [],
  },
  {
    text: '投诉人：杨 兴 华  联系方式：139 8578 0623  被投诉单位：毕节市安和物业服务有限公司',
    context: { authorName: '杨兴华', authorPhone: '13985780623' },
    expected: [
      { kind: 'author-name', text: '杨 兴 华' },
      { kind: 'author-phone', text: '139 8578 0623' },
    ],
  },
  {
    text: '我家在黔西市洪水镇解放村3组27号，离乡政府15公里，来一趟太难了，能不能网上办？',
    expected: [{ kind: 'address', text: '黔西市洪水镇解放村3组27号' }],
  },
  {
    text: '我的QQ是 378264915，有结果请留言，电话有时候没信号。',
    expected: [{ kind: 'qq', text: '378264915' }],
  },
  {
    text: '毕节市12345政务服务便民热线转来工单（工单号：BJ20240315008762），请七星关区人社局于3个工作日内办结。',
    expected: [],
  },
  {
    text: '我们这边有13个工人被欠工资，带头的是老周，还有陈大林、陈小林两兄弟，总共欠了21万。',
    expected: [
      { kind: 'person-name', text: '周' },
      { kind: 'person-name', text: '陈大林' },
      { kind: 'person-name', text: '陈小林' },
    ],
  },
  {
    text: '请问社保卡激活要去哪个银行？我的是农商银行的卡，在金沙县城关镇。',
    expected: [],
  },
  {
    text: '您好！经联系贵州某某建设工程有限公司项目负责人，该公司承诺于2024年2月5日前将您的工资5600元支付到位，请您注意查收。',
    expected: [],
  },
  {
    text: `我爸叫王德明，身份证号码${withIdCheckCharacter('52262219560808121')}，今年满60岁了，退休审批材料交上去快三个月没消息。`,
    expected: [
      { kind: 'person-name', text: '王德明' },
      { kind: 'id-card', text: withIdCheckCharacter('52262219560808121') },
    ],
  },
  {
    text: '公司电话：0857－8226\u200b471，负责人：蒋总。',
    expected: [
      { kind: 'landline', text: '0857－8226\u200b471' },
      { kind: 'person-name', text: '蒋' },
    ],
  },
  {
    text: '大方县人社局劳动监察大队举报电话 0857 5222 630，欢迎社会各界监督。',
    expected: [],
  },
  {
    text: '我是重庆綦江的，在七星关区打工，老婆在家，家里电话023-48623175，我的手机号是15213658842，我叫黄国平。',
    context: { authorName: '黄国平', authorPhone: '15213658842' },
    expected: [
      { kind: 'landline', text: '023-48623175' },
      { kind: 'author-phone', text: '15213658842' },
      { kind: 'author-name', text: '黄国平' },
    ],
  },
  {
    text: '您好，根据《毕节市就业见习管理办法》（毕人社发〔2019〕18号）第九条规定，见习补贴按当地最低工资标准的60%发放，即每人每月1140元。',
    expected: [],
  },
  {
    text: '经办人电话：8221057（市医保局待遇科），您也可以拨打0857-12345反映。',
    expected: [],
  },
  {
    text: '我姑妈家的电话 0857 7625348，我现在住她那，地址是金沙县西洛街道长坝社区长坝路112号，有信件寄这里。',
    expected: [
      { kind: 'landline', text: '0857 7625348' },
      { kind: 'address', text: '金沙县西洛街道长坝社区长坝路112号' },
    ],
  },
  {
    text: `残疾证号：${withIdCheckCharacter('52252619800101271')}43，我是二级肢体残疾，想问一下就业补贴。`,
    expected: [{ kind: 'id-card', text: `${withIdCheckCharacter('52252619800101271')}43` }],
  },
  {
    text: '请问工伤医疗期满后用人单位能不能解除劳动合同？我在毕节鸿达运输公司开车，今年三十二岁。',
    expected: [],
  },
  {
    text: '您好，您反映的问题我局已收悉。经查，您于2021年6月至2023年3月在某物流公司工作期间，单位已为您缴纳社会保险21个月，不存在漏缴情况。',
    expected: [],
  },
  {
    text: `我的医保卡号 ${withIdCheckCharacter('52272619971203202')}，看病的时候刷不了，显示参保状态异常。`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52272619971203202') }],
  },
  {
    text: '有事联系我弟弟何文军，他的电话是(0851)85526743，贵阳的。',
    expected: [
      { kind: 'person-name', text: '何文军' },
      { kind: 'landline', text: '(0851)85526743' },
    ],
  },
  {
    text: '毕节市劳动人事争议仲裁院 立案窗口：0857-8265112；档案查询：0857-8265113。',
    expected: [],
  },
  {
    text: '我跟李主任反映过了，他说这个归市里管，叫我们找你们，我们一共十七个人。',
    expected: [{ kind: 'person-name', text: '李' }],
  },
  {
    text: 'Hi，我是在深圳工作的毕节人 Eric Zhang（张一凡），养老保险想转回毕节，email: eric.zhang1991@outlook.com，thanks！',
    expected: [
      { kind: 'person-name', text: 'Eric Zhang' },
      { kind: 'person-name', text: '张一凡' },
      { kind: 'email', text: 'eric.zhang1991@outlook.com' },
    ],
  },
  {
    text: '您好，跨省转移养老保险关系请您在参保地社保经办机构开具《基本养老保险参保缴费凭证》，再向毕节市社保局提出转入申请，咨询电话：0857—8313\u3000426。',
    expected: [],
  },
  // ---- batch 2: staff answers, hidden characters, forms ----
  {
    text: '王女士：您好！您反映的失业保险金未到账问题，经核查，您的失业保险金已于2024年4月10日发放至您的社保卡金融账户，共计1782元，请注意查收。',
    expected: [{ kind: 'person-name', text: '王' }],
  },
  {
    text: `姓名：田\u200b茂林\n身份证号：${withIdCheckCharacter('52242519830711203')}\n联系电话：135\u200b0857\u200b4421\n诉求：追讨工资`,
    context: { authorName: '田茂林', authorPhone: '13508574421' },
    expected: [
      { kind: 'author-name', text: '田\u200b茂林' },
      { kind: 'id-card', text: withIdCheckCharacter('52242519830711203') },
      { kind: 'author-phone', text: '135\u200b0857\u200b4421' },
    ],
  },
  {
    text: '您好，养老保险待遇资格认证可通过“贵州人社”APP或“掌上12333”进行人脸识别认证，也可到户籍所在地乡镇（街道）社保服务窗口办理。',
    expected: [],
  },
  {
    text: '我朋友家的座机号码是8\uFEFF3\uFEFF26617，他叫苏金华，他可以帮我作证我在那个厂干过。',
    expected: [
      { kind: 'landline', text: '8\uFEFF3\uFEFF26617' },
      { kind: 'person-name', text: '苏金华' },
    ],
  },
  {
    text: '七星关区人社局局长信箱：qxgrsj@163.com；咨询电话：0857-8221603；传真：0857-8221600。',
    expected: [],
  },
  {
    text: `本人身份证号码${withIdCheckCharacter('52020319880606361')}，原来在六盘水参保，现在在毕节上班，怎么转？`,
    expected: [{ kind: 'id-card', text: withIdCheckCharacter('52020319880606361') }],
  },
  {
    text: '经查，您反映的毕节某餐饮管理有限公司未签订劳动合同问题属实，我局已责令该公司限期改正，并依法支付二倍工资差额共计9600元。',
    expected: [],
  },
  {
    text: '我老公叫龙\u00AD海涛，电话187\u00AD8577\u00AD2310，他在金沙打工摔伤了腿，老板不承认是工伤。',
    expected: [
      { kind: 'person-name', text: '龙\u00AD海涛' },
      { kind: 'mobile', text: '187\u00AD8577\u00AD2310' },
    ],
  },
  {
    text: '您好，您咨询的技能提升补贴，需取得职业资格证书或职业技能等级证书（初级1000元、中级1500元、高级2000元），且参保满12个月。',
    expected: [],
  },
  {
    text: '家庭住址：织金县文腾街道奢香大道\u200d226号金凤花园B栋1单元1703',
    expected: [{ kind: 'address', text: '织金县文腾街道奢香大道\u200d226号金凤花园B栋1单元1703' }],
  },
  {
    text: '我在赫章县城打工时住的出租屋，房东家电话是3223815，房东姓马，他可以证明我在那里住了两年。',
    expected: [
      { kind: 'landline', text: '3223815' },
      { kind: 'person-name', text: '马' },
    ],
  },
  {
    text: '如对处理结果不满意，可拨打毕节市人社局投诉电话0857-8223166，或登录毕节市人民政府网站“领导信箱”留言。',
    expected: [],
  },
  {
    text: '您好！经核实，您的社会保障卡已制卡完成，卡号后四位为7713，请您携带身份证到中国建设银行毕节分行营业部领取。',
    expected: [],
  },
  {
    text: `社会保障号码：${withIdCheckCharacter('52242719651120392')}，姓名：安德胜，参保单位：威宁县某煤矿（已关闭）`,
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52242719651120392') },
      { kind: 'person-name', text: '安德胜' },
    ],
  },
  {
    text: '快点帮我们解决啊 都等了大半年了 老板跑了 我们十几个人天天在工地等 13885760124 打这个',
    expected: [{ kind: 'mobile', text: '13885760124' }],
  },
  {
    text: '您好，您反映的问题已转纳雍县人社局处理，纳雍县劳动保障监察大队电话：0857-3522106，地址：纳雍县雍熙街道政务服务中心四楼。',
    expected: [],
  },
  {
    text: '我叫邓\u202E丽萍\u202C，工号BJ0036，在毕节某超市做收银员，超市没给我们交社保。',
    context: { authorName: '邓丽萍' },
    expected: [{ kind: 'author-name', text: '邓\u202E丽萍\u202C' }],
  },
  {
    text: '请问人才服务绿卡A卡和B卡有什么区别？办理需要什么条件？我是贵州大学硕士毕业，在毕节医专工作。',
    expected: [],
  },
  {
    text: '您好，根据《毕节市人才服务绿卡管理办法》（毕党人才〔2020〕3号），硕士研究生可申请B卡，请持学历证书、劳动合同到市人才服务中心（七星关区同心大道人才大厦5楼）办理。',
    expected: [],
  },
  {
    text: '我前夫欠我孩子抚养费不给，他在黔西市中建工地上班，叫何光明，身份证5224231986050\u200b84217，你们能不能查一下他的工资。',
    expected: [
      { kind: 'person-name', text: '何光明' },
      { kind: 'id-card', text: '5224231986050\u200b84217' },
    ],
  },
  {
    text: '毕节市社保局七星关区分局 服务窗口 8264530 / 8264531（工作日上午9点至下午5点）',
    expected: [],
  },
  {
    text: '我们厂里的电话是0857-7681\u200b255，你们打过来问问就知道了，厂长姓孔。',
    expected: [
      { kind: 'landline', text: '0857-7681\u200b255' },
      { kind: 'person-name', text: '孔' },
    ],
  },
  {
    text: '您好，您反映的情况我们已记录，工单编号：RS2024-0611-0093，承办科室：劳动关系科，科室电话：0857-8223128。',
    expected: [],
  },
  {
    text: '微信号：wxid_7k2m9pq3lx 加我微信我发照片给你们看，工资条都在。',
    expected: [{ kind: 'wechat-id', text: 'wxid_7k2m9pq3lx' }],
  },
  {
    text: '请问我在广东交了8年社保，回毕节又交了7年，退休时在哪里领？按哪里的标准算？',
    expected: [],
  },
  {
    text: '您好，按照《城镇企业职工基本养老保险关系转移接续暂行办法》第六条规定，您在毕节累计缴费满10年的，在毕节办理待遇领取手续；不满10年的，回到缴费年限最长的广东参保地办理。',
    expected: [],
  },
  {
    text: '我是织金县猫场镇的，我父亲刘兴才在煤矿干了二十年，现在得了尘肺病，我们家座机（0857）7811\u00AD364，村里信号不好，打座机。',
    expected: [
      { kind: 'person-name', text: '刘兴才' },
      { kind: 'landline', text: '（0857）7811\u00AD364' },
    ],
  },
  {
    text: '毕节市职业病防治院地址：七星关区麻园路；电话：0857-8322076。尘肺病诊断请携带职业史证明前往。',
    expected: [],
  },
  {
    text: `工资卡：${withLuhnDigit('62284804780012367')}（农行），户名：罗小芳，请帮我查一下公司到底有没有打钱。`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('62284804780012367') },
      { kind: 'person-name', text: '罗小芳' },
    ],
  },
  {
    text: '见习单位：毕节市某科技有限公司，见习岗位：行政助理，见习期限：2024年3月1日至2024年8月31日，见习人数：6人。',
    expected: [],
  },
  {
    text: '大方县凤山乡兴隆村5组，找村里的卢支书就知道我家，我们家电话5671288。',
    expected: [
      { kind: 'person-name', text: '卢' },
      { kind: 'landline', text: '5671288' },
    ],
  },
  {
    text: '你好 我想问下 失业金领完了 还可以领什么补贴吗 我45岁 女 之前在纺织厂上班',
    expected: [],
  },
  {
    text: '您好，根据规定，失业保险金领取期满仍未就业的，可申请就业困难人员认定，享受灵活就业社会保险补贴。详情可咨询户籍所在地街道就业服务站。',
    expected: [],
  },
  {
    text: '联系人：熊\uFEFF建军 电话：0857-\uFEFF4612937 地址：黔西市莲城街道水西大道188号',
    expected: [
      { kind: 'person-name', text: '熊\uFEFF建军' },
      { kind: 'landline', text: '0857-\uFEFF4612937' },
      { kind: 'address', text: '黔西市莲城街道水西大道188号' },
    ],
  },
  {
    text: '毕节市人社局 12333 咨询服务中心 工作时间：周一至周五 9:00-12:00，14:00-17:00（节假日除外）',
    expected: [],
  },
  {
    text: '我儿子杨俊今年大学毕业，想参加你们的就业见习，他的邮箱是yangjun2002@126.com，请把报名表发给他。',
    expected: [
      { kind: 'person-name', text: '杨俊' },
      { kind: 'email', text: 'yangjun2002@126.com' },
    ],
  },
  {
    text: '经核查，该公司已于2024年6月3日通过农民工工资专用账户（账号尾号0937）向32名农民工支付工资共计41.6万元。',
    expected: [],
  },
  {
    text: '公司的电话 0857-8\u200b8\u200b1\u200b2\u200b3\u200b3\u200b6 打过去一直没人接，公司在七星关区，老板姓钟。',
    expected: [
      { kind: 'landline', text: '0857-8\u200b8\u200b1\u200b2\u200b3\u200b3\u200b6' },
      { kind: 'person-name', text: '钟' },
    ],
  },
  {
    text: '我是外省的，在毕节工作了三年，想申请公租房，需要社保缴费证明，在哪里打印？',
    expected: [],
  },
  {
    text: '您好，社保缴费证明可通过“贵州社保”微信公众号、“贵州人社”APP自助打印，也可到任一社保经办窗口打印，无需本人到场户籍地。',
    expected: [],
  },
  {
    text: '举报：金海湖新区某砂石厂雇用童工，工头叫黄老三（真名黄成贵），厂子在竹园乡板桥村，电话18685701432。',
    expected: [
      { kind: 'person-name', text: '黄成贵' },
      { kind: 'mobile', text: '18685701432' },
    ],
  },
  {
    text: '金海湖新区社会事务局劳动保障监察举报电话：0857-8306632。',
    expected: [],
  },
  {
    text: 'QQ：1\u200b0\u200b2\u200b4\u200b6\u200b7\u200b8\u200b5\u200b3  有结果麻烦回个消息',
    expected: [{ kind: 'qq', text: '1\u200b0\u200b2\u200b4\u200b6\u200b7\u200b8\u200b5\u200b3' }],
  },
  {
    text: '我姓舒，在你们窗口排队排了一上午，那个叫甘文静的工作人员态度很差，还说下班了明天再来。',
    expected: [
      { kind: 'person-name', text: '舒' },
      { kind: 'person-name', text: '甘文静' },
    ],
  },
  {
    text: '您好，关于您反映的窗口工作人员服务态度问题，我局已进行调查并对相关人员进行了批评教育，感谢您的监督。',
    expected: [],
  },
  {
    text: '我的车牌号贵FD12345，开网约车的，平台公司说我们不是劳动关系不给交社保，对吗？',
    expected: [{ kind: 'plate', text: '贵FD12345' }],
  },
  {
    text: '旧身份证号520202650818401，新的是18位的，社保系统里名字和号码对不上，怎么改？',
    expected: [{ kind: 'id-card', text: '520202650818401' }],
  },
  {
    text: '您好，身份证号码15位升18位导致的信息不一致，请携带户口簿、身份证原件到参保地社保经办机构办理信息变更，当场可以办结。',
    expected: [],
  },
  {
    text: '毕节市医疗保障局 咨询电话 0857-8267215 监督电话 0857-8267210',
    expected: [],
  },
  {
    text: '我现在住在七星关区观音桥街道松山路社区松山路23号附2号，二楼，每天晚上都在家。',
    expected: [{ kind: 'address', text: '七星关区观音桥街道松山路社区松山路23号附2号，二楼' }],
  },
  {
    text: '亲 你们那个就业见习报名的电话是多少啊 网站上那个0857-8312688是不是',
    expected: [],
  },
  {
    text: '您好，就业见习报名电话确为0857-8312688（市就业局职业介绍科），也可直接到七星关区百花山路市就业服务大厅报名。',
    expected: [],
  },
  {
    text: '我姐姐祝玉梅在威宁县城开了个小饭馆，她店里电话是6\u200b2\u200b35\u200b571，她雇的一个小工被烫伤了，问怎么处理。',
    expected: [
      { kind: 'person-name', text: '祝玉梅' },
      { kind: 'landline', text: '6\u200b2\u200b35\u200b571' },
    ],
  },
  {
    text: '附件：1.劳动合同复印件 2.工资条（2023年7月-12月）3.考勤记录 共计14页',
    expected: [],
  },
  {
    text: '我在贵A 8K2M9这辆车上做押运，一个月3800，公司不给签合同。',
    expected: [{ kind: 'plate', text: '贵A 8K2M9' }],
  },
  {
    text: '老王说你们这里可以办失业登记，我来了三次都说系统维护。',
    expected: [{ kind: 'person-name', text: '王' }],
  },
  {
    text: '您好，“老王”所说属实，失业登记可在户籍地、常住地或参保地办理。系统于3月12日至14日升级维护，现已恢复，请您再来办理。',
    expected: [{ kind: 'person-name', text: '王' }],
  },
  {
    text: `社保卡号：${withIdCheckCharacter('52250219910505611')}（卡上印的就是这个），我在医院刷卡显示“卡已挂失”，我没挂失过啊。`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52250219910505611') }],
  },
  // ---- batch 3: long multi-topic items, elderly citizens dictating, migrant workers ----
  {
    text: `尊敬的领导：\n我叫陈光友，是七星关区杨家湾镇人，身份证号${withIdCheckCharacter('52240119700912443')}。2019年至2022年我在毕节某矿业公司井下工作，2022年3月受伤，至今工伤未认定，工伤医疗费自己垫付了3万多元。公司负责人叫胡正明，安全员叫宋小兵，他们都知道我受伤的经过。另外我的养老保险也断缴了两年，想问怎么补缴。我现住七星关区杨家湾镇杨家湾村新寨组8号，电话15085762231，家里座机0857-8631542。\n此致\n敬礼`,
    context: { authorName: '陈光友', authorPhone: '15085762231' },
    expected: [
      { kind: 'author-name', text: '陈光友' },
      { kind: 'id-card', text: withIdCheckCharacter('52240119700912443') },
      { kind: 'person-name', text: '胡正明' },
      { kind: 'person-name', text: '宋小兵' },
      { kind: 'address', text: '七星关区杨家湾镇杨家湾村新寨组8号' },
      { kind: 'author-phone', text: '15085762231' },
      { kind: 'landline', text: '0857-8631542' },
    ],
  },
  {
    text: '陈光友同志：您好！您反映的工伤认定问题，经七星关区人社局核查，您于2023年11月提交的工伤认定申请已受理（受理号：七工认〔2023〕186号），因用人单位对事实有异议，需进一步调查取证。关于养老保险补缴，根据规定，断缴期间可按灵活就业人员身份续缴，无法补缴此前未参保期间。如有疑问请拨打七星关区人社局工伤保险股电话0857-8221651。',
    context: { authorName: '陈光友' },
    expected: [{ kind: 'author-name', text: '陈光友' }],
  },
  {
    text: '（代写）我是帮我奶奶写的，她叫张桂兰，今年78岁，不识字。她说她每个月的养老金只有两百多块，村里的人都有三百多，她想问为什么少了。她住在赫章县野马川镇双河村四组16号，你们回电话打我，我是她孙子，电话17785721953。',
    context: { authorPhone: '17785721953' },
    expected: [
      { kind: 'person-name', text: '张桂兰' },
      { kind: 'address', text: '赫章县野马川镇双河村四组16号' },
      { kind: 'author-phone', text: '17785721953' },
    ],
  },
  {
    text: '您好，城乡居民基本养老保险待遇由基础养老金和个人账户养老金组成，个人账户养老金与个人缴费档次和缴费年限有关，因此每个人的待遇存在差异。您奶奶的具体情况，可携带其身份证到野马川镇社保服务中心查询。',
    expected: [],
  },
  {
    text: '我是河南周口的，在毕节干装修，老板刘建设欠我一万二，他的身份证号码是41272219800315\u200b1234（我抄的，可能有错），他在七星关区倒天河路开了个装修店，店里电话8\u00AD2\u00AD3\u00AD5\u00AD6\u00AD7\u00AD1。',
    expected: [
      { kind: 'person-name', text: '刘建设' },
      { kind: 'id-card', text: '41272219800315\u200b1234' },
      { kind: 'landline', text: '8\u00AD2\u00AD3\u00AD5\u00AD6\u00AD7\u00AD1' },
    ],
  },
  {
    text: '经核实，您反映的装修工程款纠纷属于承揽合同纠纷，不属于劳动保障监察管辖范围，建议您向七星关区人民法院起诉，法院诉讼服务中心电话0857-8330015。',
    expected: [],
  },
  {
    text: `领导好，我是黔西市的，叫周雪，女，身份证${withIdCheckCharacter('52052219950618784')}，2023年从中国人民大学毕业回黔西工作，想申请人才服务绿卡和安家补贴。我的邮箱zhouxue_0618@163.com，手机19985761120。我老公的名字是吴鹏，在毕节市第一人民医院上班，他也是硕士，能一起申请吗？`,
    context: { authorName: '周雪', authorPhone: '19985761120' },
    expected: [
      { kind: 'author-name', text: '周雪' },
      { kind: 'id-card', text: withIdCheckCharacter('52052219950618784') },
      { kind: 'email', text: 'zhouxue_0618@163.com' },
      { kind: 'author-phone', text: '19985761120' },
      { kind: 'person-name', text: '吴鹏' },
    ],
  },
  {
    text: '您好，人才服务绿卡按个人申请，您和您爱人可分别申请。安家补贴按照《毕节市引进高层次人才安家补贴实施细则》执行，请向用人单位人事部门提交材料，由单位统一报送。',
    expected: [],
  },
  {
    text: '七星关区人社局：0857-8221603；大方县人社局：0857-5222139；黔西市人社局：0857-4221524；金沙县人社局：0857-7222109；织金县人社局：0857-7622184；纳雍县人社局：0857-3522088；威宁县人社局：0857-6222183；赫章县人社局：0857-3222196。',
    expected: [],
  },
  {
    text: '我要举报！纳雍县某煤矿2024年以来一直没有给工人买工伤保险，矿长叫敖长江，副矿长叫敖长河，他们是两兄弟，我们班组有8个人，班长姓骆。',
    expected: [
      { kind: 'person-name', text: '敖长江' },
      { kind: 'person-name', text: '敖长河' },
      { kind: 'person-name', text: '骆' },
    ],
  },
  {
    text: '我的扣扣2267\u200b31589，微信也是这个号，有消息发给我。',
    expected: [{ kind: 'qq', text: '2267\u200b31589' }],
  },
  {
    text: '请问我爸去世了，他的养老保险个人账户余额能退吗？丧葬补助金和抚恤金怎么领？要哪些材料？',
    expected: [],
  },
  {
    text: '您好，参保人员因病或非因工死亡的，其遗属可领取丧葬补助金和抚恤金，个人账户余额可依法继承。请携带死亡证明、户口注销证明、申领人身份证及亲属关系证明到参保地社保经办机构办理。',
    expected: [],
  },
  {
    text: '我爸名字叫潘德昌，身份证5224 2419 5603 1512 37，去年10月走的，我是他女儿潘玉琴，电话182 8573 6610。',
    context: { authorName: '潘玉琴', authorPhone: '18285736610' },
    expected: [
      { kind: 'person-name', text: '潘德昌' },
      { kind: 'id-card', text: '5224 2419 5603 1512 37' },
      { kind: 'author-name', text: '潘玉琴' },
      { kind: 'author-phone', text: '182 8573 6610' },
    ],
  },
  {
    text: '市就业服务大厅地址：七星关区百花山路88号，乘坐3路、9路公交车到百花山站下车即到；咨询电话：0857-8312600。',
    expected: [],
  },
  {
    text: '你好我是外卖骑手，平台的站长叫付强，他扣了我们每人五百块押金不退，站点在七星关区碧海街道碧海花园商业街3-12号。',
    expected: [{ kind: 'person-name', text: '付强' }],
  },
  {
    text: '我们是金沙县某建筑工地的农民工，共23人，被拖欠工资共计56.8万元，项目经理黎华明（电话13708573346）一直推脱，总包单位是贵州某建工集团，劳务分包老板汪大勇已经联系不上了。代表：聂国庆、聂国华、石友才。',
    expected: [
      { kind: 'person-name', text: '黎华明' },
      { kind: 'mobile', text: '13708573346' },
      { kind: 'person-name', text: '汪大勇' },
      { kind: 'person-name', text: '聂国庆' },
      { kind: 'person-name', text: '聂国华' },
      { kind: 'person-name', text: '石友才' },
    ],
  },
  {
    text: '您好，金沙县人社局已约谈总包单位负责人，根据《保障农民工工资支付条例》第三十条规定，分包单位拖欠农民工工资的，由施工总承包单位先行清偿。目前总包单位已承诺于春节前清偿全部欠薪。',
    expected: [],
  },
  {
    text: '工伤职工：韦廷军，性别：男，出生日期：1979年2月，受伤时间：2024年1月8日，受伤部位：左手食指，用人单位：毕节某机械制造有限公司，单位联系人：施经理，单位电话：0857-8358810。',
    expected: [
      { kind: 'person-name', text: '韦廷军' },
      { kind: 'person-name', text: '施' },
      { kind: 'landline', text: '0857-8358810' },
    ],
  },
  {
    text: '请问2024年毕节市最低工资标准是多少？七星关区和县里是不是一样？',
    expected: [],
  },
  {
    text: '您好，自2023年2月1日起，贵州省最低工资标准调整为：一类地区月最低工资1890元，小时最低工资19.6元；二类地区1760元、18.3元；三类地区1660元、17.2元。七星关区执行一类标准。',
    expected: [],
  },
  {
    text: '我表哥韩世伟在你们那里办档案，他手机坏了，你们打他单位电话吧，0857 8224 531转8012，他在办公室。',
    expected: [
      { kind: 'person-name', text: '韩世伟' },
      { kind: 'landline', text: '0857 8224 531转8012' },
    ],
  },
  {
    text: '我在广州上班，老家是威宁的，我家地址威宁县草海镇建设东路126号草海苑2单元601，社保卡寄这里，收件人写我妈名字谢玉兰，电话13398573360。',
    expected: [
      { kind: 'address', text: '威宁县草海镇建设东路126号草海苑2单元601' },
      { kind: 'person-name', text: '谢玉兰' },
      { kind: 'mobile', text: '13398573360' },
    ],
  },
  {
    text: '您好，社保卡邮寄服务可通过“贵州社保”公众号申请，邮费由申请人承担。目前七星关区、大方县已开通，威宁县预计2024年第三季度开通。',
    expected: [],
  },
  {
    text: '我儿子叫邹杰 读职校的 出去实习 学校安排去苏州电子厂 一天干12个小时 一个月才两千多 这个合法吗 他班主任叫孟老师 电话0512-66238841是学校办公室的',
    expected: [
      { kind: 'person-name', text: '邹杰' },
      { kind: 'person-name', text: '孟' },
      { kind: 'landline', text: '0512-66238841' },
    ],
  },
  {
    text: '您好，根据《职业学校学生实习管理规定》，学生实习每日不得超过8小时，不得安排加班和夜班。您反映的问题已转毕节市教育局职成科处理，联系电话0857-8222471。',
    expected: [],
  },
  {
    text: `求助！我老婆生孩子住院，医保报销不了，医院说她的医保卡号${withIdCheckCharacter('52242819960218322')}没有参保记录，可是我们村里去年明明交了。她叫向红梅，我叫田勇，电话15885718823。`,
    context: { authorName: '田勇', authorPhone: '15885718823' },
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52242819960218322') },
      { kind: 'person-name', text: '向红梅' },
      { kind: 'author-name', text: '田勇' },
      { kind: 'author-phone', text: '15885718823' },
    ],
  },
  {
    text: '毕节市医保局待遇保障科 电话（0857）8267233，城乡居民医保参保缴费问题请联系户籍所在地乡镇医保服务站。',
    expected: [],
  },
  {
    text: '大方县人社局你们好，我是大方县竹园彝族苗族乡的，名字叫禄兴文，我的就业补贴申请表交给乡里的朱干事已经半年了，一直没消息。我家在竹园乡长青村大寨组21号，家里电话5\u200b3\u200b6\u200b2\u200b7\u200b1\u200b8。',
    context: { authorName: '禄兴文' },
    expected: [
      { kind: 'author-name', text: '禄兴文' },
      { kind: 'person-name', text: '朱' },
      { kind: 'address', text: '竹园乡长青村大寨组21号' },
      { kind: 'landline', text: '5\u200b3\u200b6\u200b2\u200b7\u200b1\u200b8' },
    ],
  },
  {
    text: '毕节市人力资源和社会保障局关于2024年第一批就业见习单位名单的公示：毕节某医药有限公司、贵州某茶业有限公司、织金县某旅游开发有限公司……公示期5个工作日，联系电话：0857-8312635。',
    expected: [],
  },
  {
    text: '你好，这个是我的银行卡号 6217 0028 7000 1234 567，农民工工资专户打款到这张卡上了吗？',
    expected: [{ kind: 'bank-card', text: '6217 0028 7000 1234 567' }],
  },
  {
    text: '我们公司在七星关区柏杨林街道，公司电话是我们自己的座机0857-8283\u3000416，想问一下招用残疾人有没有补贴？',
    expected: [{ kind: 'landline', text: '0857-8283\u3000416' }],
  },
  {
    text: '投诉：七星关区某幼儿园拖欠教师工资，园长毛某某，涉及教师9人，共欠工资6.3万元。',
    expected: [],
  },
  {
    text: `我和我老公结婚前他在浙江交了五年社保，现在我们在毕节，他叫顾明亮，身份证号码：${withIdCheckCharacter('52262619880502201')}，浙江那边的社保能转过来吗？`,
    expected: [
      { kind: 'person-name', text: '顾明亮' },
      { kind: 'id-card', text: withIdCheckCharacter('52262619880502201') },
    ],
  },
  {
    text: '我是退役军人，2023年12月退役回毕节，想问一下退役军人的养老保险怎么接续？我的军队养老保险关系转移凭证号是JZ2023-0128765。',
    expected: [],
  },
  {
    text: '回复：小杨你好，您的档案我们查到了，在大方县人才交流中心，档案编号DF-2011-00426，请本人带身份证来办理转递手续。',
    expected: [{ kind: 'person-name', text: '杨' }],
  },
  {
    text: '我是织金县的，在浙江义乌打工，老乡介绍我到一家工厂，工厂地址在义乌市稠江街道杨村路318号，老板姓应，不给买社保，我的电话1\u200d8\u200d2\u200d8\u200d5\u200d7\u200d3\u200d4\u200d6\u200d1\u200d2。',
    expected: [
      { kind: 'person-name', text: '应' },
      {
        kind: 'mobile',
        text: '1\u200d8\u200d2\u200d8\u200d5\u200d7\u200d3\u200d4\u200d6\u200d1\u200d2',
      },
    ],
  },
  {
    text: '您好，您在浙江义乌务工期间的劳动权益问题，应向用工所在地即义乌市人力资源和社会保障局反映，义乌市劳动保障监察举报电话0579-85522601。',
    expected: [],
  },
  {
    text: '申请人：孔令辉\n被申请人：毕节某置业有限公司\n仲裁请求：1.支付拖欠工资28000元；2.支付经济补偿金15000元。\n申请人住址：七星关区市东街道市东路228号怡景苑5栋1单元801\n联系电话：18212345978',
    context: { authorName: '孔令辉', authorPhone: '18212345978' },
    expected: [
      { kind: 'author-name', text: '孔令辉' },
      { kind: 'address', text: '七星关区市东街道市东路228号怡景苑5栋1单元801' },
      { kind: 'author-phone', text: '18212345978' },
    ],
  },
  {
    text: '毕节市劳动人事争议仲裁院已于2024年3月5日受理您的仲裁申请（毕劳人仲案字〔2024〕第112号），开庭时间为2024年4月9日上午9:30，地点：仲裁院第二仲裁庭。',
    expected: [],
  },
  {
    text: '退休审批需要准备：1.身份证；2.户口本；3.档案；4.社保卡。咨询电话12333或0857-8313400。',
    expected: [],
  },
  {
    text: `我叫曾文华，我是1964年出生的，女，按说55岁就该退休了，可是档案里的出生年月写的是1966年，社保局说要按档案的。我的身份证是${withIdCheckCharacter('52240219640415302')}，你们看看。家里电话(0857)8247\u200b906。`,
    context: { authorName: '曾文华' },
    expected: [
      { kind: 'author-name', text: '曾文华' },
      { kind: 'id-card', text: withIdCheckCharacter('52240219640415302') },
      { kind: 'landline', text: '(0857)8247\u200b906' },
    ],
  },
  {
    text: '您好，根据《关于制止和纠正违反国家规定办理企业职工提前退休有关问题的通知》（劳社部发〔1999〕8号），出生时间以本人档案最先记载为准。您可申请档案认定复核。',
    expected: [],
  },
  {
    text: '毕节某物业公司保安队长田某某拖欠保安工资，共12人，每人3个月。',
    expected: [],
  },
  {
    text: '帮我问一下 灵活就业医保一年多少钱 在哪里交 我在七星关 谢谢',
    expected: [],
  },
  {
    text: '您好，2024年城乡居民医保个人缴费标准为每人每年380元，可通过“贵州医保”APP、微信“贵州税务”小程序或到社区缴纳。',
    expected: [],
  },
  {
    text: '我的邮箱是：liangfei88（at）163.com，请把仲裁文书的电子版发给我。',
    expected: [{ kind: 'email', text: 'liangfei88（at）163.com' }],
  },
  {
    text: '我表姐的老公叫伍德华，在你们局里上班，他说可以帮我办绿卡，我给了他两千块钱，现在联系不上，这个算不算诈骗？',
    expected: [{ kind: 'person-name', text: '伍德华' }],
  },
  {
    text: '经核查，我局无名为“伍德华”的工作人员，请您及时向公安机关报案。人才服务绿卡办理不收取任何费用。',
    expected: [{ kind: 'person-name', text: '伍德华' }],
  },
  {
    text: '投诉毕节某驾校教练，车牌贵F 2237学，教练叫冯涛，骂学员，而且拖欠我们几个陪练的工资。',
    expected: [
      { kind: 'plate', text: '贵F 2237学' },
      { kind: 'person-name', text: '冯涛' },
    ],
  },
  {
    text: '市人社局办公室值班电话：0857-8223100（24小时），传真：0857-8223199。',
    expected: [],
  },
  {
    text: 'VX：zhang_xiaolong_1998 或者打我电话 13511857042（张小龙）',
    context: { authorName: '张小龙', authorPhone: '13511857042' },
    expected: [
      { kind: 'wechat-id', text: 'zhang_xiaolong_1998' },
      { kind: 'author-phone', text: '13511857042' },
      { kind: 'author-name', text: '张小龙' },
    ],
  },
  {
    text: '我在纳雍县城开了个理发店，雇了两个人，小徐和小郑，问一下我要不要给她们买社保？店里电话3\u00AD5\u00AD2\u00AD8\u00AD6\u00AD1\u00AD3。',
    expected: [
      { kind: 'person-name', text: '徐' },
      { kind: 'person-name', text: '郑' },
      { kind: 'landline', text: '3\u00AD5\u00AD2\u00AD8\u00AD6\u00AD1\u00AD3' },
    ],
  },
  {
    text: '您好，根据《社会保险法》第五十八条规定，用人单位应当自用工之日起三十日内为其职工申请办理社会保险登记。个体工商户雇工的，应为雇工参保。',
    expected: [],
  },
  {
    text: '单位地址：毕节市七星关区洪山路148号（洪山国际3楼），注册资本500万元，员工人数86人，2023年营业收入1260万元。',
    expected: [],
  },
  {
    text: '我是贵阳人，在毕节工作，家住贵阳市南明区花果园街道花果园R1区11栋2单元1506，贵阳的家里电话0851-85817723，想问毕节的医保在贵阳能不能用。',
    expected: [
      { kind: 'address', text: '贵阳市南明区花果园街道花果园R1区11栋2单元1506' },
      { kind: 'landline', text: '0851-85817723' },
    ],
  },
  {
    text: '您好，毕节市参保人员在省内就医已实现直接结算，无需备案。贵阳市各定点医疗机构均可使用医保电子凭证或社保卡结算。',
    expected: [],
  },
  // ---- batch 4: IDs, addresses, names in lists, more landline notations ----
  {
    text: `工资表（2023年10月）\n序号 姓名 身份证号 应发工资\n1 马文斌 ${withIdCheckCharacter('52242719820304151')} 5200\n2 马文军 ${withIdCheckCharacter('52242719850911173')} 4800\n3 苏德芬 ${withIdCheckCharacter('52242719870222266')} 3600\n以上三人工资均未发放。`,
    expected: [
      { kind: 'person-name', text: '马文斌' },
      { kind: 'id-card', text: withIdCheckCharacter('52242719820304151') },
      { kind: 'person-name', text: '马文军' },
      { kind: 'id-card', text: withIdCheckCharacter('52242719850911173') },
      { kind: 'person-name', text: '苏德芬' },
      { kind: 'id-card', text: withIdCheckCharacter('52242719870222266') },
    ],
  },
  {
    text: '您好，您所附工资表已收悉。经威宁县劳动保障监察大队调查，该公司已于2023年12月28日足额补发上述3人工资共计13600元。',
    expected: [],
  },
  {
    text: '家里电话：八二五六三七一，我老伴接电话，她耳朵不好，说话大声点。',
    expected: [{ kind: 'landline', text: '八二五六三七一' }],
  },
  {
    text: '联系我：138-8570-2216 / 座机 0857-8\u200b2\u200b1\u200b0\u200b3\u200b9\u200b7（单位）',
    expected: [
      { kind: 'mobile', text: '138-8570-2216' },
      { kind: 'landline', text: '0857-8\u200b2\u200b1\u200b0\u200b3\u200b9\u200b7' },
    ],
  },
  {
    text: '市劳动监察支队：电话0857-8322103　邮箱bjsldjc@163.com　地址：七星关区招商花园大道市人社局7楼',
    expected: [],
  },
  {
    text: '我叫简立新，是个货车司机，车牌贵FA7732，给毕节某物流公司开车，出了车祸公司不管，说我是挂靠的。',
    context: { authorName: '简立新' },
    expected: [
      { kind: 'author-name', text: '简立新' },
      { kind: 'plate', text: '贵FA7732' },
    ],
  },
  {
    text: '您好，挂靠经营的车辆驾驶员与被挂靠单位之间是否存在劳动关系，需根据实际用工情况认定。建议您申请劳动仲裁确认劳动关系，毕节市劳动人事争议仲裁院地址：七星关区招商花园大道。',
    expected: [],
  },
  {
    text: '我住在大方县顺德街道奢香路12号奢香古镇7-2-301，电话是15186170032，我叫彭晓梅，想咨询生育津贴。',
    context: { authorName: '彭晓梅', authorPhone: '15186170032' },
    expected: [
      { kind: 'address', text: '大方县顺德街道奢香路12号奢香古镇7-2-301' },
      { kind: 'author-phone', text: '15186170032' },
      { kind: 'author-name', text: '彭晓梅' },
    ],
  },
  {
    text: '您好，生育津贴按照职工所在用人单位上年度职工月平均工资除以30再乘以产假天数计发，由单位申报，请与单位人事部门联系。',
    expected: [],
  },
  {
    text: '我叫包国强，我在工地上干了三年，老板叫我签一个自愿放弃社保的承诺书，不签就不给工资。工地在七星关区鸭池镇，老板叫幸元贵，他的电话是15902576639。',
    context: { authorName: '包国强' },
    expected: [
      { kind: 'author-name', text: '包国强' },
      { kind: 'person-name', text: '幸元贵' },
      { kind: 'mobile', text: '15902576639' },
    ],
  },
  {
    text: '劳动者签订的自愿放弃缴纳社会保险的承诺书无效。根据《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第三十二条第二款，单位未缴纳社保的，劳动者可解除劳动合同并要求经济补偿。',
    expected: [],
  },
  {
    text: '我的身份证号码是52242519900712\u200b2213，我姓余，去年在黔西市参加了电工培训，培训补贴到现在没发。',
    expected: [
      { kind: 'id-card', text: '52242519900712\u200b2213' },
      { kind: 'person-name', text: '余' },
    ],
  },
  {
    text: '黔西市就业局培训股电话0857-4232318，请携带培训合格证书复印件前往咨询。',
    expected: [],
  },
  {
    text: '举报人：雷\uFEFF雨\n被举报人：毕节某酒店管理有限公司（地址：七星关区南关桥，经理叫曹红英）\n举报内容：酒店服务员每天工作12小时，没有加班费。',
    context: { authorName: '雷雨' },
    expected: [
      { kind: 'author-name', text: '雷\uFEFF雨' },
      { kind: 'person-name', text: '曹红英' },
    ],
  },
  {
    text: `我是江西赣州的，在毕节干了十年，身份证${withIdCheckCharacter('36072119760618251')}，家里电话0797-8321456，想在毕节办退休可以吗？`,
    expected: [
      { kind: 'id-card', text: withIdCheckCharacter('36072119760618251') },
      { kind: 'landline', text: '0797-8321456' },
    ],
  },
  {
    text: '您好，根据规定，您在毕节累计缴费满10年且为最后参保地，可在毕节办理退休。请提前3个月到七星关区社保服务大厅（七星关区洪山路政务中心一楼）申请，电话0857-8264530。',
    expected: [],
  },
  {
    text: '我在毕节某职业学校当老师，学校拖欠绩效工资，校长叫任志刚，办公室主任叫梁雪梅，我们不敢实名，我姓聂。',
    expected: [
      { kind: 'person-name', text: '任志刚' },
      { kind: 'person-name', text: '梁雪梅' },
      { kind: 'person-name', text: '聂' },
    ],
  },
  {
    text: '民办学校教职工劳动权益问题由人社部门负责，公办学校教师工资问题由教育部门和财政部门负责，已转毕节市教育局处理。',
    expected: [],
  },
  {
    text: '你好，我是赫章的，我哥哥叫蔡德全，他身份证上的地址是赫章县白果街道红旗社区人民路76号，他精神有点问题，走丢了，之前他在浙江打工，你们社保系统能不能查到他在哪里交社保？',
    expected: [
      { kind: 'person-name', text: '蔡德全' },
      { kind: 'address', text: '赫章县白果街道红旗社区人民路76号' },
    ],
  },
  {
    text: '您好，社保参保信息属于个人信息，我局不能向他人提供。建议您向公安机关报告走失情况。',
    expected: [],
  },
  {
    text: `我的工行卡${withLuhnDigit('621226241000886213')}被社保局冻结了？领失业金的卡怎么用不了？`,
    expected: [{ kind: 'bank-card', text: withLuhnDigit('621226241000886213') }],
  },
  {
    text: '失业保险金发放至本人社会保障卡银行账户，如卡片状态异常，请携带身份证到发卡银行网点处理。咨询电话：0857-8313450（市社保局失业保险科）。',
    expected: [],
  },
  {
    text: '您好我是织金县的人大代表，受群众委托反映：织金县某煤矿关闭后，职工欧阳建华、欧阳建平等15人的经济补偿金至今未发，人均约4万元。联系电话：0857-7621388（我的办公室）',
    expected: [
      { kind: 'person-name', text: '欧阳建华' },
      { kind: 'person-name', text: '欧阳建平' },
      { kind: 'landline', text: '0857-7621388' },
    ],
  },
  {
    text: '关于织金县关闭煤矿职工安置问题，织金县人民政府已成立工作专班，联系电话0857-7622300，请职工于每周三到县信访局（织金县文腾街道）反映。',
    expected: [],
  },
  {
    text: '我在网上看到一个招聘信息，说是人社局招聘的，要先交500元报名费，联系人吕老师，电话17308572219，是真的吗？',
    expected: [
      { kind: 'person-name', text: '吕' },
      { kind: 'mobile', text: '17308572219' },
    ],
  },
  {
    text: '我局所有事业单位公开招聘均不收取报名费，招聘信息以毕节市人民政府网和毕节市人社局网站发布为准，请勿上当受骗。',
    expected: [],
  },
  {
    text: '老家的座机号码 0857\u00A0 7412 335（金沙县安底镇），我爸妈在家，你们要核实就打这个。',
    expected: [{ kind: 'landline', text: '0857\u00A0 7412 335' }],
  },
  {
    text: `工伤认定申请表\n受伤职工姓名：付世林 身份证号：${withIdCheckCharacter('52262319930405311')}\n家庭住址：黔西市甘棠镇乐园村大林组3号\n联系电话：18985711204\n用人单位：黔西某建材有限公司 单位电话：0857-4612208 单位联系人：钱正海`,
    context: { authorName: '付世林', authorPhone: '18985711204' },
    expected: [
      { kind: 'author-name', text: '付世林' },
      { kind: 'id-card', text: withIdCheckCharacter('52262319930405311') },
      { kind: 'address', text: '黔西市甘棠镇乐园村大林组3号' },
      { kind: 'author-phone', text: '18985711204' },
      { kind: 'landline', text: '0857-4612208' },
      { kind: 'person-name', text: '钱正海' },
    ],
  },
  {
    text: '我有个问题想咨询老板：老板不给我们交社保，说给我们每月多发300块钱当社保补贴，这样合法吗？',
    expected: [],
  },
  {
    text: '这个问题不合法。缴纳社会保险是用人单位和劳动者的法定义务，不能以发放现金补贴的方式代替。您可向当地劳动保障监察机构投诉。',
    expected: [],
  },
  {
    text: `我叫吉翠华 我是残疾人 残疾证号${withIdCheckCharacter('52242419810716252')}42 想问一下能不能申请公益性岗位`,
    context: { authorName: '吉翠华' },
    expected: [
      { kind: 'author-name', text: '吉翠华' },
      { kind: 'id-card', text: `${withIdCheckCharacter('52242419810716252')}42` },
    ],
  },
  {
    text: '您好，持证残疾人属于就业困难人员，可向户籍所在地街道（乡镇）申请就业困难人员认定后安置公益性岗位。毕节市残联就业服务中心电话：0857-8223510。',
    expected: [],
  },
  {
    text: '请转告我的案子经办人邱晓东同志，我的新电话是134 0857 6628，旧号码不用了。',
    expected: [
      { kind: 'person-name', text: '邱晓东' },
      { kind: 'mobile', text: '134 0857 6628' },
    ],
  },
  {
    text: '你们的窗口电话0857-8251018一直打不通，能不能多安排几个人接电话？',
    expected: [],
  },
  {
    text: '您好，因办理业务量大，窗口电话占线较多，建议您拨打12333咨询，或通过“毕节人社”公众号在线咨询。',
    expected: [],
  },
  {
    text: '我在七星关区碧阳街道麻园社区麻园路88号2栋1单元502住，我的邻居韦师傅在工地上摔伤了，没人管。',
    expected: [
      { kind: 'address', text: '七星关区碧阳街道麻园社区麻园路88号2栋1单元502' },
      { kind: 'person-name', text: '韦' },
    ],
  },
  {
    text: 'E-mail：tang_jx@bjzy.example.cn（学校邮箱），唐俊熙，毕节职业技术学院学生，想问见习补贴什么时候发。',
    expected: [
      { kind: 'email', text: 'tang_jx@bjzy.example.cn' },
      { kind: 'person-name', text: '唐俊熙' },
    ],
  },
  {
    text: '就业见习补贴按季度拨付至见习单位，由见习单位发放给见习人员，2024年第二季度补贴已于7月15日拨付。',
    expected: [],
  },
  {
    text: '您好，我们是黔西市某农业公司，我公司电话0857-4\u00AD6\u00AD2\u00AD3\u00AD5\u00AD1\u00AD7，法人代表龚明义，想问一下吸纳脱贫劳动力就业的补贴怎么申请？',
    expected: [
      { kind: 'landline', text: '0857-4\u00AD6\u00AD2\u00AD3\u00AD5\u00AD1\u00AD7' },
      { kind: 'person-name', text: '龚明义' },
    ],
  },
  {
    text: '我的档案原来在贵州省人才交流服务中心，地址是贵阳市云岩区北京路258号，现在想转回毕节，怎么转？',
    expected: [],
  },
  {
    text: '请问在毕节市人社局哪个科室办理职称评审？电话多少？',
    expected: [],
  },
  {
    text: '您好，职称评审由市人社局专业技术人员管理科负责，办公地点在市人社局5楼502室，电话：0857-8223152。',
    expected: [],
  },
  {
    text: '找我爸，他叫谭永福，在威宁县金钟镇开了一个小卖部，店里的电话是6\u200b3\u200b1\u200b8\u200b2\u200b4\u200b7，他的养老保险一直是我帮他交的，今年交不上了。',
    expected: [
      { kind: 'person-name', text: '谭永福' },
      { kind: 'landline', text: '6\u200b3\u200b1\u200b8\u200b2\u200b4\u200b7' },
    ],
  },
  {
    text: '我叫岳海波，今年三十五，在毕节开出租车，车牌贵F·T8326，想问一下出租车司机能不能按灵活就业交社保。',
    context: { authorName: '岳海波' },
    expected: [
      { kind: 'author-name', text: '岳海波' },
      { kind: 'plate', text: '贵F·T8326' },
    ],
  },
  {
    text: '您好，出租车驾驶员可以灵活就业人员身份参加企业职工基本养老保险，请携带身份证到户籍地或居住地社保经办机构登记。',
    expected: [],
  },
  {
    text: '我是湖南邵阳的，在毕节赫章县干工程，现住赫章县城关镇新街社区新街120号二楼，手机13007392216，老家电话0739-5523118，我老婆叫尹秋香。',
    expected: [
      { kind: 'address', text: '赫章县城关镇新街社区新街120号二楼' },
      { kind: 'mobile', text: '13007392216' },
      { kind: 'landline', text: '0739-5523118' },
      { kind: 'person-name', text: '尹秋香' },
    ],
  },
  {
    text: '社会保障卡服务网点：毕节市七星关区广惠路中国工商银行毕节分行营业部，服务电话0857-8222506。',
    expected: [],
  },
  {
    text: `关于要求补发工资的申请\n申请人万兴华，男，身份证号：${withIdCheckCharacter('52250119780203113')}，住址：织金县双堰街道平远社区平远路45号。\n本人于2022年3月至2023年8月在织金县某矿业公司工作，公司拖欠本人工资共计38600元。\n申请人：万兴华\n2024年3月11日`,
    context: { authorName: '万兴华' },
    expected: [
      { kind: 'author-name', text: '万兴华' },
      { kind: 'id-card', text: withIdCheckCharacter('52250119780203113') },
      { kind: 'address', text: '织金县双堰街道平远社区平远路45号' },
      { kind: 'author-name', text: '万兴华' },
    ],
  },
  {
    text: '万兴华同志：您好！您的补发工资申请我局已收悉并转织金县人社局办理，织金县劳动保障监察大队联系电话：0857-7622108。',
    context: { authorName: '万兴华' },
    expected: [{ kind: 'author-name', text: '万兴华' }],
  },
  {
    text: '我丈夫在外省打工死亡，对方公司赔了我们二十万，叫我签字，说以后不能再要工伤待遇，我能签吗？我叫桂兰，我们是七星关区小吉场镇的。',
    context: { authorName: '桂兰' },
    expected: [{ kind: 'author-name', text: '桂兰' }],
  },
  {
    text: '建议您在签字前咨询工伤发生地人社部门，一次性工亡补助金标准为上一年度全国城镇居民人均可支配收入的20倍，2024年为1036420元。',
    expected: [],
  },
  {
    text: '办公室电话：0857-8223\u00AD101（市人社局办公室），请工作时间联系。',
    expected: [],
  },
  {
    text: '我们村的留守老人太多了，村里的养老保险协办员严光华收了大家的钱没交上去，涉及三十多户。',
    expected: [{ kind: 'person-name', text: '严光华' }],
  },
  {
    text: '经调查核实，您反映的协办员挪用群众养老保险费问题属实，已移交纪检监察机关处理，被挪用的12600元已全部退还并补缴。',
    expected: [],
  },
  {
    text: '小区名叫金海湖新区小坝社区，我们小区保安的工资一直拖，物业公司在小区门口贴了通知说下个月发。',
    expected: [],
  },
  {
    text: '你好，我叫Lily，中文名罗丽，在毕节一家英语培训机构当老师，老板是外国人叫 John Smith，他不给我们签合同。My phone: +86 139-8571-6620.',
    context: { authorName: '罗丽', authorPhone: '13985716620' },
    expected: [
      { kind: 'person-name', text: 'Lily' },
      { kind: 'author-name', text: '罗丽' },
      { kind: 'person-name', text: 'John Smith' },
      { kind: 'author-phone', text: '+86 139-8571-6620' },
    ],
  },
  // ---- batch 5: short messages, typos, relatives, more addresses ----
  {
    text: '我娘家电话0857一7328416 我妈叫石春芝 她的养老金这个月没到',
    expected: [
      { kind: 'landline', text: '0857一7328416' },
      { kind: 'person-name', text: '石春芝' },
    ],
  },
  {
    text: '欠薪 老板名字郝建军 电活 1388573O912 公司在大方',
    expected: [
      { kind: 'person-name', text: '郝建军' },
      { kind: 'mobile', text: '1388573O912' },
    ],
  },
  {
    text: `我的身分证号是522401199205O81234，打错了一位，应该是${withIdCheckCharacter('52240119920508123')}，请帮我改一下社保系统。`,
    expected: [
      { kind: 'id-card', text: '522401199205O81234' },
      { kind: 'id-card', text: withIdCheckCharacter('52240119920508123') },
    ],
  },
  {
    text: '请问绿卡丢了怎么补办？',
    expected: [],
  },
  {
    text: '您好，人才服务绿卡遗失的，请向市人才服务中心申请补办，补办时间为5个工作日，地点：七星关区同心大道人才大厦5楼，电话0857-8312612。',
    expected: [],
  },
  {
    text: '黄女士，您好：您的退休审批已于2024年5月20日通过，养老金从6月起发放，首月待遇3128.56元。',
    expected: [{ kind: 'person-name', text: '黄' }],
  },
  {
    text: '寄件地址：纳雍县居仁街道中岭社区中岭路9号附1号（杨记粮油店），收件人杨华，电话0857-3\u200b5\u200b2\u200b7\u200b6\u200b4\u200b1。',
    expected: [
      { kind: 'address', text: '纳雍县居仁街道中岭社区中岭路9号附1号' },
      { kind: 'person-name', text: '杨华' },
      { kind: 'landline', text: '0857-3\u200b5\u200b2\u200b7\u200b6\u200b4\u200b1' },
    ],
  },
  {
    text: '关于毕节市2024年度技能人才评价机构备案结果的公告（毕人社通〔2024〕52号）：共有37家机构完成备案。',
    expected: [],
  },
  {
    text: '我想知道我们黔西市洪水镇的那个“小时工”招聘是不是真的，他们说一小时25块。',
    expected: [],
  },
  {
    text: '我是纳雍县的马卫东，在毕节干了十几年保安，保安公司地址在七星关区三板桥街道清毕路56号，公司电话是8\u00A0259\u00A0336，公司经理叫俞成。',
    context: { authorName: '马卫东' },
    expected: [
      { kind: 'author-name', text: '马卫东' },
      { kind: 'landline', text: '8\u00A0259\u00A0336' },
      { kind: 'person-name', text: '俞成' },
    ],
  },
  {
    text: '您好，您反映的问题已转交七星关区人社局处理，处理结果将于15个工作日内答复您。七星关区人社局劳动监察大队：0857-8223145。',
    expected: [],
  },
  {
    text: `老师好，我是大学生姜宇航，身份证${withIdCheckCharacter('52242219990121101')}，想报名三支一扶，邮箱 jiangyuhang。99@qq。com`,
    context: { authorName: '姜宇航' },
    expected: [
      { kind: 'author-name', text: '姜宇航' },
      { kind: 'id-card', text: withIdCheckCharacter('52242219990121101') },
      { kind: 'email', text: 'jiangyuhang。99@qq。com' },
    ],
  },
  {
    text: '2024年毕节市“三支一扶”计划招募公告已发布，招募名额186名，报名时间为5月20日至5月26日，咨询电话0857-8223132、0857-8223136。',
    expected: [],
  },
  {
    text: '我爷爷叫陆成章，1950年出生，老民办教师，住在七星关区朱昌镇朱昌村街上组15号，他想问民办教师的补助怎么申请。家里电话(0857)8\u200b6\u200b4\u200b1\u200b3\u200b0\u200b2。',
    expected: [
      { kind: 'person-name', text: '陆成章' },
      { kind: 'address', text: '七星关区朱昌镇朱昌村街上组15号' },
      { kind: 'landline', text: '(0857)8\u200b6\u200b4\u200b1\u200b3\u200b0\u200b2' },
    ],
  },
  {
    text: '民办教师补助由教育部门负责，请联系七星关区教育局人事股，电话0857-8225061。',
    expected: [],
  },
  {
    text: '我在毕节某公司上班，公司让我们每个人交3000元押金，说是工作服和培训费，老板娘叫申琳，这合法吗',
    expected: [{ kind: 'person-name', text: '申琳' }],
  },
  {
    text: '根据《劳动合同法》第九条，用人单位招用劳动者，不得要求劳动者提供担保或者以其他名义向劳动者收取财物。违者由劳动行政部门责令限期退还，并以每人500元以上2000元以下的标准处以罚款。',
    expected: [],
  },
  {
    text: '微信：wx18685716609（就是我手机号前面加wx）',
    expected: [{ kind: 'wechat-id', text: 'wx18685716609' }],
  },
  {
    text: '我的微信就是我电话 15519571283 加我一下，我发材料给你们',
    expected: [{ kind: 'mobile', text: '15519571283' }],
  },
  {
    text: '毕节市人社局微信公众号：毕节人社；政务服务网：www.gzegn.gov.cn；邮政编码：551700。',
    expected: [],
  },
  {
    text: '我住黔西市锦星镇的一个村子，叫新华村，我们村有个人在外面当老板，叫蒋天明，把我们村二十几个人带出去干活，回来一分钱没拿到。',
    expected: [{ kind: 'person-name', text: '蒋天明' }],
  },
  {
    text: '我的新地址：金沙县鼓场街道新华社区新华路66号金城国际2号楼2单元1102室，以后的信件寄这里。',
    expected: [
      { kind: 'address', text: '金沙县鼓场街道新华社区新华路66号金城国际2号楼2单元1102室' },
    ],
  },
  {
    text: '您好，来信收悉。请您到金沙县人社局二楼办公室（金沙县鼓场街道新华路县政府大院内）领取相关文书，咨询电话0857-7222109。',
    expected: [],
  },
  {
    text: '我叫白云飞，在赫章县当乡村医生，乡村医生能不能参加职工养老保险？电话0857-3\uFEFF2\uFEFF1\uFEFF4\uFEFF8\uFEFF6\uFEFF5（卫生室）',
    context: { authorName: '白云飞' },
    expected: [
      { kind: 'author-name', text: '白云飞' },
      { kind: 'landline', text: '0857-3\uFEFF2\uFEFF1\uFEFF4\uFEFF8\uFEFF6\uFEFF5' },
    ],
  },
  {
    text: '在岗乡村医生可按灵活就业人员身份参加企业职工基本养老保险，具体政策请咨询赫章县卫健局，电话：0857-3222815。',
    expected: [],
  },
  {
    text: '我叫符春花，在毕节一家服装厂做了五年，厂里突然关门了，老板杜明跑路了，欠我们三个月工资，我们有四十多个人，其中和我一起的有苗丽、苗娟、欧阳小翠。',
    context: { authorName: '符春花' },
    expected: [
      { kind: 'author-name', text: '符春花' },
      { kind: 'person-name', text: '杜明' },
      { kind: 'person-name', text: '苗丽' },
      { kind: 'person-name', text: '苗娟' },
      { kind: 'person-name', text: '欧阳小翠' },
    ],
  },
  {
    text: '经查，该服装厂法定代表人已被公安机关立案侦查，涉嫌拒不支付劳动报酬罪（案件编号：毕公（经）立字〔2024〕0317号），欠薪将通过欠薪保障金先行垫付。',
    expected: [],
  },
  {
    text: '我要投诉毕节市社保局窗口的一个男的，工牌上写的是06号，名字好像叫柴某，态度很恶劣。',
    expected: [],
  },
  {
    text: '我们店里的座机号是：0857 8\u200d2\u200d3\u200d6\u200d1\u200d4\u200d9，店名叫老乡鸡毕节店，员工小卢被烫伤了。',
    expected: [
      { kind: 'landline', text: '0857 8\u200d2\u200d3\u200d6\u200d1\u200d4\u200d9' },
      { kind: 'person-name', text: '卢' },
    ],
  },
  {
    text: '我是帮我舅舅问的，他叫夏德贵，身份证号码5224211968\u200b03152218，在威宁县干了三十年石匠，现在腰不行了，能不能办个什么补助？',
    expected: [
      { kind: 'person-name', text: '夏德贵' },
      { kind: 'id-card', text: '5224211968\u200b03152218' },
    ],
  },
  {
    text: '第十四条　职工有下列情形之一的，应当认定为工伤：（一）在工作时间和工作场所内，因工作原因受到事故伤害的……',
    expected: [],
  },
  {
    text: '举报电话我打了，是0857-8322103对吧？还是要打你们的12345？说法不一样。',
    expected: [],
  },
  {
    text: '我家住威宁县六桥街道建设西路某小区，具体地址不方便说，丈夫姓丁，我们结婚以后他一直不让我出去工作。',
    expected: [{ kind: 'person-name', text: '丁' }],
  },
  {
    text: `我是广西百色的壮族，叫农秀梅，在毕节纳雍县打工，电话17377612085，身份证${withIdCheckCharacter('45102119890706242')}，我想问在纳雍交的社保回广西能用吗？`,
    context: { authorName: '农秀梅', authorPhone: '17377612085' },
    expected: [
      { kind: 'author-name', text: '农秀梅' },
      { kind: 'author-phone', text: '17377612085' },
      { kind: 'id-card', text: withIdCheckCharacter('45102119890706242') },
    ],
  },
  {
    text: '您好，社会保险关系可全国转移接续，您回广西就业后可申请将养老保险关系转回广西，缴费年限累计计算。',
    expected: [],
  },
  {
    text: `户名：聂小军 开户行：毕节农商银行 账号：${withLuhnDigit('62314101000187254')}，请把垫付工资打到这个账户。`,
    expected: [
      { kind: 'person-name', text: '聂小军' },
      { kind: 'bank-card', text: withLuhnDigit('62314101000187254') },
    ],
  },
  {
    text: '欠薪保障金垫付工资共计25600元已于2024年6月12日发放至相关农民工个人账户，本案已结案（案件号：七人社监〔2024〕031号）。',
    expected: [],
  },
  {
    text: '我的QQ号码：扣扣 914\u200b773\u200b208，邮箱就是这个号@qq.com',
    expected: [{ kind: 'qq', text: '914\u200b773\u200b208' }],
  },
  {
    text: '我父亲邓光辉，母亲陈晓兰，都是大方县的农民，都60岁以上了，两个人的养老金加起来一个月才400多，能不能提高？',
    expected: [
      { kind: 'person-name', text: '邓光辉' },
      { kind: 'person-name', text: '陈晓兰' },
    ],
  },
  {
    text: '城乡居民基础养老金标准由国家和省统一调整，2024年我省基础养老金最低标准为每人每月143元，毕节市另有地方补贴。',
    expected: [],
  },
  {
    text: '你好，我住七星关区德溪街道德溪社区金桥路19号金桥花园C区4栋，门口开了一家招工中介，老板叫麻永红，收了我们每人800中介费，工作根本没有。',
    expected: [
      { kind: 'address', text: '七星关区德溪街道德溪社区金桥路19号金桥花园C区4栋' },
      { kind: 'person-name', text: '麻永红' },
    ],
  },
  {
    text: '职业中介机构须取得人力资源服务许可证，您反映的中介机构经查未取得许可证（许可证号查询：毕节市人社局网站“行政许可”栏目），我局已依法取缔。',
    expected: [],
  },
  {
    text: '小孟，你上次给我的那个电话是老板办公室的吗？0857-7\u00AD6\u00AD2\u00AD6\u00AD5\u00AD8\u00AD8，打过去是一个女的接的。',
    expected: [
      { kind: 'person-name', text: '孟' },
      { kind: 'landline', text: '0857-7\u00AD6\u00AD2\u00AD6\u00AD5\u00AD8\u00AD8' },
    ],
  },
  {
    text: '我是在福建泉州打工的毕节人柏志勇，福建那边的老板说我们是劳务派遣，工伤找派遣公司，派遣公司在泉州丰泽区，电话0595-22983716。',
    expected: [
      { kind: 'person-name', text: '柏志勇' },
      { kind: 'landline', text: '0595-22983716' },
    ],
  },
  {
    text: '请问毕节市人社局的地址在哪里？我想当面反映问题。',
    expected: [],
  },
  {
    text: '您好，毕节市人社局地址：毕节市七星关区招商花园大道人社局办公大楼，信访接待时间为工作日上午9:00-12:00，信访接待室电话0857-8223118。',
    expected: [],
  },
  {
    text: '我叫兰\u200b翠\u200b英，七十二岁了，我儿子替我写的。我老伴去年走了，他原来是毕节地区运输公司退休的，叫韦光明，他的抚恤金我一直没领到。我家在七星关区市西街道市西路116号，电话就打我儿子的18311857906。',
    context: { authorName: '兰翠英', authorPhone: '18311857906' },
    expected: [
      { kind: 'author-name', text: '兰\u200b翠\u200b英' },
      { kind: 'person-name', text: '韦光明' },
      { kind: 'address', text: '七星关区市西街道市西路116号' },
      { kind: 'author-phone', text: '18311857906' },
    ],
  },
  {
    text: '您好，企业退休人员死亡后，其供养直系亲属可领取遗属待遇。请您携带相关材料到市社保局企业养老科（七星关区洪山路政务中心一楼6号窗口）办理，电话0857-8313427。',
    expected: [],
  },
  {
    text: '老张他们家的电话我不知道，我只知道他们的工头叫曾老二，真名不知道。',
    expected: [
      { kind: 'person-name', text: '张' },
      { kind: 'person-name', text: '曾' },
    ],
  },
  {
    text: '同一工程项目下涉及欠薪的有3个班组，其中木工班组14人，钢筋班组9人，泥水班组11人，合计欠薪87.3万元。',
    expected: [],
  },
  // ---- batch 6: social-security numbers, cards, contacts, answers with public lines ----
  {
    text: `社会保障卡号：${withIdCheckCharacter('52262719830812181')}\n姓名：龙春燕\n问题：我在外省看病，异地就医备案怎么办？`,
    context: { authorName: '龙春燕' },
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52262719830812181') },
      { kind: 'author-name', text: '龙春燕' },
    ],
  },
  {
    text: '您好，异地就医备案可通过“国家医保服务平台”APP或“贵州医保”APP线上办理，即时生效。如有疑问请拨打毕节市医保局异地就医咨询电话0857-8267226。',
    expected: [],
  },
  {
    text: '社保号：52242\u00AD31987\u00AD1009\u00AD2418，就是我的身份证号，我的养老保险缴费记录少了2015年的。',
    expected: [{ kind: 'social-security-number', text: '52242\u00AD31987\u00AD1009\u00AD2418' }],
  },
  {
    text: '您好，经查询，您2015年1月至12月的缴费记录在原参保单位毕节某水泥厂名下，已于系统内合并，现缴费年限共计17年4个月。',
    expected: [],
  },
  {
    text: `麻烦帮我查下，我的社会保障号码${withIdCheckCharacter('52242619750130421')}，今年是不是已经到退休年龄了？`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52242619750130421') }],
  },
  {
    text: '我是毕节本地人，在昆明上班，家里的电话0857-8\u202E7654321\u202C，有事找我妈。',
    expected: [{ kind: 'landline', text: '0857-8\u202E7654321\u202C' }],
  },
  {
    text: '我在工地上搬砖把脚砸了，包工头穆大华只给了我五百块钱叫我回家，我现在住在大方县东关乡东关村营盘组6号，走不了路。电话1\u200b3\u200b9\u200b8\u200b5\u200b7\u200b8\u200b2\u200b2\u200b5\u200b1',
    expected: [
      { kind: 'person-name', text: '穆大华' },
      { kind: 'address', text: '大方县东关乡东关村营盘组6号' },
      {
        kind: 'mobile',
        text: '1\u200b3\u200b9\u200b8\u200b5\u200b7\u200b8\u200b2\u200b2\u200b5\u200b1',
      },
    ],
  },
  {
    text: '工伤认定申请时限为事故伤害发生之日起1年内，由本人或近亲属向统筹地区社会保险行政部门提出。大方县人社局工伤股电话：0857-5222156。',
    expected: [],
  },
  {
    text: '我们车队的车牌是贵F52731、贵F·52732、贵F 52733，老板叫严德富，运输公司不给我们买保险。',
    expected: [
      { kind: 'plate', text: '贵F52731' },
      { kind: 'plate', text: '贵F·52732' },
      { kind: 'plate', text: '贵F 52733' },
      { kind: 'person-name', text: '严德富' },
    ],
  },
  {
    text: '请问我在织金县灵活就业交了医保，现在找到工作了，单位也给交，重复交了怎么退？',
    expected: [],
  },
  {
    text: '您好，重复缴费的，可携带身份证、社保卡到参保地医保经办机构申请退费，退费金额原路退回。织金县医保局地址：织金县文腾街道政务服务中心二楼，电话：0857-7631206。',
    expected: [],
  },
  {
    text: '我想举报一个吃空饷的，威宁县某乡镇卫生院的职工卢志远，他在外地做生意，工资照领，社保照交，他的手机15308572260。',
    expected: [
      { kind: 'person-name', text: '卢志远' },
      { kind: 'mobile', text: '15308572260' },
    ],
  },
  {
    text: '你们公众号上的联系电话是不是错了？写的0857-83126OO，两个O是字母。',
    expected: [],
  },
  {
    text: '您好，感谢您的指正，正确电话为0857-8312600，我们已更正。',
    expected: [],
  },
  {
    text: '我的学生邮箱：2021030118@stu.bjxy.example.cn，学号2021030118，我是毕节学院的，想问毕业生求职创业补贴。',
    expected: [{ kind: 'email', text: '2021030118@stu.bjxy.example.cn' }],
  },
  {
    text: '2024届高校毕业生求职创业补贴标准为每人1000元，由学校统一申报，毕节学院学生就业指导中心电话0857-8817311。',
    expected: [],
  },
  {
    text: '我哥欧德伟和我嫂子黎小红两个都在浙江打工，他们的小孩在老家，我们想问一下在浙江交的医保能不能给小孩报销。',
    expected: [
      { kind: 'person-name', text: '欧德伟' },
      { kind: 'person-name', text: '黎小红' },
    ],
  },
  {
    text: '联系人：骆先生 座机：0857—5\u00A0228\u00A0461（大方县城家里） 手机：18798112356',
    expected: [
      { kind: 'person-name', text: '骆' },
      { kind: 'landline', text: '0857—5\u00A0228\u00A0461' },
      { kind: 'mobile', text: '18798112356' },
    ],
  },
  {
    text: '七星关区劳动人事争议仲裁委员会立案庭电话：0857-8228016，传真：0857-8228017，地址：七星关区洪山街道清毕路区政务服务中心6楼。',
    expected: [],
  },
  {
    text: '我在黔西市工业园区的鞋厂上班，住工厂宿舍，宿舍地址是黔西市杜鹃街道工业园区2号路3号宿舍楼4楼408，舍友邱红和我一起被辞退了。',
    expected: [
      { kind: 'address', text: '黔西市杜鹃街道工业园区2号路3号宿舍楼4楼408' },
      { kind: 'person-name', text: '邱红' },
    ],
  },
  {
    text: '经核实，该鞋厂因订单减少进行经济性裁员，已按规定提前30日向工会说明情况并向劳动行政部门报告，裁员人员经济补偿金已足额支付。',
    expected: [],
  },
  {
    text: 'V信：bj-liuyang88 或 打我手机 158 8571 9032 刘阳',
    context: { authorName: '刘阳', authorPhone: '15885719032' },
    expected: [
      { kind: 'wechat-id', text: 'bj-liuyang88' },
      { kind: 'author-phone', text: '158 8571 9032' },
      { kind: 'author-name', text: '刘阳' },
    ],
  },
  {
    text: '问：我是公务员，辞职后养老保险怎么处理？\n答：机关事业单位工作人员辞职的，其基本养老保险关系和职业年金随同转移至新参保地。',
    expected: [],
  },
  {
    text: '我爱人姓甘，在金沙县打工，工厂地址：金沙县沙土镇工业园区A区8号厂房，车间主任叫邹国平，电话0857-7\u200b6\u200b2\u200b1\u200b4\u200b5\u200b2。',
    expected: [
      { kind: 'person-name', text: '甘' },
      { kind: 'address', text: '金沙县沙土镇工业园区A区8号厂房' },
      { kind: 'person-name', text: '邹国平' },
      { kind: 'landline', text: '0857-7\u200b6\u200b2\u200b1\u200b4\u200b5\u200b2' },
    ],
  },
  {
    text: '金沙县人社局12333分中心电话0857-7212333，工作日可拨打咨询社保、就业、劳动关系等问题。',
    expected: [],
  },
  {
    text: `姓名：何志鹏\n身份证：${withIdCheckCharacter('52242219870926153')}\n开户行：中国邮政储蓄银行大方县支行\n卡号：${withLuhnDigit('621799700000283615')}\n事由：申请一次性创业补贴`,
    context: { authorName: '何志鹏' },
    expected: [
      { kind: 'author-name', text: '何志鹏' },
      { kind: 'id-card', text: withIdCheckCharacter('52242219870926153') },
      { kind: 'bank-card', text: withLuhnDigit('621799700000283615') },
    ],
  },
  {
    text: '一次性创业补贴标准为每户5000元，申请人须为首次创办小微企业或从事个体经营且正常经营1年以上，申请材料提交至大方县就业局创业股（0857-5231209）。',
    expected: [],
  },
  {
    text: '我叫付玲，我前年从毕节某医院辞职了，医院一直扣着我的档案不给转，人事科的廖科长说要我赔培训费两万块。',
    context: { authorName: '付玲' },
    expected: [
      { kind: 'author-name', text: '付玲' },
      { kind: 'person-name', text: '廖' },
    ],
  },
  {
    text: '根据《劳动合同法》第五十条，用人单位应当在解除或者终止劳动合同时出具证明，并在十五日内为劳动者办理档案和社会保险关系转移手续。',
    expected: [],
  },
  {
    text: '我家老屋的电话是 5\u200b2\u200b6 2\u200b8\u200b1\u200b3 ，我现在在外地打工，有信件就寄到老家大方县理化乡理化村3组，我妈会收。',
    expected: [{ kind: 'landline', text: '5\u200b2\u200b6 2\u200b8\u200b1\u200b3' }],
  },
  {
    text: '你们赫章县人社局的电话是多少？网上查到三个：0857-3222196、0857-3222341、0857-3223012，打哪个？',
    expected: [],
  },
  {
    text: '您好，赫章县人社局综合咨询电话0857-3222196；劳动监察举报电话0857-3222341；社保业务咨询电话0857-3223012。',
    expected: [],
  },
  {
    text: '我叫瞿\u200d明\u200d亮，1981年生，在毕节城区摆摊卖水果，没单位，想交养老保险，手机15\u200d9\u200d8\u200d5\u200d7\u200d1\u200d8\u200d6\u200d0\u200d2。',
    context: { authorName: '瞿明亮', authorPhone: '15985718602' },
    expected: [
      { kind: 'author-name', text: '瞿\u200d明\u200d亮' },
      {
        kind: 'author-phone',
        text: '15\u200d9\u200d8\u200d5\u200d7\u200d1\u200d8\u200d6\u200d0\u200d2',
      },
    ],
  },
  {
    text: '请问毕节市2024年度社会平均工资公布了没有？我们要算经济补偿。',
    expected: [],
  },
  {
    text: '您好，2023年度贵州省全口径城镇单位就业人员平均工资为88632元/年，月平均7386元，经济补偿按劳动者本人离职前12个月平均工资计算，最高不超过该标准的3倍。',
    expected: [],
  },
  {
    text: '我要举报毕节市某驾校的教练申永强，他的车贵F·Z765学，他收学员的钱，还叫学员给他干私活，不给钱。',
    expected: [
      { kind: 'person-name', text: '申永强' },
      { kind: 'plate', text: '贵F·Z765学' },
    ],
  },
  {
    text: '我的扣扣号是二七八三九一五零六，手机不常用。',
    expected: [{ kind: 'qq', text: '二七八三九一五零六' }],
  },
  {
    text: '毕节市人社局信息中心电话：0857-8223170（社保卡、系统故障咨询）。',
    expected: [],
  },
  {
    text: '您好，您的投诉已收到，承办人：市劳动监察支队 朱晓峰，联系电话：0857-8322103。',
    expected: [{ kind: 'person-name', text: '朱晓峰' }],
  },
  {
    text: '我是外省来的 贵州话讲不来 我在织金县的 一个养殖场喂猪 老板一直不发工资 我老家是云南昭通的 电话 0870-2156738 是我家里的 我叫 普 永 昌',
    context: { authorName: '普永昌' },
    expected: [
      { kind: 'landline', text: '0870-2156738' },
      { kind: 'author-name', text: '普 永 昌' },
    ],
  },
  {
    text: '您好，请您带上身份证和能证明劳动关系的材料（如工资记录、微信聊天记录、证人证言等）到织金县人社局劳动监察大队（织金县文腾街道政务服务中心三楼）投诉。',
    expected: [],
  },
  {
    text: '工资欠条：今欠到黄开明工资人民币壹万贰仟元整（12000元），于2024年春节前付清。欠款人：范志高 2023年10月8日',
    expected: [
      { kind: 'person-name', text: '黄开明' },
      { kind: 'person-name', text: '范志高' },
    ],
  },
  {
    text: '我父母都在老家纳雍县厍东关乡，家里座机0857——3618229，我爸叫安顺明，我妈叫禄秀英，他俩一直没参加养老保险。',
    expected: [
      { kind: 'landline', text: '0857——3618229' },
      { kind: 'person-name', text: '安顺明' },
      { kind: 'person-name', text: '禄秀英' },
    ],
  },
  {
    text: '城乡居民养老保险参保登记请到户籍所在地村（社区）协办员处办理，纳雍县社保局城乡居民养老保险股电话0857-3523018。',
    expected: [],
  },
  {
    text: '我的工作单位是毕节市某商贸有限公司，单位地址在七星关区碧阳大道西段，单位联系电话(0857)8\u00AD2\u00AD7\u00AD3\u00AD9\u00AD0\u00AD5，人事部经理胡雪。',
    expected: [
      { kind: 'landline', text: '(0857)8\u00AD2\u00AD7\u00AD3\u00AD9\u00AD0\u00AD5' },
      { kind: 'person-name', text: '胡雪' },
    ],
  },
  {
    text: '您好，关于您反映的问题，经与用人单位联系，单位表示已于2024年4月为您补缴社保费，补缴期间为2023年9月至2024年3月，共7个月。',
    expected: [],
  },
  {
    text: `我妹妹叫屈小燕，身份证${withIdCheckCharacter('52262619980808442')}，在广东东莞打工，被厂里的机器压断了手指，现在还在东莞康华医院住院，厂里不管。`,
    expected: [
      { kind: 'person-name', text: '屈小燕' },
      { kind: 'id-card', text: withIdCheckCharacter('52262619980808442') },
    ],
  },
  {
    text: '请问办理失业登记需要什么材料？我在毕节，户口在四川。',
    expected: [],
  },
  {
    text: '您好，非本地户籍人员可在常住地办理失业登记，凭身份证即可办理，无需户口簿。毕节市就业服务大厅咨询电话：0857-8312600。',
    expected: [],
  },
  {
    text: '老板家的座机：0857-8\u200c2\u200c5\u200c1\u200c4\u200c7\u200c3，他家住在七星关区碧阳街道百花山路78号，老板叫文正华，你们去他家找他。',
    expected: [
      { kind: 'landline', text: '0857-8\u200c2\u200c5\u200c1\u200c4\u200c7\u200c3' },
      { kind: 'address', text: '七星关区碧阳街道百花山路78号' },
      { kind: 'person-name', text: '文正华' },
    ],
  },
  {
    text: '七星关区人社局信访室电话：8221603，受理时间为周一至周五。',
    expected: [],
  },
  // ---- batch 7: more personal data in everyday wording ----
  {
    text: '有事打我电话18096325871，或者我老公的，18096325870，两个号连着的。',
    expected: [
      { kind: 'mobile', text: '18096325871' },
      { kind: 'mobile', text: '18096325870' },
    ],
  },
  {
    text: '麻烦你们快点 我等着钱给娃儿交学费 电话：+86-187 8570 3319 找小谢',
    expected: [
      { kind: 'mobile', text: '+86-187 8570 3319' },
      { kind: 'person-name', text: '谢' },
    ],
  },
  {
    text: '公司人事叫丁婷婷，她的手机号码我有，19908571236，你们直接打给她问。',
    expected: [
      { kind: 'person-name', text: '丁婷婷' },
      { kind: 'mobile', text: '19908571236' },
    ],
  },
  {
    text: '我现在租住在七星关区洪山街道洪山路社区太平路47号附3号一楼，房东姓简，电话8\u200b2\u200b2\u200b9\u200b6\u200b1\u200b4是房东家的。',
    expected: [
      { kind: 'address', text: '七星关区洪山街道洪山路社区太平路47号附3号一楼' },
      { kind: 'person-name', text: '简' },
      { kind: 'landline', text: '8\u200b2\u200b2\u200b9\u200b6\u200b1\u200b4' },
    ],
  },
  {
    text: '我是四川古蔺的彭大勇，在金沙县干活，我们老板叫况正福，他的电话13518578214，我的电话15082736617，老家座机0830-7236185。',
    context: { authorName: '彭大勇', authorPhone: '15082736617' },
    expected: [
      { kind: 'author-name', text: '彭大勇' },
      { kind: 'person-name', text: '况正福' },
      { kind: 'mobile', text: '13518578214' },
      { kind: 'author-phone', text: '15082736617' },
      { kind: 'landline', text: '0830-7236185' },
    ],
  },
  {
    text: `投诉毕节某家政公司，我妈妈汪秀珍在他们那里做保洁，公司经理罗斌说她年纪大了要辞退她，一分补偿都不给。我妈的身份证号${withIdCheckCharacter('52240119661102222')}。`,
    expected: [
      { kind: 'person-name', text: '汪秀珍' },
      { kind: 'person-name', text: '罗斌' },
      { kind: 'id-card', text: withIdCheckCharacter('52240119661102222') },
    ],
  },
  {
    text: '达到法定退休年龄的，劳动合同终止，用人单位无须支付经济补偿。您母亲已满57周岁，请核实其是否已达到退休年龄。',
    expected: [],
  },
  {
    text: '我的地址：威宁县雪山镇雪山村三组43号 罗桂香收 手机18385712649',
    context: { authorName: '罗桂香', authorPhone: '18385712649' },
    expected: [
      { kind: 'address', text: '威宁县雪山镇雪山村三组43号' },
      { kind: 'author-name', text: '罗桂香' },
      { kind: 'author-phone', text: '18385712649' },
    ],
  },
  {
    text: '我儿子陶俊杰在你们人社局办的就业见习，单位是七星关区某律师事务所，见习三个月了，一分补贴没有，指导老师申律师说补贴要等年底。',
    expected: [
      { kind: 'person-name', text: '陶俊杰' },
      { kind: 'person-name', text: '申' },
    ],
  },
  {
    text: '我在外面打工，老家威宁的电话我爸用的，0857 6\u00AD4\u00AD2\u00AD7\u00AD3\u00AD8\u00AD1，我爸叫管正方，他领养老金的存折丢了。',
    expected: [
      { kind: 'landline', text: '0857 6\u00AD4\u00AD2\u00AD7\u00AD3\u00AD8\u00AD1' },
      { kind: 'person-name', text: '管正方' },
    ],
  },
  {
    text: 'email：hu.xiaojun(at)foxmail(dot)com，胡晓军，请把劳动仲裁裁决书的扫描件发我一份。',
    context: { authorName: '胡晓军' },
    expected: [
      { kind: 'email', text: 'hu.xiaojun(at)foxmail(dot)com' },
      { kind: 'author-name', text: '胡晓军' },
    ],
  },
  {
    text: '我是大方县猫场镇的，老公叫范云龙，2023年在织金的煤矿上出事了，到现在工亡待遇没下来，我和两个娃娃没得生活来源，我的电话17785738824，住猫场镇新场村下寨组19号。',
    expected: [
      { kind: 'person-name', text: '范云龙' },
      { kind: 'mobile', text: '17785738824' },
      { kind: 'address', text: '猫场镇新场村下寨组19号' },
    ],
  },
  {
    text: '您好，经核实，范云龙同志工亡认定已于2024年2月作出，一次性工亡补助金、丧葬补助金已由工伤保险基金支付至其配偶账户，供养亲属抚恤金按月发放。',
    expected: [{ kind: 'person-name', text: '范云龙' }],
  },
  {
    text: '同事金小华的工资卡6228\u200b4804\u200b7800\u200b1598\u200b76，公司把他的工资打到这张卡上了，但是卡被他前妻拿着。',
    expected: [
      { kind: 'person-name', text: '金小华' },
      { kind: 'bank-card', text: '6228\u200b4804\u200b7800\u200b1598\u200b76' },
    ],
  },
  {
    text: '我叫冉光辉 手机号 133 1857 2096 微信 rgh_857 我在黔西给一个老板开挖机 老板叫谌友林 欠我两万八',
    context: { authorName: '冉光辉', authorPhone: '13318572096' },
    expected: [
      { kind: 'author-name', text: '冉光辉' },
      { kind: 'author-phone', text: '133 1857 2096' },
      { kind: 'wechat-id', text: 'rgh_857' },
      { kind: 'person-name', text: '谌友林' },
    ],
  },
  {
    text: '黔西市人社局：冉光辉反映的问题，请于5个工作日内调查核实并回复，黔西市劳动监察大队值班电话0857-4222310。',
    context: { authorName: '冉光辉' },
    expected: [{ kind: 'author-name', text: '冉光辉' }],
  },
  {
    text: '毕节市人社局：我叫蒙\u00AD正\u00AD义，电话0857-3\u200b5\u200b2\u200b1\u200b7\u200b6\u200b2（纳雍县城家里），想问一下我的技能等级证书在哪里领。',
    context: { authorName: '蒙正义', authorPhone: '0857-3521762' },
    expected: [
      { kind: 'author-name', text: '蒙\u00AD正\u00AD义' },
      { kind: 'author-phone', text: '0857-3\u200b5\u200b2\u200b1\u200b7\u200b6\u200b2' },
    ],
  },
  {
    text: '您好，职业技能等级证书可在“技能人才评价证书全国联网查询”系统查询并下载电子证书，纸质证书请到评价机构领取。',
    expected: [],
  },
  {
    text: '贵州省人力资源和社会保障厅 监督电话：0851-85527321；贵州省12333服务热线：0851-12333。',
    expected: [],
  },
  {
    text: '投诉人：瞿女士 电话：18685706531 投诉对象：毕节某月子中心 地址：七星关区麻园街道翡翠湖路 问题：月嫂工资被克扣',
    expected: [
      { kind: 'person-name', text: '瞿' },
      { kind: 'mobile', text: '18685706531' },
    ],
  },
  {
    text: '我叔叔黎正明在赫章县干了四十年民办代课教师，现在退休了一分钱都没有，他住赫章县妈姑镇豆地村2组35号，电话可以打我婶婶家座机0857-3\u200d4\u200d1\u200d6\u200d2\u200d0\u200d9。',
    expected: [
      { kind: 'person-name', text: '黎正明' },
      { kind: 'address', text: '赫章县妈姑镇豆地村2组35号' },
      { kind: 'landline', text: '0857-3\u200d4\u200d1\u200d6\u200d2\u200d0\u200d9' },
    ],
  },
  {
    text: `我的身份证号：${withIdCheckCharacter('52250119931226263')}，名字：尚\u200b文\u200b娟，毕节学院毕业，档案在哪里？`,
    context: { authorName: '尚文娟' },
    expected: [
      { kind: 'id-card', text: withIdCheckCharacter('52250119931226263') },
      { kind: 'author-name', text: '尚\u200b文\u200b娟' },
    ],
  },
  {
    text: '您好，毕节学院2015届毕业生档案已统一转至生源地人才服务机构，请联系毕节市人才服务中心档案室，电话0857-8312615。',
    expected: [],
  },
  // ---- batch 8: short follow-ups ----
  {
    text: '上次留言的是我，杜小平，电话换了，新号15286031745，旧号作废。',
    context: { authorName: '杜小平' },
    expected: [
      { kind: 'author-name', text: '杜小平' },
      { kind: 'mobile', text: '15286031745' },
    ],
  },
  {
    text: '我们工地的安全员史文海可以作证，他现在在七星关区海子街镇干活，电话我没有，他家里座机是8\u00AD5\u00AD1\u00AD2\u00AD6\u00AD0\u00AD4。',
    expected: [
      { kind: 'person-name', text: '史文海' },
      { kind: 'landline', text: '8\u00AD5\u00AD1\u00AD2\u00AD6\u00AD0\u00AD4' },
    ],
  },
  {
    text: '退休证寄到：织金县八步街道新华社区新华南路17号2单元3楼左，收件人：葛明芬（本人女儿），电话13984713620',
    expected: [
      { kind: 'address', text: '织金县八步街道新华社区新华南路17号2单元3楼左' },
      { kind: 'person-name', text: '葛明芬' },
      { kind: 'mobile', text: '13984713620' },
    ],
  },
  {
    text: '王科长，您上次说的材料我已经准备好了，明天上午来找您，我是金沙那个工伤的，姓毛。',
    expected: [
      { kind: 'person-name', text: '王' },
      { kind: 'person-name', text: '毛' },
    ],
  },
  {
    text: '我在毕节高铁站附近的工地上干活，工地老板的女儿叫司马婷，是财务，她说工资要等工程款到了才发。',
    expected: [{ kind: 'person-name', text: '司马婷' }],
  },
  {
    text: '我和工友郭长青、郭长贵、杨小山在七星关区大银镇的项目干了半年，老板说年底结账，现在年底了又说明年。',
    expected: [
      { kind: 'person-name', text: '郭长青' },
      { kind: 'person-name', text: '郭长贵' },
      { kind: 'person-name', text: '杨小山' },
    ],
  },
  {
    text: `我的社保卡号码是：${withIdCheckCharacter('52242519900327121')}，卡是2016年办的，现在要换三代卡吗？`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52242519900327121') }],
  },
  {
    text: '单位电话（对方公司）：0857-8\u3000356\u3000221，他们公司的前台叫肖敏，每次打过去都说老板不在。',
    expected: [
      { kind: 'landline', text: '0857-8\u3000356\u3000221' },
      { kind: 'person-name', text: '肖敏' },
    ],
  },
  {
    text: `你好我是大方的 我叫孙启明 我的身份证是 ${withIdCheckCharacter('52242219720815453')} 我想问我在大方交的养老保险一个月能领多少`,
    context: { authorName: '孙启明' },
    expected: [
      { kind: 'author-name', text: '孙启明' },
      { kind: 'id-card', text: withIdCheckCharacter('52242219720815453') },
    ],
  },
  {
    text: '举报威宁县某建筑公司使用假身份证招用未成年人，那个孩子叫马小龙，才15岁，用的是他哥哥马大龙的身份证。',
    expected: [
      { kind: 'person-name', text: '马小龙' },
      { kind: 'person-name', text: '马大龙' },
    ],
  },
  {
    text: 'QQ邮箱：1583726490@qq.com，QQ号就是前面的数字。',
    expected: [{ kind: 'email', text: '1583726490@qq.com' }],
  },
  {
    text: '我是外地的，在七星关区开餐馆，地址七星关区市东街道桂花路31号“老成都川菜馆”，店里座机：８２６１７３５，厨师小梁被油烫伤了，我想给他报工伤。',
    expected: [
      { kind: 'address', text: '七星关区市东街道桂花路31号' },
      { kind: 'landline', text: '８２６１７３５' },
      { kind: 'person-name', text: '梁' },
    ],
  },
  {
    text: '我在毕节干保安，队长叫段永平，他让我们每天站岗14个小时，一个月只给2800块，我的电话18985012764。',
    expected: [
      { kind: 'person-name', text: '段永平' },
      { kind: 'mobile', text: '18985012764' },
    ],
  },
  {
    text: `老伴叫严正书，他的社会保障卡号${withIdCheckCharacter('52262219490112351')}，他今年住院的钱报销了一半，另外一半说是自费药，我们看不懂。`,
    expected: [
      { kind: 'person-name', text: '严正书' },
      { kind: 'social-security-number', text: withIdCheckCharacter('52262219490112351') },
    ],
  },
  {
    text: '我的家庭住址是金沙县岩孔街道岩孔社区团结路8号，家里电话0857-7\u200d5\u200d3\u200d2\u200d1\u200d6\u200d4，我叫喻德才，想问被征地农民养老保险怎么办理。',
    context: { authorName: '喻德才' },
    expected: [
      { kind: 'address', text: '金沙县岩孔街道岩孔社区团结路8号' },
      { kind: 'landline', text: '0857-7\u200d5\u200d3\u200d2\u200d1\u200d6\u200d4' },
      { kind: 'author-name', text: '喻德才' },
    ],
  },
  {
    text: '您好，被征地农民养老保险请向金沙县人社局社保股咨询（金沙县鼓场街道政务服务中心一楼，电话0857-7212333）。',
    expected: [],
  },
]
