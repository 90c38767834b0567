// 解读 of the matrix, at most four sentences written only from MatrixFacts: cells reported and
// not reported, complete reporters and coverage by indicator, first places, the largest gaps.
import { indicatorLabel } from '../charts/common';
import type { Lang } from '../charts/labels';
import type { CoverageFact, MatrixFacts } from './matrix-facts';
import { joinParts, link, names, say, sourceNotes, type NarrativeSentence, inSentence } from './narrative-text';

function zh(f: MatrixFacts): NarrativeSentence[] {
  if (!f.reported) return [];
  const out: NarrativeSentence[] = [];
  const notes = sourceNotes(false, f.hasSimulated, 'zh');
  const empty = f.cells - f.reported;
  out.push(
    say`${f.year}年，${f.departments}个部门、${f.indicators}项指标共${f.cells}格，其中${link(String(f.reported), f.reportedRows, true, f.reported)}格有数值${
      empty ? `，${empty}格未报告` : ''
    }${notes}。`,
  );
  const label = (c: CoverageFact) => indicatorLabel(c.indicator, 'zh');
  const complete =
    f.complete.length === f.departments
      ? say`各部门均报告了全部${f.indicators}项指标`
      : f.complete.length
        ? say`${names(f.complete, 'zh')}报告了全部${f.indicators}项指标`
        : [];
  const coverage =
    f.mostCovered && f.leastCovered
      ? say`报告${label(f.mostCovered)}的部门最多（${f.mostCovered.departments}个），报告${label(f.leastCovered)}的最少（${f.leastCovered.departments}个）`
      : [];
  const second = joinParts([complete, coverage], '；');
  if (second.length) out.push([...second, '。']);
  if (f.leader) {
    const each = f.leader.departments.length > 1 ? '各' : '';
    out.push(say`${names(f.leader.departments, 'zh')}${each}在${link(String(f.leader.count), f.leader.rows, true)}项指标上排名第一。`);
  }
  if (f.mostGaps) out.push(say`${f.mostGaps.department}未报告的指标最多（${f.mostGaps.missing}项）。`);
  return out;
}

function en(f: MatrixFacts): NarrativeSentence[] {
  if (!f.reported) return [];
  const out: NarrativeSentence[] = [];
  const notes = sourceNotes(false, f.hasSimulated, 'en');
  const empty = f.cells - f.reported;
  out.push(
    say`In ${f.year}, ${link(String(f.reported), f.reportedRows, true, f.reported)} of the ${f.cells} cells (${f.departments} departments × ${f.indicators} indicators) hold a value${
      empty ? `, ${empty} not reported` : ''
    }${notes}.`,
  );
  const label = (c: CoverageFact) => indicatorLabel(c.indicator, 'en');
  const complete =
    f.complete.length === f.departments
      ? say`Every department reported all ${f.indicators} indicators`
      : f.complete.length
        ? say`${names(f.complete, 'en')} reported all ${f.indicators} indicators`
        : [];
  const coverage =
    f.mostCovered && f.leastCovered
      ? say`${label(f.mostCovered)} was reported by the most departments (${f.mostCovered.departments}), ${inSentence(label(f.leastCovered))} by the fewest (${f.leastCovered.departments})`
      : [];
  const second = joinParts([complete, coverage], '; ');
  if (second.length) out.push([...second, '.']);
  if (f.leader)
    out.push(
      say`${names(f.leader.departments, 'en')} ranked first on ${link(String(f.leader.count), f.leader.rows, true)} indicators${f.leader.departments.length > 1 ? ' each' : ''}.`,
    );
  if (f.mostGaps) out.push(say`${f.mostGaps.department} left the most indicators unreported (${f.mostGaps.missing}).`);
  return out;
}

/** The sentences of 解读 for the matrix, in the UI's language. */
export function matrixNarrative(f: MatrixFacts, lang: Lang): NarrativeSentence[] {
  return lang === 'en' ? en(f) : zh(f);
}
