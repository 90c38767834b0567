// 解读 of a ranking: at most four sentences in the 通报 pattern (total → 同比 → 其中 → not
// reported), written only from RankingFacts. Nothing notable, nothing said.
import { formatNumber } from '../charts/chart-theme';
import type { Lang } from '../charts/labels';
import type { NamedValue, RankingFacts } from './ranking-facts';
import { deltaText, joinParts, link, names, num, say, sourceNotes, withUnit, type NarrativeSentence, inSentence } from './narrative-text';

const valueLink = (v: NamedValue, unit: string, lang: Lang) => link(withUnit(v.value, unit, v.qualifier, lang), v.rows);
const pctText = (p: number) => `${formatNumber(Math.abs(p), 1)}%`;

function zh(f: RankingFacts, label: string): NarrativeSentence[] {
  const out: NarrativeSentence[] = [];
  const u = f.unit;
  const notes = sourceNotes(f.hasDerived, f.hasSimulated, 'zh');
  if (f.only) {
    out.push(say`${f.year}年，仅${f.only.departments[0]!}报告了${label}（${valueLink(f.only, u, 'zh')}）${notes}。`);
  } else if (f.reported > 0) {
    const parts = [say`${f.year}年，${link(String(f.reported), f.rows, true)}个部门报告了${label}`];
    if (f.total) {
      parts.push(say`合计${link(`${f.total.approximate ? '约' : ''}${num(f.total.value)}${u}`, f.total.rows)}`);
      const p = f.previousTotal;
      if (p && p.pct !== null) {
        const both = [...p.rows, ...f.total.rows];
        parts.push(
          p.pct === 0
            ? say`与${f.year - 1}年持平`
            : say`同比${p.pct > 0 ? '增长' : '下降'}${link(pctText(p.pct), both)}（${f.year - 1}年${link(num(p.value) + u, p.rows)}）`,
        );
      }
    } else if (f.median !== null) {
      parts.push(say`中位数为${link(num(f.median) + u, f.rows, true)}`);
    }
    out.push([...joinParts(parts, '，'), `${notes}。`]);
  }
  if (f.highest && f.lowest) {
    const [hi, lo] = f.additive ? ['最多', '最少'] : ['最高', '最低'];
    out.push(
      say`其中，${names(f.highest.departments, 'zh')}${hi}（${valueLink(f.highest, u, 'zh')}），${names(f.lowest.departments, 'zh')}${lo}（${valueLink(f.lowest, u, 'zh')}）。`,
    );
  }
  if (f.rise || f.fall) {
    const [more, less] = f.additive ? ['增加最多', '减少最多'] : ['提高最多', '下降最多'];
    const parts = [
      f.rise ? say`${f.rise.department}${more}（${link(deltaText(f.rise.delta, u, 'zh'), f.rise.rows, true)}）` : [],
      f.fall ? say`${f.fall.department}${less}（${link(deltaText(-f.fall.delta, u, 'zh'), f.fall.rows, true)}）` : [],
    ];
    out.push([`与${f.year - 1}年相比，`, ...joinParts(parts, '，'), '。']);
  }
  if (f.unreported.length) out.push(say`${f.unreported.length}个部门未报告：${names(f.unreported, 'zh')}。`);
  return out;
}

function en(f: RankingFacts, label: string): NarrativeSentence[] {
  const out: NarrativeSentence[] = [];
  const u = f.unit;
  const notes = sourceNotes(f.hasDerived, f.hasSimulated, 'en');
  if (f.only) {
    out.push(say`In ${f.year}, only ${f.only.departments[0]!} reported ${label} (${valueLink(f.only, u, 'en')})${notes}.`);
  } else if (f.reported > 0) {
    const parts = [say`In ${f.year}, ${link(String(f.reported), f.rows, true)} departments reported ${label}`];
    if (f.total) {
      parts.push(say`${link(`${f.total.approximate ? 'about ' : ''}${withUnit(f.total.value, u, '', 'en')}`, f.total.rows)} in total`);
      const p = f.previousTotal;
      if (p && p.pct !== null) {
        const both = [...p.rows, ...f.total.rows];
        parts.push(
          p.pct === 0
            ? say`the same as in ${f.year - 1}`
            : say`${p.pct > 0 ? 'up' : 'down'} ${link(pctText(p.pct), both)} on ${f.year - 1} (${link(withUnit(p.value, u, '', 'en'), p.rows)})`,
        );
      }
    } else if (f.median !== null) {
      parts.push(say`with a median of ${link(withUnit(f.median, u, '', 'en'), f.rows, true)}`);
    }
    out.push([...joinParts(parts, ', '), `${notes}.`]);
  }
  if (f.highest && f.lowest) {
    out.push(
      say`${names(f.highest.departments, 'en')} had the highest value (${valueLink(f.highest, u, 'en')}), ${names(f.lowest.departments, 'en')} the lowest (${valueLink(f.lowest, u, 'en')}).`,
    );
  }
  if (f.rise || f.fall) {
    const parts = [
      f.rise ? say`${f.rise.department} rose most (${link('+' + deltaText(f.rise.delta, u, 'en'), f.rise.rows, true)})` : [],
      f.fall ? say`${f.fall.department} fell most (${link('−' + deltaText(-f.fall.delta, u, 'en'), f.fall.rows, true)})` : [],
    ];
    out.push([`Compared with ${f.year - 1}, `, ...joinParts(parts, ', '), '.']);
  }
  if (f.unreported.length)
    out.push(
      say`${f.unreported.length} ${f.unreported.length === 1 ? 'department' : 'departments'} did not report: ${names(f.unreported, 'en')}.`,
    );
  return out;
}

/** The sentences of 解读 for a ranking chart, in the UI's language. */
export function rankingNarrative(f: RankingFacts, indicatorLabel: string, lang: Lang): NarrativeSentence[] {
  return lang === 'en' ? en(f, inSentence(indicatorLabel)) : zh(f, indicatorLabel);
}
