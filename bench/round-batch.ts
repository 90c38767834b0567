// The annual round's batch: 40 generated reports of 2–20 pages each (paragraphs of the
// sample and held-out reports under distinct department names, with the five parts and a
// signature) chosen at once in 年报收取 and extracted by the worker pool. Measured with the
// page's clock: the files' change event → 「已处理 40 / 40 份」 in the DOM, and every
// main-thread task over 50 ms in between (PerformanceObserver 'longtask').
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, pageEval } from './browser';
import { startProfile, stopProfile, type ProfileSummary } from './profile';

const DIR = 'bench/.cache/round';
const REPORTS = 40;
const CHARS_PER_PAGE = 1200;

export interface RoundBatchFigures {
  reports: number;
  pages_min: number;
  pages_max: number;
  chars: number;
  /** Files chosen → all 40 settled (extracted or failed). */
  batch_ms: number;
  failed: number;
  /** navigator.hardwareConcurrency, and the pool's workers (one core is left to the page). */
  cores: number;
  workers: number;
  longest_task_ms: number;
  long_tasks: number;
  /** Sum of (duration − 50 ms) over the long tasks. */
  blocking_ms: number;
  /** With --profile: what ran in the long tasks (a profiled run is slower). */
  profile?: ProfileSummary;
}

function corpus(): string[] {
  const dirs = ['data/reports', 'test/fixtures/heldout'];
  const paras: string[] = [];
  for (const d of dirs) {
    for (const f of readdirSync(d)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      for (const p of readFileSync(join(d, f), 'utf8').split('\n')) {
        const t = p.trim();
        if (t.length > 60 && /。$/.test(t) && !/^[一二三四五六七八九十]+、/.test(t)) paras.push(t);
      }
    }
  }
  return paras;
}

/** Writes the 40 reports once (deterministic) and returns their paths and page counts. */
export function ensureRoundReports(): { paths: string[]; pages: number[]; chars: number } {
  mkdirSync(DIR, { recursive: true });
  const paras = corpus();
  const paths: string[] = [];
  const pages: number[] = [];
  let chars = 0;
  let at = 0;
  const take = (n: number) => {
    let s = '';
    while (s.length < n) s += paras[at++ % paras.length] + '\n';
    return s;
  };
  for (let i = 0; i < REPORTS; i++) {
    const p = 2 + ((i * 7) % 19);
    const dept = `演示市第${i + 1}区司法局`;
    const body = take(p * CHARS_PER_PAGE * 0.7);
    const text = [
      `${dept}2024年度法治政府建设情况报告`,
      `2024年，${dept}坚持以习近平法治思想为指导，全面推进依法行政。`,
      '一、2024年度推进法治政府建设的主要举措和成效',
      body,
      '二、存在的不足和原因',
      take(p * CHARS_PER_PAGE * 0.1),
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      take(p * CHARS_PER_PAGE * 0.1),
      '四、2025年度推进法治政府建设的主要安排',
      take(p * CHARS_PER_PAGE * 0.1),
      dept,
      `2025年1月${(i % 28) + 1}日`,
    ].join('\n');
    const path = join(DIR, `${String(i + 1).padStart(2, '0')}_report_${p}p.txt`);
    writeFileSync(path, text);
    paths.push(path);
    pages.push(p);
    chars += text.length;
  }
  return { paths, pages, chars };
}

export async function roundBatchRun(baseUrl: string, log: (m: string) => void, profile = false): Promise<RoundBatchFigures> {
  const { paths, pages, chars } = ensureRoundReports();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(baseUrl);
    await pageEval(page, `__bench.when(() => __bench.mainRenders() > 0, 120000).then(() => __bench.quiet(500))`);
    await page.getByRole('button', { name: '年报收取' }).click();
    await page.getByLabel('选择报告文件').waitFor();
    log(`round batch: ${paths.length} reports, ${pages.reduce((a, c) => a + c, 0)} pages, ${chars.toLocaleString('en-US')} characters`);
    const done = pageEval<number>(
      page,
      `__bench.when(() => { const el = document.querySelector('.batch .progress-text'); return !!el && el.textContent.includes('${REPORTS} / ${REPORTS}'); }, 300000)`,
    );
    if (profile) await startProfile(b.cdp, page);
    await page.getByLabel('选择报告文件').setInputFiles(paths);
    const end = await done;
    const r = await pageEval<{ start: number; tasks: { start: number; duration: number }[]; failed: number; cores: number }>(
      page,
      `({ start: __bench.marks.fileChosen, tasks: __bench.longTasks, failed: document.querySelectorAll('[data-testid="batch-queue"] tr[data-status="failed"]').length, cores: navigator.hardwareConcurrency })`,
    );
    const during = r.tasks.filter((t) => t.start + t.duration >= r.start && t.start <= end);
    const figures: RoundBatchFigures = {
      reports: paths.length,
      pages_min: Math.min(...pages),
      pages_max: Math.max(...pages),
      chars,
      batch_ms: Math.round(end - r.start),
      failed: r.failed,
      cores: r.cores,
      workers: Math.max(1, Math.min(8, r.cores - 1)),
      longest_task_ms: Math.round(Math.max(0, ...during.map((t) => t.duration))),
      long_tasks: during.length,
      blocking_ms: Math.round(during.reduce((a, t) => a + Math.max(0, t.duration - 50), 0)),
    };
    if (profile) figures.profile = await stopProfile(b.cdp, page, 'round-batch', during);
    log(
      `round batch: ${figures.batch_ms} ms for ${figures.reports} reports (${figures.workers} workers), longest main-thread task ${figures.longest_task_ms} ms (${figures.long_tasks} over 50 ms)`,
    );
    if (b.problems.length) throw new Error(b.problems.join('; '));
    return figures;
  } finally {
    await b.close();
  }
}
