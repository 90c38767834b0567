// 解读 of a trend chart, at most four sentences written only from TrendFacts. One department:
// first → last reported year, peak, run of rises or falls, gaps. Several: the total over the
// same departments, the largest rise and fall, runs, gaps. Nothing notable, nothing said.
import { formatNumber } from '../charts/chart-theme';
import type { Lang } from '../charts/labels';
import type { ChartRow } from '../observations/chart-row';
import type { SeriesFacts, TrendFacts, YearTotal } from './trend-facts';
import {
  deltaText,
  joinParts,
  link,
  names,
  say,
  sourceNotes,
  withUnit,
  type NarrativeSentence,
  type NumberLink,
  inSentence,
} from './narrative-text';

const rowLink = (r: ChartRow, unit: string, lang: Lang) => link(withUnit(r.value, unit, r.qualifier, lang), [r]);
const totalLink = (t: YearTotal, unit: string, lang: Lang) =>
  link((t.approximate ? (lang === 'en' ? 'about ' : '约') : '') + withUnit(t.value, unit, '', lang), t.rows);
const approx = (s: SeriesFacts) => s.first.qualifier !== '' || s.last.qualifier !== '';
const pctLink = (pct: number, rows: readonly ChartRow[], approximate: boolean, lang: Lang): NumberLink =>
  link(`${approximate ? (lang === 'en' ? 'about ' : '约') : ''}${formatNumber(Math.abs(pct), 1)}%`, rows, true);
const deltaLink = (s: SeriesFacts, unit: string, lang: Lang) =>
  link(deltaText(Math.abs(s.delta!), unit, lang, approx(s)), [s.first, s.last], true);
/** Departments listed by name in a run or gap sentence before 「等」. */
const LIST = 3;

function zhChange(s: SeriesFacts, f: TrendFacts, label: string): NarrativeSentence {
  const u = f.unit;
  const [a, b] = [rowLink(s.first, u, 'zh'), rowLink(s.last, u, 'zh')];
  if (s.delta === 0) return say`${s.department}${label}${s.first.year}年为${a}，${s.last.year}年为${b}，两年持平`;
  const up = s.delta! > 0;
  const verb = f.additive ? (up ? '增至' : '减至') : up ? '升至' : '降至';
  const by = f.additive ? (up ? '增加' : '减少') : up ? '提高' : '下降';
  const pct = s.pct !== null ? say`，${up ? '增长' : '下降'}${pctLink(s.pct, [s.first, s.last], approx(s), 'zh')}` : [];
  return [...say`${s.department}${label}由${s.first.year}年的${a}${verb}${s.last.year}年的${b}，${by}${deltaLink(s, u, 'zh')}`, ...pct];
}

function zhStreak(s: SeriesFacts, additive: boolean, named: boolean): NarrativeSentence {
  const k = s.streak!;
  const word = k.kind === 'rise' ? (additive ? '增长' : '上升') : '下降';
  return say`${named ? s.department : ''}${k.rows[0]!.year}年以来连续${link(String(k.years), k.rows, true)}年${word}`;
}

function zhGaps(f: TrendFacts, single: boolean): NarrativeSentence {
  const gapped = f.series.filter((s) => s.gaps.length);
  const gaps = gapped.slice(0, LIST).map((s) => `${single ? '' : s.department}${s.gaps.join('、')}年未报告`);
  const more = gapped.length > LIST ? `共${gapped.length}个部门有年度未报告` : '';
  const none = f.unreported.length ? `${names(f.unreported, 'zh')}在此期间均未报告` : '';
  const text = [gaps.join('，'), more, none].filter(Boolean).join('；');
  return text ? [text + '。'] : [];
}

function zh(f: TrendFacts, label: string): NarrativeSentence[] {
  const u = f.unit;
  const shown = f.series.length + f.unreported.length;
  const notes = (f.capped ? `（共${f.capped}个部门，图中显示${shown}个）` : '') + sourceNotes(f.hasDerived, f.hasSimulated, 'zh');
  const out: NarrativeSentence[] = [];
  if (!f.series.length) return f.unreported.length ? [zhGaps(f, false)] : [];
  if (f.series.length === 1) {
    const s = f.series[0]!;
    out.push(
      s.delta === null
        ? say`${s.department}仅报告了${s.first.year}年的${label}（${rowLink(s.first, u, 'zh')}）${notes}。`
        : [...zhChange(s, f, label), `${notes}。`],
    );
    if (s.peak) out.push(say`其间${s.peak.year}年${f.additive ? '最多' : '最高'}（${rowLink(s.peak, u, 'zh')}）。`);
    if (s.streak) out.push([...zhStreak(s, f.additive, false), '。']);
  } else {
    const period = f.from === f.to ? `${f.from}年` : `${f.from}年至${f.to}年`;
    const parts = [
      say`${period}，${link(
        String(f.series.length),
        f.series.map((s) => s.last),
        true,
      )}个部门报告了${label}`,
    ];
    const t = f.total;
    if (t) {
      const [a, b] = [totalLink(t.first, u, 'zh'), totalLink(t.last, u, 'zh')];
      const up = t.last.value > t.first.value;
      const approximate = t.first.approximate || t.last.approximate;
      parts.push(
        t.last.value === t.first.value
          ? say`合计${t.first.year}年为${a}，${t.last.year}年为${b}，两年持平`
          : [
              ...say`合计由${t.first.year}年的${a}${up ? '增至' : '减至'}${t.last.year}年的${b}`,
              ...(t.pct !== null
                ? say`，${up ? '增长' : '下降'}${pctLink(t.pct, [...t.first.rows, ...t.last.rows], approximate, 'zh')}`
                : []),
            ],
      );
    }
    out.push([...joinParts(parts, '，'), `${notes}。`]);
    const [more, less] = f.additive ? ['增加最多', '减少最多'] : ['提高最多', '下降最多'];
    const mover = (s: SeriesFacts | null, word: string) =>
      s ? say`${s.department}${word}（${s.first.year}年至${s.last.year}年${deltaLink(s, u, 'zh')}）` : [];
    const movers = joinParts([mover(f.rise, more), mover(f.fall, less)], '，');
    if (movers.length) out.push(['其中，', ...movers, '。']);
    const runs = f.series.filter((s) => s.streak);
    if (runs.length)
      out.push([
        ...joinParts(
          runs.slice(0, LIST).map((s) => zhStreak(s, f.additive, true)),
          '，',
        ),
        runs.length > LIST ? '等。' : '。',
      ]);
  }
  const gaps = zhGaps(f, f.series.length === 1);
  if (gaps.length) out.push(gaps);
  return out;
}

function enChange(s: SeriesFacts, f: TrendFacts, label: string): NarrativeSentence {
  const u = f.unit;
  const [a, b] = [rowLink(s.first, u, 'en'), rowLink(s.last, u, 'en')];
  if (s.delta === 0) return say`For ${s.department}, ${label} was ${a} in ${s.first.year} and ${b} in ${s.last.year}, unchanged`;
  const up = s.delta! > 0;
  const pct = s.pct !== null ? say` or ${pctLink(s.pct, [s.first, s.last], approx(s), 'en')}` : [];
  return [
    ...say`For ${s.department}, ${label} ${up ? 'rose' : 'fell'} from ${a} in ${s.first.year} to ${b} in ${s.last.year}, ${up ? 'up' : 'down'} ${deltaLink(s, u, 'en')}`,
    ...pct,
  ];
}

function enStreak(s: SeriesFacts): NarrativeSentence {
  const k = s.streak!;
  return say`${s.department} ${k.kind === 'rise' ? 'rose' : 'fell'} ${link(String(k.years), k.rows, true)} years in a row since ${k.rows[0]!.year}`;
}

function enGaps(f: TrendFacts, single: boolean): NarrativeSentence {
  const gapped = f.series.filter((s) => s.gaps.length);
  const gaps = gapped
    .slice(0, LIST)
    .map((s) => `${single ? 'No value was reported' : s.department + ' reported nothing'} for ${s.gaps.join(', ')}`);
  if (gapped.length > LIST) gaps.push(`${gapped.length} departments have years without a value`);
  if (f.unreported.length) gaps.push(`${names(f.unreported, 'en')} reported nothing in the period`);
  return gaps.length ? [gaps.join('; ') + '.'] : [];
}

function en(f: TrendFacts, label: string): NarrativeSentence[] {
  const u = f.unit;
  const shown = f.series.length + f.unreported.length;
  const notes = (f.capped ? ` (${shown} of ${f.capped} departments shown)` : '') + sourceNotes(f.hasDerived, f.hasSimulated, 'en');
  const out: NarrativeSentence[] = [];
  if (!f.series.length) return f.unreported.length ? [enGaps(f, false)] : [];
  if (f.series.length === 1) {
    const s = f.series[0]!;
    out.push(
      s.delta === null
        ? say`${s.department} reported ${label} only for ${s.first.year} (${rowLink(s.first, u, 'en')})${notes}.`
        : [...enChange(s, f, label), `${notes}.`],
    );
    if (s.peak) out.push(say`It peaked in ${s.peak.year} (${rowLink(s.peak, u, 'en')}).`);
    if (s.streak) out.push([...enStreak(s), '.']);
  } else {
    const period = f.from === f.to ? `In ${f.from}` : `From ${f.from} to ${f.to}`;
    const parts = [
      say`${period}, ${link(
        String(f.series.length),
        f.series.map((s) => s.last),
        true,
      )} departments reported ${label}`,
    ];
    const t = f.total;
    if (t) {
      const [a, b] = [totalLink(t.first, u, 'en'), totalLink(t.last, u, 'en')];
      const up = t.last.value > t.first.value;
      const approximate = t.first.approximate || t.last.approximate;
      parts.push(
        t.last.value === t.first.value
          ? say`the total was ${a} in ${t.first.year} and ${b} in ${t.last.year}, unchanged`
          : [
              ...say`the total ${up ? 'rose' : 'fell'} from ${a} in ${t.first.year} to ${b} in ${t.last.year}`,
              ...(t.pct !== null
                ? say` (${up ? 'up' : 'down'} ${pctLink(t.pct, [...t.first.rows, ...t.last.rows], approximate, 'en')})`
                : []),
            ],
      );
    }
    out.push([...joinParts(parts, '; '), `${notes}.`]);
    const mover = (s: SeriesFacts | null, word: string) =>
      s ? say`${s.department} ${word} (${deltaLink(s, u, 'en')} from ${s.first.year} to ${s.last.year})` : [];
    const movers = joinParts([mover(f.rise, 'rose most'), mover(f.fall, 'fell most')], ', ');
    if (movers.length) out.push([...movers, '.']);
    const runs = f.series.filter((s) => s.streak);
    if (runs.length) out.push([...joinParts(runs.slice(0, LIST).map(enStreak), '; '), runs.length > LIST ? '; and others.' : '.']);
  }
  const gaps = enGaps(f, f.series.length === 1);
  if (gaps.length) out.push(gaps);
  return out;
}

/** The sentences of 解读 for a trend chart, in the UI's language. */
export function trendNarrative(f: TrendFacts, indicatorLabel: string, lang: Lang): NarrativeSentence[] {
  return lang === 'en' ? en(f, inSentence(indicatorLabel)) : zh(f, indicatorLabel);
}
