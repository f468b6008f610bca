// The words the name rules read: surnames, titles and role words, the characters given names
// are made of and the words that only look like names. Data, kept apart from the rules in
// names.ts so that either can be read on its own.

/** About the hundred most common single-character surnames. */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任' +
      '沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫' +
      '孔向汤' +
      // Frequent in Guizhou and the rest of the southwest, and further common surnames.
      '安禄穆敖文蒙庞聂柳岳洪祝康左戚伍卜牛温宁施翟倪殷滕欧景阮齐梅纪舒屈童霍凌裴邢乔' +
      '葛骆鲁俞柯尚包甘申项单车强成商连房关冉' +
      '卯陇粟麻晏漆况幸饶游涂符蓝甄苟谌瞿岑蹇艾鄢娄喻邬柴揭祁闵丰吉米代路禹鲍谷郎占支桂尤柏管虎糜帅' +
      // Less common, from the national top 300: with them a surname list covers almost everyone.
      '耿樊焦窦颜庄苗易牟邰冀阎茹慕巩晁冷辛阚简鞠荆竺逯桓蒲邝卓蔺屠濮佘褚缪宗丘凤华仲伊宫宿邸苑' +
      '芦扶昝阳郁海姬' +
      // Rarer, but borne by whole villages in Guizhou and its neighbours.
      '庹刁佟章' +
      // Rare nationally, each borne by families in the province's villages and towns.
      '胥仇冼郜嵇邴訾缑笪逄仝亢寇臧荀雍蒯燕巫池索' +
      '盛楼古母常靳奢',
  ),
)

/** Common compound surnames. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '尉迟',
  '长孙',
  '司徒',
  '公孙',
  '夏侯',
  '宇文',
  '端木',
  '南宫',
  '独孤',
]

/**
 * Honorifics and role words that follow a surname or a full name: the common forms of address,
 * then the roles citizens meet in labour and social-security matters (罗队长, 李法官).
 */
export const HONORIFICS: readonly string[] = [
  ...['先生', '女士', '小姐', '师傅', '老师', '经理', '主任', '科长', '局长', '处长', '同志'],
  ...['大爷', '阿姨', '老板', '律师', '医生'],
  ...['队长', '院长', '校长', '厂长', '部长', '所长', '站长', '组长', '书记', '会计', '主管'],
  ...['总监', '教授', '法官', '警官', '仲裁员', '大哥', '大姐', '叔叔', '二哥', '三哥', '二姐'],
  ...['博士', '老总', '董事长', '总经理', '老板娘', '主席', '会长', '村长', '镇长', '县长', '支书'],
  ...['秘书', '助理', '司机', '护士', '大夫', '教练', '技术员', '民警', '工程师', '班长', '专员'],
  ...['总', '哥', '姐', '叔', '嫂', '婶', '伯', '同学', '老'],
  // How neighbours and elders are addressed after their surname: 龙奶奶, 王爷爷, 杨嬢嬢.
  ...['奶奶', '爷爷', '婆婆', '大妈', '大娘', '大叔', '大伯', '嬢嬢', '孃孃'],
  // Titles of the workplace and of offices, closed classes like the rest.
  ...['线长', '股长', '工长', '拉长', '段长', '庭长', '行长', '乡长', '区长', '市长', '社长'],
  ...['干事', '园长', '理事长', '太太', '夫人', '二嫂', '大嫂'],
  // A deputy of the people's congress addressed in an answer to a proposal: 罗某某代表：.
  ...['代表'],
]

/** Written between a name and a role: 王副局长, 张总经理. */
export const ROLE_PREFIXES: ReadonlySet<string> = new Set(['副', '总'])

/**
 * Surnames that more often end an ordinary word or are a function word: 谢谢老师, 对方律师,
 * 主任医生, 工程老板, 工钱老板不给, 上周老板, 押金老板不退. Before an honorific they count as a
 * surname only after a clear left boundary (see LEFT_CONTEXT).
 */
export const WEAK_SURNAMES: ReadonlySet<string> = new Set(
  Array.from(
    '万方任金钱程白史谢周许何高贺苏余范顾付安文康左宁成单车强商连房关包甘申项尚齐温' +
      '麻况幸游符蓝艾丰柴米代路谷占支管虎帅' +
      '易简冷辛华宫阳海宗凤宿芦扶苗庄章' +
      // 仇人, 燕子, 巫师, 池塘, 索要: also the first character of common words.
      '仇燕巫池索' +
      // 楼上, 古代, 母亲, 常常.
      '楼古母常',
  ),
)

/** Digits as words: 高三老师, 万一老板不给, 周一去办理 are no names. */
export const NUMERALS: ReadonlySet<string> = new Set(Array.from('一二三四五六七八九十两'))

/** Prepositions first (向老板讨薪, 关于老师): never a surname directly before an honorific. */
export const PREPOSITION_SURNAMES: ReadonlySet<string> = new Set(['向', '于'])

/**
 * Characters after which a name typically starts: verbs of contacting (找, 给, 问, 联系),
 * conjunctions, 人 of a role (经办人周科长), and the last character of an organization
 * (人社局王科长, 公司刘经理).
 * Deliberately absent: 对 (对方), 谢 (谢谢), pronouns (我向老板…).
 */
export const LEFT_CONTEXT: ReadonlySet<string> = new Set(
  Array.from(
    '的是找给请问叫让被位称致见系询诉和与跟同及或向人局司厂院校所科处室部站店队办会组行把',
  ),
)

/**
 * Characters that do not occur in given names but do occur in the words these patterns run
 * into: function words, place and organization suffixes, words of the trade (社保, 工资, 合同),
 * honorific parts (老师 in 联系人：李老师) and 某 of an already anonymized name (张某).
 */
export const NOT_IN_GIVEN_NAMES: ReadonlySet<string> = new Set(
  Array.from(
    '的了是在和与及或等个们这那该其此每各某之所被把对向于从到给让叫请找问说去来也都就还又再很太最更不没无' +
      '有要会能可想应局司厂院校科处室部站店区县市省镇乡村组队办业程务级牌型类号语术笔人员长面期年月日天时分' +
      '秒点元亿千百老师板姨爷傅主任工总心上下内外里前后职资保险社单位公企聘签劳动合同疗养失就薪酬欠拖讨证卡' +
      '码电话手机邮箱址住湾姓名性别匿详略待未请您你我他她它们啥谁经女士先姐何多款州末绝续重格乱述围额式便案' +
      '病度必列副中沙苏西场间',
  ),
)

/**
 * Characters that may follow a name in an introduction (我叫张三，/ 我叫王小明今年… /
 * 本人李四身份证…): the name's right edge is where one of these, or a non-Chinese character, is.
 */
export const FOLLOW_NAME: ReadonlySet<string> = new Set(
  Array.from(
    '是在的今现从于男女身电手联家住系曾已为和与及因年去原也就都向给找说反咨投举申请想打本来',
  ),
)

/** Introductions and form labels followed by a name. */
export const NAME_LABELS: readonly string[] = [
  '姓名',
  '名字叫',
  '名字',
  '联系人',
  '申请人',
  '投诉人',
  '举报人',
  '反映人',
  '留言人',
  '当事人',
  '被申请人',
  '原告',
  '被告',
  '劳动者',
  '户名',
  '自称',
  '本人',
  '我叫',
  '他叫',
  '她叫',
  '名叫',
  '中文名',
  '我是',
  // What a person's registered name is called when a nickname came first: 外公叫金老五，真名金友才.
  '真实姓名',
  '真名',
  '全名',
  '本名',
  '原名',
  '大名',
]

/** Labels also followed by words that are no names: the name needs a clear right edge. */
export const STRICT_LABELS: ReadonlySet<string> = new Set(['我是', '本人'])

/**
 * Role and family words citizens write right before the name of the person they mean:
 * 经办人刘芳说…, 包工头杨德富拖欠…, 我父亲陈光明…, 项目经理吴斌. A name after one of them needs
 * a surname and a given name; a colon, 叫 or 是 may stand between.
 */
export const ROLE_WORDS: readonly string[] = [
  ...['经办人', '负责人', '联系人', '承包人', '介绍人', '担保人', '代理人', '委托人', '法定代表人'],
  ...['法人', '被投诉人', '被举报人', '包工头', '工头', '老板娘', '老板', '老总', '项目经理'],
  ...['经理', '厂长', '班长', '组长', '主管', '会计', '出纳', '人事', '工作人员', '业务员', '客服'],
  ...[
    '科长',
    '股长',
    '局长',
    '主任',
    '师傅',
    '同事',
    '工友',
    '老乡',
    '同学',
    '朋友',
    '邻居',
    '室友',
  ],
  ...[
    '父亲',
    '母亲',
    '爸爸',
    '妈妈',
    '妻子',
    '丈夫',
    '老公',
    '老婆',
    '爱人',
    '儿子',
    '女儿',
    '儿媳',
  ],
  ...[
    '女婿',
    '哥哥',
    '姐姐',
    '弟弟',
    '妹妹',
    '爷爷',
    '奶奶',
    '外公',
    '外婆',
    '孙子',
    '孙女',
    '舅舅',
  ],
  ...[
    '姑姑',
    '叔叔',
    '阿姨',
    '伯伯',
    '岳父',
    '岳母',
    '公公',
    '婆婆',
    '配偶',
    '前妻',
    '前夫',
    '亲戚',
  ],
  ...['侄儿', '外甥女', '儿媳妇', '闺女', '舅妈', '姨妈', '姑父', '姨父', '表叔', '堂妹', '堂姐'],
  ...['见证人', '目击者', '辅导员', '调解员', '班主任', '带班的', '管事的', '领头的', '带头的'],
  ...['侄子', '外甥', '徒弟', '学徒', '工人', '员工', '职工', '农民工', '患者', '死者', '伤者'],
  ...['受害人', '证人', '律师', '仲裁员', '书记员', '法官', '医生', '护士', '司机', '保安', '队长'],
  ...['村长', '支书', '网格员', '专管员', '驾驶员', '技术员', '管理员', '小组长', '带班'],
  ...['监察员', '劳动监察员', '协管员', '承办人', '收件人', '寄件人', '专员', '人事专员', '教练员'],
  ...['校长', '院长', '所长', '站长', '处长', '部长', '矿长', '镇长', '书记', '老人', '老太太'],
  ...['监工', '店长', '领班', '厨师', '门卫', '保洁', '合伙人', '股东', '房东', '债主', '雇主'],
  ...['东家', '户主', '家属', '亲属', '子女', '继承人', '遗属', '战友', '姐夫', '妹夫', '嫂子'],
  ...['表哥', '表姐', '表弟', '表妹', '堂哥', '堂弟', '侄女', '外孙', '同乡', '队员', '学员'],
  ...['男人', '女人', '媳妇', '老伴', '代表人', '教练', '保安', '组员', '带头人', '负责的'],
  ...['审核人', '审批人', '签发人', '填表人', '记录人', '接待人', '我哥', '我弟', '我姐', '我妹'],
  // The parties of an IOU, and village and dormitory roles.
  ...['欠款人', '借款人', '收款人', '领款人', '协办员', '干事', '舍友'],
  // Who handled a matter or holds an account, and the applicants of 就业见习 and 人才 services.
  ...['办理人', '受理人', '开户人', '持卡人', '法人代表', '管理人员', '毕业生', '应届生', '见习生'],
  ...['求职者', '我妈', '我爸', '我爹', '我娘'],
  // 由其弟彭某管理, 理事长安某, 园长邹某, 原经营者聂某, 家庭共济成员罗某, 送达人：龙某.
  ...['其父', '其母', '其兄', '其弟', '其姐', '其妹', '其子', '其妻', '其夫', '理事长', '园长'],
  ...['经营者', '成员', '送达人', '财务', '婆娘', '老头子', '老头', '参保人', '被保险人'],
  ...['护士长', '线长', '场长', '村民', '安全员', '婶婶', '婶子', '房主', '店主'],
]

/**
 * What may follow a name: verbs of speaking, owing and refusing, and the function words that
 * start what a person did (刘芳说, 杨德富拖欠, 陈光明今年, 王军他们).
 */
export const AFTER_NAME: ReadonlySet<string> = new Set(
  Array.from(
    '说讲称告答应拖欠表承让叫不一直多次在是的和跟已于今去把将被对向给找打没未也都就还又才要会能可想带到来拿扣从等及与他她们以因所同共均曾仍却便并再先后老现作负推您你进出回做干那这交领借骂上诉只',
  ),
)

/** Function words after which a clause, and so perhaps a name, starts: 对赵德胜拖欠…. */
export const BEFORE_NAME: ReadonlySet<string> = new Set(
  Array.from('的是和与跟及给让叫被由向对把找问请替帮催受称见有了'),
)

/** Ordinary words that begin with a surname and read like a name after a role word. */
export const SURNAME_WORDS: ReadonlySet<string> = new Set([
  // Provinces and posts that start with a surname: 江西人, 村里的文书.
  ...['江西', '江苏', '安徽', '海南', '文书'],
  // 王八(蛋), an insult.
  ...['王八'],
  // The parties of a construction contract: 总包方, 发包方.
  ...['包方'],
  // Cities where Bijie's workers go, and towns of the province, that start with a surname.
  ...['宁波', '温州', '金华', '苏州', '常州', '江门', '安顺', '金沙', '黎平', '贵阳'],
  // A city a shop is named after: 老成都川菜馆.
  ...['成都'],
  ...[
    '高兴',
    '方便',
    '任何',
    '周末',
    '白天',
    '安全',
    '安排',
    '安置',
    '文件',
    '江边',
    '马上',
    '常年',
  ],
  ...[
    '向来',
    '于是',
    '钱款',
    '金额',
    '程序',
    '许多',
    '何时',
    '余额',
    '范围',
    '付款',
    '顾问',
    '黄金',
  ],
  ...[
    '关于',
    '关系',
    '成功',
    '成为',
    '单位',
    '车辆',
    '强制',
    '商量',
    '连续',
    '房子',
    '包括',
    '甘心',
  ],
  ...[
    '申请',
    '项目',
    '齐全',
    '温度',
    '康复',
    '宁愿',
    '左右',
    '伍佰',
    '牛奶',
    '施工',
    '景区',
    '梅雨',
  ],
  ...[
    '林业',
    '石材',
    '田地',
    '龙头',
    '毛病',
    '苏醒',
    '贺卡',
    '史料',
    '陆续',
    '孟春',
    '秦朝',
    '邱陵',
  ],
  ...[
    '严格',
    '严重',
    '武装',
    '戴上',
    '莫名',
    '韩国',
    '冯氏',
    '曾经',
    '彭湃',
    '梁上',
    '罗列',
    '唐突',
  ],
  ...[
    '雷雨',
    '龚滩',
    '熊猫',
    '潘多',
    '钟点',
    '谭家',
    '汪洋',
    '范本',
    '金融',
    '金沙',
    '江口',
    '石阡',
  ],
  ...[
    ...[
      '孙子',
      '孙女',
      '路上',
      '路费',
      '代表',
      '代理',
      '代课',
      '房东',
      '房租',
      '付清',
      '代缴',
      '代办',
      '代扣',
      '米饭',
      '吉利',
      '路段',
    ],
    ...['支持', '支付', '支出', '支援', '管理', '管账', '管辖', '谷物', '占用', '桂花', '柏油'],
    '余庆',
    '高温',
    '高寒',
    '黄平',
    '安顺',
    '文明',
    '明白',
    '杨柳',
    '柳树',
    '乔木',
    '骆驼',
    '鲁莽',
  ],
  // Words starting with the less common surnames, several of them everyday words in this domain.
  ...['仲裁', '宿舍', '扶贫', '简单', '简历', '辛苦', '海关', '海南', '海外', '阳光', '阳台'],
  ...['苗族', '易于', '焦虑', '颜色', '巩固', '郁闷', '屠宰', '庄稼', '冷静', '华为', '宗旨'],
  ...['鞠躬', '凤凰', '芦笙', '耿直', '宫颈', '冀州', '牟取', '卓越', '伊始', '丘陵', '苑区'],
  ...['方才', '马虎', '胡乱', '钱财', '高新', '向阳', '石板'],
])

/** Whether text[start, end) reads as surname + given name, and not as an ordinary word. */
/**
 * Characters NOT_IN_GIVEN_NAMES keeps out because they make ordinary words after a surname
 * (上周, 今天, 中午), but which are common in given names (王天明, 李中华, 陈月英): right after a
 * role word (经理张天明), where a name is expected, they are allowed.
 */
export const GIVEN_AFTER_ROLE: ReadonlySet<string> = new Set(
  Array.from('天中先心月西元千百明东南北年长应有科'),
)

/**
 * Characters that end few given names but start what a person did: 吴斌推给公司, 刘芳将于,
 * 吴斌已承认. A two-character given name ending in one of them is read as one character.
 */
export const NOT_LAST_GIVEN: ReadonlySet<string> = new Set(
  Array.from(
    '将已推说讲称在是把被给跟向对从要会能想带到拿扣等及与也都就还又不没未曾仍却便并再告让叫找打问的了着过联' +
      '现今当目每答表承拒拖欠反申领受签投举咨' +
      // Verbs of running off with the wages (杜明跑路了, 王强溜了).
      '跑溜逃躲' +
      // Words that start what the person did: 黎浩以…为由, 罗美只给, 黎芳管工资, 黎强招的人, 王五诉.
      '以只招管诉技开欺用共' +
      // The end of a road's name (洪山路, 民主街), not of a person's.
      '路街巷',
  ),
)

/** Last characters of role words (工友小杨, 同事老王) after which 小/老 starts a name. */
export const ROLE_END: ReadonlySet<string> = new Set(Array.from('友事乡学头板工人员长师'))

/**
 * Characters common in given names. A surname followed by two of them, standing where a name
 * may start and end, is taken for a name even without a role word (…时杨光荣也在场); one
 * given character is too weak a sign alone (王强 and 高兴 look alike).
 */
export const COMMON_GIVEN: ReadonlySet<string> = new Set(
  Array.from(
    '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅林海燕萍云辉峰斌鹏飞波宇浩凯俊' +
      '亮晶婷雪琳慧丹颖倩莉蓉琴凤春兵德富贵福荣光龙江成东生忠清学永庆祥利武才松仁义智信顺昌盛兴宏' +
      '雄彬诚坤铭睿轩涵欣怡佳琪妍雨晨瑶璐菲蕾薇馨悦洁娇翠珍珠莲芬淑惠巧美香嘉宁琼锋鑫磊晓小大立文' +
      '正世永海泽天子思梦雯倩露琦娅岚翔毅帆晖健彪虎豪旭阳昊然宁艺琛聪航瑞博楠柏桐杨柳青玲珊瑛钰' +
      '秋冬菊芝兰芸芹莎娥姣娴婉秀淑贤良友刚方德勤俭朝仕登远达家维朋斌喜乐福寿禄财发順宪炳焕熙' +
      '开章应银书群进修仲伦廷汉承跃启泉洪雁鸿鹤鸣升培基莹晴月桃杏枝叶茂蓓贞碧芳丽艳红霞敏' +
      '勇奎猛彦卫祖耀宗先启迪琳璇瑜琰娟媛婕妮姗娟荷芙蓉萱蓝露霖沛涌泓浪澜滨渊灿烨炜煜宏弘' +
      '友旺兴隆鸿飞腾骏驰奇颂吉庆祥瑞钊锐锦镇钢铁刚彪豹熊鹰' +
      // Frequent in the southwest's rural names (谢万山, 冯彩霞, 罗永贵).
      '山万彩全根银金水贤远花雅康胜安',
  ),
)

/**
 * Words whose last character is a surname: 浙江宁波 is no person called 江宁波, 对方联系人 no 方联,
 * 师范大学 no 范大学. A name does not start on their last character.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...['浙江', '镇江', '九江', '内江', '湛江', '长江', '珠江', '丽江', '晋江', '松江', '吴江'],
  ...['西安', '延安', '泰安', '淮安', '广安', '雅安', '吉安', '六安', '黔西', '江西', '山西'],
  ...['陕西', '广西', '辽宁', '南宁', '西宁', '济宁', '海宁', '咸宁', '普安', '瓮安', '镇宁'],
  // The parties of a dispute (对方, 矿方, 甲方) and other words ending in a surname.
  ...['对方', '双方', '甲方', '乙方', '地方', '官方', '警方', '厂方', '校方', '资方', '院方'],
  ...['矿方', '男方', '女方', '各方', '一方', '多方', '师范', '公安', '平安', '治安', '保安'],
])

/** Latin words after those that are not names. */
export const NOT_LATIN_NAMES: ReadonlySet<string> = new Set([
  ...['HR', 'App', 'Boss', 'Manager', 'Wifi', 'WiFi', 'Excel', 'Word', 'Email', 'Online'],
  ...['app', 'boss', 'wifi', 'excel', 'word', 'email', 'online', 'office', 'hr', 'pdf'],
])
