// 解读: at most four sentences in the 通报 pattern (total → 同比 → 其中 → not reported), written
// only from RankingFacts. Nothing notable, nothing said.
import { formatNumber } from '../charts/chart-theme';
import { formatValue } from '../charts/format';
import type { Lang } from '../charts/labels';
import type { NamedValue, RankingFacts } from './ranking-facts';

/** Names shown before 「等」: a briefing lists a few, not forty. */
const MAX_NAMES = 5;

function names(list: string[], lang: Lang): string {
  const shown = list.slice(0, MAX_NAMES);
  if (lang === 'en') return shown.join(', ') + (list.length > MAX_NAMES ? ' and others' : '');
  return shown.join('、') + (list.length > MAX_NAMES ? '等' : '');
}

/** Every stated decimal kept (122.4552万元 stays 122.4552); only float dust is dropped. */
const DIGITS = 6;
const num = (x: number) => formatNumber(x, DIGITS);
const value = (v: NamedValue, unit: string, lang: Lang) => formatValue(v.value, unit, v.qualifier, lang, DIGITS);

function zh(f: RankingFacts, label: string): string[] {
  const out: string[] = [];
  const u = f.unit;
  const notes = `${f.hasDerived ? '（含由同比推算的数值）' : ''}${f.hasSimulated ? '（含演示数据）' : ''}`;
  if (f.only) {
    out.push(`${f.year}年，仅${f.only.departments[0]}报告了${label}（${value(f.only, u, 'zh')}）${notes}。`);
  } else if (f.reported > 0) {
    let s = `${f.year}年，${f.reported}个部门报告了${label}`;
    if (f.total) {
      s += `，合计${f.total.approximate ? '约' : ''}${num(f.total.value)}${u}`;
      const p = f.previousTotal;
      if (p && p.pct !== null) {
        s +=
          p.pct === 0
            ? `，与${f.year - 1}年持平`
            : `，同比${p.pct > 0 ? '增长' : '下降'}${formatNumber(Math.abs(p.pct), 1)}%（${f.year - 1}年${num(p.value)}${u}）`;
      }
    } else if (f.median !== null) {
      s += `，中位数为${num(f.median)}${u}`;
    }
    out.push(`${s}${notes}。`);
  }
  if (f.highest && f.lowest) {
    const [hi, lo] = f.additive ? ['最多', '最少'] : ['最高', '最低'];
    out.push(
      `其中，${names(f.highest.departments, 'zh')}${hi}（${value(f.highest, u, 'zh')}），${names(f.lowest.departments, 'zh')}${lo}（${value(f.lowest, u, 'zh')}）。`,
    );
  }
  if (f.rise || f.fall) {
    const [more, less, du] = f.additive ? ['增加最多', '减少最多', u] : ['提高最多', '下降最多', u === '%' ? '个百分点' : u];
    const parts = [
      f.rise ? `${f.rise.department}${more}（${num(f.rise.delta)}${du}）` : '',
      f.fall ? `${f.fall.department}${less}（${num(-f.fall.delta)}${du}）` : '',
    ].filter(Boolean);
    out.push(`与${f.year - 1}年相比，${parts.join('，')}。`);
  }
  if (f.unreported.length) out.push(`${f.unreported.length}个部门未报告：${names(f.unreported, 'zh')}。`);
  return out;
}

function en(f: RankingFacts, label: string): string[] {
  const out: string[] = [];
  const u = f.unit;
  const withUnit = (n: number) => formatValue(n, u, '', 'en', DIGITS);
  const notes = `${f.hasDerived ? ' (including values derived from year-on-year changes)' : ''}${f.hasSimulated ? ' (including demonstration data)' : ''}`;
  if (f.only) {
    out.push(`In ${f.year}, only ${f.only.departments[0]} reported ${label} (${value(f.only, u, 'en')})${notes}.`);
  } else if (f.reported > 0) {
    let s = `In ${f.year}, ${f.reported} departments reported ${label}`;
    if (f.total) {
      s += `, ${f.total.approximate ? 'about ' : ''}${withUnit(f.total.value)} in total`;
      const p = f.previousTotal;
      if (p && p.pct !== null) {
        s +=
          p.pct === 0
            ? `, the same as in ${f.year - 1}`
            : `, ${p.pct > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(p.pct), 1)}% on ${f.year - 1} (${withUnit(p.value)})`;
      }
    } else if (f.median !== null) {
      s += `, with a median of ${withUnit(f.median)}`;
    }
    out.push(`${s}${notes}.`);
  }
  if (f.highest && f.lowest) {
    out.push(
      `${names(f.highest.departments, 'en')} had the highest value (${value(f.highest, u, 'en')}), ${names(f.lowest.departments, 'en')} the lowest (${value(f.lowest, u, 'en')}).`,
    );
  }
  if (f.rise || f.fall) {
    const delta = (d: number) => (u === '%' ? `${num(d)} percentage points` : withUnit(d));
    const parts = [
      f.rise ? `${f.rise.department} rose most (+${delta(f.rise.delta)})` : '',
      f.fall ? `${f.fall.department} fell most (−${delta(-f.fall.delta)})` : '',
    ].filter(Boolean);
    out.push(`Compared with ${f.year - 1}, ${parts.join(', ')}.`);
  }
  if (f.unreported.length)
    out.push(
      `${f.unreported.length} ${f.unreported.length === 1 ? 'department' : 'departments'} did not report: ${names(f.unreported, 'en')}.`,
    );
  return out;
}

/** The sentences of 解读 for a ranking chart, in the UI's language. */
export function rankingNarrative(f: RankingFacts, indicatorLabel: string, lang: Lang): string[] {
  return lang === 'en' ? en(f, indicatorLabel) : zh(f, indicatorLabel);
}
