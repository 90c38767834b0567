// How values, qualifiers, units and changes read in labels, tooltips and tables.
// One rendering everywhere: 「约30件」「10余人次」「30件以上」; English "about 30 items".
import type { MetricResult, Change } from '../metrics/change';
import { formatNumber } from './chart-theme';
import { labelsFor, type Lang } from './labels';

const UNIT_EN: Record<string, string> = {
  次: 'times',
  人次: 'person-times',
  人: 'people',
  件: 'items',
  项: 'items',
  份: 'copies',
  场: 'events',
  条: 'items',
  个: '',
  万元: '×10k CNY',
  元: 'CNY',
  家: 'entities',
  天: 'days',
  小时: 'hours',
};

/** The English units' singular, for exactly one: 「1 item」, never 「1 items」. */
const SINGULAR_EN: Record<string, string> = {
  times: 'time',
  'person-times': 'person-time',
  people: 'person',
  items: 'item',
  copies: 'copy',
  events: 'event',
  entities: 'entity',
  days: 'day',
  hours: 'hour',
};

/** A unit as shown in a chart ("件" in Chinese, "items" in English, "%" in both). */
export function unitLabel(unit: string, lang: Lang): string {
  if (lang === 'zh' || unit === '%') return unit;
  return UNIT_EN[unit] ?? unit;
}

/** The English unit for a count of `value` (singular for exactly one). */
function unitFor(value: number, unit: string): string {
  const u = unitLabel(unit, 'en');
  return Math.abs(value) === 1 ? (SINGULAR_EN[u] ?? u) : u;
}

/** Qualifiers written before the number (约30件) / after the number (30余件) / after the unit (30件以上). */
const BEFORE = new Set(['约', '近', '不少于', '超过', '逾']);
const AFTER_NUMBER = new Set(['余', '多']);

const QUALIFIER_EN: Record<string, string> = {
  约: 'about',
  近: 'nearly',
  不少于: 'at least',
  超过: 'over',
  逾: 'over',
  左右: 'about',
};

/** Number with unit and qualifier (a `Qualifier`, or any stored text): 「约30件」「10余人次」「30件以上」「98.5%」. */
export function formatValue(value: number, unit: string, qualifier: string, lang: Lang, maxFraction = 2): string {
  const n = formatNumber(value, maxFraction);
  const q = qualifier ?? '';
  if (lang === 'zh') {
    if (!q) return n + unit;
    if (BEFORE.has(q)) return q + n + unit;
    if (AFTER_NUMBER.has(q)) return n + q + unit;
    return n + unit + q;
  }
  const u = unitFor(value, unit);
  const withUnit = u === '%' ? n + '%' : u ? `${n} ${u}` : n;
  if (!q) return withUnit;
  if (AFTER_NUMBER.has(q) || q === '以上') {
    const plus = q === '以上' ? ' or more' : '+';
    const many = unitLabel(unit, 'en'); // 「1+ items」: more than one
    return many === '%' ? `${n}%${plus}` : `${n}${plus}${many ? ' ' + many : ''}`;
  }
  return `${QUALIFIER_EN[q] ?? q} ${withUnit}`;
}

/** Value, or 「未报告」 when there is none (never 0). */
export function formatMaybe(value: number | null | undefined, unit: string, qualifier: string, lang: Lang): string {
  return value == null || !Number.isFinite(value) ? labelsFor(lang).notReported : formatValue(value, unit, qualifier, lang);
}

/** "+3" / "-2.5" with thousands separators. */
export function signed(value: number, maxFraction = 2): string {
  const s = formatNumber(value, maxFraction);
  return value > 0 ? '+' + s : s;
}

/** Absolute change with its unit; percentage-unit indicators change in percentage points. */
export function formatDelta(delta: number, unit: string, lang: Lang): string {
  const L = labelsFor(lang);
  if (unit === '%') return signed(delta) + L.percentagePoints;
  const u = lang === 'en' ? unitFor(delta, unit) : unit;
  return signed(delta) + (lang === 'en' && u ? ' ' + u : u);
}

export function formatPct(pct: number): string {
  return signed(pct, 1) + '%';
}

/** Arrow for a change: ▲ rise, ▼ fall, ＝ none. */
function arrow(delta: number): string {
  return delta > 0 ? '▲' : delta < 0 ? '▼' : '＝';
}

/** A computed figure as text, or the reason it is missing. */
export function formatMetric(r: MetricResult, lang: Lang, render: (v: number) => string): string {
  const L = labelsFor(lang);
  if (r.kind === 'value') return render(r.value);
  if (r.kind === 'zero-base') return L.zeroBase(r.year);
  return L.notComparable(r.year);
}

/**
 * A change in one line: 「▲3件（+11.1%）」「▼1.2个百分点」「持平」, or why there is
 * none: 「2023年未报告，无法比较」.
 */
export function formatChange(c: Change, unit: string, lang: Lang): string {
  const L = labelsFor(lang);
  if (c.abs.kind !== 'value') return formatMetric(c.abs, lang, String);
  const d = c.abs.value;
  if (d === 0) return L.noChange;
  const abs = arrow(d) + formatDelta(Math.abs(d), unit, lang).replace(/^\+/, '');
  if (unit === '%') return abs;
  if (c.pct.kind === 'value') return abs + L.paren(formatPct(c.pct.value));
  if (c.pct.kind === 'zero-base') return abs + L.paren(L.zeroBase(c.pct.year));
  return abs;
}

/** Short change for bar labels: 「▲3」「▼2.5」「＝」 (unit omitted). */
export function formatChangeShort(c: Change | null): string {
  if (!c || c.abs.kind !== 'value') return '';
  const d = c.abs.value;
  return d === 0 ? '＝' : arrow(d) + formatNumber(Math.abs(d));
}

/** Evidence cut to about `max` characters (by code point) with 「…」. */
export function shortenEvidence(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(t);
  return chars.length <= max ? t : chars.slice(0, max).join('') + '…';
}
