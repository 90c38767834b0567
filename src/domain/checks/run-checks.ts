// Runs every check of data/check-rules.csv over a table in a few linear passes (plus one
// sort per indicator), so that a million observations are checked in well under 2 s.
import { checkBounds } from './bounds';
import type { CheckTable } from './check-table';
import { checkCell, sortedByCell, usualUnit, type CellRules } from './cells';
import { FindingSink } from './finding-sink';
import { flagJumps, flagOutliers, type OutlierParams } from './series';
import type { CheckReport, CheckRule, RuleKind } from './types';
import { runSteps, runStepsSliced, SLICE_MS, type Steps } from '../steps';

export const DEFAULT_CAP = 2000;

function outlierParams(rule: CheckRule | undefined, minDefault: number): OutlierParams | null {
  return rule ? { rule, minCount: rule.min ?? minDefault, threshold: rule.max ?? 3.5 } : null;
}

function yearRange(t: CheckTable): { min: number; span: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < t.length; i++) {
    const y = t.year[i]!;
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return t.length ? { min, span: max - min + 1 } : { min: 0, span: 1 };
}

/** Cells checked between two steps of checkSteps. */
const CELLS_PER_STEP = 2048;

export function runChecks(t: CheckTable, rules: readonly CheckRule[], cap = DEFAULT_CAP): CheckReport {
  const t0 = performance.now();
  return { ...runSteps(checkSteps(t, rules, cap)), ms: performance.now() - t0 };
}

/** runChecks in slices of a few ms, awaiting `pause()` between them (in a worker); `ms` counts the checks' own time. */
export async function runChecksSliced(
  t: CheckTable,
  rules: readonly CheckRule[],
  pause: () => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<CheckReport> {
  const { value, busyMs } = await runStepsSliced(checkSteps(t, rules, DEFAULT_CAP), pause, sliceMs);
  return { ...value, ms: busyMs };
}

function* checkSteps(t: CheckTable, rules: readonly CheckRule[], cap: number): Steps<Omit<CheckReport, 'ms'>> {
  const sink = new FindingSink(t, cap);
  const first = (kind: RuleKind) => rules.find((r) => r.kind === kind);
  checkBounds(t, rules, sink);
  yield;

  const cellRules: CellRules = { conflict: first('conflict'), yoy: first('yoy') };
  const overYears = outlierParams(first('outlier-years'), 4);
  const acrossDepts = outlierParams(first('outlier-departments'), 5);
  const jump = first('jump');
  const relations = rules.filter((r) => r.kind === 'at-most');
  const related = new Set(relations.flatMap((r) => [r.left, r.right]));
  /** indicator id → (department × year cell) → its representative row + 1 (0: none), for relations. */
  const reps = new Map<string, Uint32Array>();

  const { min: minYear, span } = yearRange(t);
  const size = Math.max(span, t.departments.length, 1);
  const scaled = new Float64Array(size);
  const scratch = new Float64Array(size);
  const series: number[] = [];

  for (let c = 0; c < t.byIndicator.length; c++) {
    const rows = t.byIndicator[c];
    if (!rows?.length) continue;
    const id = t.indicators[c]!;
    const unit = usualUnit(t, rows);
    const rate = t.units[unit] === '%';
    const sorted = sortedByCell(t, rows, minYear, span);
    yield;
    const byYear: number[][] = Array.from({ length: span }, () => []);
    const repMap = related.has(id) ? new Uint32Array(t.departments.length * span) : null;
    if (repMap) reps.set(id, repMap);
    series.length = 0;
    let cells = 0;
    for (let k = 0; k < sorted.length;) {
      const r0 = sorted[k]!;
      const dept = t.dept[r0]!;
      const year = t.year[r0]!;
      let end = k + 1;
      while (end < sorted.length && t.dept[sorted[end]!] === dept && t.year[sorted[end]!] === year) end++;
      const rep = checkCell(t, sorted, k, end, unit, cellRules, sink);
      if (rep >= 0) {
        series.push(rep);
        byYear[year - minYear]!.push(rep);
        if (repMap) repMap[dept * span + (year - minYear)] = rep + 1;
      }
      k = end;
      if (k === sorted.length || t.dept[sorted[k]!] !== dept) {
        if (jump) flagJumps(t, series, series.length, jump, jump.max ?? 1e4, sink);
        if (overYears) flagOutliers(t, series, series.length, rate, overYears, scaled, scratch, sink);
        series.length = 0;
      }
      if (++cells % CELLS_PER_STEP === 0) yield;
    }
    if (acrossDepts) for (const group of byYear) flagOutliers(t, group, group.length, rate, acrossDepts, scaled, scratch, sink);
    yield;
  }

  for (const rule of relations) {
    const left = reps.get(rule.left);
    const right = reps.get(rule.right);
    if (!left || !right) continue;
    for (let cell = 0; cell < left.length; cell++) {
      if (!left[cell] || !right[cell]) continue;
      const row = left[cell]! - 1;
      const other = right[cell]! - 1;
      if (t.unit[other] !== t.unit[row]) continue;
      if (t.value[row]! > t.value[other]!) sink.add(rule, row, [other], t.value[other]!);
    }
    yield;
  }

  const unlisted = sink.unlisted();
  return { findings: sink.findings, counts: sink.counts, ...(unlisted ? { unlisted } : {}) };
}
