// Runs → one figure per metric (the median over runs), and the figures against the targets.
import type { BenchFile } from './csv-files';
import type { RunFigures } from './one-run';
import { median, round } from './stats';

export interface SizeSummary {
  label: string;
  rows: number;
  encoding: string;
  file_mb: number;
  runs: number;
  import_ms: number | null;
  preview_ms: number | null;
  commit_ms: number | null;
  obs_per_s: number | null;
  us_per_obs: number | null;
  decode_ms: number | null;
  papa_ms: number | null;
  idb_bytes_ms: number | null;
  floor_ms: number | null;
  import_ratio: number | null;
  row_store_ms: number | null;
  row_store_runs: number;
  longest_task_ms: number | null;
  blocking_ms: number | null;
  click_latency_ms: number | null;
  click_latency_p50_ms: number | null;
  clicks_per_run: number | null;
  click_idle_ms: number | null;
  first_chart_ms: number | null;
  first_chart_dom_ms: number | null;
  first_chart_longest_task_ms: number | null;
  first_chart_table_ready_ms: number | null;
  first_chart_from_table_ms: number | null;
  first_chart_later_ms: number | null;
  checks_ms: number | null;
  checks_wall_ms: number | null;
  checks_longest_task_ms: number | null;
  filter_chart_p50_ms: number | null;
  filter_chart_p95_ms: number | null;
  filter_chart: Record<
    string,
    { p50_ms: number | null; p95_ms: number | null; first_frame_p50_ms: number | null; first_frame_p95_ms: number | null }
  >;
  extract_browser_ms: number | null;
  extract_browser_wall_ms: number | null;
  heap_mb: number | null;
  heap_before_gc_mb: number | null;
  js_heap_mb: number | null;
  array_buffers_mb: number | null;
  idb_mb: number | null;
  idb_disk_mb: number | null;
  initial_js_gz_kb: number | null;
  per_run: Record<string, (number | null)[]>;
  problems: string[];
}

const med = (xs: (number | null | undefined)[], digits = 1) => round(median(xs.filter((x): x is number => typeof x === 'number')), digits);

export function summarise(file: BenchFile, runs: RunFigures[], initialJsGzKb: number): SizeSummary {
  const pick = (f: (r: RunFigures) => number | null | undefined) => runs.map((r) => f(r) ?? null);
  const views = ['trend', 'ranking', 'matrix'] as const;
  const filterChart = Object.fromEntries(
    views.map((v) => [
      v,
      {
        p50_ms: med(pick((r) => r.filters[v].p50_ms)),
        p95_ms: med(pick((r) => r.filters[v].p95_ms)),
        first_frame_p50_ms: med(pick((r) => r.filters[v].first_frame_p50_ms)),
        first_frame_p95_ms: med(pick((r) => r.filters[v].first_frame_p95_ms)),
      },
    ]),
  );
  const worst = (k: 'p50_ms' | 'p95_ms') => {
    const xs = views.map((v) => filterChart[v]![k]).filter((x): x is number => x !== null);
    return xs.length ? Math.max(...xs) : null;
  };
  const importMs = med(pick((r) => r.import.import_ms));
  const floorMs = med(pick((r) => r.floor.floor_ms));
  const ratios = pick((r) => r.floor.floor_ms / r.import.import_ms);
  const perRun: Record<string, (number | null)[]> = {
    import_ms: pick((r) => round(r.import.import_ms)),
    floor_ms: pick((r) => round(r.floor.floor_ms)),
    longest_task_ms: pick((r) => round(r.import.longest_task_ms)),
    click_latency_ms: pick((r) => round(r.clicks.click_latency_ms)),
    first_chart_ms: pick((r) => round(r.first_chart_ms)),
    first_chart_from_table_ms: pick((r) => round(r.first_chart_from_table_ms)),
    first_chart_kept_view_ms: pick((r) => round(r.first_chart_kept_view_ms)),
    first_chart_later_ms: pick((r) => round(r.first_chart_later_ms)),
    // Each run's slowness (its floor) beside its chart figures: the machine's speed varies by 2.5× between runs.
    filter_p95_trend_ms: pick((r) => round(r.filters.trend.p95_ms)),
    filter_p95_ranking_ms: pick((r) => round(r.filters.ranking.p95_ms)),
    filter_p95_matrix_ms: pick((r) => round(r.filters.matrix.p95_ms)),
    checks_wall_ms: pick((r) => round(r.checks.checks_wall_ms)),
    heap_mb: pick((r) => round(r.memory.heap_mb)),
  };
  return {
    label: file.label,
    rows: file.rows,
    encoding: file.encoding,
    file_mb: round(file.bytes / 1024 / 1024, 2)!,
    runs: runs.length,
    import_ms: importMs,
    preview_ms: med(pick((r) => r.import.preview_ms)),
    commit_ms: med(pick((r) => r.import.commit_ms)),
    obs_per_s: importMs ? Math.round((file.rows / importMs) * 1000) : null,
    us_per_obs: importMs ? round((importMs * 1000) / file.rows, 2) : null,
    decode_ms: med(pick((r) => r.floor.decode_ms)),
    papa_ms: med(pick((r) => r.floor.papa_ms)),
    idb_bytes_ms: med(pick((r) => r.floor.idb_bytes_ms)),
    floor_ms: floorMs,
    import_ratio: med(ratios, 3),
    row_store_ms: med(pick((r) => r.floor.row_store_ms)),
    row_store_runs: runs.filter((r) => r.floor.row_store_ms !== undefined).length,
    longest_task_ms: med(pick((r) => r.import.longest_task_ms)),
    blocking_ms: med(pick((r) => r.import.blocking_ms)),
    click_latency_ms: med(pick((r) => r.clicks.click_latency_ms)),
    click_latency_p50_ms: med(pick((r) => r.clicks.click_latency_p50_ms)),
    clicks_per_run: med(
      pick((r) => r.clicks.clicks),
      0,
    ),
    click_idle_ms: med(pick((r) => r.clicks.click_idle_ms)),
    first_chart_ms: med(pick((r) => r.first_chart_ms)),
    first_chart_dom_ms: med(pick((r) => r.first_chart_dom_ms)),
    first_chart_longest_task_ms: med(pick((r) => r.first_chart_longest_task_ms)),
    first_chart_table_ready_ms: med(pick((r) => r.first_chart_table_ready_ms)),
    first_chart_from_table_ms: med(pick((r) => r.first_chart_from_table_ms)),
    first_chart_later_ms: med(pick((r) => r.first_chart_later_ms)),
    checks_ms: med(pick((r) => r.checks.checks_ms)),
    checks_wall_ms: med(pick((r) => r.checks.checks_wall_ms)),
    checks_longest_task_ms: med(pick((r) => r.checks.checks_longest_task_ms)),
    filter_chart_p50_ms: worst('p50_ms'),
    filter_chart_p95_ms: worst('p95_ms'),
    filter_chart: filterChart,
    extract_browser_ms: med(runs.flatMap((r) => r.extract.worker_ms.slice(1))),
    extract_browser_wall_ms: med(runs.flatMap((r) => r.extract.wall_ms.slice(1))),
    heap_mb: med(pick((r) => r.memory.heap_mb)),
    heap_before_gc_mb: med(pick((r) => r.memory.heap_before_gc_mb)),
    js_heap_mb: med(pick((r) => r.memory.js_heap_mb)),
    array_buffers_mb: med(pick((r) => r.memory.array_buffers_mb)),
    idb_mb: med(pick((r) => r.memory.idb_mb)),
    idb_disk_mb: med(pick((r) => r.memory.idb_disk_mb)),
    initial_js_gz_kb: round(initialJsGzKb),
    per_run: perRun,
    problems: [...new Set(runs.flatMap((r) => r.problems))],
  };
}

export interface TargetCheck {
  figure: string;
  target: string;
  value: number | null;
  met: boolean | null;
}

/** The targets, judged at 1M (the largest size measured, when 1M was not). */
export function checkTargets(sizes: SizeSummary[]): { at: string; checks: TargetCheck[] } {
  const utf8 = sizes.filter((s) => s.encoding === 'utf-8').sort((a, b) => b.rows - a.rows);
  const top = utf8[0] ?? sizes[0];
  if (!top) return { at: '', checks: [] };
  const prev = utf8.find((s) => s.rows < top.rows);
  const scaling = prev && top.us_per_obs && prev.us_per_obs ? round(top.us_per_obs / prev.us_per_obs, 2) : null;
  const c = (figure: string, target: string, value: number | null, ok: (v: number) => boolean): TargetCheck => ({
    figure,
    target,
    value,
    met: value === null ? null : ok(value),
  });
  return {
    at: top.label,
    checks: [
      c('import_ratio', '≥ 0.33', top.import_ratio, (v) => v >= 0.33),
      c('longest_task_ms', '≤ 50 ms', top.longest_task_ms, (v) => v <= 50),
      c('click_latency_ms', '≤ 100 ms', top.click_latency_ms, (v) => v <= 100),
      c('first_chart_ms', '≤ 1000 ms', top.first_chart_ms, (v) => v <= 1000),
      c('filter_chart_p95_ms', '≤ 100 ms', top.filter_chart_p95_ms, (v) => v <= 100),
      c('checks_wall_ms', '≤ 2000 ms', top.checks_wall_ms, (v) => v <= 2000),
      c('heap_mb', '≤ 400 MB', top.heap_mb, (v) => v <= 400),
      c(`us_per_obs ${top.label} / ${prev?.label ?? '—'}`, '≤ 1.5×', scaling, (v) => v <= 1.5),
      c('initial_js_gz_kb', '≤ 350 KB', top.initial_js_gz_kb, (v) => v <= 350),
    ],
  };
}
