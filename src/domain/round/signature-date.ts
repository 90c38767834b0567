// The report's own date: the 落款 at its end (「2025年1月20日」, 「二〇二五年一月二十日」,
// 「2025年1月6日印发」), never a publishing date at the top of a web page.
import { parseChineseNumeral } from '../extract/chinese-numerals';

const DATE =
  /((?:\d{4})|(?:[〇零○O一二三四五六七八九]{4}))年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日(印发)?$/;
const CN_DIGITS = '〇一二三四五六七八九';
/** Paragraphs from the end that are searched: the signature block, not the body. */
const TAIL = 10;

function digitYear(y: string): number {
  if (/^\d{4}$/.test(y)) return Number(y);
  return Number([...y].map((c) => CN_DIGITS.indexOf(/[零○O]/.test(c) ? '〇' : c)).join(''));
}

function part(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** ISO date (YYYY-MM-DD) of a real calendar day, or null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1990 || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The signature date in the last paragraphs of a normalised report (one paragraph a line). */
export function signatureDate(normalizedText: string): string | null {
  const paragraphs = normalizedText.split('\n').filter((p) => p.trim());
  for (let i = paragraphs.length - 1; i >= Math.max(0, paragraphs.length - TAIL); i--) {
    const p = paragraphs[i]!.replace(/\s+/g, '');
    if (p.length > 40) continue;
    const m = DATE.exec(p);
    if (!m) continue;
    const [y, mo, d] = [digitYear(m[1]!), part(m[2]!), part(m[3]!)];
    if (mo === null || d === null) continue;
    const iso = isoDate(y, mo, d);
    if (iso) return iso;
  }
  return null;
}
