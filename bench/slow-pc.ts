// The slow-PC profile (`npm run bench -- --slow-pc`): an old office machine, simulated by
// Chromium's CPU throttling (DevTools protocol, Emulation.setCPUThrottlingRate, 4×) on a
// fresh profile. At 100,000 observations by default: the import through the UI (its
// longest main-thread task), the first chart after a reload, and filter changes in the
// trend, ranking and matrix views, each against the slow-PC targets.
import { readFileSync } from 'node:fs';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { GENERATED_INDICATORS } from '../src/domain/csv/generate-long-csv';
import { launch, pageEval } from './browser';
import { stageProfiler, type ProfileSummary } from './profile';
import { filterChanges, firstChartAfterReload, firstChartLater, type ViewName } from './charts';
import type { BenchFile } from './csv-files';
import { importThroughUi } from './import-run';
import { median, percentile, round } from './stats';

const SLOW_PC_TARGETS = { first_chart_ms: 1500, filter_p95_ms: 150, import_longest_task_ms: 200 };

export interface SlowPcRun {
  import_ms: number;
  import_longest_task_ms: number;
  first_chart_ms: number;
  /** The same reload a few seconds on (a later visit). */
  first_chart_later_ms: number;
  filter_p95_ms: Record<ViewName, number>;
  /** Every change's time, in the order made. */
  filter_samples_ms: Record<ViewName, number[]>;
  /** Each change → the end of the frame that shows its chart (the page laid out and painted). */
  filter_painted_samples_ms: Record<ViewName, number[]>;
  /** The page's fixed work (probes' fixedWork), before and after the filter changes: the machine's own spread. */
  fixed_work_ms: number[];
  /** With --profile (first run only): what ran during the import's long tasks and the filter changes. */
  profiles?: Record<string, ProfileSummary>;
  problems: string[];
}

/** All runs' changes of a view together: a p95 of 20 changes is about their second-slowest. */
export interface PooledChanges {
  n: number;
  mean_ms: number | null;
  p50_ms: number | null;
  p90_ms: number | null;
  p95_ms: number | null;
}

export interface SlowPcSummary {
  label: string;
  rows: number;
  cpu_throttling: number;
  runs: number;
  import_ms: number | null;
  import_longest_task_ms: number | null;
  first_chart_ms: number | null;
  first_chart_later_ms: number | null;
  filter_p95_ms: Record<ViewName, number | null>;
  /** Over all runs' changes (with --runs N, the p95 of N × 20 changes). */
  filter_pooled: Record<ViewName, PooledChanges>;
  /** The same changes up to the frame that shows the chart, over all runs. */
  filter_painted_pooled: Record<ViewName, PooledChanges>;
  /** The same fixed work over all runs: how much the machine alone spreads a task's time. */
  fixed_work: PooledChanges;
  targets: Record<string, { target: number; value: number | null; met: boolean }>;
}

const VIEWS: readonly ViewName[] = ['trend', 'ranking', 'matrix'];
/** Fixed-work samples before the filter changes and as many after them. */
const FIXED_WORK_SAMPLES = 10;

function generatedValues(): { indicators: string[]; years: string[] } {
  const catalog = new Catalog(parseCatalogCsv(readFileSync('data/indicators.csv', 'utf8')));
  return {
    indicators: GENERATED_INDICATORS.map(([label]) => catalog.lookup(label)?.id).filter((x): x is string => !!x),
    years: Array.from({ length: 9 }, (_, i) => String(2016 + i)),
  };
}

export async function slowPcRun(
  baseUrl: string,
  file: BenchFile,
  changes: number,
  rate: number,
  log: (m: string) => void,
  profile = false,
): Promise<SlowPcRun> {
  const b = await launch();
  const profiles: Record<string, ProfileSummary> = {};
  try {
    const { page, cdp } = b;
    /** With --profile: a CPU profile of the stage, its long tasks and its filter changes. */
    const profiled = stageProfiler(cdp, page, `slow-pc-${file.label}`, profile ? profiles : undefined);
    // Set on the page's target before the first load; it stays through reloads.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(baseUrl);
    await pageEval(page, `__bench.when(() => __bench.mainRenders() > 0, 300000).then(() => __bench.quiet(500, 300000))`);
    const imp = await profiled('import', () => importThroughUi(page, file));
    if (imp.count_new !== file.rows) throw new Error(`preview counted ${imp.count_new} new rows, expected ${file.rows}`);
    log(`import ${Math.round(imp.import_ms)} ms, longest main-thread task ${Math.round(imp.longest_task_ms)} ms`);
    const first = await firstChartAfterReload(page);
    log(`first chart after reload ${Math.round(first.first_chart_ms)} ms`);
    const later = await firstChartLater(page);
    log(`first chart after a later reload ${Math.round(later.first_chart_ms)} ms`);
    const { indicators, years } = generatedValues();
    const fixed = await pageEval<number[]>(page, `__bench.fixedWork(${FIXED_WORK_SAMPLES})`);
    const p95 = {} as Record<ViewName, number>;
    const samples = {} as Record<ViewName, number[]>;
    const painted = {} as Record<ViewName, number[]>;
    for (const view of VIEWS) {
      const f = await profiled(`filter-${view}`, () => filterChanges(page, view, changes, view === 'trend' ? indicators : years));
      p95[view] = f.p95_ms;
      samples[view] = f.samples;
      painted[view] = f.painted_samples;
      // The samples too: a p95 of 20 changes is about their second-slowest.
      const sorted = [...f.samples].sort((a, b) => a - b).map(Math.round);
      const shown = pooled(f.painted_samples);
      log(
        `${view}: filter → chart p50 ${Math.round(f.p50_ms)} ms, p95 ${Math.round(p95[view])} ms (${sorted.join(' ')}); → painted p50 ${shown.p50_ms} ms, p95 ${shown.p95_ms} ms`,
      );
    }
    fixed.push(...(await pageEval<number[]>(page, `__bench.fixedWork(${FIXED_WORK_SAMPLES})`)));
    const fw = pooled(fixed);
    log(`the same fixed work ${fixed.length} times: p50 ${fw.p50_ms} ms, p95 ${fw.p95_ms} ms (the machine's own spread)`);
    return {
      import_ms: imp.import_ms,
      import_longest_task_ms: imp.longest_task_ms,
      first_chart_ms: first.first_chart_ms,
      first_chart_later_ms: later.first_chart_ms,
      filter_p95_ms: p95,
      filter_samples_ms: samples,
      filter_painted_samples_ms: painted,
      fixed_work_ms: fixed,
      profiles: profile ? profiles : undefined,
      problems: b.problems,
    };
  } finally {
    await b.close();
  }
}

export function summariseSlowPc(file: BenchFile, runs: readonly SlowPcRun[], rate: number): SlowPcSummary {
  const med = (f: (r: SlowPcRun) => number) => round(median(runs.map(f)), 0);
  const filter = Object.fromEntries(VIEWS.map((v) => [v, med((r) => r.filter_p95_ms[v])])) as Record<ViewName, number | null>;
  const worstFilter = Math.max(...VIEWS.map((v) => filter[v] ?? Infinity));
  // The same, up to the frame that shows the chart: what a person waits for.
  const worstPainted = Math.max(...VIEWS.map((v) => med((r) => percentile(r.filter_painted_samples_ms[v], 95) ?? Infinity) ?? Infinity));
  const check = (target: number, value: number | null) => ({ target, value, met: value !== null && value <= target });
  const summary = {
    label: file.label,
    rows: file.rows,
    cpu_throttling: rate,
    runs: runs.length,
    import_ms: med((r) => r.import_ms),
    import_longest_task_ms: med((r) => r.import_longest_task_ms),
    first_chart_ms: med((r) => r.first_chart_ms),
    first_chart_later_ms: med((r) => r.first_chart_later_ms),
    filter_p95_ms: filter,
    filter_pooled: pooledByView(runs, (r) => r.filter_samples_ms),
    filter_painted_pooled: pooledByView(runs, (r) => r.filter_painted_samples_ms),
    fixed_work: pooled(runs.flatMap((r) => r.fixed_work_ms)),
  };
  return {
    ...summary,
    targets: {
      first_chart_ms: check(SLOW_PC_TARGETS.first_chart_ms, summary.first_chart_ms),
      filter_p95_ms_worst_view: check(SLOW_PC_TARGETS.filter_p95_ms, Number.isFinite(worstFilter) ? worstFilter : null),
      filter_painted_p95_ms_worst_view: check(SLOW_PC_TARGETS.filter_p95_ms, Number.isFinite(worstPainted) ? worstPainted : null),
      import_longest_task_ms: check(SLOW_PC_TARGETS.import_longest_task_ms, summary.import_longest_task_ms),
    },
  };
}

/** Every run's changes of each view together. */
function pooledByView(runs: readonly SlowPcRun[], samples: (r: SlowPcRun) => Record<ViewName, number[]>): Record<ViewName, PooledChanges> {
  return Object.fromEntries(VIEWS.map((v) => [v, pooled(runs.flatMap((r) => samples(r)[v]))])) as Record<ViewName, PooledChanges>;
}

/** `trend p50 / p95 ms, …` */
function pooledLine(byView: Record<ViewName, PooledChanges>): string {
  return Object.entries(byView)
    .map(([v, x]) => `${v} ${x.p50_ms ?? '—'} / ${x.p95_ms ?? '—'} ms`)
    .join(', ');
}

function pooled(xs: readonly number[]): PooledChanges {
  const mean = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  return {
    n: xs.length,
    mean_ms: round(mean, 1),
    p50_ms: round(percentile(xs, 50), 0),
    p90_ms: round(percentile(xs, 90), 0),
    p95_ms: round(percentile(xs, 95), 0),
  };
}

export function renderSlowPc(s: SlowPcSummary): string {
  const rows = Object.entries(s.targets).map(
    ([k, t]) => `  ${k.padEnd(34)} ${String(t.value ?? '—').padStart(7)} ms   target ≤ ${t.target} ms   ${t.met ? 'met' : 'MISSED'}`,
  );
  const views = Object.entries(s.filter_p95_ms)
    .map(([v, x]) => `${v} ${x ?? '—'} ms`)
    .join(', ');
  const pool = pooledLine(s.filter_pooled);
  const shown = pooledLine(s.filter_painted_pooled);
  const fw = s.fixed_work;
  const spread = fw.p50_ms && fw.p95_ms ? ` (p95 ${(fw.p95_ms / fw.p50_ms).toFixed(2)}× p50)` : '';
  return `Slow PC (CPU ${s.cpu_throttling}× slower), ${s.label}, median of ${s.runs} run(s)\n${rows.join('\n')}\n  filter → chart p95 by view: ${views}\n  all runs' changes together, p50 / p95: ${pool}\n  the same, to the frame that shows the chart: ${shown}\n  the machine: the same fixed work p50 / p95 ${fw.p50_ms ?? '—'} / ${fw.p95_ms ?? '—'} ms${spread}\n  first chart on a later visit ${s.first_chart_later_ms ?? '—'} ms\n  import (total) ${s.import_ms ?? '—'} ms\n`;
}
