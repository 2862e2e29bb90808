// Bytes → text. Portals of county CPPCC offices still serve GBK/GB2312 and Big5 pages, often without a charset header.

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface Decoded {
  text: string;
  charset: string;
}

const LABELS: Record<string, string> = {
  gb2312: 'gbk', gbk: 'gbk', 'x-gbk': 'gbk', gb18030: 'gb18030', big5: 'big5', 'big5-hkscs': 'big5',
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
};

function decodeWith(bytes: Uint8Array, charset: string, fatal = false): string {
  return new TextDecoder(charset, { fatal }).decode(bytes);
}

function bom(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** A charset label → the decoder's name, or null when no decoder knows it. */
function normalLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (LABELS[l]) return LABELS[l];
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** The charset an HTML page declares in its head (<meta charset>, http-equiv content-type, or an XML declaration). */
function metaCharset(bytes: Uint8Array): string | null {
  const head = decodeWith(bytes.subarray(0, 2048), 'latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head) ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_-]+)/i.exec(head);
  if (!m) return null;
  return declaredLabel(m[1]);
}

/** A label as read from ASCII-compatible bytes: UTF-16 cannot be declared there (browsers read such pages as UTF-8). */
function declaredLabel(label: string): string | null {
  const l = label.toLowerCase();
  if (l.startsWith('utf-16') || l === 'unicode') return 'utf-8';
  return normalLabel(l);
}

/** UTF-16 saved without a BOM: its ASCII chars leave NUL bytes all on odd (LE) or all on even (BE) offsets. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i & 1 ? odd++ : even++);
  if (odd + even < 4) return null;
  if (odd > 0.95 * (odd + even) && odd > n / 8) return 'utf-16le';
  if (even > 0.95 * (odd + even) && even > n / 8) return 'utf-16be';
  return null;
}

/** A UTF-16 code unit Chinese text is made of: ASCII, pinyin letters with tone marks, CJK ideographs and punctuation, full-width forms. */
function textUnit(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0xa0 && c <= 0x2ff) ||
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xff00 && c <= 0xffef) || c === 0xb7
  );
}

/**
 * Chinese UTF-16 without a BOM (and with few or no ASCII chars, so no telltale NULs): every other byte is the high
 * byte of a CJK char. Read both ways, one reading is nearly all Chinese text made of common chars; GBK, Big5 and
 * UTF-8 bytes read as UTF-16 give Hangul, surrogates, private-use and rare chars. Valid UTF-8 is never taken for it.
 */
function utf16ByPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 8) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return null;
  } catch {
    // not UTF-8: go on
  }
  for (const charset of ['utf-16le', 'utf-16be'] as const) {
    const text = decodeWith(sample, charset);
    let ok = 0;
    for (let i = 0; i < text.length; i++) if (textUnit(text.charCodeAt(i))) ok++;
    if (ok < 0.95 * text.length) continue;
    const p = plausibility(text);
    if (p.cjk >= 4 && p.common >= MIN_COMMON_SHARE * p.cjk) return charset;
  }
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / n > 0.05;
}

// The 500 most frequent simplified/traditional chars would be ideal; a short list of very common chars
// in both scripts is enough to tell a right decoding from mojibake.
const COMMON = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尺傳國會來這們個說時過發後裡對開關點見長經兩問頭應動從現實學機當將還與電種體進麼無爲門業義樣東車親書條區達議員總幾聯數處號運論與紀領參議選報務調視員協'.split(''),
);

interface Plausibility {
  /** U+FFFD (undecodable bytes) and private-use chars (a wrong double-byte table). */
  bad: number;
  nonAscii: number;
  cjk: number;
  /** CJK chars among the few thousand most frequent ones. */
  common: number;
}

/** Counted over the first 20,000 non-ASCII chars, wherever they are (a long ASCII head of scripts is skipped over). */
function plausibility(text: string): Plausibility {
  const p = { bad: 0, nonAscii: 0, cjk: 0, common: 0 };
  for (let i = 0; i < text.length && p.nonAscii < 20000; i++) {
    const ch = text[i];
    const c = ch.charCodeAt(0);
    if (c < 0x80) continue;
    p.nonAscii++;
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) p.bad++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      p.cjk++;
      if (COMMON.has(ch)) p.common++;
    }
  }
  return p;
}

/** Higher is a more plausible decoding: penalise U+FFFD and rare chars, reward common CJK. */
function score(p: Plausibility): number {
  return p.common - 5 * p.bad - 0.2 * (p.cjk - p.common);
}

// Real portal text (seeds, corpus, the sample portal in GBK and Big5) has 74–92 % of its CJK chars among COMMON;
// UTF-8 read as GB18030 or Big5, and GBK and Big5 read as each other, have 2–18 %.
const MIN_COMMON_SHARE = 0.4;

/** Why a decoding is not Chinese text a portal would publish, or null when it is. */
function implausible(p: Plausibility): string | null {
  if (p.bad > Math.max(4, 0.05 * p.nonAscii)) return `${p.bad} 处字节无法解码`;
  if (p.cjk >= 20 && p.common < MIN_COMMON_SHARE * p.cjk) return `常用汉字仅占 ${Math.round((100 * p.common) / p.cjk)}%`;
  return null;
}

/** A reading with only a few stray bytes (a small minority of its non-ASCII chars) that reads as text. */
function fewErrors(p: Plausibility): boolean {
  return p.bad <= Math.max(2, 0.01 * p.nonAscii) && p.bad <= 0.25 * p.nonAscii && implausible(p) === null;
}

const NAMES: Record<string, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030', gbk: 'GBK', big5: 'Big5' };

export interface DecodeOptions {
  /** An HTML page: its <meta charset> counts (default true). */
  html?: boolean;
}

/**
 * Decode a file's bytes: BOM, UTF-16 by its byte pattern, then the charset an HTML page declares
 * unless it decodes to mojibake, then UTF-8 with at most a few stray bytes, then the most plausible of UTF-8,
 * GB18030 and Big5. A result that is still not plausible text throws a DecodeError: never a silent mojibake.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new DecodeError('文件为空，请选择包含页面内容的文件');
  const b = bom(bytes);
  if (b) return { text: decodeWith(bytes.subarray(b.skip), b.charset), charset: b.charset };
  const u16 = utf16WithoutBom(bytes) ?? utf16ByPattern(bytes);
  if (u16) return { text: decodeWith(bytes, u16), charset: u16 };
  if (looksBinary(bytes)) throw new DecodeError('文件不是文本或网页（疑似二进制文件），请另存为 .html 或 .txt 后重试');
  const tried = new Map<string, { text: string; p: Plausibility }>();
  const attempt = (charset: string) => {
    let t = tried.get(charset);
    if (!t) {
      const text = decodeWith(bytes, charset);
      t = { text, p: plausibility(text) };
      tried.set(charset, t);
    }
    return t;
  };
  const utf8 = attempt('utf-8');
  if (utf8.p.bad === 0) return { text: utf8.text, charset: 'utf-8' };
  const declared = opts.html !== false ? metaCharset(bytes) : null;
  // A declared charset that decodes with a few stray bytes (a © saved as one Windows-1252 byte) wins over sniffing;
  // one that turns the page into mojibake (a page re-saved in another charset, meta kept) does not.
  if (declared && declared !== 'utf-8') {
    const d = attempt(declared);
    if (fewErrors(d.p) && !(fewErrors(utf8.p) && score(utf8.p) > score(d.p))) return { text: d.text, charset: declared };
  }
  // UTF-8 with a stray byte or two, or cut mid-character, is UTF-8: GB18030 would turn it all into mojibake.
  if (fewErrors(utf8.p)) return { text: utf8.text, charset: 'utf-8' };
  const best = ['gb18030', 'big5', 'utf-8'].map((c) => ({ charset: c, ...attempt(c) })).reduce((a, c) => (score(c.p) > score(a.p) ? c : a));
  const why = implausible(best.p);
  if (why) {
    const named = declared ? `页面声明为 ${NAMES[declared] ?? declared}，` : '';
    throw new DecodeError(
      `无法识别文字编码：${named}按 ${NAMES[best.charset] ?? best.charset} 解码后多为乱码（${why}），未保存为采集结果；请在浏览器中打开确认文字正常，再用扩展采集或另存为 UTF-8 文件后重试`,
    );
  }
  return { text: best.text, charset: best.charset };
}
