// The data checks after a reload: the store worker runs them over the table it has just
// sent; the page shows their count. Read from the page's User Timing (fazhi:checks).
import type { Page } from 'playwright-core';
import { pageEval } from './browser';

export interface ChecksFigures {
  /** The checks' own time in the store worker. */
  checks_ms: number;
  /** Request → findings on the page (queueing behind other worker work included). */
  checks_wall_ms: number;
  /** Longest main-thread task from the request to the findings' arrival and the marks drawn (1 s after their index). */
  checks_longest_task_ms: number;
  findings: number;
}

export function checksAfterReload(page: Page): Promise<ChecksFigures> {
  return pageEval<ChecksFigures>(
    page,
    `__bench.when(() => performance.getEntriesByName('fazhi:checks').length > 0, 300000)
    .then(() => __bench.when(() => performance.getEntriesByName('fazhi:check-marks').length > 0, 10000).catch(() => 0))
    .then(() => new Promise((r) => setTimeout(r, 1000)))
    .then(() => {
      const e = performance.getEntriesByName('fazhi:checks').at(-1);
      const m = performance.getEntriesByName('fazhi:check-marks').at(-1);
      const end = m ? m.startTime + m.duration + 1000 : e.startTime + e.duration;
      const tasks = __bench.longTasks.filter((x) => x.start + x.duration > e.startTime && x.start < end);
      return { checks_ms: e.detail.workerMs, checks_wall_ms: e.duration, checks_longest_task_ms: Math.max(0, ...tasks.map((x) => x.duration)), findings: e.detail.findings };
    })`,
  );
}
