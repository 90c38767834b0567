// The readable table (stderr): one column per size, the target and whether it is met.
import type { BundleFigures } from './bundle-size';
import type { NodeExtract } from './extract-timing';
import type { SizeSummary, TargetCheck } from './summary';

type Row = [label: string, key: keyof SizeSummary | ((s: SizeSummary) => number | null), unit: string, target?: string];

const ROWS: Row[] = [
  ['file', 'file_mb', 'MB'],
  ['import total', 'import_ms', 'ms'],
  ['  parse → preview shown', 'preview_ms', 'ms'],
  ['  commit → 导入完成', 'commit_ms', 'ms'],
  ['observations / s', 'obs_per_s', ''],
  ['time per observation', 'us_per_obs', 'µs', '1M ≤ 1.5× 100k'],
  ['floor: TextDecoder', 'decode_ms', 'ms'],
  ['floor: Papa.parse (chunks)', 'papa_ms', 'ms'],
  ['floor: IDB bytes, 8 MB records', 'idb_bytes_ms', 'ms'],
  ['floor total', 'floor_ms', 'ms'],
  ['import_ratio = floor / import', 'import_ratio', '', '≥ 0.33'],
  ['row store (1 record per obs)', 'row_store_ms', 'ms'],
  ['longest task during import', 'longest_task_ms', 'ms', '≤ 50'],
  ['blocking time during import', 'blocking_ms', 'ms'],
  ['click → DOM change, worst', 'click_latency_ms', 'ms', '≤ 100'],
  ['click → DOM change, median', 'click_latency_p50_ms', 'ms'],
  ['click → DOM change, idle page', 'click_idle_ms', 'ms'],
  ['first chart after reload', 'first_chart_ms', 'ms', '≤ 1000'],
  ['  chart container in the DOM', 'first_chart_dom_ms', 'ms'],
  ['  stored table on the page', 'first_chart_table_ready_ms', 'ms'],
  ['  chart drawn from the table', 'first_chart_from_table_ms', 'ms'],
  ['  again, on a later visit', 'first_chart_later_ms', 'ms'],
  ['data checks after reload (worker)', 'checks_ms', 'ms'],
  ['  request → findings on the page', 'checks_wall_ms', 'ms', '≤ 2000'],
  ['  longest task meanwhile', 'checks_longest_task_ms', 'ms', '≤ 50'],
  ['filter → chart, trend p50', (s) => s.filter_chart.trend?.p50_ms ?? null, 'ms'],
  ['', (s) => s.filter_chart.trend?.p95_ms ?? null, 'ms'],
  ['filter → chart, ranking p50', (s) => s.filter_chart.ranking?.p50_ms ?? null, 'ms'],
  ['', (s) => s.filter_chart.ranking?.p95_ms ?? null, 'ms'],
  ['filter → chart, matrix p50', (s) => s.filter_chart.matrix?.p50_ms ?? null, 'ms'],
  ['', (s) => s.filter_chart.matrix?.p95_ms ?? null, 'ms'],
  ['filter → chart p95, worst view', 'filter_chart_p95_ms', 'ms', '≤ 100'],
  ['filter → first frame p95: trend', (s) => s.filter_chart.trend?.first_frame_p95_ms ?? null, 'ms'],
  ['  ranking', (s) => s.filter_chart.ranking?.first_frame_p95_ms ?? null, 'ms'],
  ['  matrix', (s) => s.filter_chart.matrix?.first_frame_p95_ms ?? null, 'ms'],
  ['extraction in browser (worker)', 'extract_browser_ms', 'ms'],
  ['JS heap after import (after GC)', 'heap_mb', 'MB', '≤ 400'],
  ['  V8 objects', 'js_heap_mb', 'MB'],
  ['  ArrayBuffers (typed arrays)', 'array_buffers_mb', 'MB'],
  ['JS heap after import (before GC)', 'heap_before_gc_mb', 'MB'],
  ['IndexedDB usage (estimate)', 'idb_mb', 'MB'],
  ['IndexedDB directory on disk', 'idb_disk_mb', 'MB'],
];

function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(v === Math.round(v) ? 0 : 2);
}

export function renderTable(
  sizes: SizeSummary[],
  targets: { at: string; checks: TargetCheck[] },
  bundle: BundleFigures,
  extract: NodeExtract,
  meta: { runs: number; load: string; cores: number; rowStoreNote: string },
): string {
  const head = ['figure (median of runs)', ...sizes.map((s) => s.label), 'target'];
  const lines: string[][] = [head];
  for (const [label, key, unit, target] of ROWS) {
    const values = sizes.map((s) => {
      const v = typeof key === 'function' ? key(s) : (s[key] as number | null);
      return fmt(v) + (unit && v !== null && v !== undefined ? ' ' + unit : '');
    });
    // An empty label continues the row above (p50 above, p95 below).
    lines.push([label || '    … p95', ...values, target ?? '']);
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => width(l[i] ?? ''))));
  const out = lines.map((l) => l.map((c, i) => (i === 0 ? pad(c, widths[i]!) : padStart(c, widths[i]!))).join('  '));
  out.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  const js = bundle.initial.filter((a) => /\.m?js$/.test(a.file));
  out.push(
    '',
    `bundle: initial JS ${bundle.initial_js_gz_kb.toFixed(1)} KB gzip in ${js.length} files (target ≤ 350), initial CSS ${bundle.initial_css_gz_kb.toFixed(1)} KB gzip; ` +
      `lazy chunks ${bundle.lazy_js_gz_kb.toFixed(1)} KB gzip in ${bundle.lazy.length} files, largest: ` +
      bundle.lazy
        .slice(0, 6)
        .map((a) => `${a.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.(m?js)$/, '.$1')} ${a.gz_kb.toFixed(0)}`)
        .join(', '),
    `extractReport in Node (${extract.report}, ${extract.chars} chars, ${extract.rows} rows): ${extract.ms.toFixed(1)} ms median (first call ${extract.first_ms.toFixed(1)} ms)`,
    `${meta.runs} runs per size, each in a fresh browser profile. ${meta.rowStoreNote}`,
    `load average ${meta.load} on a ${meta.cores}-core machine shared with other work: figures are noisy.`,
    '',
    `targets at ${targets.at}:`,
    ...targets.checks.map(
      (c) =>
        `  ${c.met === null ? '?   ' : c.met ? 'met ' : 'MISS'}  ${pad(c.figure, 26)} ${padStart(fmt(c.value), 8)}   target ${c.target}`,
    ),
  );
  return out.join('\n') + '\n';
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
