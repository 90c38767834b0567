// Trimming a phrase of the report down to what a number counts: function words, time
// phrases, subjects and light verbs go; the noun phrase in the report's own words stays.

const LEADING = new RegExp(
  '^(' +
    [
      '\\d{4}年度?',
      '以及',
      '今年以来',
      '年内',
      '全年',
      '一年来',
      '一年以来',
      '截至目前',
      '截至[^,]{0,8}?[底末]',
      '目前',
      '同时',
      '此外',
      '另外',
      '其中',
      '包括',
      '含',
      '共计',
      '共(?![享建治同识性])',
      '合计',
      '总计',
      '累计',
      '先后',
      '分别',
      '已经',
      '已',
      '还',
      '并',
      '又',
      '均',
      '都',
      '全部',
      '我局',
      '本局',
      '局党组',
      '该所',
      '本单位',
      '我单位',
      '我区',
      '全区',
      '[一二三四五六七八九十]+是',
      '\\(?\\d+\\)?[、.]',
      '在(?!线)',
      '对(?![接标照外口])',
      '向',
      '将',
      '把',
      '完成',
      '开展',
      '组织',
      '举办',
      '召开',
      '进行',
      '实现',
      '做好',
      '有关',
      '相关',
      '各类',
      '各项',
      '全局',
      '共有',
      '各级',
      '了',
      '的',
    ].join('|') +
    ')',
);
const TRAILING =
  /(开展|举办|组织|召开|达到|(?<![下传送到表转抵])达|(?<!行)为|是|共计|(?<![公总])共|合计|累计|总计|均|都|全部|实现|约|近|超过|逾|了|的|保持|(?<![存现])在|已|分别|现有|(?<![没拥具享所占])有)$/;
const SUBJECT_END = /(局|党组|委|办|所|院|厅|部|队|站|中心|政府|单位|同志)$/;

/** Strips leading function words and trailing copulas until nothing more changes. */
export function trimPhrase(s: string): string {
  let t = s.replace(/^[\s,:;、()]+|[\s,:;、(]+$/g, '');
  for (let guard = 0; guard < 12; guard++) {
    const before = t;
    const lead = t.replace(LEADING, '');
    // Never strip down to a bare 率 or 数 (完成率, 实现率).
    if (lead === '' || (lead.length >= 2 && !/^[率度数量]/.test(lead))) t = lead;
    t = t.replace(TRAILING, '').replace(/^[\s,:;、)]+|[\s,:;、(]+$/g, '');
    if (t === before) break;
  }
  return t;
}

/** Longer names are cut to the kind an enumeration ends with. */
const LONG_NAME = 24;

/** What a phrase compresses to (压缩至2个工作日): the time limit of the thing before 由. */
const TIME_LIMIT_VERB = /^(.*?)由[^由]*?(压缩至|压缩到|缩短至|缩短到|减至|降至)$/;

/**
 * A name a person can read, cut from the report: no unbalanced quotes or brackets, no dangling
 * 第 or 仅 left by a number taken out, no qualifier (最快) at its end; 「…由20个工作日压缩至」 names
 * the time limit of what is compressed.
 */
export function cleanName(phrase: string, clause: string, unitKind: string): string {
  let t = phrase;
  if (unitKind === 'time') {
    const m = TIME_LIMIT_VERB.exec(clause);
    if (m && /^(压缩至|压缩到|缩短至|缩短到|减至|降至)$/.test(t)) t = `${trimPhrase(m[1]!)}办理时限`;
    // 「企业开办压缩至1个工作日内」: the phrase after the number is only 内.
    const limited = /^(.*?)(压缩至|压缩到|缩短至|缩短到|减至|降至)$/.exec(clause);
    if (limited && /^(以)?内$/.test(t)) t = `${trimPhrase(limited[1]!)}办理时限`;
  }
  // An unbalanced quote or bracket belongs to a name the cut went through: drop the stray mark.
  if ((t.match(/“/g) ?? []).length !== (t.match(/”/g) ?? []).length) t = t.replace(/[“”]/g, '');
  const close = t.indexOf(')');
  if (close >= 0 && !t.slice(0, close).includes('(')) t = t.slice(close + 1);
  if (t.includes('(') && !t.includes(')')) t = t.replace(/\([^(]*$/, '');
  // 「其中有」 cut to 「中有」, but not 中心组 or 中小学.
  t = t.replace(/(第|仅|仅为|只有|最快|最短|最多|最少)+$/, '').replace(/^(中有|中(?![心央国级小共华医药标介层]))/, '');
  // A long enumeration (审议A、B、C等事项) is named by the kind after its 等.
  const kind = t.length > LONG_NAME ? /等(?!级|次)(?:各类|各项)?([^等、,]{2,12})$/.exec(t)?.[1] : undefined;
  if (kind) t = kind;
  // 「行政处罚案卷被…办公室评为优秀案卷」: the honoured things, named by the honour, not by who gave it.
  const honoured = /^(.{2,12}?)被.{2,24}?(评为|认定为|列为|命名为)(.{2,10})$/.exec(t);
  if (honoured) t = `${honoured[2]}${honoured[3]}的${honoured[1]}`;
  return trimPhrase(t) || phrase;
}

/** Whether a phrase before a number is the doer rather than the act (局党组两次研究…). */
function looksLikeSubject(s: string): boolean {
  return SUBJECT_END.test(s);
}

/** Adds what is measured: 次数, 人数, 率, 金额 or 数 (unless the phrase already says it). */
export function withMeasure(text: string, stated: string): string {
  if (!text) return text;
  const unit = stated.replace(/^(万|千|百万|千万|亿)(?=.)/, '');
  if (/(数|率|度|比|比例|占比|数量|总量|规模|排名|金额|总额|人次|场次|件次|户次|时限|时间|时长)$/.test(text)) return text;
  if (unit === '%' || unit === '‰') return text + '率';
  if (/^(次|场|期|轮|批次|批|场次|届|堂|节)$/.test(unit)) return text + '次数';
  if (/人次$/.test(unit)) return text + '人次';
  if (/^(万|千)?(人|名|位)$/.test(unit)) return text + '人数';
  if (/元$/.test(unit)) return /(额|资金|金|款|费)$/.test(text) ? text : text + '金额';
  return text + '数';
}

/** Text used only for catalog matching: fillers dropped, 「审查X合法性」 → 「X合法性审查」. */
export function matchingForm(s: string): string {
  return s
    .replace(/[的了地“”"「」『』\s]/g, '')
    .replace(/(各类|各项|有关|相关|全部|重要)/g, '')
    .replace(/(审查|审核)([\u4e00-\u9fff]{1,8}?)(合法性|合规性)/g, '$2$3$1');
}

const LIGHT_VERBS = /^(开展|完成|组织|举办|召开|进行|实现|做好|参加|参与|做|办|有|共有|现有|达到)$/;

/** A verb before 「N份 X」 that adds nothing to what is counted (开展了2个 → 「」, 新出台的3份 → 新出台). */
export function meaningfulVerb(s: string): string {
  const t = trimPhrase(s);
  if (/^(共|累计|全年)?(对|向|为|把|将|给)?$/.test(t)) return '';
  return LIGHT_VERBS.test(t) || looksLikeSubject(t) || t.length > 6 ? '' : t;
}
