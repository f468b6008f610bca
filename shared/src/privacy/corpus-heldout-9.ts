// Held-out labelled corpus (round 9) for the personal-data detector: written separately from the
// detector and its tuning corpora, and never used to tune it; bench:privacy reports its figures.
// All personal data is fictitious.
import type { CorpusItem } from './corpus'
import { withIdCheckCharacter, withLuhnDigit } from './test-support'

/** Digits in groups of four joined by a separator, as people type card numbers. */
const g4 = (digits: string, sep = ' '): string => digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`)

/** An ID number typed as 6-8-4 groups. */
const g684 = (id: string, sep = ' '): string =>
  `${id.slice(0, 6)}${sep}${id.slice(6, 14)}${sep}${id.slice(14)}`

/** A string with a hidden character pasted in at the given offset. */
const ins = (s: string, at: number, ch: string): string => s.slice(0, at) + ch + s.slice(at)

/** Digits typed with a full-width input method. */
const fullWidth = (s: string): string =>
  s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

export const HELDOUT_CORPUS_9: readonly CorpusItem[] = [
  // ---- citizens' messages with personal data (batch 1)
  {
    text: '老板杨德富欠我们工资3个月了一共12个人 每个人八九千 打他电话18786451230也不接 他住七星关区麻园路东段25号2单元602 求求领导帮忙',
    expected: [
      { kind: 'person-name', text: '杨德富' },
      { kind: 'mobile', text: '18786451230' },
      { kind: 'address', text: '七星关区麻园路东段25号2单元602' },
    ],
  },
  {
    text: '我是罗秀英 帮我老公龙志刚问下他的失业金啷个还没到账 他在浙江宁波打工回不来 有事打我电话15085123467 打12333一直占线',
    context: { authorName: '罗秀英', authorPhone: '15085123467' },
    expected: [
      { kind: 'author-name', text: '罗秀英' },
      { kind: 'person-name', text: '龙志刚' },
      { kind: 'author-phone', text: '15085123467' },
    ],
  },
  {
    text: `你好我想问下灵活就业参保的事 身份证号${withIdCheckCharacter('52242719870615002')} 交了两年了app上查不到记录 莫得办法了 我电话 139 8570 2146`,
    expected: [
      { kind: 'id-card', text: withIdCheckCharacter('52242719870615002') },
      { kind: 'mobile', text: '139 8570 2146' },
    ],
  },
  {
    text: `姓名：田玉兰\n身份证：${withIdCheckCharacter('52052619620304102')}\n开户行：农行毕节七星关支行\n账号：${withLuhnDigit('622848071234567890')}\n事由：退休金从去年11月就停发了 麻烦帮查一下 是不是认证没过`,
    expected: [
      { kind: 'person-name', text: '田玉兰' },
      { kind: 'id-card', text: withIdCheckCharacter('52052619620304102') },
      { kind: 'bank-card', text: withLuhnDigit('622848071234567890') },
    ],
  },
  {
    text: `我在广东东莞 之前帮包工头吴斌在大方县干了半年 工资卡是${g4(withLuhnDigit('621700243001512887'))} 一分都没打进来 他微信wubin_1979 现在把我拉黑了`,
    expected: [
      { kind: 'person-name', text: '吴斌' },
      { kind: 'bank-card', text: g4(withLuhnDigit('621700243001512887')) },
      { kind: 'wechat-id', text: 'wubin_1979' },
    ],
  },
  {
    text: '工友老王在工地上摔伤了 老板不给报公伤 老王电话一五九八五七四三二六一 他不会打字我帮他发的',
    expected: [
      { kind: 'person-name', text: '王' },
      { kind: 'person-name', text: '王' },
      { kind: 'mobile', text: '一五九八五七四三二六一' },
    ],
  },
  {
    text: `我爸陈光明1958年的 今年该办退休了 他社保号是${withIdCheckCharacter('52052119580411003')} 要带哪些材料 我在外地打工回不来 可不可以我舅舅彭国华去代办`,
    expected: [
      { kind: 'person-name', text: '陈光明' },
      { kind: 'social-security-number', text: withIdCheckCharacter('52052119580411003') },
      { kind: 'person-name', text: '彭国华' },
    ],
  },
  {
    text: '请问人才服务绿卡咋个申请 我是高校毕业生刚回毕节 有啥子资料麻烦发我邮箱 lixiaoyu1998@163.com 或者加QQ 2847561930 谢谢',
    expected: [
      { kind: 'email', text: 'lixiaoyu1998@163.com' },
      { kind: 'qq', text: '2847561930' },
    ],
  },
  {
    text: '举报 织金县某某煤矿的老板开着贵F·8K627天天在外面耍 工人工资拖了大半年不给 我们去找他就说莫得钱',
    expected: [{ kind: 'plate', text: '贵F·8K627' }],
  },
  {
    text: '我妈不会用手机 有事打我家座机0857-4821376 她叫穆桂芬 养老金认证每次都要跑一趟 能不能上门',
    expected: [
      { kind: 'landline', text: '0857-4821376' },
      { kind: 'person-name', text: '穆桂芬' },
    ],
  },
  {
    text: '申请技能补贴 姓名敖\u200b小军 电话173\u200b0857\u200b4412 证书上个月就拿到了 为什么系统说查无此人',
    expected: [
      { kind: 'person-name', text: '敖\u200b小军' },
      { kind: 'mobile', text: '173\u200b0857\u200b4412' },
    ],
  },
  {
    text: '１３６８５７０３４９１这是我电话 我是金沙县的在杭州萧山打工 社保卡丢了咋个补办 能不能寄过来 地址浙江省杭州市萧山区宁围街道利一村5组18号',
    expected: [
      { kind: 'mobile', text: '１３６８５７０３４９１' },
      { kind: 'address', text: '浙江省杭州市萧山区宁围街道利一村5组18号' },
    ],
  },
  {
    text: '您好，您反映的毕节市某劳务有限公司拖欠工资一事，已转七星关区劳动保障监察大队办理，经办人黎文涛将于3个工作日内与您联系，请保持电话畅通。',
    expected: [{ kind: 'person-name', text: '黎文涛' }],
  },
  {
    text: '领导好 我韦明军 在毕节经开区一家厂里上班 厂里不给买社保 说是试用期 都干了8个月了 我电话138-8570-1123',
    context: { authorName: '韦明军', authorPhone: '13885701123' },
    expected: [
      { kind: 'author-name', text: '韦明军' },
      { kind: 'author-phone', text: '138-8570-1123' },
    ],
  },
  {
    text: '我是威宁的 在温州鞋厂做 想问下我们那边的老板蒙德华欠了我们十几个人的钱 蒙老板说年底给 现在都过年了还没给 他车牌贵FC3J28',
    expected: [
      { kind: 'person-name', text: '蒙德华' },
      { kind: 'person-name', text: '蒙' },
      { kind: 'plate', text: '贵FC3J28' },
    ],
  },
  {
    text: `有个扣扣1538297046的人加我说能帮忙办失业金 要收200块手续费 这个是不是骗子 他还让我把银行卡号${withLuhnDigit('622202240200384715')}和密码发过去 我发了卡号没发密码`,
    expected: [
      { kind: 'qq', text: '1538297046' },
      { kind: 'bank-card', text: withLuhnDigit('622202240200384715') },
    ],
  },
  {
    text: `问下 我媳妇安丽萍生娃娃了 生育津贴啷个申请 她单位在贵阳 社保在毕节交的 医保卡号${withIdCheckCharacter('52050219930726004')}`,
    expected: [
      { kind: 'person-name', text: '安丽萍' },
      { kind: 'social-security-number', text: withIdCheckCharacter('52050219930726004') },
    ],
  },
  {
    text: '我是赫章县的禄文才 在深圳打工 工伤认定去年就申请了到现在都莫得结果 我手机号码是 +86 187 8571 6620 微信同手机号',
    expected: [
      { kind: 'person-name', text: '禄文才' },
      { kind: 'mobile', text: '+86 187 8571 6620' },
    ],
  },
  {
    text: '您好，经核查，您（敖兴友）的失业保险金已于2024年3月15日发放至您尾号为3381的社保卡金融账户，请注意查收。',
    expected: [{ kind: 'person-name', text: '敖兴友' }],
  },
  {
    text: '老板娘李红说工资要等结算了才发 结算了又说要等甲方 甲方说钱早就给了 我们八个人一共欠了六万七 李红电话13708575512',
    expected: [
      { kind: 'person-name', text: '李红' },
      { kind: 'person-name', text: '李红' },
      { kind: 'mobile', text: '13708575512' },
    ],
  },
  {
    text: '同事小杨和我都是去年进的厂 他买了社保我没得 啷个回事',
    expected: [{ kind: 'person-name', text: '杨' }],
  },
  {
    text: '材料我已经扫描好了 可以发到哪个邮箱 我的邮箱是zhangwei。1985@qq。com 我叫张伟 在织金县城关镇住',
    expected: [
      { kind: 'email', text: 'zhangwei。1985@qq。com' },
      { kind: 'person-name', text: '张伟' },
    ],
  },
  {
    text: 'wx：ranxiaohong_88 冉小红 我想报名就业见习 大专刚毕业 学的会计 在哪里报',
    expected: [
      { kind: 'wechat-id', text: 'ranxiaohong_88' },
      { kind: 'person-name', text: '冉小红' },
    ],
  },
  {
    text: '我叫黎阿妹 今年55了 在纳雍县乐治镇 我老公死了好多年了 他交过几年养老保险 能不能退钱 我儿子电话15985745218',
    expected: [
      { kind: 'person-name', text: '黎阿妹' },
      { kind: 'mobile', text: '15985745218' },
    ],
  },
  {
    text: '那天晚上他开一辆白色面包车 车牌贵A 8K2M9 把我们几个的东西都拉走了 工钱也没结 包工头叫聂小兵',
    expected: [
      { kind: 'plate', text: '贵A 8K2M9' },
      { kind: 'person-name', text: '聂小兵' },
    ],
  },
  {
    text: '家里座机8236541 白天没人 晚上7点以后打 我儿子粟建平在外省 他的档案在你们那里吗',
    expected: [
      { kind: 'landline', text: '8236541' },
      { kind: 'person-name', text: '粟建平' },
    ],
  },
  {
    text: `残疾人证号${withIdCheckCharacter('52052419750822003')}12 我是二级残疾 想问能不能享受灵活就业社保补贴`,
    expected: [{ kind: 'id-card', text: `${withIdCheckCharacter('52052419750822003')}12` }],
  },
  {
    text: '您好，您反映的问题已转大方县人社局处理。经核实，您（覃光荣）在该县务工期间的工资已由用工单位于2024年1月20日结清，共计2.6万元，如有异议可向劳动人事争议仲裁委员会申请仲裁。',
    expected: [{ kind: 'person-name', text: '覃光荣' }],
  },
  {
    text: `工资卡 ${g4(withLuhnDigit('622848071236554901'), '-')} 之前工地发工资都是打这张卡 最近两个月的没到 工头岑华说公司没拨款`,
    expected: [
      { kind: 'bank-card', text: g4(withLuhnDigit('622848071236554901'), '-') },
      { kind: 'person-name', text: '岑华' },
    ],
  },
  {
    text: '您好 我之前在网上留言了 一直没人回 再说一遍 我叫滕志勇 电话182 8574 1099 在七星关区一个物流公司 老板邹金贵不签合同还扣押金',
    context: { authorName: '滕志勇', authorPhone: '18285741099' },
    expected: [
      { kind: 'author-name', text: '滕志勇' },
      { kind: 'author-phone', text: '182 8574 1099' },
      { kind: 'person-name', text: '邹金贵' },
    ],
  },
  {
    text: `帮我妈问的 我妈叫麻秀珍 1960年出生 一直在农村交的城乡居民养老保险 每年交的最低档 一个月能领好多钱 她身份证${withIdCheckCharacter('52052719600917002')}`,
    expected: [
      { kind: 'person-name', text: '麻秀珍' },
      { kind: 'id-card', text: withIdCheckCharacter('52052719600917002') },
    ],
  },
  {
    text: '我是黔西的 在佛山打工 QQ：375920184 想问问毕节有没有返乡创业补贴 需要啥条件',
    expected: [{ kind: 'qq', text: '375920184' }],
  },
  {
    text: '您好，您咨询的就业见习补贴事宜，经与市就业局核实，您所在的见习单位已提交申报材料，请联系单位经办人吴晓燕了解进度。',
    expected: [{ kind: 'person-name', text: '吴晓燕' }],
  },
  {
    text: '举报 七星关区碧阳大道某某足浴店 不给员工买社保 员工有二十几个 潘老板四十多岁 开个黑色越野车 贵F 5X6L1',
    expected: [
      { kind: 'person-name', text: '潘' },
      { kind: 'plate', text: '贵F 5X6L1' },
    ],
  },
  {
    text: '啷个查社保卡发卡进度 我在那个掌上12333上看显示已制卡 快两个月了还没到 我住大方县顺德路18号幸福小区4栋1单元302 电话17785710263',
    expected: [
      { kind: 'address', text: '大方县顺德路18号幸福小区4栋1单元302' },
      { kind: 'mobile', text: '17785710263' },
    ],
  },
  {
    text: '我们几个都是纳雍的 杨光福 杨光明 龙启发 吴正祥 罗安平等5人 在毕节某某建筑公司干的活 一共欠了十四万三 有欠条',
    expected: [
      { kind: 'person-name', text: '杨光福' },
      { kind: 'person-name', text: '杨光明' },
      { kind: 'person-name', text: '龙启发' },
      { kind: 'person-name', text: '吴正祥' },
      { kind: 'person-name', text: '罗安平' },
    ],
  },
  {
    text: '你好，我是外省来毕节就业的，想咨询人才引进的住房补贴，材料要发哪里？我的邮箱liuyang(at)163.com，谢谢',
    expected: [{ kind: 'email', text: 'liuyang(at)163.com' }],
  },
  {
    text: '您好，请您本人携带身份证、社保卡到市政务服务中心人社窗口办理，或联系经办人雷鸣核实。',
    expected: [{ kind: 'person-name', text: '雷鸣' }],
  },
  {
    text: '仲裁书下来了 老板还是不给钱 案号毕劳人仲案字〔2024〕112号 仲裁员说可以申请法院强制执行 老板叫文德明 他家在七星关区观音桥街道学院路6号 我们能不能直接去找他',
    expected: [
      { kind: 'person-name', text: '文德明' },
      { kind: 'address', text: '七星关区观音桥街道学院路6号' },
    ],
  },
  {
    text: `身份证${ins(withIdCheckCharacter('52052219881103004'), 6, '\ufeff')} 我是从微信上复制过来的 你们那个系统说格式不对 申请不了失业补助金`,
    expected: [
      { kind: 'id-card', text: ins(withIdCheckCharacter('52052219881103004'), 6, '\ufeff') },
    ],
  },
  {
    text: '我舅舅冉启明 一直在浙江打工 老家毕节七星关区 现在人在医院 工伤 公司在浙江 要在哪里认定 他电话13595771824 他普通话不好你们打给我 我叫冉露 18985741366',
    expected: [
      { kind: 'person-name', text: '冉启明' },
      { kind: 'mobile', text: '13595771824' },
      { kind: 'person-name', text: '冉露' },
      { kind: 'mobile', text: '18985741366' },
    ],
  },
  {
    text: '是不是灵活就业人员交社保有补贴 我在毕节开网约车 车牌贵FD27318 能不能算灵活就业',
    expected: [{ kind: 'plate', text: '贵FD27318' }],
  },
  {
    text: `我是金沙县的退休职工 退休金打的卡是信用社的 卡号${withLuhnDigit('621779520001384562')} 我想换成建行的卡 在哪里办 我女儿邹晓梅帮我问的`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('621779520001384562') },
      { kind: 'person-name', text: '邹晓梅' },
    ],
  },
  {
    text: '欠薪 欠薪 欠薪 毕节某某公司在黔西县的工地 欠我们三十多个人工资 班组长雷昌武 电话一八七八五七六六零三二 关机了',
    expected: [
      { kind: 'person-name', text: '雷昌武' },
      { kind: 'mobile', text: '一八七八五七六六零三二' },
    ],
  },
  {
    text: `请问我的档案在哪里 我大学毕业的时候档案转回毕节了 我叫彭思雨 身份证${g684(withIdCheckCharacter('52050220010508002'))}`,
    expected: [
      { kind: 'person-name', text: '彭思雨' },
      { kind: 'id-card', text: g684(withIdCheckCharacter('52050220010508002')) },
    ],
  },
  {
    text: '我是在广州打工的 老家织金 我妈陆桂英上个月走了 她的养老保险个人账户的钱啷个领 要哪些资料 我电话 15186574420',
    expected: [
      { kind: 'person-name', text: '陆桂英' },
      { kind: 'mobile', text: '15186574420' },
    ],
  },
  {
    text: '邮箱 yang\u00adxuemei@126.com 发了三次材料了都没有回复 是不是邮箱填错了',
    expected: [{ kind: 'email', text: 'yang\u00adxuemei@126.com' }],
  },
  {
    text: '微信：tianhu-88 这个是那个中介的微信 他说交3000块就能帮我办工伤认定 人社局是不是有这种人',
    expected: [{ kind: 'wechat-id', text: 'tianhu-88' }],
  },
  {
    text: '我在织金县新华路86号开了个小餐馆 请了3个人 要不要给他们买社保 要买的话啷个买 店里电话：0857-7621453',
    expected: [
      { kind: 'address', text: '织金县新华路86号' },
      { kind: 'landline', text: '0857-7621453' },
    ],
  },
  {
    text: `您好，经核查，您（彭国平，社会保障号码${withIdCheckCharacter('52052319630211001')}）的退休审批材料已于2024年5月通过审核，养老金将从6月起发放。`,
    expected: [
      { kind: 'person-name', text: '彭国平' },
      { kind: 'social-security-number', text: withIdCheckCharacter('52052319630211001') },
    ],
  },
  {
    text: '我工伤住院 公司的人事周丽说要等我出院再去认定 超过一个月了会不会过期 着急',
    expected: [{ kind: 'person-name', text: '周丽' }],
  },
  {
    text: '我在宁波 我们那个老板叫韦光福 欠了我们工钱 他老婆叫杨春梅 他们家在大方县大方镇红旗社区2组15号 我们找不到他人',
    expected: [
      { kind: 'person-name', text: '韦光福' },
      { kind: 'person-name', text: '杨春梅' },
      { kind: 'address', text: '大方县大方镇红旗社区2组15号' },
    ],
  },
  {
    text: `你好我是毕节的 在厦门 以前在毕节交的社保要转过来 要开那个参保凭证 我社会保障号码是${withIdCheckCharacter('52052519850123004')} 手机13908571245`,
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52052519850123004') },
      { kind: 'mobile', text: '13908571245' },
    ],
  },
  {
    text: '人设局你好 我想问一下师爷金啷个领 我是在工厂上班被辞退的 厂里说不用管 我叫蒙正 我电话是一五零八五七二三九一六',
    expected: [
      { kind: 'person-name', text: '蒙正' },
      { kind: 'mobile', text: '一五零八五七二三九一六' },
    ],
  },
  {
    text: '建议 你们能不能搞个上门服务 我们村好多老人都不会弄认证 像我们组的安老太 八十几了 腿脚不方便',
    expected: [{ kind: 'person-name', text: '安' }],
  },
  {
    text: '黄丽 反映 我们公司今年都没给我们交医保 公司在毕节市七星关区 问了财务刘姐说是公司账上没钱',
    context: { authorName: '黄丽', authorPhone: '13765841200' },
    expected: [
      { kind: 'author-name', text: '黄丽' },
      { kind: 'person-name', text: '刘' },
    ],
  },
  {
    text: '请问退休审批需要的档案丢了怎么办 我是1966年的 原来在毕节地区某某厂上班 厂子垮了 我现在的住址是七星关区洪山路12号3单元501室 电话 0857-8321576',
    expected: [
      { kind: 'address', text: '七星关区洪山路12号3单元501室' },
      { kind: 'landline', text: '0857-8321576' },
    ],
  },
  {
    text: '我们举报罗某某 开了个劳务公司 专门拖欠农民工 他的手下龙飞天天吓唬我们 电话17308572398',
    expected: [
      { kind: 'person-name', text: '龙飞' },
      { kind: 'mobile', text: '17308572398' },
    ],
  },
  {
    text: `技能补贴好久到账 我考的电工证 银行卡是中国银行 ${g4(withLuhnDigit('621785600002731946'))} 户名敖丽`,
    expected: [
      { kind: 'bank-card', text: g4(withLuhnDigit('621785600002731946')) },
      { kind: 'person-name', text: '敖丽' },
    ],
  },
  {
    text: 'Vx: lhx19900607 龙海霞 求职登记 想找个会计的工作 有没有招聘会',
    expected: [
      { kind: 'wechat-id', text: 'lhx19900607' },
      { kind: 'person-name', text: '龙海霞' },
    ],
  },
  {
    text: '您好，您反映的拖欠工资问题，经七星关区劳动保障监察大队调查，包工头杨某已承认拖欠您及王正明等6人工资共计4.2万元，已责令其于10日内支付。',
    expected: [{ kind: 'person-name', text: '王正明' }],
  },
  {
    text: `我在佛山 毕节的社保卡能不能在广东用 医保卡号${withIdCheckCharacter('52052619901230003')} 去年在这边看病花了两万多 都没报`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52052619901230003') }],
  },
  {
    text: '我们单位的人事专员小陆说我们单位不给交公积金是合法的 社保也只交了三险 这个是不是违法',
    expected: [{ kind: 'person-name', text: '陆' }],
  },
  {
    text: '帮我父亲问 他叫禄永福 1956年的 以前是民办教师 教了二十年书 能不能算工龄 我是他女儿禄敏 电话 139-8571-6604',
    expected: [
      { kind: 'person-name', text: '禄永福' },
      { kind: 'person-name', text: '禄敏' },
      { kind: 'mobile', text: '139-8571-6604' },
    ],
  },
  {
    text: '写了几次了 都没人管 我住威宁县草海镇建设东路45号 在一家砂石厂干了一年 老板叫管建 欠我一万八 他微信号：guanjian666',
    expected: [
      { kind: 'address', text: '威宁县草海镇建设东路45号' },
      { kind: 'person-name', text: '管建' },
      { kind: 'wechat-id', text: 'guanjian666' },
    ],
  },
  {
    text: '我姐姐在织金县的一个石材厂上班 手被机器压了 厂里只给了五千块 让她签字 说是私了 我姐叫李春燕 我们要怎么办',
    expected: [{ kind: 'person-name', text: '李春燕' }],
  },
  {
    text: '您好，经核查，您的工伤认定申请已于2024年4月2日受理（受理编号：GS20240402017），经办人员覃丽将在法定时限内作出认定结论。',
    expected: [{ kind: 'person-name', text: '覃丽' }],
  },
  {
    text: '我叫吴三妹 在七星关区清洁队扫大街 干了十年 清洁队说我们是临时工不买养老保险 我家座机8217703 手机没有',
    expected: [
      { kind: 'person-name', text: '吴三妹' },
      { kind: 'landline', text: '8217703' },
    ],
  },
  // ---- clean messages and answers (batch 2)
  {
    text: '毕节某某建筑工程有限公司在七星关区碧阳大道的工地欠我们12名农民工工资 合计38000元 从2023年10月拖到现在 老板说等甲方拨款 甲方说钱早就付了 到底哪个说的是真的 我们找了好多回了 再不给我们就只有去12345投诉了',
    expected: [],
  },
  {
    text: '您好，您反映的问题收悉。根据《保障农民工工资支付条例》第二十四条规定，用人单位应当按照与农民工书面约定或者依法制定的规章制度规定的工资支付周期和具体支付日期足额支付工资。经七星关区劳动保障监察大队调查核实，该项目总承包单位已于2024年3月8日将拖欠的工资款3.5万元通过农民工工资专用账户代发至各农民工本人银行账户。如您仍有未结清工资，请携带劳动合同、考勤记录、工资欠条等证据材料，到七星关区人力资源和社会保障局劳动保障监察大队（工作日上午9:00—12:00，下午14:00—17:30）当面反映，也可拨打12333咨询。感谢您对人社工作的支持！',
    expected: [],
  },
  {
    text: '请问失业保险金领完了还可以领失业补助金不 我领了12个月 去年12月份领完的 现在还是莫得工作 家里两个娃娃读书',
    expected: [],
  },
  {
    text: '毕人社发〔2019〕18号文件说的那个一次性创业补贴现在还有不 我在大方县开了个小超市 营业执照办了半年了 带动了2个人就业 符不符合条件',
    expected: [],
  },
  {
    text: '您好，灵活就业人员参加企业职工基本养老保险，可通过“贵州人社”APP或“贵州社保”微信公众号自助办理参保登记，缴费基数可在全省上年度全口径城镇单位就业人员平均工资的60%至300%之间自行选择。如需咨询，请拨打12333。',
    expected: [],
  },
  {
    text: '退休审批要多久 我是2024年6月满60的 单位5月就把材料交上去了 现在都8月了还没批下来 工资停了养老金又没发 这两个月咋个过嘛',
    expected: [],
  },
  {
    text: '仲裁的时候对方律师说我们没有劳动合同就不算劳动关系 但是我们有考勤表和工资条 还有工友作证 这些算不算证据 现在案子已经到法院了 案号(2024)黔0502民初1234号',
    expected: [],
  },
  {
    text: '建议 毕节的人才服务绿卡能不能扩大范围 现在好像只有硕士以上才能办 我们本科的高校毕业生在这边工作也不容易 住房补贴也领不到 留不住人的',
    expected: [],
  },
  {
    text: '您好，关于您咨询的工伤认定问题，答复如下：一、根据《工伤保险条例》第十七条规定，职工发生事故伤害，所在单位应当自事故伤害发生之日起30日内向统筹地区社会保险行政部门提出工伤认定申请；用人单位未按规定提出的，工伤职工或者其近亲属、工会组织在事故伤害发生之日起1年内，可以直接提出工伤认定申请。二、申请时需提交工伤认定申请表、与用人单位存在劳动关系（包括事实劳动关系）的证明材料、医疗诊断证明或者职业病诊断证明书。三、受理地点为用人单位参保地人社部门工伤保险科。如有疑问可拨打12333咨询。',
    expected: [],
  },
  {
    text: '哪个晓得养老保险断交了几年还能不能补 我是05年开始交的 交到12年 后面出去打工就没交了 现在回来了想接着交 前面交的还算不算数',
    expected: [],
  },
  {
    text: '社保卡激活了但是金融账户用不了 去银行说要回社保局弄 去社保局又说要去银行 跑了三趟了 周一去一趟周三又去一趟 谢谢老师帮忙看一下到底该去哪里',
    expected: [],
  },
  {
    text: '毕节市XX劳务有限公司 统一社会信用代码91520502MA6DK5GL3X 这个公司是不是正规的 在抖音上招工说包吃包住一个月八千 要先交500块体检费',
    expected: [],
  },
  {
    text: '工伤认定下来了 鉴定是九级 公司说只赔三万 这个合不合理 我的工资是一个月4500 干了3年了 还有医药费是我自己垫的一万二',
    expected: [],
  },
  {
    text: '您好，您反映的问题已转黔西市人力资源和社会保障局办理，请耐心等待。',
    expected: [],
  },
  {
    text: '我们是从浙江回来的 想在毕节找工作 听说有个什么就业见习 一个月多少钱 在哪里报名 要不要考试',
    expected: [],
  },
  {
    text: '老板说今年生意不好 过完年再发 我们老乡十几个人在工地上干了大半年 一分钱没拿到 万一他跑了怎么办 去哪里告他',
    expected: [],
  },
  {
    text: '我们小区门口那个零工市场 每天早上好多人等活 能不能管一下那些黑中介 收了介绍费不给介绍工作 去找他就说下回下回',
    expected: [],
  },
  {
    text: '您好，经核查，您反映的贵州某某建筑工程有限公司拖欠工资问题，七星关区劳动保障监察大队已于2024年5月20日立案调查，目前已责令该公司限期支付拖欠的工资款，后续处理结果将及时反馈。',
    expected: [],
  },
  {
    text: '医保异地就医备案啷个弄 我在昆明打工 老家毕节的 这边看病每次都要自己先垫钱 回去报又要跑好几趟',
    expected: [],
  },
  {
    text: '黄金周加班的工资是不是三倍 我们厂国庆加了七天 只给算的平时的工资 还说是自愿加的',
    expected: [],
  },
  {
    text: '档案放在人才市场要不要交钱 放了十年了一直没去管 现在考上事业单位了要调档 需要带什么',
    expected: [],
  },
  {
    text: '失业保险金的标准是多少 毕节是不是按最低工资的百分之九十算 我看网上说是1710元一个月 是真的吗',
    expected: [],
  },
  {
    text: '您好，根据国家和我省有关规定，企业职工按月领取基本养老金需同时满足以下条件：一是达到法定退休年龄；二是累计缴费满15年（自2025年1月1日起，最低缴费年限逐步提高）；三是已办理退休审批手续。您所述1966年出生的女职工，如原身份为工人，按照渐进式延迟退休政策，具体退休时间可通过“贵州人社”APP中的“退休年龄计算器”查询。办理退休审批时，需提供本人档案、身份证等材料，由所在单位或社保经办机构申报。',
    expected: [],
  },
  {
    text: '请问12333咋个打不通 打了一上午都是忙音 还有没有其他电话可以问的',
    expected: [],
  },
  {
    text: '我在林业局下面的护林队干了8年 一直没有买社保 说我们是临时工 这种情况可以要求补交吗',
    expected: [],
  },
  {
    text: '石材厂粉尘太大了 好多人都得了尘肺 厂里不给做职业病检查 也不给买工伤保险 这个归你们管还是归卫健局管',
    expected: [],
  },
  {
    text: '您好，您咨询的技能提升补贴，领取条件为：企业职工参加失业保险1年以上，自2024年1月1日起取得初级（五级）、中级（四级）、高级（三级）职业资格证书或职业技能等级证书的，可在证书核发之日起12个月内申请，补贴标准分别为1000元、1500元、2000元。可通过“贵州人社”APP申请。',
    expected: [],
  },
  {
    text: '对方律师今天打电话来说要调解 给我们七成 我们要不要同意 有点不甘心 但是已经拖了两年了',
    expected: [],
  },
  {
    text: '方便问一下吗 城乡居民养老保险一年交多少个档次 最高的是多少 交高的以后领得多吗',
    expected: [],
  },
  {
    text: '老家在赫章 现在在广东打工 村里有个老乡说回去也能找到工作 毕节现在工厂多不多 工资能开多少',
    expected: [],
  },
  {
    text: '小时工有没有最低工资 我在超市上班按小时算 一小时12块 是不是太低了',
    expected: [],
  },
  {
    text: '您好，请您携带本人身份证原件、户口簿及相关证明材料，到毕节市政务服务中心三楼人社综合窗口（七星关区招商花园城政务服务大楼）办理，工作时间为周一至周五上午9:00-12:00，下午13:30-17:30。',
    expected: [],
  },
  {
    text: '于2023年3月入职 到现在都没签劳动合同 想离职了 公司说要扣一个月工资 这个合法吗',
    expected: [],
  },
  {
    text: '向单位申请了年休假单位不批 说我们车间太忙 一年到头都没休过 能不能折算成工资',
    expected: [],
  },
  {
    text: '谢谢老师 上次的问题已经解决了 钱拿到了 感谢你们',
    expected: [],
  },
  {
    text: '您好，经查询，您的养老保险关系转移接续申请已于2024年7月12日经浙江省宁波市社保经办机构审核通过，转移资金已到账，共计转入缴费年限9年4个月，请知悉。',
    expected: [],
  },
  {
    text: '江边那个工地晚上打灰打到凌晨两点 工人连续干十几个小时 没有加班费 有没有人管',
    expected: [],
  },
  {
    text: '我是高校毕业生 22年毕业的 现在还没找到工作 还能不能算应届生 报三支一扶有没有年龄限制',
    expected: [],
  },
  {
    text: '您好，申领失业保险金需同时满足以下条件：（一）失业前用人单位和本人已经缴纳失业保险费满一年；（二）非因本人意愿中断就业；（三）已经进行失业登记，并有求职要求。符合条件的，可持本人身份证、社会保障卡，通过“贵州人社”APP、“贵州社保”微信公众号线上申领，或到参保地公共就业服务机构窗口申领。失业保险金按月发放，标准为当地最低工资标准的90%，领取期限根据累计缴费时间确定：累计缴费满1年不足5年的，最长12个月；满5年不足10年的，最长18个月；10年以上的，最长24个月。领取期间由失业保险基金代缴基本医疗保险费。如您对计算结果有疑问，可携带相关材料到七星关区就业局失业保险窗口核对。',
    expected: [],
  },
  {
    text: '钱款到现在也没有打过来 之前说是月底 又说是下个月15号 每次都拖 我们是签了合同的 合同编号HT-2023-0457',
    expected: [],
  },
  {
    text: '社保缴费基数是多少 我们公司按最低的4015元交的 我实际工资有七千多 是不是可以要求按实际工资交',
    expected: [],
  },
  {
    text: '请问流水号202405170857123456 这个是我在网上办的失业登记 显示审核中 已经十天了还没好',
    expected: [],
  },
  {
    text: '我们是个体户 雇了两个人 要不要交工伤保险 交的话一年大概好多钱',
    expected: [],
  },
  {
    text: '受理回执上面的编号是5205022024061800321 请问这个能查进度吗 在哪里查',
    expected: [],
  },
  {
    text: '您好，您反映的问题已收悉。经核实，该公司已于2024年6月为您补缴2023年7月至2024年5月的社会保险费，您可通过“贵州社保”微信公众号查询缴费记录。',
    expected: [],
  },
  {
    text: '纳雍县的公益性岗位是怎么招的 我们村里的都是关系户 一个组有三个人在当护林员 我们家困难户都没得',
    expected: [],
  },
  {
    text: '拖欠工资的企业是不是可以上黑名单 我们那个老板欠了好多人的钱 还在到处接新工程',
    expected: [],
  },
  {
    text: '劳动仲裁要不要钱 请律师要好多钱 我们农民工请不起',
    expected: [],
  },
  {
    text: '您好，劳动人事争议仲裁不收费，仲裁委员会的经费由财政予以保障。申请仲裁应当提交书面仲裁申请，并按照被申请人人数提交副本；书写确有困难的，可以口头申请，由仲裁委员会记入笔录。劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算；劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年时效限制，但劳动关系终止的，应当自劳动关系终止之日起一年内提出。经济困难的农民工可向当地法律援助中心申请法律援助。仲裁申请可向用人单位所在地或劳动合同履行地的劳动人事争议仲裁院提出。',
    expected: [],
  },
  {
    text: '周末加班两天 补休了一天 另外一天算不算加班费 按多少倍算',
    expected: [],
  },
  {
    text: '我们厂的工牌编号是BJ20190832 干了五年了 现在厂要搬到贵阳去 不去的话有没有补偿',
    expected: [],
  },
  {
    text: '我家老人1957年的 当年在公社当过赤脚医生 现在能不能补交养老保险 听说有这个政策',
    expected: [],
  },
  {
    text: '你们留言回复得太慢了 上个月15号留的言 到现在都没回 12345也打了 说转给你们了',
    expected: [],
  },
  {
    text: '您好，根据毕节市就业见习相关规定，见习对象为离校2年内未就业高校毕业生和16—24岁失业青年，见习期限一般为3—12个月，见习期间由见习单位按不低于当地最低工资标准的80%发放基本生活补助。具体见习岗位可关注“毕节人社”微信公众号发布的见习岗位目录。',
    expected: [],
  },
  {
    text: '我在金沙县一个酒厂上班 一个月上28天班 每天12个小时 工资4000 这个合理吗 有没有超过规定的时间',
    expected: [],
  },
  {
    text: '社保卡丢了 补卡要交钱不 要多久能拿到 可以在银行直接补吗',
    expected: [],
  },
  {
    text: '哪个部门管劳务派遣的 我们是派遣到国企的 同工不同酬 正式工一个月比我们多两千多',
    expected: [],
  },
  {
    text: '帮忙查一下政策 黔人社厅发〔2021〕7号那个文件讲的养老保险省级统筹 对我们毕节退休的有没有影响 养老金会不会降',
    expected: [],
  },
  {
    text: '您好，如需了解社保卡业务办理进度，可拨打毕节市社会保险事业局咨询电话0857-8221663，或拨打12333人社服务热线咨询。',
    expected: [],
  },
  {
    text: '工头说我们是按天算的不算员工 不用签合同 一天260 下雨天不算 这个样子出了事情哪个负责',
    expected: [],
  },
  {
    text: '老板跑了 工地上还有二十几个人的工资没结 总共大概37万 项目是政府投资的学校 能不能找政府要',
    expected: [],
  },
  {
    text: '请问退休审批的时候出生日期以哪个为准 我的档案上和身份证上差了两岁',
    expected: [],
  },
  {
    text: '您好，经核查，您反映的毕节市某某物业管理有限公司未依法缴纳社会保险费问题，已移交市社会保险事业局依职责处理，请保持电话畅通。',
    expected: [],
  },
  {
    text: '我们那个企业是国企改制的 改制的时候给了一笔钱买断工龄 现在还能不能算视同缴费年限',
    expected: [],
  },
  {
    text: '就业困难人员认定需要啥子条件 我今年48了 一直在家带孙子 想出去找点事做',
    expected: [],
  },
  {
    text: '请问一下那个人才补贴咋个申请 我去年考过了人事考试 进了县里的石业单位 听说有安家费',
    expected: [],
  },
  {
    text: '公司说我们要转成外包 要重新签合同 工龄清零 我们在这里干了十年了 这个要怎么维权',
    expected: [],
  },
  {
    text: '您好，您提出的建议已收悉。我局将在下一步工作中进一步优化养老金领取资格认证方式，为行动不便的老年人提供上门认证服务，感谢您的宝贵建议。',
    expected: [],
  },
  {
    text: '老乡们都在问 今年农民工返乡就业有没有补贴 去年有个一次性交通补贴 今年还有没有',
    expected: [],
  },
  {
    text: '我叔叔家的孩子考了个技师学院 听说读技校国家有补助 一年能补多少 要不要申请',
    expected: [],
  },
  {
    text: '我想反映个事情 我们是在七星关区一个搅拌站上班的 一共有二十几个人 去年签合同的时候说好了一个月5500 包吃住 结果从今年三月份开始就只发一半 说是行情不好 剩下的年底一起结 我们好多都是外地来的 家里等着钱用 还有就是社保也是今年才开始买的 之前干了两年的都没买 问了老板说那个是我们自己不要买的 但是我们从来没说过不要 当时签的合同上面写的是公司给买 能不能帮我们问一下这个事情要去哪里反映 是找劳动监察还是直接去仲裁 我们怕搞了以后老板把我们开了',
    expected: [],
  },
  {
    text: '您好，针对您反映的问题，答复如下：一、关于工资发放问题。用人单位应当按照劳动合同约定的标准和时间足额支付工资，不得克扣或者无故拖欠。如单位未按约定支付，您可向七星关区劳动保障监察大队投诉，也可向七星关区劳动人事争议仲裁院申请仲裁。二、关于社会保险问题。依法参加社会保险是用人单位和劳动者的法定义务，不因劳动者个人意愿而免除。对用人单位未依法缴纳的，可向社会保险费征收机构申请补缴。三、关于担心被解除劳动合同的问题。用人单位因劳动者依法维权而解除劳动合同的，属于违法解除，劳动者可以要求继续履行或支付赔偿金。如需进一步咨询，请拨打12333。',
    expected: [],
  },
  // ---- personal data in forms, cards, phones and addresses (batch 3)
  {
    text: `姓名：潘文秀\n身份证号：${withIdCheckCharacter('52050219781209002')}\n联系电话：0857-8236907\n工作单位：毕节某某服装厂\n开户行：毕节农商银行\n卡号：${withLuhnDigit('621391570001283346')}\n反映事项：被拖欠2023年11-12月工资共6400元 厂里说放假了没人管`,
    expected: [
      { kind: 'person-name', text: '潘文秀' },
      { kind: 'id-card', text: withIdCheckCharacter('52050219781209002') },
      { kind: 'landline', text: '0857-8236907' },
      { kind: 'bank-card', text: withLuhnDigit('621391570001283346') },
    ],
  },
  {
    text: `工资一直打的这个卡 农行的 ${g4(withLuhnDigit('955990012745683'))} 今年换了工地以后就打不进去了 说是卡被冻结了 我在东莞回不来 能不能换个卡`,
    expected: [{ kind: 'bank-card', text: g4(withLuhnDigit('955990012745683')) }],
  },
  {
    text: '我的银行卡6217002430015128876 上回发错了一位数 你们看下是不是打到别人卡上去了 我是技能补贴那个',
    expected: [{ kind: 'bank-card', text: '6217002430015128876' }],
  },
  {
    text: '我叫田茂林 在东莞打工 社保要从毕节转过来 啷个弄 我手机经常没信号 打我家里电话(0857)4216583 我妈会接',
    expected: [
      { kind: 'person-name', text: '田茂林' },
      { kind: 'landline', text: '(0857)4216583' },
    ],
  },
  {
    text: '我爸在家 座机 0857 3726154 他耳朵不好 打的时候大声点 他叫龙正发 养老金一直是1300多 今年涨了没有',
    expected: [
      { kind: 'landline', text: '0857 3726154' },
      { kind: 'person-name', text: '龙正发' },
    ],
  },
  {
    text: '宁波这边老板的电话是0574-87652316 他是毕节人 叫吴永贵 在宁波开厂 欠我们老乡的钱 毕节这边能不能管',
    expected: [
      { kind: 'landline', text: '0574-87652316' },
      { kind: 'person-name', text: '吴永贵' },
    ],
  },
  {
    text: '住址：黔西市莲城街道水西大道235号\n电话：08574921635\n姓名：杨秀芝\n诉求：丈夫工亡 要求单位支付一次性工亡补助金 单位一直推',
    expected: [
      { kind: 'address', text: '黔西市莲城街道水西大道235号' },
      { kind: 'landline', text: '08574921635' },
      { kind: 'person-name', text: '杨秀芝' },
    ],
  },
  {
    text: '家里电话０８５７－７２１６５３８ 我叫韦小芬 帮我查下我的医保交到哪个月了 手机丢了',
    expected: [
      { kind: 'landline', text: '０８５７－７２１６５３８' },
      { kind: 'person-name', text: '韦小芬' },
    ],
  },
  {
    text: '您好，经联系您留下的固定电话0857-6231475多次未能接通，请您看到答复后拨打12333或到纳雍县人社局劳动保障监察股反映。',
    expected: [{ kind: 'landline', text: '0857-6231475' }],
  },
  {
    text: '我是织金县的 公司在织金县双堰街道 我住织金县文腾街道东门社区光明巷7号 家里电话7625814 有事打这个',
    expected: [
      { kind: 'address', text: '织金县文腾街道东门社区光明巷7号' },
      { kind: 'landline', text: '7625814' },
    ],
  },
  {
    text: '反映人：聂德芬\n联系电话：0857-2731846（家） 159 8576 3320（手机）\n反映事项：丈夫在金沙县煤矿井下受伤 煤矿不承认劳动关系 不给认工伤',
    expected: [
      { kind: 'person-name', text: '聂德芬' },
      { kind: 'landline', text: '0857-2731846' },
      { kind: 'mobile', text: '159 8576 3320' },
    ],
  },
  {
    text: '座机0857-72\u200d16495 我白天在家 帮我查一下我老公的工伤认定到哪一步了 他叫敖正林',
    expected: [
      { kind: 'landline', text: '0857-72\u200d16495' },
      { kind: 'person-name', text: '敖正林' },
    ],
  },
  {
    text: '我的QQ号是 1847562093 邮箱cenyumei88@qq.com 材料发过去了 你们查收一下 我叫岑玉梅',
    expected: [
      { kind: 'qq', text: '1847562093' },
      { kind: 'email', text: 'cenyumei88@qq.com' },
      { kind: 'person-name', text: '岑玉梅' },
    ],
  },
  {
    text: '扣扣：2093517486 我是黔西的 在惠州 想问社保卡在外地能不能激活',
    expected: [{ kind: 'qq', text: '2093517486' }],
  },
  {
    text: '要不加我qq 85927163 我把劳动合同拍照发你们 我们老板叫罗永刚 合同上面写的工资是4500 实际只发3000',
    expected: [
      { kind: 'qq', text: '85927163' },
      { kind: 'person-name', text: '罗永刚' },
    ],
  },
  {
    text: '那个车就是包工头的 贵F·A6253 天天停在工地门口 工人问他要钱他就开车跑了',
    expected: [{ kind: 'plate', text: '贵F·A6253' }],
  },
  {
    text: '拉我们去工地的是一辆车牌贵F88Q52的白色金杯 司机麻师傅说是老板喊他来接的 现在老板不认账',
    expected: [
      { kind: 'plate', text: '贵F88Q52' },
      { kind: 'person-name', text: '麻' },
    ],
  },
  {
    text: '老板开的是宝马 贵AD56789 说没钱发工资 我们不信',
    expected: [{ kind: 'plate', text: '贵AD56789' }],
  },
  {
    text: '邮箱：tengfei_bj@163.com 见习的材料可以发这个邮箱 我是滕飞',
    expected: [
      { kind: 'email', text: 'tengfei_bj@163.com' },
      { kind: 'person-name', text: '滕飞' },
    ],
  },
  {
    text: '不会弄附件 我的邮箱 wuxiaoli123 at 126 dot com 你们把表格发过来我填',
    expected: [{ kind: 'email', text: 'wuxiaoli123 at 126 dot com' }],
  },
  {
    text: '邮箱是 longjun＠foxmail.com 龙俊 失业登记材料已经发过去了',
    expected: [
      { kind: 'email', text: 'longjun＠foxmail.com' },
      { kind: 'person-name', text: '龙俊' },
    ],
  },
  {
    text: '发到我邮箱 lu\u200bhaiyan@sina.com 就行 谢谢',
    expected: [{ kind: 'email', text: 'lu\u200bhaiyan@sina.com' }],
  },
  {
    text: 'V信：yk_1992bj 有什么消息发我 电话经常打不通 我在工地上',
    expected: [{ kind: 'wechat-id', text: 'yk_1992bj' }],
  },
  {
    text: '我是见习单位的 想问见习补贴怎么报 加我微信 Tian-Xiaomei0321 田小梅',
    expected: [
      { kind: 'wechat-id', text: 'Tian-Xiaomei0321' },
      { kind: 'person-name', text: '田小梅' },
    ],
  },
  {
    text: '那个劳务中介的微信号是wxid_8k2j4m9x3p22 收了我们每人800块 说好的工作没有 人也找不到了',
    expected: [{ kind: 'wechat-id', text: 'wxid_8k2j4m9x3p22' }],
  },
  {
    text: '有事加我微信13985741236 打字不方便 发语音',
    expected: [{ kind: 'mobile', text: '13985741236' }],
  },
  {
    text: `社会保障卡号：${withIdCheckCharacter('52052119700305001')} 卡上的照片不是我的 弄错了 要去哪里改`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52052119700305001') }],
  },
  {
    text: `我的社保号码${g684(withIdCheckCharacter('52052219830618003'))} 查了一下显示2019年到2020年是断的 但是那两年我在单位上班的`,
    expected: [
      { kind: 'social-security-number', text: g684(withIdCheckCharacter('52052219830618003')) },
    ],
  },
  {
    text: '我爸的老身份证是15位的 522401570817031 现在办退休认证说系统里查不到 是不是没有升级',
    expected: [{ kind: 'id-card', text: '522401570817031' }],
  },
  {
    text: `反映人 覃永红 身份证 ${withIdCheckCharacter('52052319911121002')} 在广东惠州 以前在毕节的公司交过两年社保 公司注销了 社保怎么转`,
    expected: [
      { kind: 'person-name', text: '覃永红' },
      { kind: 'id-card', text: withIdCheckCharacter('52052319911121002') },
    ],
  },
  {
    text: '我住七星关区市东街道松山路38号 楼下就是那个劳务公司 每天都有人来闹 说是拖欠工资 你们管一下',
    expected: [{ kind: 'address', text: '七星关区市东街道松山路38号' }],
  },
  {
    text: '我妈住毕节市七星关区德溪街道桂花路15号附2号 她一个人在家 八十多了 每年认证都是我回来带她去 能不能在手机上帮她弄',
    expected: [{ kind: 'address', text: '毕节市七星关区德溪街道桂花路15号附2号' }],
  },
  {
    text: `金沙县西洛街道解放路12号2栋3单元 这是我家地址 社保卡寄这里 我叫穆小勇 身份证${withIdCheckCharacter('52052319950407005')}`,
    expected: [
      { kind: 'address', text: '金沙县西洛街道解放路12号2栋3单元' },
      { kind: 'person-name', text: '穆小勇' },
      { kind: 'id-card', text: withIdCheckCharacter('52052319950407005') },
    ],
  },
  {
    text: '包工头杨老四家就住赫章县城关镇七家湾社区3组23号 人不在家 电话也打不通 他儿子杨波在县城开了个网吧',
    expected: [
      { kind: 'person-name', text: '杨' },
      { kind: 'address', text: '赫章县城关镇七家湾社区3组23号' },
      { kind: 'person-name', text: '杨波' },
    ],
  },
  {
    text: '你好 纳雍县雍熙街道西环路56号 这是我的地址 之前的仲裁文书寄到老地址去了 我没收到 现在过期了怎么办',
    expected: [{ kind: 'address', text: '纳雍县雍熙街道西环路56号' }],
  },
  {
    text: '威宁县六桥街道团结路3巷9号 罗明芬 17708576631 申请城乡居民养老保险待遇 我满60了',
    expected: [
      { kind: 'address', text: '威宁县六桥街道团结路3巷9号' },
      { kind: 'person-name', text: '罗明芬' },
      { kind: 'mobile', text: '17708576631' },
    ],
  },
  {
    text: '我们是黔西市锦星镇化育村4组17号的 我老公在外面工地摔死了 老板给了两万块就不管了 我一个人带三个娃娃 我叫吴小芳',
    expected: [
      { kind: 'address', text: '黔西市锦星镇化育村4组17号' },
      { kind: 'person-name', text: '吴小芳' },
    ],
  },
  {
    text: '公司在东莞 我住的是广东省东莞市长安镇乌沙社区兴发路18号 宿舍 档案能不能寄过来',
    expected: [{ kind: 'address', text: '广东省东莞市长安镇乌沙社区兴发路18号' }],
  },
  {
    text: '七星关区碧阳大道南段东方明珠小区2栋1单元1503 有个人在家里办培训班 说交钱包拿电工证 这个合法吗',
    expected: [{ kind: 'address', text: '七星关区碧阳大道南段东方明珠小区2栋1单元1503' }],
  },
  {
    text: `开户行：中国建设银行毕节分行\n户名：彭小兰\n账号：${g4(withLuhnDigit('621700243002875619'))}\n这是我的卡 失业金打这里`,
    expected: [
      { kind: 'person-name', text: '彭小兰' },
      { kind: 'bank-card', text: g4(withLuhnDigit('621700243002875619')) },
    ],
  },
  {
    text: `我用的是招行信用卡 ${withLuhnDigit('622588012345678')} 能不能用来交灵活就业的社保 网上交不了`,
    expected: [{ kind: 'bank-card', text: withLuhnDigit('622588012345678') }],
  },
  {
    text: `卡号${withLuhnDigit('6214830000123456')}是我们县信用社的 十七位的 你们系统说卡号位数不对 啷个办`,
    expected: [{ kind: 'bank-card', text: withLuhnDigit('6214830000123456') }],
  },
  {
    text: `工资卡${withLuhnDigit('62158300123456789')} 民生银行 发了以后显示退回 说是户名不对 我名字是黎\u200b小燕`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('62158300123456789') },
      { kind: 'person-name', text: '黎\u200b小燕' },
    ],
  },
  {
    text: `我有一张建行的visa卡 ${g4(withLuhnDigit('436742005318260'))} 在外面打工老板是把钱转到这张卡上的 转账记录都有`,
    expected: [{ kind: 'bank-card', text: g4(withLuhnDigit('436742005318260')) }],
  },
  {
    text: `银行卡号：${g4(withLuhnDigit('524094000837162'), '-')} 持卡人：安永华 之前失业金是打到这个卡的`,
    expected: [
      { kind: 'bank-card', text: g4(withLuhnDigit('524094000837162'), '-') },
      { kind: 'person-name', text: '安永华' },
    ],
  },
  {
    text: `帮我爷爷问 他养老金一直打在邮政的卡上 ${withLuhnDigit('621799580001234567')} 这个月少了三百多 不晓得为啥子 我爷爷叫罗正清`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('621799580001234567') },
      { kind: 'person-name', text: '罗正清' },
    ],
  },
  {
    text: `账号 ${withLuhnDigit('622208150500321648')} 开户行 工商银行毕节麻园支行 户名 蒙国强 这是我们班组的代收卡 麻烦把欠的工资打这里`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('622208150500321648') },
      { kind: 'person-name', text: '蒙国强' },
    ],
  },
  {
    text: `我工资卡号码是62305216\u200b90002567${withLuhnDigit('623052169000256734').slice(-3)} 帮我查一下技能补贴打进去没有`,
    expected: [
      {
        kind: 'bank-card',
        text: `62305216\u200b90002567${withLuhnDigit('623052169000256734').slice(-3)}`,
      },
    ],
  },
  {
    text: '卡号 6228 4804 0256 4890 715 那个是我老婆的卡 工资发她卡上的 她叫周小玲 是不是可以',
    expected: [
      { kind: 'bank-card', text: '6228 4804 0256 4890 715' },
      { kind: 'person-name', text: '周小玲' },
    ],
  },
  {
    text: `我叫杨\u200d光荣 身份证${withIdCheckCharacter('52052419660730001')} 电话18708573364 退休了两年了 养老金从来没涨过`,
    expected: [
      { kind: 'person-name', text: '杨\u200d光荣' },
      { kind: 'id-card', text: withIdCheckCharacter('52052419660730001') },
      { kind: 'mobile', text: '18708573364' },
    ],
  },
  {
    text: `我儿子雷浩${withIdCheckCharacter('52052520060123001')}今年职校毕业 想去深圳进厂 要不要先在毕节办就业登记`,
    expected: [
      { kind: 'person-name', text: '雷浩' },
      { kind: 'id-card', text: withIdCheckCharacter('52052520060123001') },
    ],
  },
  {
    text: `身份证号码${withIdCheckCharacter('52052619721008004')} 姓名 邹德友 我在浙江义乌 毕节这边的养老保险交了九年 义乌交了六年 退休在哪里办`,
    expected: [
      { kind: 'id-card', text: withIdCheckCharacter('52052619721008004') },
      { kind: 'person-name', text: '邹德友' },
    ],
  },
  {
    text: `您好，经查询，您母亲麻秀英（身份证号${withIdCheckCharacter('52052719551126002')}）的城乡居民基本养老保险待遇已正常发放至2024年9月，请知悉。`,
    expected: [
      { kind: 'person-name', text: '麻秀英' },
      { kind: 'id-card', text: withIdCheckCharacter('52052719551126002') },
    ],
  },
  {
    text: `${withIdCheckCharacter('52240119680413005')}这个是我的身份证 我是原来毕节地区化肥厂的职工 厂子破产了 我的档案不知道在哪里`,
    expected: [{ kind: 'id-card', text: withIdCheckCharacter('52240119680413005') }],
  },
  {
    text: `身份证 ${withIdCheckCharacter('52270119921225001')} 我在毕节一个餐馆打工 老板不给买社保 说给了我每个月多200块就算社保了`,
    expected: [{ kind: 'id-card', text: withIdCheckCharacter('52270119921225001') }],
  },
  {
    text: '我的身份证号是52052119880306217 后面那个X打不出来 你们帮我看一下我的失业登记',
    expected: [{ kind: 'id-card', text: '52052119880306217' }],
  },
  {
    text: `社会保障号码 ${withIdCheckCharacter('52210119750507002')} 我之前在遵义交过社保 后来到毕节上班 现在两边的年限合不到一起`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52210119750507002') }],
  },
  {
    text: '您好，您父亲陈登科的退休审批已办结，请于2024年10月15日前到七星关区社会保险事业局领取退休证。',
    expected: [{ kind: 'person-name', text: '陈登科' }],
  },
  {
    text: '经办人邹小平说我的材料不齐 但是不讲差哪样 我跑了三趟了 邹小平电话也不接',
    expected: [
      { kind: 'person-name', text: '邹小平' },
      { kind: 'person-name', text: '邹小平' },
    ],
  },
  {
    text: '我们工地上一起的有 陆金华 陆金贵 粟德明 滕江 他们都没拿到钱 我叫岑光友 我们是给毕节某某公司做的砌砖',
    expected: [
      { kind: 'person-name', text: '陆金华' },
      { kind: 'person-name', text: '陆金贵' },
      { kind: 'person-name', text: '粟德明' },
      { kind: 'person-name', text: '滕江' },
      { kind: 'person-name', text: '岑光友' },
    ],
  },
  {
    text: '项目经理吴斌说工资都拨给班组长了 班组长冉小平说没收到 两个人互相推 我们夹在中间 到底找哪个',
    expected: [
      { kind: 'person-name', text: '吴斌' },
      { kind: 'person-name', text: '冉小平' },
    ],
  },
  {
    text: '您好，经调查，您反映的劳务班组长田海（联系电话13885762217）已将工资款发放完毕，如您尚未收到，请提供银行流水等证据。',
    expected: [
      { kind: 'person-name', text: '田海' },
      { kind: 'mobile', text: '13885762217' },
    ],
  },
  {
    text: '我们老板欧阳建国 在大方县承包了个修路的工程 欠了工人六十多万 现在人跑到云南去了',
    expected: [{ kind: 'person-name', text: '欧阳建国' }],
  },
  {
    text: '司马兰 女 1979年的 在毕节一家幼儿园当保育员 园长不给交社保 说我们年纪大了不划算',
    expected: [{ kind: 'person-name', text: '司马兰' }],
  },
  {
    text: '我是诸葛明亮的家属 他是在七星关区一个工地上出事的 现在在医院 公司的人一个都不来',
    expected: [{ kind: 'person-name', text: '诸葛明亮' }],
  },
  {
    text: '我和我老公都在这个厂 我老公韦\u00ad建华上个月被开了 说他旷工 其实是请了假的 请假条在车间主任那里',
    expected: [{ kind: 'person-name', text: '韦\u00ad建华' }],
  },
  {
    text: '老板说找他的合伙人 合伙人叫彭\u202e建\u202c军 这个人根本不接电话 我们到底找哪个要钱',
    expected: [{ kind: 'person-name', text: '彭\u202e建\u202c军' }],
  },
  {
    text: '电话1\u202e5985\u202c746632 这个是我的 上次留错了 麻烦回电',
    expected: [{ kind: 'mobile', text: '1\u202e5985\u202c746632' }],
  },
  {
    text: '张老师你好 上次你说的那个表我填好了 交到哪个窗口',
    expected: [{ kind: 'person-name', text: '张' }],
  },
  {
    text: '老杨 就是我们那个包工头 上个月说过年前一定结清 现在又不见人了 电话关机',
    expected: [{ kind: 'person-name', text: '杨' }],
  },
  // ---- longer messages, answers naming people, more phones, cards and addresses (batch 4)
  {
    text: '领导你们好 我是大方县的 叫龙文斌 去年三月到今年一月在七星关区一个小区工地上做木工 包工头是杨德贵 他说好的一天350 做了十个月 只给了两万 还差四万多 我们一起的还有我表哥龙文忠和同村的吴德明 都没拿到 杨德贵现在电话不接 我们去他家里找过 他住在七星关区洪山街道松山路27号2单元401 他老婆说他出去了 还有个事情 我在工地上摔过一次 脚骨折了 当时是自己出钱看的病 花了八千多 能不能算工伤 现在都过了一年了 还能不能申请 我的电话是15985763021 麻烦领导帮帮我们 我们都是农民 就指望这个钱过年',
    context: { authorName: '龙文斌', authorPhone: '15985763021' },
    expected: [
      { kind: 'author-name', text: '龙文斌' },
      { kind: 'person-name', text: '杨德贵' },
      { kind: 'person-name', text: '龙文忠' },
      { kind: 'person-name', text: '吴德明' },
      { kind: 'person-name', text: '杨德贵' },
      { kind: 'address', text: '七星关区洪山街道松山路27号2单元401' },
      { kind: 'author-phone', text: '15985763021' },
    ],
  },
  {
    text: '您好，您反映的问题已转七星关区人社局处理，现答复如下：一、关于欠薪问题。经七星关区劳动保障监察大队调查，包工头杨德贵承认拖欠您及龙文忠、吴德明三人工资共计12.6万元，目前已责令其于2024年2月5日前支付，逾期不支付的将依法移送公安机关。二、关于工伤认定问题。根据《工伤保险条例》第十七条规定，用人单位未在规定时限内提出工伤认定申请的，工伤职工可在事故伤害发生之日起1年内直接申请。您受伤已超过1年，如有正当理由被耽误的，可提交相关证明材料向七星关区人社局工伤保险股说明情况。如有疑问可拨打12333咨询。',
    expected: [
      { kind: 'person-name', text: '杨德贵' },
      { kind: 'person-name', text: '龙文忠' },
      { kind: 'person-name', text: '吴德明' },
    ],
  },
  {
    text: '您好，您反映的问题我局已收悉，已安排工作人员田娟与您电话联系，请保持手机畅通。',
    expected: [{ kind: 'person-name', text: '田娟' }],
  },
  {
    text: '我在浙江海宁的皮革厂 老乡敖德光受伤了 手指头断了两根 厂里说他是自己不小心 不给认工伤 他老婆在毕节 电话0857-5621390 你们能不能帮他们一下',
    expected: [
      { kind: 'person-name', text: '敖德光' },
      { kind: 'landline', text: '0857-5621390' },
    ],
  },
  {
    text: '我妈叫文秀兰 她以前在毕节纺织厂上班 退休金每个月1800多 最近听说可以涨 她一个人住在七星关区市西街道南关桥社区12号 家里座机是8264317',
    expected: [
      { kind: 'person-name', text: '文秀兰' },
      { kind: 'address', text: '七星关区市西街道南关桥社区12号' },
      { kind: 'landline', text: '8264317' },
    ],
  },
  {
    text: '老王 王德贵 我们都喊他老王 是我们这个工地的班组长 他把我们的工资领了就跑了 我们七个人两个月的钱',
    expected: [
      { kind: 'person-name', text: '王' },
      { kind: 'person-name', text: '王德贵' },
      { kind: 'person-name', text: '王' },
    ],
  },
  {
    text: '电话（0857）8723641 周一到周五找不到人 周末打 我叫潘文军 社保断了三个月 想补交',
    expected: [
      { kind: 'landline', text: '（0857）8723641' },
      { kind: 'person-name', text: '潘文军' },
    ],
  },
  {
    text: '0857—8349216 我家的电话 我在外地打工的儿子蒙小江 他的社保卡寄到家里没有 我们一直没收到',
    expected: [
      { kind: 'landline', text: '0857—8349216' },
      { kind: 'person-name', text: '蒙小江' },
    ],
  },
  {
    text: '我家电话0857-7718425 黔西的 帮我爸问 他叫彭开云 1962年的 在黔西一个水泥厂干了二十年 厂子卖了以后社保就没人管了',
    expected: [
      { kind: 'landline', text: '0857-7718425' },
      { kind: 'person-name', text: '彭开云' },
    ],
  },
  {
    text: '我是一个私立学校的老师 学校拖欠我们三个月工资了 校长黎建说再等等 白天上课不方便接手机 可以打我办公室电话0857-8317264',
    expected: [
      { kind: 'person-name', text: '黎建' },
      { kind: 'landline', text: '0857-8317264' },
    ],
  },
  {
    text: '您好，我局工作人员于2024年6月3日拨打您留下的座机号码8231674，接电话的家属表示您已外出务工，请您回复本留言告知便于联系的方式。',
    expected: [{ kind: 'landline', text: '8231674' }],
  },
  {
    text: '我家座机(0857)6628135 手机 155 8574 2269 我叫安小红 在纳雍县一个扶贫车间上班 车间说我们不是正式工不买保险',
    expected: [
      { kind: 'landline', text: '(0857)6628135' },
      { kind: 'mobile', text: '155 8574 2269' },
      { kind: 'person-name', text: '安小红' },
    ],
  },
  {
    text: '座机号码0857\ufeff-4627183 白天我妈在家 她叫罗桂花 养老认证的事 她不会弄',
    expected: [
      { kind: 'landline', text: '0857\ufeff-4627183' },
      { kind: 'person-name', text: '罗桂花' },
    ],
  },
  {
    text: '我是在杭州的 老板叫穆建军 他在杭州的公司电话是0571-86237519 但是他人在毕节 欠我们工资不给 QQ也拉黑了 他QQ是 734152896',
    expected: [
      { kind: 'person-name', text: '穆建军' },
      { kind: 'landline', text: '0571-86237519' },
      { kind: 'qq', text: '734152896' },
    ],
  },
  {
    text: 'qq号码：460182937 资料已经用qq邮箱发过去了 请查收 有问题在qq上说',
    expected: [{ kind: 'qq', text: '460182937' }],
  },
  {
    text: `我的工资卡是${g4(withLuhnDigit('622202240218376451'))} 户名麻小兵 开户行工行毕节分行 仲裁调解书上写的是打这个卡`,
    expected: [
      { kind: 'bank-card', text: g4(withLuhnDigit('622202240218376451')) },
      { kind: 'person-name', text: '麻小兵' },
    ],
  },
  {
    text: `您好，经核查，您提供的银行卡号${withLuhnDigit('621700243001987645')}与户名不一致，导致技能提升补贴发放失败，请您提供本人名下的社会保障卡金融账户或一类银行账户。`,
    expected: [{ kind: 'bank-card', text: withLuhnDigit('621700243001987645') }],
  },
  {
    text: `工资卡 农信社的 ${withLuhnDigit('62178640000238159')} 十八位 姓名禄正华 老板说打了 我这边没看到`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('62178640000238159') },
      { kind: 'person-name', text: '禄正华' },
    ],
  },
  {
    text: `卡号：${g4(withLuhnDigit('6228480712339026'), '-')} 这个是我的农行卡 那个老板说打过了 我查了没有`,
    expected: [{ kind: 'bank-card', text: g4(withLuhnDigit('6228480712339026'), '-') }],
  },
  {
    text: `我的银行卡号是 ${g4(withLuhnDigit('621799580002348127'))} 好像是这个 帮我看一下失业金发了没`,
    expected: [{ kind: 'bank-card', text: g4(withLuhnDigit('621799580002348127')) }],
  },
  {
    text: `卡号${fullWidth(withLuhnDigit('436742005321774'))} 建行的 技能补贴申请的时候填的这个卡`,
    expected: [{ kind: 'bank-card', text: fullWidth(withLuhnDigit('436742005321774')) }],
  },
  {
    text: `身份证：${withIdCheckCharacter('52250119800919003')} 我在毕节做家政 想办灵活就业参保 我是外地户口能不能在毕节交`,
    expected: [{ kind: 'id-card', text: withIdCheckCharacter('52250119800919003') }],
  },
  {
    text: `${withIdCheckCharacter('52260119870302004')} 田兴旺 黔东南的 在毕节打工 工伤认定要本人去吗 我现在还在住院`,
    expected: [
      { kind: 'id-card', text: withIdCheckCharacter('52260119870302004') },
      { kind: 'person-name', text: '田兴旺' },
    ],
  },
  {
    text: `身份证号 ${ins(withIdCheckCharacter('52052220040811003'), 10, '\u200b')} 刚满二十 想报名技能培训 有没有补贴`,
    expected: [
      { kind: 'id-card', text: ins(withIdCheckCharacter('52052220040811003'), 10, '\u200b') },
    ],
  },
  {
    text: '我现在住七星关区柏杨林街道同心社区翠屏路9号3栋2单元201 离人社局远 能不能网上办',
    expected: [{ kind: 'address', text: '七星关区柏杨林街道同心社区翠屏路9号3栋2单元201' }],
  },
  {
    text: '我爸住大方县凤山乡银山村5组11号 腿脚不便 养老认证能不能上门 村里说要去乡里',
    expected: [{ kind: 'address', text: '大方县凤山乡银山村5组11号' }],
  },
  {
    text: '寄到这个地址 浙江省宁波市北仑区小港街道红联村6组32号 收件人吴玉芬 18367452190',
    expected: [
      { kind: 'address', text: '浙江省宁波市北仑区小港街道红联村6组32号' },
      { kind: 'person-name', text: '吴玉芬' },
      { kind: 'mobile', text: '18367452190' },
    ],
  },
  {
    text: '老板家在金沙县鼓场街道城南路18号 他每天晚上都回来 我们去堵过他 他叫人来打我们',
    expected: [{ kind: 'address', text: '金沙县鼓场街道城南路18号' }],
  },
  {
    text: '我和我爱人罗秀英都是退休的 我叫杨国庆 原来在毕节卷烟厂 她在百货公司 她的养老金比我少一千多 是不是算错了',
    expected: [
      { kind: 'person-name', text: '罗秀英' },
      { kind: 'person-name', text: '杨国庆' },
    ],
  },
  {
    text: '我们村的文书粟老师说可以代办城乡居民养老保险 收了我们每人50块钱 这个是不是要收钱的',
    expected: [{ kind: 'person-name', text: '粟' }],
  },
  {
    text: '请问覃主任 我们那个工伤的案子啷个样了 上次覃主任说月底给答复 现在都下个月了',
    expected: [
      { kind: 'person-name', text: '覃' },
      { kind: 'person-name', text: '覃' },
    ],
  },
  {
    text: '工友老彭和小滕都被辞退了 就因为问了一下社保的事',
    expected: [
      { kind: 'person-name', text: '彭' },
      { kind: 'person-name', text: '滕' },
    ],
  },
  {
    text: '您好，您反映的工资问题，经协调，用工单位已同意于本月25日前支付，届时如未到账，可直接联系七星关区劳动保障监察大队何伟。',
    expected: [{ kind: 'person-name', text: '何伟' }],
  },
  {
    text: '冒昧问一下 你们这里有个叫钱晓东的工作人员吗 他说他能帮我办提前退休 收了我一万块',
    expected: [{ kind: 'person-name', text: '钱晓东' }],
  },
  {
    text: '我姨妈韦三妹 1958年出生 一直没买过养老保险 现在还能买吗 她在七星关区扫地扫了十几年',
    expected: [{ kind: 'person-name', text: '韦三妹' }],
  },
  {
    text: '帮我婆婆问 她叫龙阿英 威宁的 不会说汉话 她的养老金卡被我老公的哥哥拿走了 钱都是他在取',
    expected: [{ kind: 'person-name', text: '龙阿英' }],
  },
  {
    text: '那个开砂石厂的老板叫万大勇 欠了我们拉货司机的运费 这个归不归你们管',
    expected: [{ kind: 'person-name', text: '万大勇' }],
  },
  {
    text: '我叫白\u200b云 在织金县当保安 一个月2200 每天12个小时 没有休息',
    expected: [{ kind: 'person-name', text: '白\u200b云' }],
  },
  {
    text: '陶师傅 你上次说的那个工伤认定表在哪里下载 我找不到',
    expected: [{ kind: 'person-name', text: '陶' }],
  },
  {
    text: '向红梅 女 38岁 我在毕节一家超市当收银员 超市不给交社保 每个月扣我们100块说是保险',
    expected: [{ kind: 'person-name', text: '向红梅' }],
  },
  {
    text: '我们单位的会计于海燕说今年社保基数调了 每个人要多扣 这个对不对',
    expected: [{ kind: 'person-name', text: '于海燕' }],
  },
  {
    text: '您好，经核查，您本人（冉秀芳）2015年1月至2019年12月的缴费记录已在系统中，因系统升级显示异常，现已修复。',
    expected: [{ kind: 'person-name', text: '冉秀芳' }],
  },
  {
    text: '您好，经与用人单位核实，单位负责人高建林表示将于2024年8月31日前为您办理离职手续并出具解除劳动合同证明。',
    expected: [{ kind: 'person-name', text: '高建林' }],
  },
  {
    text: '我的员工卡号是0034521 在毕节某某电子厂上班 厂长谢国平说我们不签合同也一样',
    expected: [{ kind: 'person-name', text: '谢国平' }],
  },
  {
    text: '我电话189\ufeff8571\ufeff2603 上次留的不对 请打这个',
    expected: [{ kind: 'mobile', text: '189\ufeff8571\ufeff2603' }],
  },
  {
    text: '+86-139-8577-2154 这个是我电话 我在国外打工 就想问社保暂停缴费怎么办 回来再补行不行',
    expected: [{ kind: 'mobile', text: '+86-139-8577-2154' }],
  },
  {
    text: '一三九八五七二六六一八 是我电话 我不太会打字 用的语音 我叫黄光明 我是纳雍的 想问养老保险',
    expected: [
      { kind: 'mobile', text: '一三九八五七二六六一八' },
      { kind: 'person-name', text: '黄光明' },
    ],
  },
  {
    text: '手机：135 0857 6642\n姓名：滕秀兰\n事由：退休金资格认证人脸识别一直不通过 我八十二岁了',
    expected: [
      { kind: 'mobile', text: '135 0857 6642' },
      { kind: 'person-name', text: '滕秀兰' },
    ],
  },
  {
    text: '我是穆德明 电话181-8574-3306 我之前留言说的那个事 老板穆德华已经给了一半了 另外一半还没给',
    context: { authorName: '穆德明', authorPhone: '18185743306' },
    expected: [
      { kind: 'author-name', text: '穆德明' },
      { kind: 'author-phone', text: '181-8574-3306' },
      { kind: 'person-name', text: '穆德华' },
    ],
  },
  {
    text: '你好 聂红 想问一下 我在一个私人诊所当护士 诊所老板说我们没有资格买社保 是真的吗 联系方式15608576621',
    context: { authorName: '聂红', authorPhone: '15608576621' },
    expected: [
      { kind: 'author-name', text: '聂红' },
      { kind: 'author-phone', text: '15608576621' },
    ],
  },
  {
    text: '吴丽 家里座机0857-8226731 我想咨询一下失业保险 我被公司辞退了 公司说我是自己走的',
    context: { authorName: '吴丽', authorPhone: '0857-8226731' },
    expected: [
      { kind: 'author-name', text: '吴丽' },
      { kind: 'author-phone', text: '0857-8226731' },
    ],
  },
  {
    text: '我是代我外公写的 外公叫安文科 住七星关区朱昌镇朱昌村3组12号 电话打我的 15085712639 我是他外孙女安琪',
    expected: [
      { kind: 'person-name', text: '安文科' },
      { kind: 'address', text: '七星关区朱昌镇朱昌村3组12号' },
      { kind: 'mobile', text: '15085712639' },
      { kind: 'person-name', text: '安琪' },
    ],
  },
  {
    text: `反映人：罗光明\n身份证：${withIdCheckCharacter('52052519770921007')}\n住址：纳雍县居仁街道东风路45号\n联系电话：139 8579 3012\n反映内容：我于2022年3月至2023年12月在贵州某某建设工程有限公司承建的纳雍县某安置点项目务工，担任钢筋工，约定日工资320元，共计出工412天，应得工资131840元，已领取85000元，尚欠46840元。项目负责人田光辉多次承诺支付但至今未付。我曾于2024年1月向纳雍县人社局反映，当时答复已转劳动监察处理，但至今无结果。\n请求：责令公司支付欠薪至我的银行卡（农行 ${g4(withLuhnDigit('622848071239916402'))}）。\n附：考勤表复印件、工友证明。`,
    expected: [
      { kind: 'person-name', text: '罗光明' },
      { kind: 'id-card', text: withIdCheckCharacter('52052519770921007') },
      { kind: 'address', text: '纳雍县居仁街道东风路45号' },
      { kind: 'mobile', text: '139 8579 3012' },
      { kind: 'person-name', text: '田光辉' },
      { kind: 'bank-card', text: g4(withLuhnDigit('622848071239916402')) },
    ],
  },
  {
    text: '您好，您反映的三个问题答复如下：一是关于您父亲罗正清养老金减少的问题，经核查，系2024年9月扣回此前重复发放的高龄补贴所致，扣回完毕后将恢复正常；二是关于养老金发放卡变更问题，请您父亲本人或委托代理人携带身份证、新银行卡到金沙县社会保险事业局窗口办理；三是关于您提出的上门认证建议，我局已将行动不便老人纳入上门服务名单，工作人员将于近期与您联系。如有疑问，请拨打金沙县社会保险事业局咨询电话0857-7221305。',
    expected: [{ kind: 'person-name', text: '罗正清' }],
  },
  {
    text: '您好，您反映的问题已转大方县人社局。经核实，您所说的包工头欧阳建国已于2024年7月被县劳动保障监察大队立案查处，案件正在办理中。',
    expected: [{ kind: 'person-name', text: '欧阳建国' }],
  },
  {
    text: '举报 车牌贵F·D35162的那个新能源车 车主就是欠我们钱的老板 天天开着在七星关区转',
    expected: [{ kind: 'plate', text: '贵F·D35162' }],
  },
  {
    text: '他车牌 贵 F 3K8Y6 黑色大众 你们去查就晓得是哪个了',
    expected: [{ kind: 'plate', text: '贵 F 3K8Y6' }],
  },
  {
    text: '微信:luo_xh1990 罗晓红 想报名家政培训 听说是免费的',
    expected: [
      { kind: 'wechat-id', text: 'luo_xh1990' },
      { kind: 'person-name', text: '罗晓红' },
    ],
  },
  {
    text: '邮箱 mengjun2023@163.com 蒙军 见习单位的申报表发这个邮箱就可以',
    expected: [
      { kind: 'email', text: 'mengjun2023@163.com' },
      { kind: 'person-name', text: '蒙军' },
    ],
  },
  {
    text: `医保卡号：${withIdCheckCharacter('52052119860214002')} 我在昆明住院 毕节的医保报不了 说是没有备案`,
    expected: [{ kind: 'social-security-number', text: withIdCheckCharacter('52052119860214002') }],
  },
  {
    text: '我要举报 某某公司的会计罗某某伪造工资表 工人实际拿到的和表上的不一样 工人代表是我 吴启华 电话13595781406',
    expected: [
      { kind: 'person-name', text: '吴启华' },
      { kind: 'mobile', text: '13595781406' },
    ],
  },
  {
    text: '我老汉儿陆光荣 今年七十三 在家头摔了 他养老金卡里面的钱取不出来 说是要重新认证',
    expected: [{ kind: 'person-name', text: '陆光荣' }],
  },
  {
    text: '我爸家里电话0857-5213864 他叫邹玉明 八十多了 能不能麻烦你们打电话告诉他养老金的事 他不信我说的',
    expected: [
      { kind: 'landline', text: '0857-5213864' },
      { kind: 'person-name', text: '邹玉明' },
    ],
  },
  {
    text: '有问题加我qq527390168 我白天上班 晚上才能看',
    expected: [{ kind: 'qq', text: '527390168' }],
  },
  {
    text: `银行卡${ins(withLuhnDigit('622202240233165780'), 8, '\u00ad')} 这是我从备忘录复制的 你们看下对不对`,
    expected: [{ kind: 'bank-card', text: ins(withLuhnDigit('622202240233165780'), 8, '\u00ad') }],
  },
  {
    text: '我家住七星关区碧阳\u200b大道北段28号 旁边就是那个劳务公司 天天有人去闹',
    expected: [{ kind: 'address', text: '七星关区碧阳\u200b大道北段28号' }],
  },
  {
    text: '加我微信 wu\u200bqiang_1986 吴强 我想问灵活就业补贴',
    expected: [
      { kind: 'wechat-id', text: 'wu\u200bqiang_1986' },
      { kind: 'person-name', text: '吴强' },
    ],
  },
  {
    text: '工伤认定申请人是我老婆聂\ufeff小燕 我是她老公 帮她问一下结果出来没有',
    expected: [{ kind: 'person-name', text: '聂\ufeff小燕' }],
  },
  {
    text: 'QQ 3\u200d82917465 我在外省 有事QQ联系',
    expected: [{ kind: 'qq', text: '3\u200d82917465' }],
  },
  // ---- clean messages and answers with look-alike numbers, public lines and office addresses (batch 5)
  {
    text: '您好，您反映的欠薪问题，请携带劳动合同、工资条、考勤记录等证据材料，到七星关区劳动保障监察大队（七星关区洪山路64号人社大楼二楼）反映，咨询电话0857-8223170。',
    expected: [],
  },
  {
    text: '您好，如对仲裁裁决不服，可自收到仲裁裁决书之日起十五日内向人民法院提起诉讼。毕节市劳动人事争议仲裁院地址：七星关区碧海新区金海湖大道28号市政务服务中心4楼，咨询电话0857-8287765。',
    expected: [],
  },
  {
    text: '请问市就业局在哪里 导航上显示的是七星关区百花山大道 去了说搬了 搬到哪里去了',
    expected: [],
  },
  {
    text: '网上说可以拨打市就业局咨询电话0857-8222333问一下 这个电话对不对 打了几次都没人接',
    expected: [],
  },
  {
    text: '监督电话0857-8225678是哪个单位的 我打过去说是人社局办公室 我想投诉窗口工作人员态度不好 排了两个小时的队',
    expected: [],
  },
  {
    text: '大方县人社局的地址是大方县顺德街道奢香大道68号吗 我想去办失业登记 周六开不开门',
    expected: [],
  },
  {
    text: '订单号4200002134202405171234567890 这个是我在网上交灵活就业社保的支付订单 钱扣了 但是社保系统里没显示',
    expected: [],
  },
  {
    text: '交易流水号 2024051712304587961 银行说钱已经转到社保局的账户了 你们帮我查一下到底到了没有',
    expected: [],
  },
  {
    text: '发票号码 24522000000012345678 我自己垫付的医药费发票 工伤报销的时候要原件还是复印件',
    expected: [],
  },
  {
    text: '快递单号 SF1402837465921 寄的仲裁材料 你们收到了没有 快递显示已签收',
    expected: [],
  },
  {
    text: '工单编号：BJ12345-20240618-0032 我上周打12345反映的 说转给你们了 到现在还没有人联系我',
    expected: [],
  },
  {
    text: '我的失业登记证编号是5205020020240315 上面写着有效期一年 过期了还要重新办吗',
    expected: [],
  },
  {
    text: '营业执照注册号520502600123456 我们是个体户 要给员工交社保 在哪里开户',
    expected: [],
  },
  {
    text: '劳动合同编号 BJRS-2023-001256 上面写的试用期6个月 合同期三年 试用期是不是太长了',
    expected: [],
  },
  {
    text: '我们公司的社保单位编号是52050200012345 每个月都显示扣款失败 财务说账户上有钱的',
    expected: [],
  },
  {
    text: '仲裁受理通知书上的受理号是毕劳人仲受字〔2024〕第0389号 开庭时间是9月12日上午9:30 我们要带什么东西',
    expected: [],
  },
  {
    text: '周一到周五上午九点到十二点 下午两点到五点半 这个时间我都在上班 能不能周末办 人社局周末有没有人',
    expected: [],
  },
  {
    text: '高温补贴是哪个月开始发 一个月多少钱 我们在工地上 六月到九月天天晒 一分钱没有',
    expected: [],
  },
  {
    text: '万一仲裁输了 要不要赔公司钱 公司的律师说要告我们违约',
    expected: [],
  },
  {
    text: '老板说我不签自愿放弃社保的承诺书就不要我 我签了 现在后悔了 签了的算不算数',
    expected: [],
  },
  {
    text: '常年在外打工 老家的医保每年都交 在外面看病报不了 这个医保可不可以在外地交',
    expected: [],
  },
  {
    text: '于是我们就去找了公司 公司说人事部的人都走完了 没人管 这种情况怎么办',
    expected: [],
  },
  {
    text: '程序上是不是先仲裁再起诉 可不可以直接去法院告',
    expected: [],
  },
  {
    text: '何时能发下来 上次说月底 现在都过了半个月了 技能补贴的事',
    expected: [],
  },
  {
    text: '任何单位都不能扣押身份证吧 我们老板把我们几个的身份证都收走了 说是怕我们跑',
    expected: [],
  },
  {
    text: '余额查询显示社保卡里只有三百多 我记得上次看还有两千多 是不是被哪个取了',
    expected: [],
  },
  {
    text: '金额不对 仲裁书上是32000元 实际到账的只有28000元 少了4000 公司说扣了个税',
    expected: [],
  },
  {
    text: '安全帽都是我们自己买的 工地上不发 出了事情算哪个的',
    expected: [],
  },
  {
    text: '龙头企业招工 有没有补贴给企业的 我们是做茶叶加工的 在纳雍县 今年想招20个人',
    expected: [],
  },
  {
    text: '易地扶贫搬迁安置点的就业帮扶政策有哪些 我们是从乡下搬到县城的 找不到事做',
    expected: [],
  },
  {
    text: '严重的话是不是可以追究刑事责任 拒不支付劳动报酬罪 立案标准是多少钱',
    expected: [],
  },
  {
    text: '白干了一个月 试用期说不合格就不要了 一分钱不给',
    expected: [],
  },
  {
    text: '马上过年了 工资还没结 去年也是这样拖到三月份才给',
    expected: [],
  },
  {
    text: '您好，您反映的问题已转威宁自治县人力资源和社会保障局核实处理。',
    expected: [],
  },
  {
    text: '您好，经核查，您咨询的业务需本人到场办理，请携带有效身份证件到就近的社保经办窗口办理。',
    expected: [],
  },
  {
    text: '您好，该补贴政策已于2023年12月31日到期，目前暂无新的补贴政策出台，请关注后续通知。',
    expected: [],
  },
  {
    text: '您好，您所反映的用人单位已于2024年4月被列入拖欠农民工工资失信联合惩戒对象名单，相关部门将依法对其实施联合惩戒。',
    expected: [],
  },
  {
    text: '您好，根据《劳动合同法》第十九条规定，劳动合同期限三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月。您反映的情况符合法律规定。',
    expected: [],
  },
  {
    text: '黔西市人社局窗口电话0857-4222365打不通 窗口的人说要预约 预约在哪里预约',
    expected: [],
  },
  {
    text: '纳雍县人社局服务大厅是不是在雍熙街道纳雍大道政务服务中心一楼 我明天过去 要不要带户口本',
    expected: [],
  },
  {
    text: '毕节市人才服务中心在哪里 档案要调到那边 是不是七星关区洪山路那个老人事局的楼',
    expected: [],
  },
  {
    text: '失业金领取地址写的是七星关区就业局 七星关区哪里 我不是本地人',
    expected: [],
  },
  {
    text: '您好，七星关区社会保险事业局已搬迁至七星关区碧海街道翠屏路16号七星关区政务服务中心二楼，办公时间为工作日8:30-12:00、14:00-17:30，咨询电话0857-8310253。',
    expected: [],
  },
  {
    text: '您好，金沙县劳动人事争议仲裁院地址：金沙县鼓场街道新城区政务服务中心5楼，监督电话0857-7225321，请您携带仲裁申请书及证据材料前往申请。',
    expected: [],
  },
  {
    text: '您好，赫章县人社局劳动保障监察大队举报投诉电话为0857-3222315，办公地址为赫章县城关镇育才路12号，您可直接前往或电话反映。',
    expected: [],
  },
  {
    text: '您好，您可拨打毕节市人社局值班电话0857-8222112或全国统一服务热线12333进行咨询。',
    expected: [],
  },
  {
    text: '大方县就业局的电话是不是0857-5223416 我打过去是个传真',
    expected: [],
  },
  {
    text: '织金县在哪里办退休 是在双堰街道的政务大厅还是在老人社局 老人社局在新华路那里',
    expected: [],
  },
  {
    text: '七星关区市东街道的社区可不可以办社保卡 还是要去建设银行',
    expected: [],
  },
  {
    text: '邮编551700 寄材料的时候写这个对不对 收件单位写毕节市人社局劳动关系科可以吗',
    expected: [],
  },
  {
    text: '第四十七条 经济补偿按劳动者在本单位工作的年限 每满一年支付一个月工资 我干了7年半 应该是几个月',
    expected: [],
  },
  {
    text: '社保缴费比例 单位16% 个人8% 我们公司说个人要交全部 24%都是我们出 这个对不对',
    expected: [],
  },
  {
    text: '毕节市最低工资标准是多少 我们大方县算几类区 老板说我们县的标准低',
    expected: [],
  },
  {
    text: '劳动监察大队 中队长 仲裁员 经办人员 说法都不一样 到底听哪个的 一个说可以 一个说不可以',
    expected: [],
  },
  {
    text: '老板娘说老板不在 下个月再来 老板说老板娘管钱 找老板娘 我们两头跑 跑了一年了',
    expected: [],
  },
  {
    text: '小时候在老家种地 现在六十了 没有交过养老保险 还能交吗 交多少年能领',
    expected: [],
  },
  {
    text: '老家的房子拆了 户口迁到县城了 城乡居民养老保险要不要转',
    expected: [],
  },
  {
    text: '周末两天都要上班 说是单休 一个月休四天 是不是违法',
    expected: [],
  },
  {
    text: '钱是拿到了 但是少了 公司扣了我们每个人300块的工衣费 这个合不合法',
    expected: [],
  },
  {
    text: '毕节到贵阳的招聘会什么时候开 高校毕业生专场 有没有从大方县过去的车',
    expected: [],
  },
  {
    text: '黄泥塘那边的工地 好多农民工在那里讨薪 你们有没有派人去看一下',
    expected: [],
  },
  {
    text: '您好，关于您咨询的养老保险关系转移接续问题，答复如下：一、参保人员跨省流动就业的，由新参保地社保经办机构办理转移接续手续，您无需返回原参保地。二、您可通过国家社会保险公共服务平台、“掌上12333”APP或“贵州人社”APP提交转移申请，也可持本人社会保障卡或身份证到新参保地经办窗口申请。三、转入地经办机构受理后，将向转出地发出联系函，转出地在15个工作日内办理转出手续，转入地在收到基金后15个工作日内办结。四、您在浙江省宁波市参保期间的缴费年限将累计计算，个人账户储存额全部转移，统筹基金按12%转移。如办理过程中遇到问题，可拨打12333咨询。',
    expected: [],
  },
  {
    text: '您好，毕节市人才服务绿卡发放对象主要包括：经认定的各类高层次人才、引进的全日制硕士研究生及以上学历人才、具有副高级及以上专业技术职称人才等。持卡人可享受子女入学、配偶就业、医疗保健、住房保障等方面的服务。本科学历高校毕业生可按规定享受就业见习、一次性求职创业补贴、生活补贴等就业创业扶持政策，具体以毕节市委人才工作领导小组办公室发布的最新文件为准。关于您提出的扩大发放范围的建议，我们已记录并转交相关部门研究，感谢您的关注与支持。',
    expected: [],
  },
  {
    text: '我想反映一下我们厂的情况 我们是在织金县一个做服装的扶贫车间 厂子是浙江老板开的 一共有四十几个人 大部分是周边村里的妇女 刚开始说好的计件工资 一个月能拿三千多 后来单价一直往下压 现在一个月只能拿一千五六 还经常拖 上个月的到现在都没发 也没有签合同 没有买社保 有几个姐妹在车间里被机器扎到手 都是自己去卫生院包的 厂里一分钱没出 我们去问厂里的管理 他说不想干就走 我们这些人家里都有老人娃娃 走不了 也不敢闹 想问一下政府 扶贫车间是不是有补贴的 补贴是给老板的还是给工人的 我们这种情况可以去哪里反映 会不会被开除',
    expected: [],
  },
  {
    text: '您好，关于您咨询的退休审批问题，答复如下：企业职工办理退休审批，由参保单位或本人在达到退休年龄前3个月内，向参保地社保经办机构提出申请，并提交以下材料：（一）本人身份证、社会保障卡；（二）本人人事档案；（三）特殊工种提前退休的，需提供特殊工种岗位工作经历的原始记录；（四）因病提前退休的，需提供劳动能力鉴定结论。出生日期以本人档案中最先记载的出生时间为准，身份证与档案记载不一致的，以档案记载为准。审批结果一般在20个工作日内作出，审批通过后次月起按月发放基本养老金，因审批延误的月份将予以补发。如您的申请超过时限未办结，可拨打12333查询，或到七星关区社会保险事业局养老保险股窗口咨询。',
    expected: [],
  },
  {
    text: '您好，根据《中华人民共和国劳动合同法》有关规定，劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同；劳动者在试用期内提前三日通知用人单位，可以解除劳动合同。用人单位不得以扣减工资的方式限制劳动者离职，除劳动者违反服务期约定或竞业限制约定外，用人单位不得与劳动者约定由劳动者承担违约金。同时，用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。您反映的情况如属实，可向用人单位所在地劳动保障监察机构投诉，或向劳动人事争议仲裁院申请仲裁。',
    expected: [],
  },
  {
    text: '我在广东中山打工 老家是大方县的 想反映一下 我们村里有十几个人前年跟着一个老乡去毕节城里做装修 那个老乡是给一个装饰公司包的活 做了差不多一年 公司说工程款没结完 只给了生活费 后来公司换了名字 老乡也找不到公司的人了 我们手上有一些微信聊天记录和转账记录 还有老乡写的一张欠条 上面写的欠我们十一个人一共十九万六千 但是欠条上只有老乡签字 没有公司盖章 我们现在都在外省打工 请假回去一趟要花好多钱 想问一下可不可以在网上投诉 或者委托家里人去办 欠条没有公章还有没有用 老乡说他也是被公司坑了 这个责任到底是谁的',
    expected: [],
  },
  {
    text: '您好，根据毕节市就业困难人员社会保险补贴相关规定，以灵活就业方式实现就业的就业困难人员（含离校2年内未就业高校毕业生），在缴纳基本养老保险、基本医疗保险后，可申请灵活就业社会保险补贴，补贴标准不超过其实际缴费的2/3，补贴期限除对距法定退休年龄不足5年的人员可延长至退休外，最长不超过3年。申请时需提供身份证、社会保障卡、就业困难人员认定证明、社会保险缴费凭证等材料，向户籍地或常住地街道（乡镇）人社服务中心提出申请，经县级公共就业服务机构审核后，补贴资金按季度发放至本人社会保障卡金融账户。具体以当地政策为准。',
    expected: [],
  },
  {
    text: '您好，社会保障卡遗失的，持卡人应及时办理挂失，可通过拨打12333、合作银行客服电话或登录“贵州人社”APP办理临时挂失。补卡可选择以下方式：一是到社保卡合作银行网点即时制卡，现场领取；二是通过“贵州人社”APP线上申请，制卡完成后邮寄到家。补换卡工本费按规定由财政承担，邮寄费用由本人承担。补卡后，原卡的社保功能和金融功能同时注销，社保待遇发放账户会自动变更为新卡，无需另行申请。如您在外省务工，也可通过电子社保卡申请异地邮寄。',
    expected: [],
  },
  {
    text: '我是帮我爸妈问的 他们两个都七十多了 住在威宁乡下 以前交过几年的新农保 每个月领一百多块钱 今年村里的人说要认证 不认证就停发 但是我爸妈都不会用智能手机 我在浙江打工回不去 村里的网格员说他可以帮忙 但是要我们把身份证和社保卡都给他 我有点不放心 想问一下 认证是不是一定要本人去 能不能我在浙江用我的手机帮他们做 如果这个月没认证 钱是不是就没有了 以后还能不能补回来 还有就是养老金是不是每年都会涨 我看别人家的老人都是两百多 我爸妈只有一百多 是不是当年交的档次太低了 现在还能不能补交提高一点',
    expected: [],
  },
  // ---- long multi-topic items (batch 6)
  {
    text: '各位领导好 我是威宁县的 叫吴正华 现在在浙江温州瓯海区一个鞋厂打工 我写这个是想反映我们以前在毕节的老板 2022年我们十几个人跟着包工头罗德才在七星关区一个安置房项目上做了一年多的泥水工 当时说好的年底结账 结果到现在两年多了还差我们二十三万多 罗德才说是上面的公司没给他钱 公司说早就结给罗德才了 我们两边跑了好多次都没用 后来我们去七星关区劳动监察反映过 工作人员说会处理 但是后来就莫得消息了 我们一起的有吴正伟 吴小兵 陆德军 他们都还在毕节 可以去作证 罗德才的电话是13985740263 他开的车车牌是贵F·J8231 他老婆开了个超市 就在鸭池镇上 我们现在在外省 回去一趟不容易 请问我们能不能委托吴正伟去办 要写什么委托书 我的电话是157 2851 6634 白天上班不方便接 可以发短信 谢谢领导',
    context: { authorName: '吴正华', authorPhone: '15728516634' },
    expected: [
      { kind: 'author-name', text: '吴正华' },
      { kind: 'person-name', text: '罗德才' },
      { kind: 'person-name', text: '罗德才' },
      { kind: 'person-name', text: '罗德才' },
      { kind: 'person-name', text: '吴正伟' },
      { kind: 'person-name', text: '吴小兵' },
      { kind: 'person-name', text: '陆德军' },
      { kind: 'person-name', text: '罗德才' },
      { kind: 'mobile', text: '13985740263' },
      { kind: 'plate', text: '贵F·J8231' },
      { kind: 'person-name', text: '吴正伟' },
      { kind: 'author-phone', text: '157 2851 6634' },
    ],
  },
  {
    text: '您好，您反映的问题已转七星关区人社局办理，现将办理情况答复如下：经七星关区劳动保障监察大队调查，2022年3月至2023年6月，罗德才组织您及吴正伟、吴小兵、陆德军等14人在该项目从事泥水工作业，总承包单位贵州某某建设工程有限公司已于2023年8月将劳务费全额支付给罗德才个人，罗德才未按约定足额支付农民工工资。根据《保障农民工工资支付条例》第三十条规定，分包单位拖欠农民工工资的，由施工总承包单位先行清偿，再依法进行追偿。目前监察大队已责令总承包单位于2024年11月30日前先行清偿拖欠的23.4万元，并对罗德才涉嫌拒不支付劳动报酬的行为依法移送公安机关。您可委托他人代为领取，委托书需写明委托事项、委托期限，并附委托人和受托人身份证复印件。如有疑问请拨打12333。',
    expected: [
      { kind: 'person-name', text: '罗德才' },
      { kind: 'person-name', text: '吴正伟' },
      { kind: 'person-name', text: '吴小兵' },
      { kind: 'person-name', text: '陆德军' },
      { kind: 'person-name', text: '罗德才' },
      { kind: 'person-name', text: '罗德才' },
      { kind: 'person-name', text: '罗德才' },
    ],
  },
  {
    text: `我是帮我外婆写的 外婆叫禄阿芝 今年六十九了 住在赫章县妈姑镇 她年轻的时候是矿上的家属工 九几年在矿上选矿选了十几年 后来矿关了 什么都没有 现在每个月只领一百多块钱的城乡居民养老金 听说家属工可以补缴职工养老保险 不晓得是真的还是假的 要什么材料 她的身份证是${withIdCheckCharacter('52052719550618002')} 我舅舅禄文明在矿上干到退休的 他说当时矿上有花名册 不晓得现在还找得到不 档案在哪个单位也不晓得 我在深圳上班 一年只能回去一次 外婆家的座机是0857-3621754 她耳朵背 要大声说 最好是打给我舅舅 他住在外婆隔壁 我的微信是luyun_sz 有什么要求可以加我 我负责准备材料 谢谢你们`,
    expected: [
      { kind: 'person-name', text: '禄阿芝' },
      { kind: 'id-card', text: withIdCheckCharacter('52052719550618002') },
      { kind: 'person-name', text: '禄文明' },
      { kind: 'landline', text: '0857-3621754' },
      { kind: 'wechat-id', text: 'luyun_sz' },
    ],
  },
  {
    text: '我想问一下我爸的养老金是怎么算的 他是1963年的 在毕节一个国营厂上班 1983年参加工作 2000年厂子改制买断了 后来自己一直按灵活就业交 交到去年退休 总共算下来应该有四十年工龄 但是退休审批下来每个月只有两千九百多 我们邻居也是差不多的情况 工龄比我爸还短 每个月有三千四 我们去社保局问 窗口说是按缴费基数算的 我爸交的是最低档 但是改制以前那十几年不是视同缴费吗 视同缴费那部分是按什么算的 过渡性养老金有没有算进去 退休审批表上面也看不懂 一堆数字 个人账户养老金 基础养老金 过渡性养老金 加起来好像对不上 能不能请你们帮忙核对一下 或者告诉我们去哪个窗口可以打印计算明细 我爸年纪大了 耳朵也不好 去窗口问也说不清楚 我们做子女的在外地 只能在网上问 谢谢',
    expected: [],
  },
  {
    text: '您好，关于您反映的问题，现答复如下：一、关于欠薪问题。经大方县劳动保障监察大队调查，您所在的建设项目已于2024年5月设立农民工工资专用账户，施工总承包单位按月通过专用账户代发工资。经核对工资发放台账，2024年1月至4月的工资因劳务分包单位未按时报送考勤表，导致延迟发放，现已全部补发到位。二、关于社会保险补缴问题。用人单位未按时足额缴纳社会保险费的，由社会保险费征收机构责令其限期缴纳或者补足。您可持劳动合同、工资发放记录等证明劳动关系的材料，向大方县税务局社保费征收窗口申请核查补缴。三、关于工伤保险问题。建筑施工项目按项目参加工伤保险，项目开工前应一次性缴纳工伤保险费，覆盖项目使用的所有职工。您在施工中受伤的，可在事故伤害发生之日起1年内向大方县人社局工伤保险股申请工伤认定。如需进一步了解，可拨打12333或到大方县政务服务中心人社窗口咨询。感谢您对人社工作的理解与支持！',
    expected: [],
  },
  {
    text: '我想投诉一下七星关区政务服务中心的人社窗口 昨天上午八点半我就去排队了 取的号是A035 到十一点半才叫到我 窗口的人看了一下材料就说少了一张 让我下午再来 我问少哪样 她说你自己去看一次性告知单 那个告知单上根本没写要那个证明 下午两点半我又去 重新取号 号是A102 又等到快五点 换了一个人 说材料是齐的 但是系统卡了 让我明天再来 我是从纳雍县坐车来的 来回车费就是一百多 还要请假 一天工资两百多就没了 我不是说工作人员都不好 有的还是很耐心 但是能不能把要带的材料写清楚 一次告诉完 还有那个叫号的屏幕坏了好久了 老年人根本听不到叫号 希望领导重视一下 改进一下 不要让老百姓白跑',
    expected: [],
  },
  // ---- more look-alikes and more messages (batch 7)
  {
    text: '您好，您可携带相关材料到毕节市人力资源和社会保障局一楼服务大厅（七星关区洪山路64号）4号窗口办理，或拨打劳动关系科电话0857-8221045咨询。',
    expected: [],
  },
  {
    text: '您好，黔西市劳动保障监察大队投诉举报电话：0857-4226512，地址：黔西市莲城街道锦绣路行政服务中心三楼，工作日可前往反映。',
    expected: [],
  },
  {
    text: '您好，织金县就业局服务窗口电话0857-7621200，地址为织金县双堰街道金凤大道政务服务中心二楼，请您于工作日前往办理失业登记。',
    expected: [],
  },
  {
    text: '您好，威宁自治县社会保险事业局咨询电话0857-6222519，请您工作日拨打咨询养老保险待遇发放事宜。',
    expected: [],
  },
  {
    text: '您好，纳雍县劳动人事争议仲裁院电话0857-3522116，地址为纳雍县雍熙街道纳雍大道政务服务中心四楼，申请仲裁需本人到场或书面委托代理人。',
    expected: [],
  },
  {
    text: '七星关区就业局那个服务热线0857-8234100是不是换了 打过去说是空号 网上也查不到新的',
    expected: [],
  },
  {
    text: '金沙县人社局是不是在鼓场街道城南路那个政务服务中心 我看地图上有两个地方 不晓得去哪个',
    expected: [],
  },
  {
    text: '百里杜鹃管理区的人社服务站在哪里 我们在普底乡 是不是要去仁和乡那个政务服务中心办',
    expected: [],
  },
  {
    text: '您好，请您将补充材料邮寄至毕节市七星关区洪山路64号毕节市人力资源和社会保障局劳动关系科（邮编551700），信封上注明“仲裁补充材料”。',
    expected: [],
  },
  {
    text: '社保缴费回单上有个票据号3400202405170012 还有个电子税票号码352056240500012345 这两个哪个是缴费凭证',
    expected: [],
  },
  {
    text: '农民工工资专用账户的账号是不是要公示 我们工地门口的公示牌上没有写 只写了维权电话12333和项目负责人的职务',
    expected: [],
  },
  {
    text: '公司说他们的单位社保登记证号是520502201800123 让我们自己去查 我们查不到公司有没有给我们交',
    expected: [],
  },
  {
    text: '退款的流水号是20240603152346000187 社保局退多缴的钱说是退回原账户了 我没看到',
    expected: [],
  },
  {
    text: '我在网上做的失业登记 办件编号：52050224060500021347 说是三个工作日办结 现在过了一个星期了',
    expected: [],
  },
  {
    text: '缴费年限15年零7个月 个人账户累计储存额48326.55元 这个是我去年打印的 今年再打印就少了 是不是扣了什么',
    expected: [],
  },
  {
    text: '工伤认定决定书编号毕人社伤认字〔2024〕0215号 公司不服申请了行政复议 我们要等多久',
    expected: [],
  },
  {
    text: '我的就业创业证编号5205022019000356 以前办的 现在想开个店 还能不能用',
    expected: [],
  },
  {
    text: '田坎上摔的算不算工伤 我们是在茶园里面采茶 老板是合作社的 合作社有没有给我们买保险',
    expected: [],
  },
  {
    text: '毛收入一个月五千多 扣了社保 个税 住宿费 到手只有三千 住宿费也要扣吗',
    expected: [],
  },
  {
    text: '全额退还押金的话要去哪里申请 我们进厂的时候每个人交了800元押金 厂里说干满一年才退',
    expected: [],
  },
  {
    text: '华为手机上面的贵州人社app打不开 一直闪退 换了个手机也是一样的',
    expected: [],
  },
  {
    text: '您好，按照有关规定，拖欠工资案件的查处需以用人单位为对象，您提供的“某某工地”无法确定具体用人单位，请补充项目名称及施工单位名称后再次反映。',
    expected: [],
  },
  {
    text: '谢谢老师 那我明天去四楼的窗口 是不是要先取号',
    expected: [],
  },
  {
    text: '莫得办法了 老板龚大贵躲起来了 我们二十几个人在他家门口等了三天 他家在七星关区三板桥街道海子街路53号 他老婆说他去外省了',
    expected: [
      { kind: 'person-name', text: '龚大贵' },
      { kind: 'address', text: '七星关区三板桥街道海子街路53号' },
    ],
  },
  {
    text: '啷个办嘛 工伤鉴定要等好久 我们车间主任覃建平说公司不认 说是我自己操作不当',
    expected: [{ kind: 'person-name', text: '覃建平' }],
  },
  {
    text: '我是织金的 叫郎小琴 在广东江门打工 织金那边的公司欠我去年的工资 老板叫苟云 苟老板说年底给 年底又没给 电话打不通',
    expected: [
      { kind: 'person-name', text: '郎小琴' },
      { kind: 'person-name', text: '苟云' },
      { kind: 'person-name', text: '苟' },
    ],
  },
  {
    text: '你们那个经办人粟丽态度太差了 我问个事情她就说去看网上 我又不会上网',
    expected: [{ kind: 'person-name', text: '粟丽' }],
  },
  {
    text: '老板娘管钱 老板娘叫岑小凤 她说工资要等工程验收了才发 验收要到明年',
    expected: [{ kind: 'person-name', text: '岑小凤' }],
  },
  {
    text: '帮我姑妈问一下 她叫冷德芬 1955年的 养老金一个月只有一百四 能不能多领点',
    expected: [{ kind: 'person-name', text: '冷德芬' }],
  },
  {
    text: '工友小罗 罗世杰 从架子上摔下来了 现在在毕节市一医院 公司只出了三千块就不管了',
    expected: [
      { kind: 'person-name', text: '罗' },
      { kind: 'person-name', text: '罗世杰' },
    ],
  },
  {
    text: '付老板 付正明 在纳雍开砂石场 欠了我们五个人的钱 一共三万二',
    expected: [
      { kind: 'person-name', text: '付' },
      { kind: 'person-name', text: '付正明' },
    ],
  },
  {
    text: '我是邓秀梅 上次留言说的那个事 仲裁已经下来了 公司还是不给 我电话一直没变 136 3957 1286 你们打给我',
    context: { authorName: '邓秀梅', authorPhone: '13639571286' },
    expected: [
      { kind: 'author-name', text: '邓秀梅' },
      { kind: 'author-phone', text: '136 3957 1286' },
    ],
  },
  {
    text: '电话号码：0857-8243316\n联系人：柳光明\n反映事项：小区物业公司保安12人 每月工资2000元 低于最低工资标准 也没有加班费',
    expected: [
      { kind: 'landline', text: '0857-8243316' },
      { kind: 'person-name', text: '柳光明' },
    ],
  },
  {
    text: '微信号 mxq_1987 麻小琴 在昆明 老家毕节 想问下失业金能不能异地领',
    expected: [
      { kind: 'wechat-id', text: 'mxq_1987' },
      { kind: 'person-name', text: '麻小琴' },
    ],
  },
  {
    text: 'QQ邮箱 905736218@qq.com 材料我发到你们的邮箱了 我叫向文',
    expected: [
      { kind: 'email', text: '905736218@qq.com' },
      { kind: 'person-name', text: '向文' },
    ],
  },
  {
    text: `我那个卡号是${g4(withLuhnDigit('621226240400123451'))} 工行的 麻烦看下技能补贴是不是打这里了 名字是龙小芬`,
    expected: [
      { kind: 'bank-card', text: g4(withLuhnDigit('621226240400123451')) },
      { kind: 'person-name', text: '龙小芬' },
    ],
  },
  {
    text: '车牌号贵FM7J65 一辆渣土车 就是那个车队的 车队的管老板欠了我们司机三个月工资',
    expected: [
      { kind: 'plate', text: '贵FM7J65' },
      { kind: 'person-name', text: '管' },
    ],
  },
  {
    text: '您好，经核查，您（郎小琴）反映的织金县某某服饰有限公司拖欠工资问题，已由织金县劳动保障监察大队督促支付，请注意查收。',
    expected: [{ kind: 'person-name', text: '郎小琴' }],
  },
  {
    text: `社保卡号：${withIdCheckCharacter('52052419840905006')} 名字是苏\u200b明 卡里的钱取不出来 银行说是社保功能没激活`,
    expected: [
      { kind: 'social-security-number', text: withIdCheckCharacter('52052419840905006') },
      { kind: 'person-name', text: '苏\u200b明' },
    ],
  },
  {
    text: '我住大方县大方镇新华路22号附1号 我家没装电话 可以打楼下的电话0857-5221738 让楼下喊我',
    expected: [
      { kind: 'address', text: '大方县大方镇新华路22号附1号' },
      { kind: 'landline', text: '0857-5221738' },
    ],
  },
  {
    text: '老乡龙二妹也在这个厂 她被扣了两个月工资 厂长说她偷懒 她不敢说 我帮她说',
    expected: [{ kind: 'person-name', text: '龙二妹' }],
  },
  {
    text: '您好，您的工伤保险待遇申请已受理，受理号为5205022024091200156，审核结果将以短信方式通知，详询七星关区社会保险事业局工伤保险股，电话0857-8312056。',
    expected: [],
  },
  {
    text: '支付宝缴费记录显示交易号2024071522001456781203354871 城乡居民医保交了380块 但是医保系统显示未缴费',
    expected: [],
  },
  {
    text: '我们的劳动合同上甲方写的是毕节市XX劳务有限公司 合同号20230815001256 乙方那里是我们自己签的字 这个合同有没有效',
    expected: [],
  },
  {
    text: '银行回单上写的业务流水号8820240516008765432 备注是技能补贴 但是金额只有1000 我考的是中级应该是1500',
    expected: [],
  },
  {
    text: '您好，如您对工伤认定结论不服，可依法申请行政复议或提起行政诉讼。毕节市人力资源和社会保障局行政复议咨询电话0857-8223091，如需现场咨询，可于工作日到市人社局一楼大厅咨询台了解。',
    expected: [],
  },
  {
    text: '市社保局12333转人工转不过去 有没有直接的座机 我看网上写的养老保险科电话0857-8221718 是不是这个',
    expected: [],
  },
  {
    text: '工资条上有个员工编号2019081500327 我们每个人都有 这个是不是社保号 我拿去查社保查不到',
    expected: [],
  },
  {
    text: '我是黔西的 我叫安德勇 在工地上开挖机 老板欠了我四个月的工资 三万六 老板叫韦德清 他在黔西市杜鹃街道瑞丰路9号开了个建材店 你们去那里能找到他 我的电话18798564230',
    expected: [
      { kind: 'person-name', text: '安德勇' },
      { kind: 'person-name', text: '韦德清' },
      { kind: 'address', text: '黔西市杜鹃街道瑞丰路9号' },
      { kind: 'mobile', text: '18798564230' },
    ],
  },
  {
    text: '家里电话 0857 4236185 我叫禄小芳 帮我老公问一下他的工伤赔偿 老公叫文宗祥 在工地上腿被压断了 公司只给了医药费',
    expected: [
      { kind: 'landline', text: '0857 4236185' },
      { kind: 'person-name', text: '禄小芳' },
      { kind: 'person-name', text: '文宗祥' },
    ],
  },
  {
    text: '您好，您反映的吴德明等3人工资问题已办结，工资款已由总承包单位于2024年2月3日支付至各人社会保障卡金融账户。',
    expected: [{ kind: 'person-name', text: '吴德明' }],
  },
  {
    text: `卡号${withLuhnDigit('622202240219987412')}户名彭小芸 我是灵活就业的 社保补贴发了没有`,
    expected: [
      { kind: 'bank-card', text: withLuhnDigit('622202240219987412') },
      { kind: 'person-name', text: '彭小芸' },
    ],
  },
]
