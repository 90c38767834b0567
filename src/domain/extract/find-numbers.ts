// Every numeric expression of a normalised text: Arabic (1,234.5) and Chinese (两, 十余, 一百二十)
// numbers with their unit (次, 万元, %, 个百分点 …) and qualifier (约, 近, 余, 多, 以上 …), plus the
// shapes that are never values but must be recognised as such (dates, phone numbers, 12·4, ranges).
import type { Qualifier } from '../types';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals';
import { matchUnit, type UnitKind } from './units';

export type NumberForm = 'arabic' | 'chinese' | 'range' | 'date' | 'phone' | 'festival' | 'vague';

export interface NumberToken {
  /** The whole expression: prefix qualifier … unit and suffix qualifier. */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** Span of the unit (empty when there is none). */
  unitStart: number;
  unitEnd: number;
  value: number;
  /** Upper bound of a range (3—5次). */
  high?: number;
  form: NumberForm;
  unit: string;
  unitKind: UnitKind;
  qualifier: Qualifier;
}

const PREFIX_QUALIFIERS: [string, Qualifier][] = [
  ['不少于', '不少于'],
  ['不低于', '不少于'],
  ['超过', '超过'],
  ['约', '约'],
  ['近', '近'],
  ['逾', '逾'],
  ['超', '超过'],
];
const DATE_PATTERNS: [RegExp, NumberForm][] = [
  [/^\d{4}[-./]\d{1,2}[-./]\d{1,2}(日)?/, 'date'],
  [/^\d{4}年\d{1,2}月(\d{1,2}[日号])?/, 'date'],
  [/^\d{1,2}月\d{1,2}[日号]/, 'date'],
  [/^\d{1,2}[·•・.]\d{1,2}(?=[”"’」]|国家|宪法|全民|国际|世界|中国|消费|宣传|纪念)/, 'festival'],
  [/^\d{1,2}[·•・]\d{1,2}/, 'festival'],
  [/^0\d{2,3}-?\d{7,8}(?!\d)/, 'phone'],
  [/^\d{3,4}-\d{7,8}(?!\d)/, 'phone'],
  [/^1[3-9]\d{9}(?!\d)/, 'phone'],
];
const ARABIC = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|^\d+(?:\.\d+)?/;
const RANGE_TAIL = /^\s*[-—–~至到]\s*(\d+(?:\.\d+)?)/;
const CN_RUN = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+`);

function isCnNumeral(c: string | undefined): boolean {
  return c !== undefined && CHINESE_NUMERAL_CHARS.includes(c);
}

interface Head {
  numStart: number;
  numEnd: number;
  value: number;
  form: NumberForm;
  high?: number;
  /** Position after the number where the unit is looked for. */
  unitAt: number;
  innerQualifier: Qualifier;
}

function arabicHead(text: string, i: number): Head | null {
  const rest = text.slice(i, i + 40);
  for (const [re, form] of DATE_PATTERNS) {
    const m = re.exec(rest);
    if (m) return { numStart: i, numEnd: i + m[0].length, value: NaN, form, unitAt: i + m[0].length, innerQualifier: '' };
  }
  const m = ARABIC.exec(rest)!;
  const value = Number(m[0].replace(/,/g, ''));
  let end = i + m[0].length;
  // 2024.3 or 1.2.3 followed by more dots: a version or a date, never a value.
  if (/^[./]\d/.test(text.slice(end, end + 2))) {
    const more = /^(?:[./]\d+)+/.exec(text.slice(end))!;
    return { numStart: i, numEnd: end + more[0].length, value: NaN, form: 'date', unitAt: end + more[0].length, innerQualifier: '' };
  }
  const range = RANGE_TAIL.exec(text.slice(end, end + 20));
  if (range) {
    const after = matchUnit(text, end + range[0].length);
    const yearRange = value >= 1900 && value <= 2100 && range[1]!.length === 4;
    if (after.kind !== 'none' || yearRange) {
      const rEnd = end + range[0].length;
      return { numStart: i, numEnd: rEnd, value, high: Number(range[1]), form: 'range', unitAt: rEnd, innerQualifier: '' };
    }
  }
  let innerQualifier: Qualifier = '';
  if ((text[end] === '余' || text[end] === '多') && matchUnit(text, end + 1).kind !== 'none') {
    innerQualifier = text[end] as Qualifier;
    end++;
    return { numStart: i, numEnd: i + m[0].length, value, form: 'arabic', unitAt: end, innerQualifier };
  }
  return { numStart: i, numEnd: end, value, form: 'arabic', unitAt: end, innerQualifier };
}

function chineseHead(text: string, i: number): Head | null {
  const run = CN_RUN.exec(text.slice(i, i + 20))![0];
  let numEnd = i + run.length;
  let body = run;
  // 十几, 几十, 数十, 上百: not a value.
  if (text[numEnd] === '几' || text[i - 1] === '几' || text[i - 1] === '数' || text[i - 1] === '上') {
    return { numStart: i, numEnd: numEnd + (text[numEnd] === '几' ? 1 : 0), value: NaN, form: 'vague', unitAt: numEnd, innerQualifier: '' };
  }
  // A trailing 万/亿 is the multiplier of the unit (三万元 → 3 万元), unless the run is only that.
  if (body.length > 1 && /[万亿]$/.test(body)) {
    body = body.slice(0, -1);
    numEnd--;
  }
  const value = parseChineseNumeral(body);
  if (value === null) return null;
  let unitAt = numEnd;
  let innerQualifier: Qualifier = '';
  if ((text[unitAt] === '余' || text[unitAt] === '多') && matchUnit(text, unitAt + 1).kind !== 'none') {
    innerQualifier = text[unitAt] as Qualifier;
    unitAt++;
  }
  return { numStart: i, numEnd, value, form: 'chinese', unitAt, innerQualifier };
}

/** 百分之九十五 / 百分之百 → a percentage. */
function percentWords(text: string, i: number): NumberToken | null {
  if (!text.startsWith('百分之', i)) return null;
  const at = i + 3;
  const arabic = /^\d+(?:\.\d+)?/.exec(text.slice(at, at + 12));
  const cn = arabic ? null : CN_RUN.exec(text.slice(at, at + 12));
  const raw = arabic?.[0] ?? cn?.[0];
  if (!raw) return null;
  const value = arabic ? Number(raw) : parseChineseNumeral(raw === '百' ? '一百' : raw);
  if (value === null || !Number.isFinite(value)) return null;
  const end = at + raw.length;
  return {
    start: i,
    end,
    numStart: i,
    numEnd: end,
    unitStart: i,
    unitEnd: i + 3,
    value,
    form: arabic ? 'arabic' : 'chinese',
    unit: '%',
    unitKind: 'percent',
    qualifier: '',
  };
}

function prefixQualifier(text: string, numStart: number): { qualifier: Qualifier; start: number } {
  for (const [word, q] of PREFIX_QUALIFIERS) {
    if (text.startsWith(word, numStart - word.length)) return { qualifier: q, start: numStart - word.length };
  }
  return { qualifier: '', start: numStart };
}

function complete(text: string, head: Head): NumberToken {
  const unit =
    head.form === 'date' || head.form === 'phone' || head.form === 'festival' || head.form === 'vague'
      ? { unit: '', kind: 'none' as UnitKind, length: 0, innerQualifier: '' as const }
      : matchUnit(text, head.unitAt);
  let end = head.unitAt + unit.length;
  let qualifier: Qualifier = head.innerQualifier || unit.innerQualifier;
  const pre = prefixQualifier(text, head.numStart);
  if (!qualifier && pre.qualifier) qualifier = pre.qualifier;
  if (unit.kind !== 'none') {
    for (const word of ['以上', '左右'] as const) {
      if (!text.startsWith(word, end)) continue;
      if (!head.innerQualifier && !unit.innerQualifier) qualifier = word;
      end += word.length;
      break;
    }
  }
  const token: NumberToken = {
    start: pre.start,
    end,
    numStart: head.numStart,
    numEnd: head.numEnd,
    unitStart: head.unitAt,
    unitEnd: head.unitAt + unit.length,
    value: head.value,
    form: head.form,
    unit: unit.unit,
    unitKind: unit.kind,
    qualifier,
  };
  if (head.high !== undefined) token.high = head.high;
  return token;
}

export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const prev = text[i - 1];
    let token: NumberToken | null = null;
    if (c >= '0' && c <= '9' && !(prev && /[\d.]/.test(prev))) {
      const head = arabicHead(text, i);
      if (head) token = complete(text, head);
    } else if (c === '百' && text.startsWith('百分之', i)) {
      token = percentWords(text, i);
    } else if (isCnNumeral(c) && !isCnNumeral(prev)) {
      const head = chineseHead(text, i);
      if (head) token = complete(text, head);
      else i += CN_RUN.exec(text.slice(i, i + 20))![0].length - 1;
    }
    if (token) {
      out.push(token);
      i = Math.max(token.end, token.numEnd, i + 1);
    } else {
      i++;
    }
  }
  return out;
}
