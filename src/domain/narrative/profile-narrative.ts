// 解读 of a department's profile, at most four sentences written only from ProfileFacts: how many
// indicators it reported and how many rose or fell, the largest rise and fall, first and last
// places among peers, indicators reported before but not in the latest year.
import { formatNumber } from '../charts/chart-theme';
import { indicatorLabel } from '../charts/common';
import type { Lang } from '../charts/labels';
import type { ChartRow } from '../observations/chart-row';
import type { Indicator } from '../types';
import type { IndicatorChange, ProfileFacts } from './profile-facts';
import { deltaText, inSentence, joinParts, link, names, say, sourceNotes, withUnit, type NarrativeSentence } from './narrative-text';

const labels = (list: Indicator[], lang: Lang) =>
  names(
    list.map((i) => (lang === 'en' ? inSentence(indicatorLabel(i, lang)) : indicatorLabel(i, lang))),
    lang,
  );

function counts(f: ProfileFacts) {
  const up = f.changes.filter((c) => c.delta > 0);
  const down = f.changes.filter((c) => c.delta < 0);
  const rowsOf = (cs: IndicatorChange[]) => cs.flatMap((c) => [c.previous, c.current]);
  return {
    up: link(String(up.length), rowsOf(up), true),
    down: link(String(down.length), rowsOf(down), true),
    same: f.changes.length - up.length - down.length,
  };
}

/** The links of one indicator's change: last year's value, this year's, and the change (% for counts). */
function changeLinks(c: IndicatorChange, lang: Lang) {
  const value = (r: ChartRow) => link(withUnit(r.value, c.unit, r.qualifier, lang), [r]);
  const approx = c.previous.qualifier !== '' || c.current.qualifier !== '';
  const both = [c.previous, c.current];
  const about = approx ? (lang === 'en' ? 'about ' : '约') : '';
  const by =
    c.pct !== null
      ? link(`${about}${formatNumber(Math.abs(c.pct), 1)}%`, both, true)
      : link(deltaText(Math.abs(c.delta), c.unit, lang, approx), both, true);
  return { from: value(c.previous), to: value(c.current), by };
}

/** 「由20件增至30件，增长50%」: the change of one indicator, in its unit. */
function zhChange(c: IndicatorChange): NarrativeSentence {
  const up = c.delta > 0;
  const additive = c.pct !== null;
  const { from, to, by } = changeLinks(c, 'zh');
  const verb = additive ? (up ? '增至' : '减至') : up ? '升至' : '降至';
  return say`由${from}${verb}${to}，${up ? (additive ? '增长' : '提高') : '下降'}${by}`;
}

function zh(f: ProfileFacts): NarrativeSentence[] {
  const out: NarrativeSentence[] = [];
  const c = counts(f);
  const notes = sourceNotes(f.hasDerived, f.hasSimulated, 'zh');
  const compared = f.changes.length ? say`与${f.year - 1}年相比，${c.up}项上升、${c.down}项下降${c.same ? `、${c.same}项持平` : ''}` : [];
  out.push([
    ...joinParts([say`${f.department}${f.year}年报告了${link(String(f.rows.length), f.rows, true)}项指标`, compared], '，'),
    `${notes}。`,
  ]);
  const mover = (x: IndicatorChange | null, word: string) =>
    x ? [...say`${indicatorLabel(x.indicator, 'zh')}${word}（`, ...zhChange(x), '）'] : [];
  const movers = joinParts([mover(f.rise, f.rise?.pct !== null ? '增长最多' : '提高最多'), mover(f.fall, '下降最多')], '，');
  if (movers.length) out.push(['其中，', ...movers, '。']);
  if (f.first.length || f.last.length) {
    const peers = f.type ? `同类部门（${f.type}）` : '各部门';
    const ranks = joinParts(
      [f.first.length ? say`${labels(f.first, 'zh')}排名第一` : [], f.last.length ? say`${labels(f.last, 'zh')}排名最后` : []],
      '，',
    );
    out.push([`${f.year}年在${peers}中，`, ...ranks, '。']);
  }
  if (f.missing.length) out.push(say`${labels(f.missing, 'zh')}${f.year}年未报告（此前年度曾报告）。`);
  return out;
}

function enChange(c: IndicatorChange): NarrativeSentence {
  const { from, to, by } = changeLinks(c, 'en');
  return say`from ${from} to ${to}, ${c.delta > 0 ? 'up' : 'down'} ${by}`;
}

function en(f: ProfileFacts): NarrativeSentence[] {
  const out: NarrativeSentence[] = [];
  const c = counts(f);
  const notes = sourceNotes(f.hasDerived, f.hasSimulated, 'en');
  const compared = f.changes.length
    ? say`compared with ${f.year - 1}, ${c.up} rose and ${c.down} fell${c.same ? `, ${c.same} unchanged` : ''}`
    : [];
  out.push([
    ...joinParts([say`In ${f.year}, ${f.department} reported ${link(String(f.rows.length), f.rows, true)} indicators`, compared], '; '),
    `${notes}.`,
  ]);
  const mover = (x: IndicatorChange | null, word: string, first: boolean) => {
    const label = x && indicatorLabel(x.indicator, 'en');
    return x && label ? [...say`${first ? label : inSentence(label)} ${word} (`, ...enChange(x), ')'] : [];
  };
  const movers = joinParts([mover(f.rise, 'rose most', true), mover(f.fall, 'fell most', !f.rise)], ', ');
  if (movers.length) out.push([...movers, '.']);
  if (f.first.length || f.last.length) {
    const peers = f.type ? `departments of its type (${f.type})` : 'all departments';
    const ranks = joinParts(
      [f.first.length ? say`first on ${labels(f.first, 'en')}` : [], f.last.length ? say`last on ${labels(f.last, 'en')}` : []],
      '; ',
    );
    out.push([`In ${f.year}, among ${peers}, it ranked `, ...ranks, '.']);
  }
  if (f.missing.length) out.push(say`Not reported in ${f.year} (reported in earlier years): ${labels(f.missing, 'en')}.`);
  return out;
}

/** The sentences of 解读 for a department's profile, in the UI's language. */
export function profileNarrative(f: ProfileFacts | null, lang: Lang): NarrativeSentence[] {
  if (!f) return [];
  return lang === 'en' ? en(f) : zh(f);
}
