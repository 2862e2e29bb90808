// Measure words that make a number a count, and the unit families used to check an indicator fits a fact.

export type UnitFamily = 'people' | 'events' | 'documents' | 'items' | 'orgs' | 'places' | 'things' | 'households' | 'money' | 'rate' | 'other';

/** unit → family. Form units first, then other counting measure words (indicator usually null). */
const FAMILY: Record<string, UnitFamily> = {
  名: 'people', 人: 'people', 人次: 'people', 位: 'people',
  次: 'events', 场: 'events', 场次: 'events', 期: 'events', 批次: 'events', 轮: 'events', 届: 'events', 批: 'events',
  篇: 'documents', 件: 'documents', 件次: 'documents', 条: 'documents', 份: 'documents', 辑: 'documents',
  // 宗: 港澳 press counts cases and applications so (处理个案逾百宗)
  宗: 'documents',
  // 则 counts news items and messages (采用信息47则), 条次/篇次 uses of them (被采用120条次)
  则: 'documents', 条次: 'documents', 篇次: 'documents',
  // cases handled (办理个案20例)
  例: 'other',
  个: 'items', 项: 'items', 类: 'items', 种: 'items', 套: 'items', 组: 'items', 项次: 'items', 门: 'items', 节: 'items',
  // organisations, rooms and places, physical things: the standard counts none of them
  家: 'orgs', 家次: 'orgs', 所: 'orgs', 群: 'orgs', 对: 'orgs',
  间: 'places', 处: 'places', 座: 'places',
  本: 'things', 册: 'things', 部: 'things', 幅: 'things', 张: 'things', 台: 'things', 辆: 'things', 袋: 'things',
  // goods handed out (大米50斤, 棉被16床, 食用油20箱)
  斤: 'things', 床: 'things', 箱: 'things', 桶: 'things',
  户: 'households',
  元: 'money',
  '%': 'rate',
  倍: 'other', 成: 'other', 起: 'other', 字: 'other', 千克: 'other', 公斤: 'other', 吨: 'other', 亩: 'other',
  公里: 'other', 平方米: 'other', 课时: 'other', 学时: 'other',
  // parts of a book, points of a speech, members of a family (全书234页, 分八章, 三层次, 提出四点要求, 家有8口人)
  页: 'other', 章: 'other', 层次: 'other', 点: 'other', 口: 'other',
  // groups sent out in several directions (分5路带队)
  路: 'other',
  // a percentage point measures a change of a rate, never a rate or a count the form asks
  百分点: 'other',
};

export function unitFamily(unit: string): UnitFamily {
  return FAMILY[unit] ?? 'other';
}

/**
 * Units matched longest first. 人(次) / 人（次） are spellings of 人次; handled in the scanner.
 * 届 is left out: after a numeral it names a session (十二届), not a count.
 */
export const UNITS: readonly string[] = Object.keys(FAMILY)
  .filter((u) => u !== '届')
  .sort((a, b) => b.length - a.length);

/**
 * A measure word followed by these chars is the first char of a different word (名字, 部门, 一起来, 对于, 成为 …),
 * so the number is not a count of it.
 */
export const UNIT_BLOCKERS: Record<string, string> = {
  名: '字义单称额誉', 人: '民大才', 次: '性日', 对: '于象接话口标照比待策外应', 成: '为立果员效绩功本就熟长不了',
  起: '来步草到码始诉', 部: '门署分长队署', 组: '织建成团长委', 节: '日约点能目省气', 条: '件例款', 篇: '章幅', 期: '间待望刊',
  位: '于置列', 家: '庭长属乡园里', 场: '所地馆景合域', 门: '口槛类', 本: '地领质身', 台: '阶湾', 处: '理置长于', 座: '谈', 类: '似',
  种: '植子', 套: '路', 床: '位头上', 桶: '装', 箱: '子包', 张: '力', 所: '有以谓在', 个: '体性月', 批: '示准复', 份: '额', 户: '籍外口型', 元: '旦素化首月',
  章: '程法节', 宗: '旨教族师亲祠庙', 则: '是为以', 例: '如外会行子证句题', 条次: '序', 篇次: '序', 路: '线径况子口面段灯费由标过上边公车', 页: '面码岩', 口: '号径岸腔味音才头子罩令碑气吻', 层次: '感',
};

/**
 * Units that count only before one of these words: 点 is a point of a speech or a list (提出四点要求, 3点建议)
 * here, and elsewhere a time of day (9点召开, 三点半), a decimal point (三点五) or a place (联系点).
 */
export const UNIT_NEEDS_NEXT: Record<string, RegExp> = {
  点: /^(?:要求|建议|意见|希望|措施|做法|体会|经验|启示|共识|看法|思考|举措|内容|原则|打算|想法|感受|认识|收获|理由|要点|倡议|承诺|主张|期望|期待|嘱托|要领)/,
};

/** Units that are plain words too often after the indefinite 一 (一起, 一成不变, 一本正经, 一门心思). */
export const NOT_AFTER_YI = new Set(['批', '起', '成', '本', '门', '张', '部', '组', '处', '节', '群', '所', '对', '字', '种', '类', '套', '座', '台', '点', '口', '页', '章', '路', '宗', '例']);
