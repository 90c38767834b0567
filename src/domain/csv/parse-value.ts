// Whitelist parser for numeric cells. Never Number()/parseFloat on raw text: the text is
// first matched against an explicit grammar, then only the canonical digits are converted.
//   accepted: 12  1,234  98.5%  12次  约12  10余次  100人以上  1.2E+02  １２  -0  1.2万人次
//   missing:  ''  -  —  /  无  无数据  N/A        → never 0
//   rejected: #DIV/0!  0x1A  Infinity  NaN  1e309  (5)  1.234,5  12 345  十二
import { QUALIFIERS, type Qualifier } from '../types';

export type ValueResult =
  | {
      kind: 'ok';
      value: number;
      qualifier: Qualifier;
      /** Unit written after the number (「%」, 「次」, 「万人次」), '' when none. */
      suffix: string;
      /** The value times 10,000 when the suffix starts with 万 (「1.2万人次」). */
      scaled?: number;
      /** Written in a non-canonical form (full-width, thousands separators, exponent…). */
      normalized: boolean;
    }
  | { kind: 'missing' }
  | { kind: 'error'; code: 'E_EXCEL_ERROR' | 'E_VALUE_NOT_NUMBER' | 'E_VALUE_TOO_LARGE'; hint: string };

/** Largest magnitude accepted: beyond it doubles no longer hold every integer. */
const MAX_ABS_VALUE = 1e15;

const MISSING = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '–',
  '/',
  '\\',
  '无',
  '无数据',
  '暂无',
  '暂无数据',
  '空',
  '未填',
  '不适用',
  'n/a',
  'na',
  'null',
  'none',
  '…',
  '...',
]);
const EXCEL_ERROR =
  /^#(?:div\/0!|n\/a|value!|ref!|name\?|num!|null!|spill!|calc!|field!|blocked!|connect!|busy!|unknown!|getting_data)$|^#+$/i;
const PREFIX_QUALIFIERS = ['不少于', '超过', '约', '近', '逾'] as const;
const SUFFIX_QUALIFIERS = ['以上', '左右', '余', '多'] as const;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const NUMBER = /^(?:(\d{1,3}(?:,\d{3})+)|(\d+))?(?:\.(\d+))?(?:[eE]([+-]?\d{1,4}))?/;
/** A unit after the number: 「%」, 「次」, 「万人次」 (checked against the indicator by the caller). */
const UNIT_SUFFIX = /^(万?)(%|[\u3400-\u9FFF]{1,4}?)?(?=$|以上|左右)/;
const CHINESE_NUMERALS = /[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/;

/** Digits with at most one inner decimal point, no leading zero, at most 15 characters: read directly. */
export function isPlainNumber(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 15) return false;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (dot >= 0) return false;
      dot = i;
    } else if (c < 48 || c > 57) return false;
  }
  if (dot === 0 || dot === n - 1) return false;
  // Leading zeros (「0012」) go through the slow path and are reported as normalised.
  return !(s.charCodeAt(0) === 48 && n > 1 && dot !== 1);
}

function notNumber(hint: string): ValueResult {
  return { kind: 'error', code: 'E_VALUE_NOT_NUMBER', hint };
}

/** Shifts the decimal point of a canonical decimal string 4 places right (×10,000) exactly. */
function times10k(intPart: string, frac: string, exp: number): number {
  return Number(`${intPart}.${frac || '0'}e${exp + 4}`);
}

export function parseValue(raw: string): ValueResult {
  if (isPlainNumber(raw)) return { kind: 'ok', value: Number(raw), qualifier: '', suffix: '', normalized: false };
  const nfkc = raw.normalize('NFKC').replace(INVISIBLE, '');
  let s = nfkc.trim();
  let normalized = s !== raw;
  if (MISSING.has(s.toLowerCase())) return { kind: 'missing' };
  if (EXCEL_ERROR.test(s))
    return { kind: 'error', code: 'E_EXCEL_ERROR', hint: `这是 Excel 的错误值「${s}」（公式出错），请改为实际数值。` };

  let qualifier: Qualifier = '';
  for (const q of PREFIX_QUALIFIERS) {
    if (s.startsWith(q)) {
      qualifier = q;
      s = s.slice(q.length).trim();
      break;
    }
  }
  let sign = '';
  const c0 = s.charAt(0);
  if (c0 === '-' || c0 === '−') {
    sign = '-';
    if (c0 === '−') normalized = true;
    s = s.slice(1).trim();
  } else if (c0 === '+') {
    normalized = true;
    s = s.slice(1).trim();
  }
  const m = NUMBER.exec(s);
  const grouped = m?.[1];
  const plain = m?.[2];
  const frac = m?.[3] ?? '';
  const exp = m?.[4];
  if (!m || (grouped === undefined && plain === undefined && !frac)) {
    if (/^\(\s*[\d.,]+\s*\)$/.test(s)) return notNumber('括号表示负数的会计格式不被接受，请直接填写数字。');
    if (CHINESE_NUMERALS.test(s)) return notNumber('请使用阿拉伯数字（例如 12），不要使用汉字数字。');
    return notNumber('请只填写数字，例如 12 或 98.5。');
  }
  let rest = s.slice(m[0].length);
  if (grouped !== undefined || exp !== undefined || (grouped === undefined && plain === undefined)) normalized = true;
  let intPart = (grouped ?? plain ?? '0').replace(/,/g, '');
  if (intPart.length > 1 && intPart.charCodeAt(0) === 48) {
    normalized = true;
    intPart = intPart.replace(/^0+(?=\d)/, '');
  }
  if (/^[.,]\d/.test(rest)) return notNumber('请不要用逗号作小数点，也不要在小数点后再加分隔符（例如应写 1234.5）。');
  if (/^\s+\d/.test(rest)) return notNumber('数字中间不能有空格。');

  rest = rest.trim();
  const takeSuffixQualifier = (): void => {
    if (qualifier) return;
    for (const q of SUFFIX_QUALIFIERS) {
      if (rest.startsWith(q)) {
        qualifier = q;
        rest = rest.slice(q.length).trim();
        return;
      }
    }
  };
  takeSuffixQualifier();
  let suffix = '';
  if (rest) {
    const unitMatch = UNIT_SUFFIX.exec(rest);
    if (unitMatch && unitMatch[0]) {
      suffix = unitMatch[0];
      rest = rest.slice(suffix.length).trim();
    }
    takeSuffixQualifier();
  }
  if (rest) {
    if (CHINESE_NUMERALS.test(rest)) return notNumber('请使用阿拉伯数字，不要混用汉字数字。');
    return notNumber('数字后面有无法识别的内容，请只填写数字（可带与指标一致的单位，如「12次」）。');
  }

  if (intPart.length > 15)
    return { kind: 'error', code: 'E_VALUE_TOO_LARGE', hint: `数字过长（${intPart.length} 位），超出可精确保存的范围。` };
  const value = Number(`${sign}${intPart}${frac ? '.' + frac : ''}${exp !== undefined ? 'e' + exp : ''}`);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS_VALUE) {
    return { kind: 'error', code: 'E_VALUE_TOO_LARGE', hint: '数值过大，超出可精确保存的范围。' };
  }
  const result: ValueResult = { kind: 'ok', value: value === 0 ? 0 : value, qualifier, suffix, normalized };
  if (suffix.startsWith('万')) {
    const scaled = times10k(`${sign}${intPart}`, frac, exp !== undefined ? Number(exp) : 0);
    if (Number.isFinite(scaled) && Math.abs(scaled) <= MAX_ABS_VALUE) result.scaled = scaled === 0 ? 0 : scaled;
  }
  return result;
}

/** Qualifier cell (限定词 column): one of QUALIFIERS, or undefined when not recognised. */
export function parseQualifier(raw: string): Qualifier | undefined {
  const s = raw.normalize('NFKC').trim();
  return (QUALIFIERS as readonly string[]).includes(s) ? (s as Qualifier) : undefined;
}
