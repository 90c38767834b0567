// Charts with the data stored: the first chart after a reload, and filter changes in the
// trend, ranking and matrix views. "Drawn" means the chart's data-rendered counter moved,
// i.e. ECharts reported 'finished' (drawing is complete; charts are not animated).
import type { Page } from 'playwright-core';
import { pageEval } from './browser';
import { percentile } from './stats';

export interface FirstChart {
  /** Navigation start → first 'finished' of the main chart. */
  first_chart_ms: number;
  /** Navigation start → the chart's container in the DOM (data loaded; drawing begins). */
  chart_dom_ms: number;
  /** Long tasks between navigation start and that moment. */
  longest_task_ms: number;
  /** Where the time went (page clock, ms since navigation start; null when not recorded). */
  parts: FirstChartParts;
}

export interface FirstChartParts {
  /** The app's first module ran and asked the store worker for the table. */
  table_request_ms: number | null;
  /** The table arrived on the page. */
  table_ready_ms: number | null;
  /** In the store worker: reading the chunks from IndexedDB, and merging them. */
  table_read_ms: number | null;
  table_build_ms: number | null;
  /** The view kept at the last visit read on the page (null: not read), and whether there was one for this state. */
  kept_view_read_ms: number | null;
  kept_view: boolean | null;
  /** The main chart drawn by the dashboard from the whole table (later than the first chart when that came from the kept view). */
  table_chart_ms: number | null;
}

export async function firstChartAfterReload(page: Page): Promise<FirstChart> {
  // A supervisor comes back after having looked at the chart for a moment: the app keeps the
  // view 300 ms after it stays on screen (queries/first-view.ts). Reloading sooner (the run
  // goes on within a second of the import) raced that write; wait for it, at most 10 s.
  await pageEval(
    page,
    `new Promise((done) => {
      const t0 = performance.now();
      // Kept for the table now on the page, not for the one before the import.
      const table = performance.getEntriesByName('fazhi:table-in-worker').map((e) => e.startTime + e.duration);
      const since = Math.max(0, ...table);
      const kept = () => performance.getEntriesByName('fazhi:first-view-kept').some((e) => e.detail.kept && e.startTime >= since);
      const poll = () => (kept() || performance.now() - t0 > 10000 ? done(null) : setTimeout(poll, 50));
      poll();
    })`,
  );
  // The default view (no filters in the URL), as a newcomer opens it.
  await pageEval(page, `history.replaceState(null, '', location.pathname)`);
  await page.reload({ waitUntil: 'commit' });
  const t = await pageEval<number>(
    page,
    `__bench.when(() => __bench.mainRenders() > 0, 300000).then(() => __bench.renders.find((r) => r.testId === 'main-chart').t)`,
  );
  const tasks = await pageEval<{ start: number; duration: number }[]>(page, `__bench.longTasks`);
  const dom = await pageEval<number>(page, `__bench.marks.chartDom`);
  // The table may arrive after the first chart (drawn from the view kept at the last visit).
  const parts = await pageEval<FirstChartParts>(
    page,
    `__bench.when(() => performance.getEntriesByName('fazhi:table-in-worker').length > 0, 300000).then(() => {
      const e = performance.getEntriesByName('fazhi:table-in-worker')[0];
      const ready = e.startTime + e.duration;
      return __bench.when(() => __bench.renders.some((r) => r.testId === 'main-chart' && r.t >= ready), 300000).then(() => ({
        table_request_ms: e.startTime,
        table_ready_ms: ready,
        table_read_ms: e.detail.readMs,
        table_build_ms: e.detail.buildMs,
        table_chart_ms: __bench.renders.find((r) => r.testId === 'main-chart' && r.t >= ready).t,
        kept_view_read_ms: performance.getEntriesByName('fazhi:first-view-read')[0]?.startTime ?? null,
        kept_view: performance.getEntriesByName('fazhi:first-view-read')[0]?.detail.kept ?? null,
      }));
    })`,
  );
  return {
    first_chart_ms: t,
    chart_dom_ms: dom,
    longest_task_ms: Math.max(0, ...tasks.filter((x) => x.start < t).map((x) => x.duration)),
    parts,
  };
}

/** Pause before a later visit's reload. */
const LATER_VISIT_PAUSE_MS = 3000;

/**
 * A supervisor's later visit: the same reload a few seconds on. The first reload follows the
 * import by a second or two, while IndexedDB still settles the tens of MB just written, which
 * slows the kept view's read (by up to ~250 ms at 1M).
 */
export async function firstChartLater(page: Page): Promise<FirstChart> {
  await new Promise((r) => setTimeout(r, LATER_VISIT_PAUSE_MS));
  return firstChartAfterReload(page);
}

export type ViewName = 'trend' | 'ranking' | 'matrix';

const TAB: Record<ViewName, string> = { trend: '趋势', ranking: '排名', matrix: '矩阵' };
/** The control each view's filter change goes through. */
const CONTROL: Record<ViewName, string> = {
  trend: 'aside.filters select[aria-label="指标"]',
  ranking: '.view-controls label:first-child select',
  matrix: '.view-controls label:first-child select',
};

export interface FilterFigures {
  p50_ms: number;
  p95_ms: number;
  /** Change → end of the first frame after it. */
  first_frame_p50_ms: number;
  first_frame_p95_ms: number;
  samples: number[];
  /** Change → end of the frame after the chart drew (the page laid out and painted with it). */
  painted_samples: number[];
}

/** Opens a view and waits until its chart has drawn and settled. */
async function openView(page: Page, view: ViewName): Promise<void> {
  const tab = page.getByRole('tab', { name: TAB[view] });
  if ((await tab.getAttribute('aria-selected')) !== 'true') {
    const before = await pageEval<number>(page, `__bench.mainRenders()`);
    await tab.click();
    await pageEval(page, `__bench.when(() => __bench.mainRenders() > ${before}, 300000)`);
  }
  await pageEval(page, `__bench.quiet(500, 300000)`);
}

/**
 * `changes` filter changes in a view, each timed from the change event to the chart's next
 * 'finished'. Between changes the chart is left to settle (the evidence of the shown rows
 * is read after the first draw and redraws the chart once more), so that every change
 * starts from a quiet page.
 */
export async function filterChanges(page: Page, view: ViewName, changes: number, preferred: readonly string[]): Promise<FilterFigures> {
  await openView(page, view);
  const sel = CONTROL[view];
  const options = await pageEval<string[]>(page, `[...document.querySelector(${JSON.stringify(sel)}).options].map((o) => o.value)`);
  // Values that have data in every view: the generated file's indicators or years.
  const values = options.filter((v) => preferred.includes(v));
  if (values.length < 2) throw new Error(`${view}: fewer than two values to switch between (${options.join(', ')})`);
  const samples: number[] = [];
  const frames: number[] = [];
  const painted: number[] = [];
  let current = await pageEval<string>(page, `document.querySelector(${JSON.stringify(sel)}).value`);
  for (let k = 0; samples.length < changes;) {
    let next = values[k++ % values.length]!;
    if (next === current) next = values[k++ % values.length]!;
    const r = await pageEval<{ ms: number; firstFrame: number; painted: number }>(
      page,
      `__bench.changeSelect(${JSON.stringify(sel)}, ${JSON.stringify(next)}, 300000)`,
    );
    samples.push(r.ms);
    frames.push(r.firstFrame);
    painted.push(r.painted);
    current = next;
    await pageEval(page, `__bench.quiet(300, 300000)`);
  }
  return {
    p50_ms: percentile(samples, 50)!,
    p95_ms: percentile(samples, 95)!,
    first_frame_p50_ms: percentile(frames, 50)!,
    first_frame_p95_ms: percentile(frames, 95)!,
    samples,
    painted_samples: painted,
  };
}
