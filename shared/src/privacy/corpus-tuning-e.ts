// Fifth tuning corpus for the personal-data detector. It was written separately as the fourth
// held-out corpus; its figures were recorded (docs/benchmarks.md) and it then became tuning data.
// All personal data in it is fictitious: mobiles and landlines are made up; ID numbers are built
// with withIdCheckCharacter (or written with a wrong check character where a citizen mistyped);
// bank cards with withLuhnDigit.
import type { CorpusItem } from './corpus'
import { withIdCheckCharacter, withLuhnDigit } from './test-support'

export const TUNING_CORPUS_E: readonly CorpusItem[] = [
  // ---- batch 1: citizens' messages ----
  {
    text: '我是在织金县城关镇干活的，包工头罗永贵拖欠我们工资快半年了，一共十一个人，打他电话不接，求求领导帮帮忙。',
    expected: [{ kind: 'person-name', text: '罗永贵' }],
  },
  {
    text: '领导你好 我在大方县那个安置点工地做钢筋 老板欠我两万三 电话15985714263 麻烦给处理下',
    expected: [{ kind: 'mobile', text: '15985714263' }],
  },
  {
    text: '您好，我想咨询一下灵活就业人员参加养老保险，每年最低档是多少钱？在哪里缴费？',
    expected: [],
  },
  {
    text: `本人蒙德华，身份证号${withIdCheckCharacter('52242619670815203')}，1987年参加工作，档案里的招工表找不到了，现在办退休说视同缴费年限认定不了，请问怎么补救？`,
    context: { authorName: '蒙德华', authorPhone: '13765290418' },
    expected: [
      { kind: 'author-name', text: '蒙德华' },
      { kind: 'id-card', text: `${withIdCheckCharacter('52242619670815203')}` },
    ],
  },
  {
    text: '我父亲敖明清今年已经满六十岁了，在威宁县雪山镇交的新农保，想问一下什么时候开始领钱，要带什么材料？我的电话是 139-8573-2061。',
    expected: [
      { kind: 'person-name', text: '敖明清' },
      { kind: 'mobile', text: '139-8573-2061' },
    ],
  },
  {
    text: '投诉贵州黔程建筑劳务有限公司承建的七星关区洪山路小学改扩建项目拖欠农民工工资，涉及12名农民工，金额约38000元，已拖欠自2024年3月起。',
    expected: [],
  },
  {
    text: '请问失业保险金是按月发还是一次性发？我2023年11月被公司辞退，交了4年失业保险。',
    expected: [],
  },
  {
    text: '你好，我叫田小燕，在毕节一家超市当收银员，老板不给买社保，说试用期过了才买，我都干了八个月了。我家住七星关区市东街道桂花路18号金桂苑3栋2单元601室。',
    context: { authorName: '田小燕' },
    expected: [
      { kind: 'author-name', text: '田小燕' },
      { kind: 'address', text: '七星关区市东街道桂花路18号金桂苑3栋2单元601室' },
    ],
  },
  {
    text: '社保卡丢了补办要多久，能不能在手机上办，谢谢老师。',
    expected: [],
  },
  {
    text: '我们在浙江宁波一家鞋厂打工，老乡介绍来的，厂里老板姓潘，潘老板说年底一起结账，现在过年了说没钱。我们是纳雍县的，一共五个人：杨光荣、杨光明、韦小兵、禄海、龙德英。',
    expected: [
      { kind: 'person-name', text: '潘' },
      { kind: 'person-name', text: '潘' },
      { kind: 'person-name', text: '杨光荣' },
      { kind: 'person-name', text: '杨光明' },
      { kind: 'person-name', text: '韦小兵' },
      { kind: 'person-name', text: '禄海' },
      { kind: 'person-name', text: '龙德英' },
    ],
  },
  {
    text: '请问人才服务绿卡申请需要满足哪些条件？博士研究生是否可以直接申请A卡？',
    expected: [],
  },
  {
    text: `我的工资卡号是${withLuhnDigit('621700215000837264')}，建设银行的，仲裁调解书上说3月底前打款，到现在一分没收到。`,
    expected: [{ kind: 'bank-card', text: `${withLuhnDigit('621700215000837264')}` }],
  },
  {
    text: '依据毕人社发〔2019〕18号文件，就业见习补贴标准是多少？我们单位今年接收了6名高校毕业生见习。',
    expected: [],
  },
  {
    text: '我是金沙县的彭家树，在禹谟镇一个煤矿井下受伤，右腿骨折，矿上不给报工伤，说我是临时工。联系电话18708571396，微信pengjs_1979。',
    context: { authorName: '彭家树', authorPhone: '18708571396' },
    expected: [
      { kind: 'author-name', text: '彭家树' },
      { kind: 'author-phone', text: '18708571396' },
      { kind: 'wechat-id', text: 'pengjs_1979' },
    ],
  },
  {
    text: '举报：七星关区某物业公司保安每天上班12小时，一个月只休2天，工资2200元，也没有加班费，请劳动监察部门查一查。',
    expected: [],
  },
  {
    text: '老师好，我是2024届毕业生，档案寄回毕节了，但是不知道在人才服务中心还是在县里，怎么查？邮箱是 wuxiaoman2002@163.com，麻烦回复一下。',
    expected: [{ kind: 'email', text: 'wuxiaoman2002@163.com' }],
  },
  {
    text: '医保异地就医备案怎么弄，我妈在昆明住院，我们是赫章县的参保人。',
    expected: [],
  },
  {
    text: '项目经理吴斌说工资要等甲方拨款，甲方说钱早就给了，两边踢皮球，我们二十几个工人的血汗钱到底找谁要？',
    expected: [{ kind: 'person-name', text: '吴斌' }],
  },
  {
    text: '您好，我在黔西市一家石材厂上班，周一到周六都要干，每天11个小时，算不算违法？万一出了事谁负责？',
    expected: [],
  },
  {
    text: `姓名：穆小芳\n性别：女\n身份证号：${withIdCheckCharacter('52242819910304162')}\n住址：赫章县白果街道三官寨社区5组27号\n联系电话：17385260947\n诉求：要求单位补缴2019年至2022年养老保险。`,
    context: { authorName: '穆小芳', authorPhone: '17385260947' },
    expected: [
      { kind: 'author-name', text: '穆小芳' },
      { kind: 'id-card', text: `${withIdCheckCharacter('52242819910304162')}` },
      { kind: 'address', text: '赫章县白果街道三官寨社区5组27号' },
      { kind: 'author-phone', text: '17385260947' },
    ],
  },
  {
    text: '请问技能提升补贴申请是在哪个APP？我考了电工证，证书编号是S000052050032230211，能不能申请？',
    expected: [],
  },
  {
    text: '我老公邹国强去年在工地上摔下来，现在还躺在床上，工伤认定书下来了，可公司一直拖着不赔。我电话一五八 八五七三 九零二六，谢谢领导。',
    expected: [
      { kind: 'person-name', text: '邹国强' },
      { kind: 'mobile', text: '一五八 八五七三 九零二六' },
    ],
  },
  {
    text: '咨询：养老保险个人账户余额在哪里查询？能不能一次性取出来？',
    expected: [],
  },
  {
    text: '我在广东东莞长安镇打工，是大方县人，想问一下在外省交的社保能不能转回毕节？转回来要几个月？我QQ是 2874150936 方便的话加我说。',
    expected: [{ kind: 'qq', text: '2874150936' }],
  },
  {
    text: '我们公司（毕节市恒信物业服务有限公司，统一社会信用代码91520502MA6H7K2P3L）想申请稳岗返还，请问今年的政策是什么？',
    expected: [],
  },
  {
    text: '老板娘李红每次发工资都少发两三百，说是扣水电费，我们住的是厂里的宿舍，合同上没写要扣钱。',
    expected: [{ kind: 'person-name', text: '李红' }],
  },
  {
    text: '劳动仲裁立案需要什么材料？我和公司解除了合同，公司不给经济补偿。',
    expected: [],
  },
  {
    text: '我叫文朝友，在毕节经济开发区一个电子厂做了三年，厂里突然关门，老板跑了，工人一百多个都没拿到钱。我的手机号码+86 136 0857 4412。',
    context: { authorName: '文朝友', authorPhone: '13608574412' },
    expected: [
      { kind: 'author-name', text: '文朝友' },
      { kind: 'author-phone', text: '+86 136 0857 4412' },
    ],
  },
  {
    text: '建议人社局在周末也开放社保卡补办窗口，上班族工作日实在请不到假。',
    expected: [],
  },
  {
    text: '我是安顺人，在毕节市碧阳大道边上开了个门面卖五金，请了两个小工，请问个体户要不要给员工买社保？',
    expected: [],
  },
  {
    text: '工友赵刚和孙伟都可以作证，那天是带班的陈师傅叫我们上去拆模板的。',
    expected: [
      { kind: 'person-name', text: '赵刚' },
      { kind: 'person-name', text: '孙伟' },
      { kind: 'person-name', text: '陈' },
    ],
  },
  {
    text: '你好，我在2023年3月15日递交的退休申请，到现在还没审批下来，请问是哪个环节卡住了？',
    expected: [],
  },
  {
    text: `我的社会保障卡号是${withIdCheckCharacter('52242219750926411')}，卡片显示未激活，去银行说要先到人社窗口办。`,
    expected: [
      { kind: 'social-security-number', text: `${withIdCheckCharacter('52242219750926411')}` },
    ],
  },
  {
    text: '领导好，俺是河南的，在七星关区那边的工地干活，带班的老韩把钱领走了不给俺们发，俺们六个人一共四万多块。',
    expected: [{ kind: 'person-name', text: '韩' }],
  },
  {
    text: '七星关区就业局在哪里办公？我想去办失业登记。',
    expected: [],
  },
  {
    text: '反映一下，织金县双堰街道有个奶茶店招暑假工，说好一小时12块，干了一个月只给了800块，老板说扣了培训费，这个合理吗？',
    expected: [],
  },
  {
    text: '联系人：韦珍 电话0857-8316472（家里） 手机 18985739014',
    expected: [
      { kind: 'person-name', text: '韦珍' },
      { kind: 'landline', text: '0857-8316472' },
      { kind: 'mobile', text: '18985739014' },
    ],
  },
  {
    text: '我是一名退役军人，想问一下军龄能不能视同缴费年限？我有退伍证。',
    expected: [],
  },
  {
    text: '车牌贵F·7K3Q2的那辆白色皮卡就是老板的车，他天天开着到工地来，就是说没钱发工资。',
    expected: [{ kind: 'plate', text: '贵F·7K3Q2' }],
  },
  {
    text: '您好！请问2024年度灵活就业人员医保缴费截止到什么时候？是在税务局缴还是在社保局缴？',
    expected: [],
  },
  {
    text: '我妈妈叫龙秀兰，今年72岁了，以前在县供销社上班，九几年单位改制就没交社保了，现在能不能补交？她住在纳雍县雍熙街道建设路42号，离县城很近。',
    expected: [
      { kind: 'person-name', text: '龙秀兰' },
      { kind: 'address', text: '纳雍县雍熙街道建设路42号' },
    ],
  },
  {
    text: '毕节市人力资源和社会保障局你们好，我要投诉毕节某某汽车销售服务有限公司，不签劳动合同，试用期六个月，还要交500元押金。',
    expected: [],
  },
  {
    text: '找不到人了，欠我钱的那个姓杨的老板，大家都叫他杨老二，电话一直关机，他原来的电话是13985071623。',
    expected: [
      { kind: 'person-name', text: '杨' },
      { kind: 'person-name', text: '杨' },
      { kind: 'mobile', text: '13985071623' },
    ],
  },
  {
    text: '就业见习期间发生意外，见习单位要负责吗？见习生没有签劳动合同。',
    expected: [],
  },
  {
    text: '我女儿彭思雨大学毕业两年了还没找到工作，听说毕节有个就业见习岗位，她能不能报名？她的邮箱pengsiyu。0512@qq。com',
    expected: [
      { kind: 'person-name', text: '彭思雨' },
      { kind: 'email', text: 'pengsiyu。0512@qq。com' },
    ],
  },
  {
    text: '第二十四条说的“用人单位应当自用工之日起一个月内订立书面劳动合同”，我们公司三个月都没签，能要双倍工资吗？',
    expected: [],
  },
  {
    text: '你好，我在大方县羊场镇新营村4组15号住，儿子在外地打工出了事故死亡，单位只给了五万，我们不懂这些，想请政府帮忙。我叫陈光明。',
    context: { authorName: '陈光明' },
    expected: [
      { kind: 'address', text: '大方县羊场镇新营村4组15号' },
      { kind: 'author-name', text: '陈光明' },
    ],
  },
  {
    text: '请问一下医保卡里面的钱能给家里人用吗？我爸妈都在老家。',
    expected: [],
  },
  {
    text: '同事小杨和我一起被辞退的，公司说我们旷工，其实是请了假的，有请假条。',
    expected: [{ kind: 'person-name', text: '杨' }],
  },
  {
    text: '麻烦转一下黔西市人社局，我是在黔西干活的，老板叫安永福，住在黔西市莲城街道水西大道88号水西华府7栋1单元1203，他有钱就是不给。',
    expected: [
      { kind: 'person-name', text: '安永福' },
      { kind: 'address', text: '黔西市莲城街道水西大道88号水西华府7栋1单元1203' },
    ],
  },
  {
    text: '咨询：在毕节买了房，户口也迁过来了，以前在深圳交的养老保险可以转过来吗？转移流程是怎样的？',
    expected: [],
  },
  {
    text: '微信同手机号 152 8577 3096，加我的时候备注一下欠薪，谢谢',
    expected: [{ kind: 'mobile', text: '152 8577 3096' }],
  },
  {
    text: '申请人才服务绿卡后能享受哪些待遇？子女入学是否可以就近安排？',
    expected: [],
  },
  {
    text: '我们是威宁县的，在江苏昆山的电子厂上班，线长姓禄，禄线长每天骂人，还扣我们的全勤奖。',
    expected: [
      { kind: 'person-name', text: '禄' },
      { kind: 'person-name', text: '禄' },
    ],
  },
  {
    text: '请问：办理退休手续时，档案里的出生日期和身份证上的不一致，以哪个为准？',
    expected: [],
  },
  // ---- batch 2: answers from different units ----
  {
    text: '您好，您反映的织金县城关镇某工地拖欠工资问题已转织金县人力资源和社会保障局劳动保障监察大队核查处理，请保持电话畅通。',
    expected: [],
  },
  {
    text: '罗永贵先生：您好！经核查，您反映的黔西市某建筑工地欠薪问题属实，施工方已于2024年5月20日将拖欠的工资共计126400元全部支付到位。',
    expected: [{ kind: 'person-name', text: '罗永贵' }],
  },
  {
    text: '您好，灵活就业人员参加城镇企业职工基本养老保险，缴费基数可在全省上年度全口径城镇单位就业人员月平均工资的60%至300%之间自行选择。详情可拨打12333咨询。',
    expected: [],
  },
  {
    text: '蒙女士，您好！您的退休申请材料已于4月8日受理，目前处于市社保中心复核环节，审核通过后将以短信方式通知您，请留意手机13765290418的信息。',
    context: { authorPhone: '13765290418' },
    expected: [
      { kind: 'person-name', text: '蒙' },
      { kind: 'author-phone', text: '13765290418' },
    ],
  },
  {
    text: '您好，请携带本人身份证原件、户口簿到七星关区政务服务中心二楼人社窗口（七星关区松山路8号）办理失业登记，办公时间为周一至周五9:00-12:00、14:00-17:00。',
    expected: [],
  },
  {
    text: '经核查，您反映的问题已由劳动保障监察大队工作人员吴俊峰、潘立两位同志上门调查，用人单位已承诺于本月25日前补发工资。如有疑问，可拨打监察大队投诉电话0857-8223621。',
    expected: [
      { kind: 'person-name', text: '吴俊峰' },
      { kind: 'person-name', text: '潘立' },
    ],
  },
  {
    text: '您好，社会保障卡挂失后补办，在各县（市、区）社保卡服务网点即时制卡，约需20分钟。也可通过“贵州人社”APP申请邮寄补卡，工本费按规定收取。',
    expected: [],
  },
  {
    text: '田小燕同志：您好！您反映的问题已转七星关区劳动保障监察大队，经调查，该超市已为您补办社会保险登记，并从2024年6月起按月缴纳。',
    context: { authorName: '田小燕' },
    expected: [{ kind: 'author-name', text: '田小燕' }],
  },
  {
    text: '您好，根据《工伤保险条例》第十七条规定，职工发生事故伤害，所在单位应当自事故伤害发生之日起30日内提出工伤认定申请；用人单位未提出的，职工或者其近亲属可在1年内直接提出。',
    expected: [],
  },
  {
    text: '彭家树：您好。您的工伤认定申请已受理，受理编号GS2024-0521-037，我局将于60日内作出认定结论。工伤认定科联系人邹敏，电话0857-8301426。',
    context: { authorName: '彭家树' },
    expected: [
      { kind: 'author-name', text: '彭家树' },
      { kind: 'person-name', text: '邹敏' },
    ],
  },
  {
    text: '您好！您咨询的就业见习补贴，按照黔人社厅发〔2021〕7号文件执行，见习单位按每人每月不低于当地最低工资标准的60%给予补贴，见习期最长12个月。',
    expected: [],
  },
  {
    text: '您好，经市人才服务中心查询，您的档案已于2024年7月12日由贵州大学寄至毕节市人才服务中心，档案编号BJ2024-07-1135，请携带身份证到市人才服务中心一楼大厅查询。',
    expected: [],
  },
  {
    text: '杨先生您好：您反映的昆山某电子厂克扣全勤奖问题，因用人单位在江苏省，我局已通过跨省协作机制转昆山市人社局处理，您也可直接拨打当地12345热线反映。',
    expected: [{ kind: 'person-name', text: '杨' }],
  },
  {
    text: '您好，异地就医备案可通过“国家医保服务平台”APP或到参保地医保经办窗口办理。赫章县医疗保障局服务窗口电话0857-3221108。',
    expected: [],
  },
  {
    text: '穆小芳女士：经核查，您所在单位毕节市华禹商贸有限公司2019年1月至2022年12月未为您缴纳养老保险属实，监察大队已下达《劳动保障监察责令改正决定书》（毕人社监责字〔2024〕第23号），责令其限期补缴。',
    context: { authorName: '穆小芳' },
    expected: [{ kind: 'author-name', text: '穆小芳' }],
  },
  {
    text: '您好，个人账户余额可通过“贵州社会保险”微信公众号、“掌上12333”APP查询。按照规定，参保人员未达到法定退休年龄的，个人账户余额不得提前支取。',
    expected: [],
  },
  {
    text: '您好，您反映的问题我们已电话联系工地负责人龙建华，他表示将于本周内与您和其他工友对账。如逾期仍未解决，请携带用工证明到大方县劳动保障监察大队（大方县顺德街道慕俄格大道36号政务中心三楼）投诉。',
    expected: [{ kind: 'person-name', text: '龙建华' }],
  },
  {
    text: `答复：经核实，申请人韦光辉（身份证号${withIdCheckCharacter('52242719620417351')}）不符合被征地农民参保条件，原因是其承包地未列入征地范围。`,
    expected: [
      { kind: 'person-name', text: '韦光辉' },
      { kind: 'id-card', text: `${withIdCheckCharacter('52242719620417351')}` },
    ],
  },
  {
    text: '您好，军龄可以视同缴费年限，办理时需提供退伍证、入伍及退伍审批表等档案材料。详见国发〔2015〕2号和相关文件规定。',
    expected: [],
  },
  {
    text: '陈光明同志：您好，您儿子陈海涛在浙江务工期间因工死亡一事，请尽快与用人单位所在地人社部门联系申请工伤认定，我局已安排工作人员敖宇与您对接，她的电话是18085714390。',
    context: { authorName: '陈光明' },
    expected: [
      { kind: 'author-name', text: '陈光明' },
      { kind: 'person-name', text: '陈海涛' },
      { kind: 'person-name', text: '敖宇' },
      { kind: 'mobile', text: '18085714390' },
    ],
  },
  {
    text: '您好，根据《劳动合同法》第八十二条规定，用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。',
    expected: [],
  },
  {
    text: '您好，仲裁院已于2024年8月2日受理您的申请，案号为毕劳人仲案字〔2024〕156号，开庭时间定于2024年9月10日上午9:30，地点在市劳动人事争议仲裁院第二仲裁庭（碧阳大道南段行政中心5号楼302室）。',
    expected: [],
  },
  {
    text: '文朝友：您好，您反映的开发区某电子厂关停欠薪问题，经开区劳动保障监察中队已登记工人信息136人，并启动工资保证金动用程序，请您于本周六前将工友名单和工资条发送至邮箱jkqjc@bijie.gov.cn。',
    context: { authorName: '文朝友' },
    expected: [{ kind: 'author-name', text: '文朝友' }],
  },
  {
    text: '您好！您建议周末开放社保卡补办窗口的意见，我局已采纳。自2024年10月起，市政务服务中心人社窗口周六上午9:00-12:00提供延时服务。',
    expected: [],
  },
  {
    text: '经查，毕节某某劳务有限公司法定代表人杨德富已于2024年4月将拖欠的工资支付给工人刘进、吴小平、龙飞等18人，合计21.6万元。',
    expected: [
      { kind: 'person-name', text: '杨德富' },
      { kind: 'person-name', text: '刘进' },
      { kind: 'person-name', text: '吴小平' },
      { kind: 'person-name', text: '龙飞' },
    ],
  },
  {
    text: '您好，个体工商户招用劳动者的，应当依法为其办理社会保险登记并缴纳社会保险费。如需办理，请到社保中心一楼综合柜员窗口，咨询电话0857-8258008。',
    expected: [],
  },
  {
    text: '韩先生您好，您和工友反映的带班人员截留工资问题，我大队已联系施工总包单位，总包单位已通过农民工工资专用账户直接向您等6人发放工资43260元，请注意查收。',
    expected: [{ kind: 'person-name', text: '韩' }],
  },
  {
    text: '您好，失业保险金按月发放，每月15日前发放到本人社会保障卡金融账户。领取期限根据累计缴费时间确定，缴费满1年不满5年的，最长可领12个月。',
    expected: [],
  },
  {
    text: '回复龙秀兰家属：经查询，龙秀兰1986年至1997年在纳雍县供销社工作期间的档案齐全，可按规定认定视同缴费年限，请其本人或委托人携带档案材料到纳雍县社保局二楼办理。',
    expected: [
      { kind: 'person-name', text: '龙秀兰' },
      { kind: 'person-name', text: '龙秀兰' },
    ],
  },
  {
    text: '您好，您所说的奶茶店存在克扣工资的情况，织金县劳动监察大队已于2024年8月16日约谈经营者，经营者已补发您工资共1640元。',
    expected: [],
  },
  {
    text: '回复：已联系您本人（尾号4412），您表示工资已结清，同意办结。',
    expected: [],
  },
  {
    text: '您好。您的养老保险关系转移申请已于2024年3月5日通过全国统一平台发起，转出地为广东省深圳市，一般需要45个工作日，办结后可在“掌上12333”查询。',
    expected: [],
  },
  {
    text: '经核查，安永福确系该工程劳务分包负责人，现已责令其于10日内支付拖欠工资，逾期不支付的，我局将依法移送公安机关。',
    expected: [{ kind: 'person-name', text: '安永福' }],
  },
  {
    text: '您好，档案出生日期与身份证不一致的，按照人社部发〔2014〕94号文件，以本人档案中最先记载的出生时间为准。',
    expected: [],
  },
  {
    text: '尊敬的彭思雨同学：您好！2024年毕节市就业见习岗位已在“毕节人才网”发布，共计1320个岗位，您可直接网上报名，也可到市就业局四楼407室现场咨询。',
    expected: [{ kind: 'person-name', text: '彭思雨' }],
  },
  {
    text: '您好，仲裁委经审理认为，被申请人应支付申请人2023年10月至2024年2月工资共计18500元，双方已达成调解，调解书文号为毕劳人仲调字〔2024〕第88号。',
    expected: [],
  },
  {
    text: '禄师傅：您好，您所说的线长辱骂员工、扣全勤奖问题，我们已反馈至昆山市劳动监察部门，对方联系人周科长，电话0512-57371122，您可以直接与其联系。',
    expected: [
      { kind: 'person-name', text: '禄' },
      { kind: 'person-name', text: '周' },
      { kind: 'landline', text: '0512-57371122' },
    ],
  },
  {
    text: '您好，人才服务绿卡分为A卡、B卡两类，具有博士研究生学历的可申请B卡，A卡面向国家级以上专家人才，具体以毕人才办发〔2022〕3号为准。',
    expected: [],
  },
  {
    text: '您好，您反映的问题已转交七星关区人社局处理，经办人员：谢晓红，联系方式：138 8571 2903（工作时间）。',
    expected: [
      { kind: 'person-name', text: '谢晓红' },
      { kind: 'mobile', text: '138 8571 2903' },
    ],
  },
  {
    text: '您好，职工医保个人账户可以用于支付配偶、父母、子女在定点医疗机构就医发生的个人负担费用，但需先在医保部门办理家庭共济绑定。',
    expected: [],
  },
  {
    text: '您好，您反映的物业公司保安超时加班问题已转七星关区劳动保障监察大队，该大队于2024年6月11日对物业公司下达整改通知，要求按《劳动法》第四十四条支付加班工资。',
    expected: [],
  },
  {
    text: '经调查，工人唐远林、聂文勇反映的工资款已由项目部通过银行转账方式发放，转入唐远林尾号为8827的建设银行卡。',
    expected: [
      { kind: 'person-name', text: '唐远林' },
      { kind: 'person-name', text: '聂文勇' },
      { kind: 'person-name', text: '唐远林' },
    ],
  },
  {
    text: '您好！劳动仲裁申请需提交：仲裁申请书一式三份、申请人身份证复印件、被申请人工商登记信息、证明劳动关系的相关材料。受理窗口在市政务服务中心三楼C区18号窗口。',
    expected: [],
  },
  {
    text: '答复：您好，经与您电话沟通，您表示欠薪问题已于12月3日解决，感谢您对我们工作的支持。',
    expected: [],
  },
  // ---- batch 3: hidden characters, unusual formats ----
  {
    text: '我的电话是138\u200b8574\u200b2619，白天在工地可能听不到，晚上打。',
    expected: [{ kind: 'mobile', text: '138\u200b8574\u200b2619' }],
  },
  {
    text: '包工头叫吴\u200d德\u200d军，电话一直打不通。',
    expected: [{ kind: 'person-name', text: '吴\u200d德\u200d军' }],
  },
  {
    text: '\ufeff您好，我是织金县的韦\u00ad红梅，想咨询失业金。',
    context: { authorName: '韦红梅' },
    expected: [{ kind: 'author-name', text: '韦\u00ad红梅' }],
  },
  {
    text: '身份证：5224\u200b2519\u200b8811\u200b0240\u200b17，麻烦查一下我的养老保险缴费记录。',
    expected: [{ kind: 'id-card', text: '5224\u200b2519\u200b8811\u200b0240\u200b17' }],
  },
  {
    text: '欠钱的老板叫\u202e林德胜\u202c，他在七星关区开了一家装修公司。',
    expected: [{ kind: 'person-name', text: '\u202e林德胜\u202c' }],
  },
  {
    text: '麻烦回电 15\u00ad9857\u00ad30264 谢谢',
    expected: [{ kind: 'mobile', text: '15\u00ad9857\u00ad30264' }],
  },
  {
    text: '工资卡：6217\ufeff0021\ufeff5000\ufeff8372\ufeff641 农行的',
    expected: [{ kind: 'bank-card', text: '6217\ufeff0021\ufeff5000\ufeff8372\ufeff641' }],
  },
  {
    text: '邮箱 luo\u200bxiaobo@126.com 收不到你们的回复',
    expected: [{ kind: 'email', text: 'luo\u200bxiaobo@126.com' }],
  },
  {
    text: '住址：七星关区\u200b洪山街道\u200b环城北路56号\u200b2单元\u200b301室',
    expected: [
      { kind: 'address', text: '七星关区\u200b洪山街道\u200b环城北路56号\u200b2单元\u200b301室' },
    ],
  },
  {
    text: '微信号：tian\u200d_yong88，有事加我',
    expected: [{ kind: 'wechat-id', text: 'tian\u200d_yong88' }],
  },
  {
    text: '您好，您反映的问题已转劳动监察大队处理，联系人：司马\u200b文静。',
    expected: [{ kind: 'person-name', text: '司马\u200b文静' }],
  },
  {
    text: 'QQ:\u200b30618\u200b72945 这个是我儿子的，我不会用手机',
    expected: [{ kind: 'qq', text: '30618\u200b72945' }],
  },
  {
    text: '车牌：贵F\u200b·\u200bD36812，是新能源的货车',
    expected: [{ kind: 'plate', text: '贵F\u200b·\u200bD36812' }],
  },
  {
    text: '工友王\ufeff成林可以作证，他也是在这个工地受伤的。',
    expected: [{ kind: 'person-name', text: '王\ufeff成林' }],
  },
  {
    text: '\u202e我的手机号码 187\u202c08\u202c573911，谢谢',
    expected: [{ kind: 'mobile', text: '187\u202c08\u202c573911' }],
  },
  {
    text: `社保卡号：\u200b${withIdCheckCharacter('52250219880613046')}\u200b，需要查询医保缴费。`,
    expected: [
      { kind: 'social-security-number', text: `${withIdCheckCharacter('52250219880613046')}` },
    ],
  },
  {
    text: '您好，请联系经办人潘\u00ad晓东，地址在市政务服务中心三楼。',
    expected: [{ kind: 'person-name', text: '潘\u00ad晓东' }],
  },
  {
    text: '我住在大方县\u200d大方镇\u200d红旗村5组\u200d33号，家里有座机8\u200b812\u200b476',
    expected: [
      { kind: 'address', text: '大方县\u200d大方镇\u200d红旗村5组\u200d33号' },
      { kind: 'landline', text: '8\u200b812\u200b476' },
    ],
  },
  {
    text: '联系电话：0857\u200b-\u200b7625\u200b381（我们家里的）',
    expected: [{ kind: 'landline', text: '0857\u200b-\u200b7625\u200b381' }],
  },
  {
    text: '反映人：杨\u200b慧，电话\u200b199\u200b8571\u200b0632',
    context: { authorName: '杨慧', authorPhone: '19985710632' },
    expected: [
      { kind: 'author-name', text: '杨\u200b慧' },
      { kind: 'author-phone', text: '199\u200b8571\u200b0632' },
    ],
  },
  {
    text: '领导 我电话１３９８５７２６０４８ 是全角的 你们那个系统老是说我号码格式不对',
    expected: [{ kind: 'mobile', text: '１３９８５７２６０４８' }],
  },
  {
    text: '手机：152 8573\n9604（上面填不下了）',
    expected: [{ kind: 'mobile', text: '152 8573\n9604' }],
  },
  {
    text: '我的号码是185-8573-0917/0857-8320415，两个都可以打。',
    expected: [
      { kind: 'mobile', text: '185-8573-0917' },
      { kind: 'landline', text: '0857-8320415' },
    ],
  },
  {
    text: '电话：(0857)8211673 座机，找我老伴田文芝就行。',
    expected: [
      { kind: 'landline', text: '(0857)8211673' },
      { kind: 'person-name', text: '田文芝' },
    ],
  },
  {
    text: 'hello 我是在毕节的外地人 my name is Li Ming 李明，在一家培训机构当英语老师，school没有给我买social insurance，请问怎么办？email: liming.teacher@outlook.com',
    expected: [
      { kind: 'person-name', text: 'Li Ming' },
      { kind: 'person-name', text: '李明' },
      { kind: 'email', text: 'liming.teacher@outlook.com' },
    ],
  },
  {
    text: 'VX：longxy_0851 加的时候说一下是人社局留言的',
    expected: [{ kind: 'wechat-id', text: 'longxy_0851' }],
  },
  {
    text: '有问题可以加我V信 Aoxing-2019 或者打电话',
    expected: [{ kind: 'wechat-id', text: 'Aoxing-2019' }],
  },
  {
    text: '扣扣：584013627 微信：wxid_k8m2p0r7 都行',
    expected: [
      { kind: 'qq', text: '584013627' },
      { kind: 'wechat-id', text: 'wxid_k8m2p0r7' },
    ],
  },
  {
    text: '我的邮箱是 zoujian(at)163.com，有文件可以发给我',
    expected: [{ kind: 'email', text: 'zoujian(at)163.com' }],
  },
  {
    text: '邮箱：anlixia#sina.com（#换成@）',
    expected: [{ kind: 'email', text: 'anlixia#sina.com' }],
  },
  {
    text: '电话一三六零八五七四九二一，我不识字，是孙子帮我打的字。',
    expected: [{ kind: 'mobile', text: '一三六零八五七四九二一' }],
  },
  {
    text: '老板的车是贵A 8K2M9，黑色的大众，经常停在工地门口。',
    expected: [{ kind: 'plate', text: '贵A 8K2M9' }],
  },
  {
    text: '请问一下，我的手机号换了，原来登记的号码是13885720146，现在换成了19185734602，社保那边要怎么改？',
    expected: [
      { kind: 'mobile', text: '13885720146' },
      { kind: 'mobile', text: '19185734602' },
    ],
  },
  {
    text: '我叫欧阳建国，电话：0086 135 1857 6028，在外省，请回电话。',
    context: { authorName: '欧阳建国', authorPhone: '13518576028' },
    expected: [
      { kind: 'author-name', text: '欧阳建国' },
      { kind: 'author-phone', text: '0086 135 1857 6028' },
    ],
  },
  {
    text: `残疾人证号${withIdCheckCharacter('52052119790521183')}42，我是二级肢体残疾，想问残疾人就业有没有补贴。`,
    expected: [{ kind: 'id-card', text: `${withIdCheckCharacter('52052119790521183')}42` }],
  },
  {
    text: `身份证号码：${withIdCheckCharacter('52242419830217093').slice(0, 6)} ${withIdCheckCharacter('52242419830217093').slice(6, 14)} ${withIdCheckCharacter('52242419830217093').slice(14)}`,
    expected: [
      {
        kind: 'id-card',
        text: `${withIdCheckCharacter('52242419830217093').slice(0, 6)} ${withIdCheckCharacter('52242419830217093').slice(6, 14)} ${withIdCheckCharacter('52242419830217093').slice(14)}`,
      },
    ],
  },
  {
    text: '身份证号：52242719750813264（最后一位我记不清了）',
    expected: [{ kind: 'id-card', text: '52242719750813264' }],
  },
  {
    text: '我身份证是5221231975081326X7，帮我查查养老金为什么还没到账。',
    expected: [{ kind: 'id-card', text: '5221231975081326X7' }],
  },
  {
    text: '老身份证号522401640312051，新的我找不到了，是以前在单位办的。',
    expected: [{ kind: 'id-card', text: '522401640312051' }],
  },
  {
    text: '医保卡号：BJ5205021234567 是我母亲的，她在县医院住院，报销不了。',
    expected: [{ kind: 'social-security-number', text: 'BJ5205021234567' }],
  },
  {
    text: '社保号 1002873645，以前在遵义办的，现在到毕节查不到。',
    expected: [{ kind: 'social-security-number', text: '1002873645' }],
  },
  {
    text: `社会保障号码${withIdCheckCharacter('52262619940307251')}，姓名罗云，要查询失业保险金发放情况。`,
    expected: [
      { kind: 'social-security-number', text: `${withIdCheckCharacter('52262619940307251')}` },
      { kind: 'person-name', text: '罗云' },
    ],
  },
  {
    text: `农行卡号 ${withLuhnDigit('622848002815734261').replace(/(\d{4})(?=\d)/g, '$1 ')}，户名敖德芬，是我妈的卡，工资打这里就行。`,
    expected: [
      {
        kind: 'bank-card',
        text: withLuhnDigit('622848002815734261').replace(/(\d{4})(?=\d)/g, '$1 '),
      },
      { kind: 'person-name', text: '敖德芬' },
    ],
  },
  // ---- batch 4: hard negatives ----
  {
    text: '老板说等项目结算了再给钱，结果项目都完工半年了，钱款还是没到位，我们老乡几个都在等。',
    expected: [],
  },
  {
    text: '我于2023年9月向单位申请调岗，单位不同意还把我辞退了，请问这种情况能不能申请劳动仲裁？',
    expected: [],
  },
  {
    text: '请问周一到周五几点上班？我想去社保局窗口办理养老保险待遇资格认证，方便的话回复一下。',
    expected: [],
  },
  {
    text: '对方律师在庭上说我们不是劳动关系是劳务关系，请问这个怎么区分？我每天按时打卡，每月固定发工资。',
    expected: [],
  },
  {
    text: '黄金周期间加班，公司只给了调休，没有给三倍工资，合法吗？',
    expected: [],
  },
  {
    text: '您好，我在林业局下属的国有林场上班二十多年了，编制是工勤，退休的时候养老金怎么算？',
    expected: [],
  },
  {
    text: '我们小区门口贴了招聘广告，说是招保洁员，月薪3000元包吃住，这种招聘靠谱吗？会不会是骗子？',
    expected: [],
  },
  {
    text: '订单号2024081512，是我在“贵州人社”APP上申请补卡的，显示已制卡，但一直没寄到。',
    expected: [],
  },
  {
    text: '您好，请携带身份证原件到毕节市人力资源和社会保障局一楼大厅（七星关区招商花园城行政中心1号楼）办理，邮政编码551700。',
    expected: [],
  },
  {
    text: '您好，如您对处理结果不满意，可拨打市人社局监督电话0857-8221503反映，也可拨打12345政务服务便民热线。',
    expected: [],
  },
  {
    text: '您好，您所咨询的问题，可拨打市就业局咨询电话0857-8222333，工作时间：周一至周五上午9:00-12:00，下午14:30-17:30。',
    expected: [],
  },
  {
    text: '万一公司不认我的加班记录怎么办？我手机上有每天的打卡截图，还有工作群的聊天记录。',
    expected: [],
  },
  {
    text: '谢谢老师的耐心解答，我明天就去窗口办理。',
    expected: [],
  },
  {
    text: '根据《贵州省工资支付条例》第三十二条，用人单位应当按照劳动合同约定的日期支付工资，延期支付的须经工会同意且不得超过30日。',
    expected: [],
  },
  {
    text: '毕节市七星关区人民法院（2024）黔0502民初1234号判决书已经生效，但公司一直不执行，我该怎么办？',
    expected: [],
  },
  {
    text: '老家在纳雍县，在江边的一个采砂场上班，工作时间每天14小时，一个月只休息一天，这样合法吗？',
    expected: [],
  },
  {
    text: '我们是做石材厂的，有员工46名，想咨询一下工伤保险费率是多少，按0.5%还是1%？',
    expected: [],
  },
  {
    text: '高校毕业生到基层就业的社保补贴，申请截止时间是什么时候？我2022年毕业，在乡镇卫生院上班。',
    expected: [],
  },
  {
    text: '统一社会信用代码：91520502MA6DRT3Q2X，企业名称：毕节市鼎盛建材有限公司，申请2024年度稳岗返还，参保人数23人。',
    expected: [],
  },
  {
    text: '您好，我公司工号为BJ-0032的员工在上班途中发生交通事故，请问工伤认定需要准备什么材料？',
    expected: [],
  },
  {
    text: '请问技能补贴的申请时间是取得证书之日起12个月内吗？我是2023年11月拿到的中级证书，现在还能申请吗？',
    expected: [],
  },
  {
    text: '你们的工作人员态度太差了，我去了三次都说材料不全，每次说的都不一样。希望能一次性告知需要什么材料。',
    expected: [],
  },
  {
    text: '您好，根据黔人社发〔2023〕12号文件，2024年起我省最低工资标准一类区域调整为每月1890元，毕节市七星关区执行一类标准。',
    expected: [],
  },
  {
    text: '我工作了15年，累计缴费180个月，今年满60周岁，能领多少钱一个月？大概算一下。',
    expected: [],
  },
  {
    text: '毕节市2024年事业单位公开招聘工作人员笔试成绩什么时候公布？报名序号20240315008。',
    expected: [],
  },
  {
    text: '小时工算不算劳动关系？我在一个餐馆每天干4个小时，干了一年多了。',
    expected: [],
  },
  {
    text: '您好，您反映的问题已收悉。经与大方县人社局联系，该项目为大方县城区棚户区改造项目（二期），施工单位为中建某局，目前已启动欠薪处置程序。',
    expected: [],
  },
  {
    text: '建议：社保卡激活能不能在手机上完成，现在还要跑银行，老年人很不方便。',
    expected: [],
  },
  {
    text: '您好，办理退休需准备：身份证、户口簿、人事档案、近期一寸免冠照片2张。请于每月10日前到七星关区社保局三楼305室提交材料。',
    expected: [],
  },
  {
    text: '咨询一下，我们单位有部分员工是退休返聘的，是否需要签劳动合同？发生工伤怎么处理？',
    expected: [],
  },
  {
    text: '您好，您的留言编号为LY20240617-0093，我们将在5个工作日内答复。',
    expected: [],
  },
  {
    text: '农民工工资专用账户是什么？我们项目部说工资都打到专户了，但我卡上没收到。',
    expected: [],
  },
  {
    text: '您好，根据《社会保险法》第十六条规定，参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。',
    expected: [],
  },
  {
    text: '请问毕节市人才服务中心的地址是在哪里？我要去办理档案转递，是在行政中心还是在老城区？',
    expected: [],
  },
  {
    text: '我们厂在碧阳大道边上，工人有二十多个，老板说疫情以后生意不好，工资降了30%，请问这样可以吗？',
    expected: [],
  },
  {
    text: '2024-03-15 投诉的欠薪问题到现在还没人联系我，已经过去两个月了。',
    expected: [],
  },
  {
    text: '您好，您反映的问题不属于本局职责范围，已转市市场监督管理局处理。',
    expected: [],
  },
  {
    text: '毕节市2023年度城镇非私营单位在岗职工年平均工资为多少？用来计算工伤赔偿的。',
    expected: [],
  },
  {
    text: '我在倒天河边上的一个洗车场上班，老板不签合同，干了两年了，现在要辞退我，能要赔偿吗？',
    expected: [],
  },
  {
    text: '“毕节市就业创业服务平台”上发布的岗位信息是真实的吗？有一个岗位写月薪8000-12000，感觉不太真实。',
    expected: [],
  },
  {
    text: '您好，根据毕人社通〔2024〕45号通知，2024年企业退休人员基本养老金上调3%，调整后的养老金将于8月底前补发到位。',
    expected: [],
  },
  {
    text: '医保报销比例是多少？住院花了23600元，只报了11000多，感觉报得太少了。',
    expected: [],
  },
  {
    text: '您好，工伤职工停工留薪期一般不超过12个月，伤情严重或者情况特殊的，经设区的市级劳动能力鉴定委员会确认，可以适当延长，但延长不得超过12个月。',
    expected: [],
  },
  {
    text: '老乡们都说去劳动局没用，我不信，所以来这里留言。我们在金海湖新区一个工地上干活，老板欠了3.5万元。',
    expected: [],
  },
  {
    text: '请问从外省回来创业可以申请创业担保贷款吗？最高额度多少？需要什么担保？',
    expected: [],
  },
  {
    text: '您好，经查询，您的失业保险金已于2024年5月14日发放至您的社会保障卡，金额为1512元，请注意查收。',
    expected: [],
  },
  {
    text: '你好 请问12333打不通怎么办 一直占线',
    expected: [],
  },
  {
    text: '您好！我单位2024年共吸纳脱贫劳动力就业17人，按政策每人可享受一次性吸纳就业补贴2000元，申请材料是否需要提供劳动合同原件？',
    expected: [],
  },
  {
    text: '我在威宁县草海镇的一家民宿上班，老板说旅游淡季不发工资，只包吃住，这个合法吗？',
    expected: [],
  },
  {
    text: '请问公益性岗位每月补贴多少？我在村里做保洁，每月只有800元，听说标准是1500元。',
    expected: [],
  },
  // ---- batch 5: names and addresses in many forms ----
  {
    text: '这是我帮我爷爷打的字。我爷爷叫禄成富，1952年生的，以前是村里的民办教师，教了二十几年书，听说民办教师有补贴，他想问问怎么申请。他住在赫章县妈姑镇新华村7组21号，电话就打我的，我叫禄佳佳，13638572916。',
    context: { authorName: '禄佳佳', authorPhone: '13638572916' },
    expected: [
      { kind: 'person-name', text: '禄成富' },
      { kind: 'address', text: '赫章县妈姑镇新华村7组21号' },
      { kind: 'author-name', text: '禄佳佳' },
      { kind: 'author-phone', text: '13638572916' },
    ],
  },
  {
    text: '欠薪名单：\n1. 熊大明 4800元\n2. 熊小明 4800元\n3. 赵德才 5200元\n4. 蒋兴 3600元\n5. 冉光美 2900元\n合计21300元',
    expected: [
      { kind: 'person-name', text: '熊大明' },
      { kind: 'person-name', text: '熊小明' },
      { kind: 'person-name', text: '赵德才' },
      { kind: 'person-name', text: '蒋兴' },
      { kind: 'person-name', text: '冉光美' },
    ],
  },
  {
    text: '张勇、李强、王军三人都是跟我一起干的，他们也没拿到钱。',
    expected: [
      { kind: 'person-name', text: '张勇' },
      { kind: 'person-name', text: '李强' },
      { kind: 'person-name', text: '王军' },
    ],
  },
  {
    text: '我们班组是由谢万山带的，谢万山又是跟着黄海波干的，黄海波是总包那边的劳务负责人。现在三个人互相推。',
    expected: [
      { kind: 'person-name', text: '谢万山' },
      { kind: 'person-name', text: '谢万山' },
      { kind: 'person-name', text: '黄海波' },
      { kind: 'person-name', text: '黄海波' },
    ],
  },
  {
    text: '我在七星关区麻园街道万达广场负一楼B-117号摊位卖小吃，雇了一个小姑娘，她说要去劳动局告我没买社保，我想问一下个体摊位要不要买？',
    expected: [{ kind: 'address', text: '七星关区麻园街道万达广场负一楼B-117号摊位' }],
  },
  {
    text: '公司地址在毕节市七星关区德溪街道天河路219号德溪新城写字楼12楼1206室，老板已经不来了，门也锁了。',
    expected: [
      { kind: 'address', text: '毕节市七星关区德溪街道天河路219号德溪新城写字楼12楼1206室' },
    ],
  },
  {
    text: '我家在织金县八步街道，是在县城那边，我老公在外地打工出了事，公司说要我们自己去当地申请工伤。',
    expected: [],
  },
  {
    text: '我们住在黔西市锦绣新城9幢3单元502，离人社局不远，方便的话可以上门来核实。',
    expected: [{ kind: 'address', text: '黔西市锦绣新城9幢3单元502' }],
  },
  {
    text: '住在柏杨林街道同心社区安置点12号楼1单元1102室的搬迁户，想找工作，就业局能不能给推荐？',
    expected: [{ kind: 'address', text: '柏杨林街道同心社区安置点12号楼1单元1102室' }],
  },
  {
    text: '我的门面在金沙县鼓场街道南门路63号，是卖电动车的，请了3个员工，想问一下小微企业社保有没有补贴？',
    expected: [{ kind: 'address', text: '金沙县鼓场街道南门路63号' }],
  },
  {
    text: '找你们找得好辛苦啊，我七十多岁了，眼睛不好，这些是我孙女帮我写的。我叫杨正先，老伴叫王兴芬，都是种地的，去年村里说我们的养老金要调，到现在一分没涨。家住威宁县哲觉镇坪子村2组17号。',
    context: { authorName: '杨正先' },
    expected: [
      { kind: 'author-name', text: '杨正先' },
      { kind: 'person-name', text: '王兴芬' },
      { kind: 'address', text: '威宁县哲觉镇坪子村2组17号' },
    ],
  },
  {
    text: '我们的工地在七星关区碧海街道的“碧海阳光城”三期项目，总包是贵州某某建设集团，欠我们钱的是劳务分包班组。',
    expected: [],
  },
  {
    text: '证人：潘明亮（同班组木工）、吴桂芝（工地食堂做饭的），两人都知道我是在工地上摔伤的。',
    expected: [
      { kind: 'person-name', text: '潘明亮' },
      { kind: 'person-name', text: '吴桂芝' },
    ],
  },
  {
    text: '我在毕节市第一人民医院住院，主治医生是神经外科的蔡医生，他说我要做开颅手术，要先交三万块，公司一分钱不出。',
    expected: [{ kind: 'person-name', text: '蔡' }],
  },
  {
    text: '律师费是我自己出的，代理律师是贵州黔峰律师事务所的任艳律师，已经跟你们仲裁院提交了委托书。',
    expected: [{ kind: 'person-name', text: '任艳' }],
  },
  {
    text: '窗口那个戴眼镜的女同志，胸牌上写的是宋佳，她跟我说养老金要到下个月才能办，我去问了别的窗口又说这个月就能办。',
    expected: [{ kind: 'person-name', text: '宋佳' }],
  },
  {
    text: '今天去大方县社保局，接待我的马主任很耐心，给我讲了半个多小时，特意来表扬一下。',
    expected: [{ kind: 'person-name', text: '马' }],
  },
  {
    text: '表扬一下毕节市人社局劳动监察支队的钟队长和小邓，帮我们22个工人要回了工资，太感谢了！',
    expected: [
      { kind: 'person-name', text: '钟' },
      { kind: 'person-name', text: '邓' },
    ],
  },
  {
    text: '我在贵阳市观山湖区上班，公司注册在毕节，社保交在毕节，生病了在贵阳看病能不能直接报销？',
    expected: [],
  },
  {
    text: '我爱人罗秀英，原来在毕节卷烟厂当临时工，1993年到2001年，厂里没给交社保，现在能不能补？',
    expected: [{ kind: 'person-name', text: '罗秀英' }],
  },
  {
    text: `姓名：龚德胜 身份证号：${withIdCheckCharacter('52242319700118341')} 联系电话：13595717268 家庭住址：黔西市杜鹃街道大关村6组45号 用人单位：黔西市某煤业有限公司 诉求：认定工伤`,
    context: { authorName: '龚德胜', authorPhone: '13595717268' },
    expected: [
      { kind: 'author-name', text: '龚德胜' },
      { kind: 'id-card', text: `${withIdCheckCharacter('52242319700118341')}` },
      { kind: 'author-phone', text: '13595717268' },
      { kind: 'address', text: '黔西市杜鹃街道大关村6组45号' },
    ],
  },
  {
    text: '被申请人：毕节市荣鑫劳务有限公司，法定代表人：沈国平，现下落不明。',
    expected: [{ kind: 'person-name', text: '沈国平' }],
  },
  {
    text: '我住在雨花巷8号附2号，老房子，门口有棵大榕树，工作人员来了可以直接找我。',
    expected: [{ kind: 'address', text: '雨花巷8号附2号' }],
  },
  {
    text: '工作地点：纳雍县王家寨镇某村煤矿，宿舍就在矿区里面，这个矿现在停产了。',
    expected: [],
  },
  {
    text: '他老婆叫葛春燕，在七星关区清毕路那边开了个理发店，你们去那里肯定能找到他。',
    expected: [{ kind: 'person-name', text: '葛春燕' }],
  },
  {
    text: '他的理发店就在清毕北路146号，叫“春燕美发”，每天都开门。',
    expected: [{ kind: 'address', text: '清毕北路146号' }],
  },
  {
    text: '诸葛亮亮是我们车间主任，他说离职要提前三个月说，不然扣一个月工资。',
    expected: [{ kind: 'person-name', text: '诸葛亮亮' }],
  },
  {
    text: '欧阳博士您好，您申请的人才服务绿卡已审核通过，请于下周一到市人才服务中心领取。',
    expected: [{ kind: 'person-name', text: '欧阳' }],
  },
  {
    text: '司马主任说这个事情他管不了，让我们去找县里，县里又让我们找市里。',
    expected: [{ kind: 'person-name', text: '司马' }],
  },
  {
    text: '带我们出来的是老乡老向，向师傅认识老板，但是他现在也不接电话了。',
    expected: [
      { kind: 'person-name', text: '向' },
      { kind: 'person-name', text: '向' },
    ],
  },
  {
    text: '我叫帅小勇，在织金打工的，你们那边的人是不是打过我电话？我没接到。',
    context: { authorName: '帅小勇' },
    expected: [{ kind: 'author-name', text: '帅小勇' }],
  },
  {
    text: '老板付国庆在贵阳还有一个公司，在花果园那边，他有的是钱，就是不给我们。',
    expected: [{ kind: 'person-name', text: '付国庆' }],
  },
  {
    text: '我姐姐晏丽华在毕节市人民医院上班，她说你们能帮忙查我的医保记录，我是她弟弟。',
    expected: [{ kind: 'person-name', text: '晏丽华' }],
  },
  {
    text: '我是乌蒙山区的一个普通农民，年纪大了，想找个看门的工作，听说公益岗位优先照顾我们这种困难户。',
    expected: [],
  },
  {
    text: '叫我来找你们的是七星关区人社局的聂科长，她说这个问题市里才能解决。',
    expected: [{ kind: 'person-name', text: '聂' }],
  },
  {
    text: '我家的地址：毕节市七星关区观音桥街道双井寺路15号附8号4楼，老板知道我住这里，天天派人来威胁。',
    expected: [{ kind: 'address', text: '毕节市七星关区观音桥街道双井寺路15号附8号4楼' }],
  },
  {
    text: '住金海湖新区响水乡白泥村，我们村里有十几个在外面打工的都遇到欠薪。',
    expected: [],
  },
  {
    text: '申请人：冯彩霞，女，汉族，1986年7月生，住七星关区鸭池镇石桥村3组19号。',
    expected: [
      { kind: 'person-name', text: '冯彩霞' },
      { kind: 'address', text: '七星关区鸭池镇石桥村3组19号' },
    ],
  },
  {
    text: '你们派来的那个年轻人姓卯，很负责，把我们的名单都一个一个核对了。',
    expected: [{ kind: 'person-name', text: '卯' }],
  },
  {
    text: '我们的会计是甘玉梅，工资表都在她那里，她可以证明公司欠我们多少钱。',
    expected: [{ kind: 'person-name', text: '甘玉梅' }],
  },
  {
    text: '您好！您咨询的医保报销问题，请携带出院小结、费用清单到七星关区医保局（七星关区麻园路56号政务服务中心B区）窗口咨询。',
    expected: [],
  },
  {
    text: '我是曾凡军的妻子，他在外面打工时脑溢血去世了，公司说不算工伤。我们有两个孩子，大的叫曾雨涵，才读初二。',
    expected: [
      { kind: 'person-name', text: '曾凡军' },
      { kind: 'person-name', text: '曾雨涵' },
    ],
  },
  {
    text: '我在深圳龙华区民治街道上班，住在工业区宿舍，厂名叫深圳市某某电子有限公司，老板是台湾人。',
    expected: [],
  },
  {
    text: '我的住址是贵州省毕节市大方县顺德街道奢香古镇二期5号楼2单元,方便邮寄材料。',
    expected: [{ kind: 'address', text: '贵州省毕节市大方县顺德街道奢香古镇二期5号楼2单元' }],
  },
  {
    text: '材料寄到：四川省成都市双流区东升街道藏卫路二段88号蓝光小区6栋1203 收件人：耿林 电话17608573015',
    expected: [
      { kind: 'address', text: '四川省成都市双流区东升街道藏卫路二段88号蓝光小区6栋1203' },
      { kind: 'person-name', text: '耿林' },
      { kind: 'mobile', text: '17608573015' },
    ],
  },
  {
    text: '工地上管考勤的是一个女的，名字不知道，她有我们所有人的考勤记录。',
    expected: [],
  },
  {
    text: '包工头柏正华把我们20个人的身份证都收走了，说是办工资卡，到现在都不还。',
    expected: [{ kind: 'person-name', text: '柏正华' }],
  },
  {
    text: '我们几个是跟着钱师傅干的，钱师傅找的活，钱老板那边一直不结账。',
    expected: [
      { kind: 'person-name', text: '钱' },
      { kind: 'person-name', text: '钱' },
      { kind: 'person-name', text: '钱' },
    ],
  },
  {
    text: '我是代我舅舅留言的，我舅舅苟正明不会用手机，他在大方县凤山乡干了一年的护林员，补贴只发了一半。',
    expected: [{ kind: 'person-name', text: '苟正明' }],
  },
  {
    text: '我家小孩今年参加了职业技能培训，培训学校是毕节市某某职业培训学校，说有补贴，可是到现在也没发。',
    expected: [],
  },
  // ---- batch 6: answers with personal data, long items ----
  {
    text: '禄佳佳您好：您爷爷禄成富反映的原民办教师补助问题，经赫章县教育局和县人社局核实，禄成富同志符合条件，补助将从2024年7月起按月发放，首次发放时一并补发1至6月。',
    context: { authorName: '禄佳佳' },
    expected: [
      { kind: 'author-name', text: '禄佳佳' },
      { kind: 'person-name', text: '禄成富' },
      { kind: 'person-name', text: '禄成富' },
    ],
  },
  {
    text: '您好，经监察大队调查，您反映的熊大明、熊小明等5人工资共计21300元已由劳务公司于6月18日通过银行转账全额支付。',
    expected: [
      { kind: 'person-name', text: '熊大明' },
      { kind: 'person-name', text: '熊小明' },
    ],
  },
  {
    text: '龚德胜同志：您的工伤认定申请材料中缺少医院诊断证明，请补充后交至黔西市人社局工伤保险股（黔西市文化北路行政中心3楼312室），经办人宋大伟，联系电话0857-4221638。',
    context: { authorName: '龚德胜' },
    expected: [
      { kind: 'author-name', text: '龚德胜' },
      { kind: 'person-name', text: '宋大伟' },
    ],
  },
  {
    text: `冯彩霞与毕节市某餐饮管理有限公司劳动争议一案，经仲裁庭调解，双方自愿达成如下协议：被申请人于2024年9月30日前一次性支付申请人工资及经济补偿金共计26800元，款项转入申请人账户${withLuhnDigit('623668032101872645')}。`,
    expected: [
      { kind: 'person-name', text: '冯彩霞' },
      { kind: 'bank-card', text: `${withLuhnDigit('623668032101872645')}` },
    ],
  },
  {
    text: '曾凡军家属您好：我们对曾凡军同志的不幸离世深表哀悼。根据《工伤保险条例》第十五条，在工作时间和工作岗位突发疾病死亡或者在48小时之内经抢救无效死亡的，视同工伤。建议您准备好死亡证明、抢救记录，向用人单位所在地人社部门申请。',
    expected: [
      { kind: 'person-name', text: '曾凡军' },
      { kind: 'person-name', text: '曾凡军' },
    ],
  },
  {
    text: '您好，您反映的柏正华扣押工人身份证问题，我大队已于5月9日责令其退还，现场退还身份证20张，并对其处以罚款。',
    expected: [{ kind: 'person-name', text: '柏正华' }],
  },
  {
    text: `各位领导：我是纳雍县居仁街道的居民冉启明，今年58岁。2010年到2019年在纳雍县某煤矿做井下工，单位一直给我交社保，2019年煤矿关闭，单位说给我们办了特殊工种提前退休，但是到现在都没有批下来。我去县社保局问，县里说要市里审批；我去市里问，市里又说县里材料没报上来。我的身份证号是${withIdCheckCharacter('52242619660423151')}，手机号码13908573682，住在纳雍县居仁街道文昌路31号2栋4单元6楼。另外，我老婆赵德珍在我们小区当保洁员，每月才1200元，听说低于最低工资标准，也请一并帮忙问问。谢谢！`,
    context: { authorName: '冉启明', authorPhone: '13908573682' },
    expected: [
      { kind: 'author-name', text: '冉启明' },
      { kind: 'id-card', text: `${withIdCheckCharacter('52242619660423151')}` },
      { kind: 'author-phone', text: '13908573682' },
      { kind: 'address', text: '纳雍县居仁街道文昌路31号2栋4单元6楼' },
      { kind: 'person-name', text: '赵德珍' },
    ],
  },
  {
    text: '冉启明同志：您好！经市社保中心核查，您的特殊工种提前退休申请于2024年4月由纳雍县社保局上报，因井下工作年限证明材料不完整被退回。请您携带原单位出具的工种证明、工资表等材料到纳雍县社保局养老股补充，联系人蔡红，电话0857-3521046。关于您爱人的工资问题，已转纳雍县劳动保障监察大队核查。',
    context: { authorName: '冉启明' },
    expected: [
      { kind: 'author-name', text: '冉启明' },
      { kind: 'person-name', text: '蔡红' },
    ],
  },
  {
    text: '您好，仲裁院已收到您的申请，代理人任艳律师提交的授权委托书符合要求，开庭通知将寄送至您留的地址：七星关区三板桥街道花园路27号1单元402室。',
    expected: [
      { kind: 'person-name', text: '任艳' },
      { kind: 'address', text: '七星关区三板桥街道花园路27号1单元402室' },
    ],
  },
  {
    text: '经核实，您提到的“马主任”为大方县社保局养老股负责人马兴华同志，您的表扬已转达，感谢您对我们工作的肯定。',
    expected: [
      { kind: 'person-name', text: '马' },
      { kind: 'person-name', text: '马兴华' },
    ],
  },
  {
    text: '您好：您反映的问题已收悉，我局于2024年7月3日派工作人员到纳雍县王家寨镇了解情况。经查，该煤矿已于2023年12月停产，矿方负责人为吴继平（电话15186573420），现已约谈吴继平，其承诺8月15日前结清所欠工资。',
    expected: [
      { kind: 'person-name', text: '吴继平' },
      { kind: 'mobile', text: '15186573420' },
      { kind: 'person-name', text: '吴继平' },
    ],
  },
  {
    text: '苟正明家属：经核实，苟正明为凤山乡生态护林员，2024年上半年补贴已于7月10日发放至其“一卡通”账户，此前未发部分系村里上报名单延误所致。',
    expected: [
      { kind: 'person-name', text: '苟正明' },
      { kind: 'person-name', text: '苟正明' },
    ],
  },
  {
    text: '您好，您反映的包工头杨某拖欠工资问题，我局已立案调查，案件编号毕人社监立〔2024〕第77号，请您在工作日到劳动保障监察支队（碧阳大道南段行政中心7号楼2楼）做询问笔录。',
    expected: [],
  },
  {
    text: '经查，欧阳建国反映的情况基本属实：其在浙江温州务工期间，用人单位温州某鞋业有限公司未足额支付工资。我局已协调温州市鹿城区劳动监察大队，对方经办人林建新已联系欧阳建国本人。',
    context: { authorName: '欧阳建国' },
    expected: [
      { kind: 'author-name', text: '欧阳建国' },
      { kind: 'person-name', text: '林建新' },
      { kind: 'author-name', text: '欧阳建国' },
    ],
  },
  {
    text: '您好，请您将工资条、考勤记录等证据材料发送至我们的工作邮箱，或者直接联系经办人罗天佑（邮箱luotianyou_bj@163.com）。',
    expected: [
      { kind: 'person-name', text: '罗天佑' },
      { kind: 'email', text: 'luotianyou_bj@163.com' },
    ],
  },
  {
    text: '您好，您所说的贵F·7K3Q2皮卡车辆，经核查登记在劳务公司法定代表人名下，我局已将该情况纳入欠薪案件调查材料。',
    expected: [{ kind: 'plate', text: '贵F·7K3Q2' }],
  },
  {
    text: `您好！经查询，您（社会保障号码${withIdCheckCharacter('52050219920815402')}）2024年1月至6月的医保缴费均已到账，报销失败系定点医院系统原因，请携带票据到参保地医保窗口手工报销。`,
    expected: [
      { kind: 'social-security-number', text: `${withIdCheckCharacter('52050219920815402')}` },
    ],
  },
  {
    text: '宋佳系我局政务服务窗口工作人员，您反映的答复不一致问题我们已核实并进行了批评教育，对您造成的不便深表歉意。',
    expected: [{ kind: 'person-name', text: '宋佳' }],
  },
  {
    text: '您好！您反映的深圳龙华某电子厂欠薪问题，已通过全国根治欠薪线索反映平台转深圳市龙华区人力资源局处理，请您留意该局的电话回访，也可拨打深圳12345热线。',
    expected: [],
  },
  {
    text: '您好，您的养老保险关系转移已办结，转入的个人账户储存额为42158.36元，累计缴费年限10年3个月。如有疑问，请到七星关区社保局二楼转移接续窗口咨询。',
    expected: [],
  },
  {
    text: '韦红梅：您好，您的失业保险金申领已审核通过，每月1512元，领取期限12个月，自2024年8月起发放至尾号0731的社会保障卡。',
    context: { authorName: '韦红梅' },
    expected: [{ kind: 'author-name', text: '韦红梅' }],
  },
  {
    text: '您好，经联系您留的电话15298573096，您表示已与老板达成协议，不再需要我们介入，此件按办结处理。',
    expected: [{ kind: 'mobile', text: '15298573096' }],
  },
  {
    text: '经核查，耿林反映的材料邮寄问题系快递地址填写有误所致，我中心已重新寄送，邮件单号SF1402837615943。',
    expected: [{ kind: 'person-name', text: '耿林' }],
  },
  {
    text: '您好。您的档案已由毕节市人才服务中心接收，存档编号RC-2024-3391。档案托管期间可免费办理政审、出具存档证明等业务，联系电话0857-8233160（人才服务中心档案科）。',
    expected: [],
  },
  {
    text: '回复葛女士：您丈夫所在公司的欠薪问题与您无关，监察大队不会到您的理发店调查，请放心。',
    expected: [{ kind: 'person-name', text: '葛' }],
  },
  {
    text: '您好，根据您的描述，雇主聂志刚、聂志强兄弟二人在织金县猫场镇经营砖厂，我局已派员实地核查，砖厂地址为猫场镇某村公路边，现场未发现生产。',
    expected: [
      { kind: 'person-name', text: '聂志刚' },
      { kind: 'person-name', text: '聂志强' },
    ],
  },
  {
    text: '文先生：您咨询的关停企业工资垫付问题，毕节经济开发区已动用应急周转金为包括您在内的136名职工垫付工资，请于本月20日前携带身份证和工资卡到开发区劳动保障所登记。',
    expected: [{ kind: 'person-name', text: '文' }],
  },
  {
    text: '您好，您在留言中提供的身份证号码位数不对（只有17位），无法查询，请核对后重新提交，或携带身份证原件到窗口查询。',
    expected: [],
  },
  {
    text: '您好，关于您反映的技能补贴未到账问题，经查询，您的申请因证书编号S000052050032230211在国家职业资格证书全国联网查询系统中未能查到，被系统退回。',
    expected: [],
  },
  {
    text: '敖德芬：您好，经查，该工资卡（尾号2642）户名与您本人信息一致，用人单位转账失败系卡片状态异常所致，请到开户行办理激活后告知我们。',
    expected: [{ kind: 'person-name', text: '敖德芬' }],
  },
  // ---- batch 7: short chat-style messages, numbers of many kinds ----
  {
    text: `在吗 工资什么时候能到 等了好久了 我的卡${withLuhnDigit('621799330001928374')} 信用社的`,
    expected: [{ kind: 'bank-card', text: `${withLuhnDigit('621799330001928374')}` }],
  },
  {
    text: '我家座机8234567，白天没人，晚上七点以后打。',
    expected: [{ kind: 'landline', text: '8234567' }],
  },
  {
    text: '你好我是毕节的在上海打工 厂里不给买社保 老板说买了工资就少了 我要不要买 qq 1370452896',
    expected: [{ kind: 'qq', text: '1370452896' }],
  },
  {
    text: '老板电话 0857－8326194 你们打这个他会接 手机他不接',
    expected: [{ kind: 'landline', text: '0857－8326194' }],
  },
  {
    text: '我的卡号6230 5208 1000 2736 145是贵州银行的社保卡，金融功能用不了',
    expected: [{ kind: 'bank-card', text: '6230 5208 1000 2736 145' }],
  },
  {
    text: `失业金领了三个月就停了 为什么 我都没找到工作 社保卡号${withIdCheckCharacter('52242519900611337')}`,
    expected: [
      { kind: 'social-security-number', text: `${withIdCheckCharacter('52242519900611337')}` },
    ],
  },
  {
    text: '大家好，我是毕节某中学的老师，想咨询一下职称评审后工资什么时候调整？我们学校有12个老师都评上了中级。',
    expected: [],
  },
  {
    text: '叫我小潘就行 电话17785730126 白天晚上都能打',
    expected: [
      { kind: 'person-name', text: '潘' },
      { kind: 'mobile', text: '17785730126' },
    ],
  },
  {
    text: '工伤鉴定结果出来了是九级，公司说只赔两万，对不对啊？我算的不止这么多。我的月工资是5500元。',
    expected: [],
  },
  {
    text: '我是穿青人，住织金县珠藏镇，想问一下少数民族有没有就业优惠政策',
    expected: [],
  },
  {
    text: '领导你们好 我是安顺的 在毕节开货车 车是贵GD8216 老板欠我运费不是工资 这个归你们管吗',
    expected: [{ kind: 'plate', text: '贵GD8216' }],
  },
  {
    text: '请问“贵州人社”APP登录不上去，提示“身份验证失败”，是怎么回事？已经试了三天了。',
    expected: [],
  },
  {
    text: '我们的工地在七星关区长春堡镇，有200多人，项目叫“毕节市第二中学新校区建设项目”，欠薪的是钢筋班组。',
    expected: [],
  },
  {
    text: '我儿子龙星宇刚满16岁，在饭店打工，老板让他一天干12个小时，这是不是雇佣童工？',
    expected: [{ kind: 'person-name', text: '龙星宇' }],
  },
  {
    text: '你们上次让我联系的那个电话0857-8222333一直打不通，能不能换个号码？',
    expected: [],
  },
  {
    text: '邮箱：bijie_lzh@foxmail.com 电话：134-0857-2263 联系人：梁志华',
    context: { authorName: '梁志华', authorPhone: '13408572263' },
    expected: [
      { kind: 'email', text: 'bijie_lzh@foxmail.com' },
      { kind: 'author-phone', text: '134-0857-2263' },
      { kind: 'author-name', text: '梁志华' },
    ],
  },
  {
    text: '我在毕节市一家4S店做销售，月底考核不达标就扣底薪，底薪只剩几百块，合法吗？',
    expected: [],
  },
  {
    text: '老板的车牌号是川A·6F29K，是四川过来的老板，现在可能已经回四川了。',
    expected: [{ kind: 'plate', text: '川A·6F29K' }],
  },
  {
    text: '微信：15885721049（同手机） 有事直接打电话或者发微信都行',
    expected: [{ kind: 'mobile', text: '15885721049' }],
  },
  {
    text: '我姓钟，是一名外卖骑手，在平台上跑单，平台说我们不是他们的员工，受伤了找谁？',
    expected: [{ kind: 'person-name', text: '钟' }],
  },
  {
    text: '请问2024年毕节市公益性岗位招聘的报名地点在哪里？我家在七星关区朱昌镇，离城区比较远。',
    expected: [],
  },
  {
    text: '我的医保卡号是H52050200183746，卡在县医院刷不了，说是没有缴费，可是我交了的。',
    expected: [{ kind: 'social-security-number', text: 'H52050200183746' }],
  },
  {
    text: '电话 18885749302 / 微信 yang-xiaolin_bj / QQ 645103928 都可以找到我，杨晓琳',
    context: { authorName: '杨晓琳' },
    expected: [
      { kind: 'mobile', text: '18885749302' },
      { kind: 'wechat-id', text: 'yang-xiaolin_bj' },
      { kind: 'qq', text: '645103928' },
      { kind: 'author-name', text: '杨晓琳' },
    ],
  },
  {
    text: '您好，我是代表我们村的32个外出务工人员来反映的，我们在新疆的一个棉花加工厂干活，工钱到现在都没给。',
    expected: [],
  },
  {
    text: '包工头唐三毛，大名叫唐世兵，赫章人，有事找他就行，我们的钱都在他手里。',
    expected: [
      { kind: 'person-name', text: '唐三毛' },
      { kind: 'person-name', text: '唐世兵' },
    ],
  },
  {
    text: '我家那边的座机号码是7213058，打过去说找陶光义就行，我不在家的时候我妈接。',
    expected: [
      { kind: 'landline', text: '7213058' },
      { kind: 'person-name', text: '陶光义' },
    ],
  },
  {
    text: '您好！我单位是毕节市某某建筑安装工程有限公司，项目备案号BJ2023-JZ-0187，请问农民工工资保证金可以用银行保函代替吗？',
    expected: [],
  },
  {
    text: '我在毕节学院（现在叫毕节医学高等专科学校）上过学，档案还在学校，现在要考公务员，怎么调档？',
    expected: [],
  },
  {
    text: 'Email:yuxiaoqing@bjxy.edu.cn 我是学校的辅导员余晓青，帮学生咨询就业见习的事。',
    expected: [
      { kind: 'email', text: 'yuxiaoqing@bjxy.edu.cn' },
      { kind: 'person-name', text: '余晓青' },
    ],
  },
  {
    text: `我老婆的身份证${withIdCheckCharacter('52242820010905182')}，她今年才23岁，在外面打工怀孕被辞退了，公司说是她自己不来上班。`,
    expected: [{ kind: 'id-card', text: `${withIdCheckCharacter('52242820010905182')}` }],
  },
  {
    text: '贵F78S21这个车是送货的，我是司机，老板说我出车祸是我自己的事，不算工伤。',
    expected: [{ kind: 'plate', text: '贵F78S21' }],
  },
  {
    text: '我是2006年出生的，今年18岁了，高中毕业，想学个技术，请问有没有免费的培训？',
    expected: [],
  },
  {
    text: '联系：潘先生 一八九 八五七二 零四一六',
    expected: [
      { kind: 'person-name', text: '潘' },
      { kind: 'mobile', text: '一八九 八五七二 零四一六' },
    ],
  },
  {
    text: '您好，请问2024年度社保缴费基数是多少？我们公司财务说上限是18000元左右，对吗？',
    expected: [],
  },
  {
    text: '我家在七星关区清水铺镇，我在温州打工，工资拖欠了四个月，老板说要等到年底。电话：13985720694（本人），0857-8465217（家里）',
    context: { authorPhone: '13985720694' },
    expected: [
      { kind: 'author-phone', text: '13985720694' },
      { kind: 'landline', text: '0857-8465217' },
    ],
  },
  {
    text: '工人代表：穆兴平、王福、蒋丽等15人。联系电话：蒋丽 13678572041。',
    expected: [
      { kind: 'person-name', text: '穆兴平' },
      { kind: 'person-name', text: '王福' },
      { kind: 'person-name', text: '蒋丽' },
      { kind: 'person-name', text: '蒋丽' },
      { kind: 'mobile', text: '13678572041' },
    ],
  },
  {
    text: '邮政编码551700，收件地址毕节市七星关区洪山路12号3单元501室，收件人莫小平',
    expected: [
      { kind: 'address', text: '毕节市七星关区洪山路12号3单元501室' },
      { kind: 'person-name', text: '莫小平' },
    ],
  },
  {
    text: '我是威宁的，我们那边的乡镇人社所工作人员说养老金认证可以在手机上做，我试了好几次都过不了，人脸识别一直失败。',
    expected: [],
  },
  {
    text: '我在贵阳，请把回复发我邮箱：tianli1990＠126.com（用全角的，怕被屏蔽）',
    expected: [{ kind: 'email', text: 'tianli1990＠126.com' }],
  },
  {
    text: `师傅您好，我叫邱明，我的身份证号是${withIdCheckCharacter('52242419851127391')}，我在六盘水那边参的保，现在回毕节了，能不能转过来？`,
    context: { authorName: '邱明' },
    expected: [
      { kind: 'author-name', text: '邱明' },
      { kind: 'id-card', text: `${withIdCheckCharacter('52242419851127391')}` },
    ],
  },
  // ---- batch 8: mixed long items and answers ----
  {
    text: '尊敬的市人社局领导：\n我们是毕节市七星关区某小区的业主，同时也是小区物业公司的员工，共有保安、保洁、维修工等31人。物业公司（毕节市安居物业管理有限公司）自2023年10月起拖欠我们工资，至今已有8个月，每人少则8000元多则2万元。我们多次找公司经理贺建军，他说开发商不给物业费，公司没钱。我们去年底向七星关区劳动监察大队投诉过，大队的同志也来调查过，但问题一直没解决。现在快过年了，大家家里都有老人小孩，实在困难。恳请领导督促解决！\n联系人：樊丽萍，电话：15117857302，就住在本小区。',
    context: { authorName: '樊丽萍', authorPhone: '15117857302' },
    expected: [
      { kind: 'person-name', text: '贺建军' },
      { kind: 'author-name', text: '樊丽萍' },
      { kind: 'author-phone', text: '15117857302' },
    ],
  },
  {
    text: '樊丽萍同志：您好！您反映的物业公司欠薪问题，市劳动保障监察支队已会同七星关区人社局、住建局于12月12日约谈物业公司经理贺建军和开发商负责人。经协调，开发商先行垫付物业费60万元用于支付工资，剩余部分于春节前结清。后续如有问题，可直接与监察支队杜明亮联系（0857-8231497）。',
    context: { authorName: '樊丽萍' },
    expected: [
      { kind: 'author-name', text: '樊丽萍' },
      { kind: 'person-name', text: '贺建军' },
      { kind: 'person-name', text: '杜明亮' },
      { kind: 'landline', text: '0857-8231497' },
    ],
  },
  {
    text: '您好，毕节市就业局创业担保贷款咨询窗口设在市政务服务中心二楼E区，个人创业担保贷款最高额度为30万元，贷款期限不超过3年，财政按规定贴息。',
    expected: [],
  },
  {
    text: '您好，您申请的人才服务绿卡（B卡）已制作完成，卡号为BJRC-B-2024-0157，请持本人身份证到市人才服务中心领取。',
    expected: [],
  },
  {
    text: `本人杜小芳，身份证号码${withIdCheckCharacter('52242219950317208')}，2019年7月毕业于贵州师范大学，档案一直在学校没有转出，现申请转入毕节市人才服务中心托管。联系电话：182 0857 3641，邮箱：duxiaofang95@163.com，现住七星关区碧阳街道同心路88号学府名苑2-1-1502。`,
    context: { authorName: '杜小芳', authorPhone: '18208573641' },
    expected: [
      { kind: 'author-name', text: '杜小芳' },
      { kind: 'id-card', text: `${withIdCheckCharacter('52242219950317208')}` },
      { kind: 'author-phone', text: '182 0857 3641' },
      { kind: 'email', text: 'duxiaofang95@163.com' },
      { kind: 'address', text: '七星关区碧阳街道同心路88号学府名苑2-1-1502' },
    ],
  },
  {
    text: '杜小芳同学：您好，您的档案转递需由本人登录“贵州省流动人员人事档案管理服务系统”提交申请，我中心审核后将开具调档函。办理过程中如有疑问，请拨打市人才服务中心档案科电话0857-8233160。',
    context: { authorName: '杜小芳' },
    expected: [{ kind: 'author-name', text: '杜小芳' }],
  },
  {
    text: '我是黔西市的贺敏，我舅舅贺兴文2023年在工地上摔伤去世了，工伤认定下来了，一次性工亡补助金拿到了，但丧葬补助金和供养亲属抚恤金一直没给，我舅妈在黔西市协和街道南门社区2组8号住，没有收入。',
    context: { authorName: '贺敏' },
    expected: [
      { kind: 'author-name', text: '贺敏' },
      { kind: 'person-name', text: '贺兴文' },
      { kind: 'address', text: '黔西市协和街道南门社区2组8号' },
    ],
  },
  {
    text: '经核实，贺兴文同志工亡待遇中的丧葬补助金和供养亲属抚恤金已于2024年6月由黔西市社保局工伤保险股审核，因其配偶陈大英未提供供养亲属关系证明而暂缓支付。请陈大英本人携带户口簿、结婚证到黔西市社保局补充材料。',
    expected: [
      { kind: 'person-name', text: '贺兴文' },
      { kind: 'person-name', text: '陈大英' },
      { kind: 'person-name', text: '陈大英' },
    ],
  },
  {
    text: `毕节人社：我是在福建晋江打工的赫章人，叫我老付就行。厂里的工资卡是厂里统一办的，卡和密码都在老板手上，每个月只给我们几百块生活费。我的卡号是${withLuhnDigit('622909123004875612')}，兴业银行的。`,
    expected: [
      { kind: 'person-name', text: '付' },
      { kind: 'bank-card', text: `${withLuhnDigit('622909123004875612')}` },
    ],
  },
  {
    text: '您好，您反映的工资卡被扣押问题，属于福建省晋江市人社部门管辖，我局已通过全国根治欠薪线索反映平台转办，同时建议您拨打当地12345或者到晋江市劳动监察大队现场投诉。',
    expected: [],
  },
  {
    text: '请问：我在大方县城开了一家快递网点，招了5个快递员，按件计酬，每月工资3000到6000不等，需要给他们交五险吗？不交会有什么后果？',
    expected: [],
  },
  {
    text: '我们施工队有个小工叫海光荣，是彝族，他去年干了三个月的活一分钱没拿到，现在回威宁老家了。',
    expected: [{ kind: 'person-name', text: '海光荣' }],
  },
  {
    text: '您好，经查询，您所在的威宁县石门乡年丰村3组没有被纳入2024年度地质灾害搬迁范围，关于您反映的搬迁后就业问题，请与乡人社服务中心联系。',
    expected: [],
  },
  {
    text: '您好！关于您提出的人社服务“一窗通办”建议，我局高度重视，已在七星关区、大方县、黔西市试点，试点期为2024年7月至12月。',
    expected: [],
  },
  {
    text: '反映人：钟华，手机号码：159-8574-1203\n被反映单位：毕节市某外卖配送服务有限公司\n问题：骑手受伤，平台和配送站相互推诿，站长黎明说不归他们管。',
    context: { authorName: '钟华', authorPhone: '15985741203' },
    expected: [
      { kind: 'author-name', text: '钟华' },
      { kind: 'author-phone', text: '159-8574-1203' },
      { kind: 'person-name', text: '黎明' },
    ],
  },
  {
    text: '钟华您好，针对新就业形态劳动者职业伤害保障，贵州省尚未列入试点省份。您的情况建议先与配送站协商，协商不成的可向七星关区劳动人事争议仲裁院申请确认劳动关系。',
    context: { authorName: '钟华' },
    expected: [{ kind: 'author-name', text: '钟华' }],
  },
  {
    text: '您好，根据人社部令第47号，申请劳动仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算。',
    expected: [],
  },
  {
    text: '我是织金的，我的电话是一五九 O八五七 三二六一，里面有个字母O，打的时候当0',
    expected: [{ kind: 'mobile', text: '一五九 O八五七 三二六一' }],
  },
  {
    text: '你们派人来的时候找我弟弟，他叫鲁小军，在金沙县岩孔街道的一个砂石厂当门卫，他知道老板住哪。',
    expected: [{ kind: 'person-name', text: '鲁小军' }],
  },
  {
    text: '经核实，原毕节地区某国有企业已于2003年破产，其职工档案移交至毕节市档案馆，请您携带身份证到毕节市档案馆（七星关区翠屏路）查询。',
    expected: [],
  },
  {
    text: '你好，我是贵州工程应用技术学院的学生，学号2021103045，请问毕业后在毕节创业有没有补贴？',
    expected: [],
  },
  {
    text: '您好，已联系您本人核实情况。您反映的项目为“金海湖新区某安置房项目”，施工单位已于本周将4月至6月工资共计58.7万元发放至农民工工资专用账户，您的工资5600元已到账，请查收。',
    expected: [],
  },
  {
    text: '我是七星关区海子街镇的，父亲刘洪昌今年去世了，他生前领的城乡居民养老保险，听说个人账户余额可以继承，我们要怎么办理？我的电话13595728610。',
    expected: [
      { kind: 'person-name', text: '刘洪昌' },
      { kind: 'mobile', text: '13595728610' },
    ],
  },
  {
    text: '您好，参保人死亡后，其个人账户余额可以依法继承。请继承人携带死亡证明、户口注销证明、继承人身份证及亲属关系证明，到七星关区社保局城乡居民养老保险窗口办理。',
    expected: [],
  },
  {
    text: '我的地址是毕节市金沙县鼓场街道南门路63号附1号，门面二楼就是我家，当时的劳动合同就在家里。',
    expected: [{ kind: 'address', text: '毕节市金沙县鼓场街道南门路63号附1号' }],
  },
  {
    text: '领导好，上次说的那个包工头韦德顺又来我们村招人了，说是去浙江，大家不要被他骗了，他上次欠我们的钱还没给。',
    expected: [{ kind: 'person-name', text: '韦德顺' }],
  },
  {
    text: '我的电话是137-8573-0492，白天在车间不能接电话，下午六点后可以。',
    context: { authorName: '覃海燕', authorPhone: '137 8573 0492' },
    expected: [{ kind: 'author-phone', text: '137-8573-0492' }],
  },
  {
    text: '我在“毕节招聘网”上看到一个招聘信息，要求交300元体检费，这个正规吗？公司是毕节某某人力资源服务有限公司。',
    expected: [],
  },
]
