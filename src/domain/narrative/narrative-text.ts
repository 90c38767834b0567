// The sentences of 解读 as parts: plain text, and numbers that carry the rows they were read
// or computed from (so that the page can show each number's department, year, indicator and
// evidence). Shared helpers of every view's templates.
import { formatNumber } from '../charts/chart-theme';
import { formatValue } from '../charts/format';
import type { Lang } from '../charts/labels';
import type { ChartRow } from '../observations/chart-row';

/** A number in a sentence and its rows; `computed` when it is a total, a change or a count. */
export interface NumberLink {
  text: string;
  rows: readonly ChartRow[];
  /** Input rows left out of `rows` (a count over thousands of values lists the first few). */
  more: number;
  computed: boolean;
}

export type NarrativePart = string | NumberLink;
export type NarrativeSentence = readonly NarrativePart[];

/** Rows listed for one number: enough to check it, not a table. */
const MAX_LINK_ROWS = 12;

/** Sums without float dust: 0.1 + 0.2 is 0.3 in a sentence. */
export const exact = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * A number read from (one row) or computed from (several, or a count) these rows; `inputs` is
 * how many rows it was computed from when only the first of them are passed.
 */
export function link(text: string, rows: readonly ChartRow[], computed = rows.length !== 1, inputs = rows.length): NumberLink {
  const shown = rows.slice(0, MAX_LINK_ROWS);
  return { text, rows: shown, more: Math.max(0, inputs - shown.length), computed };
}

/** A sentence from a template: strings and numbers are text, links stay links. */
export function say(strings: TemplateStringsArray, ...values: (string | number | NumberLink)[]): NarrativeSentence {
  const out: NarrativePart[] = [];
  const push = (p: NarrativePart) => {
    const last = out[out.length - 1];
    if (typeof p !== 'string') out.push(p);
    else if (p && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p) out.push(p);
  };
  strings.forEach((s, i) => {
    push(s);
    if (i < values.length) {
      const v = values[i]!;
      // A number with no rows behind it (a count of none) is plain text.
      push(typeof v === 'number' ? String(v) : typeof v === 'string' || v.rows.length ? v : v.text);
    }
  });
  return out;
}

/** One sentence made of several optional clauses (empty ones dropped), joined by `sep`. */
export function joinParts(clauses: readonly NarrativeSentence[], sep: string): NarrativeSentence {
  const kept = clauses.filter((c) => c.length);
  return kept.flatMap((c, i) => (i ? [sep, ...c] : [...c]));
}

export function plainSentence(s: NarrativeSentence): string {
  return s.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

/** The whole 解读 as text (what is copied, edited and written into a briefing). */
export function plainText(sentences: readonly NarrativeSentence[], lang: Lang): string {
  return sentences.map(plainSentence).join(lang === 'en' ? ' ' : '');
}

/** Names shown before 「等」: a briefing lists a few, not forty. */
const MAX_NAMES = 5;

export function names(list: readonly string[], lang: Lang): string {
  const shown = list.slice(0, MAX_NAMES);
  if (lang === 'en') return shown.join(', ') + (list.length > MAX_NAMES ? ' and others' : '');
  return shown.join('、') + (list.length > MAX_NAMES ? '等' : '');
}

/** Every stated decimal kept (122.4552万元 stays 122.4552); only float dust is dropped. */
const DIGITS = 6;
export const num = (x: number) => formatNumber(x, DIGITS);
export const withUnit = (x: number, unit: string, qualifier: string, lang: Lang) => formatValue(x, unit, qualifier, lang, DIGITS);

/** Rates (%, ‰), scores and ranks never add up across departments; counts and amounts do. */
export function isAdditiveUnit(unit: string): boolean {
  return !['%', '‰', '个百分点', '分', '倍', '位', '名'].includes(unit);
}

/** A change of a value in this unit: rates change in percentage points. */
export function deltaText(d: number, unit: string, lang: Lang, approximate = false): string {
  const about = approximate ? (lang === 'en' ? 'about ' : '约') : '';
  if (unit === '%') return about + num(d) + (lang === 'en' ? ' percentage points' : '个百分点');
  return about + withUnit(d, unit, '', lang);
}

/** Percentage change rounded to one decimal, or null when the base is not positive. */
export function pctChange(from: number, to: number): number | null {
  return from > 0 ? Math.round(((to - from) / from) * 1000) / 10 : null;
}

/** 「（含由同比推算的数值）（含演示数据）」: derived and simulated values are named. */
export function sourceNotes(derived: boolean, simulated: boolean, lang: Lang): string {
  if (lang === 'en')
    return `${derived ? ' (including values derived from year-on-year changes)' : ''}${simulated ? ' (including demonstration data)' : ''}`;
  return `${derived ? '（含由同比推算的数值）' : ''}${simulated ? '（含演示数据）' : ''}`;
}

/** An English label inside a sentence: 「Certified enforcement officers」 → 「certified …」; an acronym (NPC, PM2.5) stays. */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
