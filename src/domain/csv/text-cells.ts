// Text cells: the `'` our own export puts before formula characters, control characters,
// and the normalisation of names (departments, indicators, regions).
import { codePoint } from './issues';

/** Characters that make Excel or WPS read a cell as a formula (OWASP). */
function isFormulaTrigger(code: number): boolean {
  return code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13 || code === 10;
}

/** Text that Excel or WPS would run as a formula, with a leading `'` (OWASP); other text unchanged. */
export function neutralizeFormula(s: string): string {
  let j = 0;
  while (s.charCodeAt(j) === 39) j++;
  return j < s.length && isFormulaTrigger(s.charCodeAt(j)) ? "'" + s : s;
}

/**
 * Undoes the export's formula neutralisation: one leading `'` is removed when the text
 * after all leading quotes starts with a formula character (`'=1` → `=1`, `''=1` → `'=1`).
 */
export function unescapeFormulaPrefix(cell: string): string {
  if (cell.charCodeAt(0) !== 39) return cell;
  let j = 1;
  while (cell.charCodeAt(j) === 39) j++;
  return j < cell.length && isFormulaTrigger(cell.charCodeAt(j)) ? cell.slice(1) : cell;
}

/** Starts with = + - @ (after the export's `'` was removed): kept as text, with a warning. */
export function startsLikeFormula(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64;
}

/** C0/C1 controls except TAB, LF, CR; bidi embeddings, overrides and isolates. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The first forbidden control character as 「U+202E」, or ''. */
export function forbiddenControl(s: string): string {
  const m = FORBIDDEN.exec(s);
  return m ? codePoint(m[0]) : '';
}

const PRIVATE_USE = /[\uE000-\uF8FF]/;
const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\uD840-\uD87F][\uDC00-\uDFFF]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Whitespace next to a non-ASCII character is dropped: 「武汉市 财政局」 → 「武汉市财政局」. */
const SPACE_NEAR_WIDE = / (?=[^\x00-\x7F])|(?<=[^\x00-\x7F]) /g;

export function hasHan(s: string): boolean {
  return HAN.test(s);
}

export function hasPrivateUse(s: string): boolean {
  return PRIVATE_USE.test(s);
}

/**
 * A name as stored: NFKC (full-width letters, digits and brackets become ASCII, so
 * （） and () meet), invisible characters removed, whitespace collapsed, spaces next to
 * Chinese characters removed, trimmed.
 */
export function normalizeName(raw: string): string {
  let s = raw.normalize('NFKC').replace(INVISIBLE, '');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.indexOf(' ') >= 0) s = s.replace(SPACE_NEAR_WIDE, '');
  return s;
}
