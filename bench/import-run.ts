// One import through the real UI: 导入数据 → file input → (decode, parse and validate in
// the worker, compare with the store) → preview → 确认导入 → commit → 「导入完成」.
// Times come from the page's own clock: file chosen → preview shown (the preview stage),
// confirm clicked → status shown and the dashboard redrawn (the commit stage, which
// includes re-reading the store). The pause between the preview and the confirm click (the
// user reading the preview) is not counted. Long tasks are taken from the same windows.
//
// Two modes, each in its own fresh browser profile:
//   clean   nothing else happens: the import's times and its long tasks
//   probed  the header's language button is clicked every 250 ms during the import
//           (see clicker.ts): how long a click waits for an answer. Switching the
//           language re-renders the page, so these clicks add main-thread work of their
//           own; that is why the long tasks come from the clean import.
import type { Page } from 'playwright-core';
import { pageEval } from './browser';
import { Clicker } from './clicker';
import type { BenchFile } from './csv-files';
import { max, median, sleep } from './stats';

export interface LongTask {
  start: number;
  duration: number;
  stage: 'preview' | 'commit';
}

export interface ImportFigures {
  import_ms: number;
  preview_ms: number;
  commit_ms: number;
  count_new: number;
  count_rejected: number;
  /** Longest main-thread task during the import. */
  longest_task_ms: number;
  /** Sum of (duration − 50 ms) over the long tasks: the total time input had to wait. */
  blocking_ms: number;
  long_tasks: LongTask[];
}

export interface ClickFigures {
  /** Worst click → DOM change over the clicks made during the import; null if none landed. */
  click_latency_ms: number | null;
  click_latency_p50_ms: number | null;
  clicks: number;
  /** Median click → DOM change on the idle page, before the import: the control's own cost. */
  click_idle_ms: number | null;
}

const PREVIEW = '[data-testid="count-new"]';
const CONFIRM = '.preview .actions button.primary';
const DONE = '.modal [role="status"].ok';
const FAILED = '.modal [role="alert"].error';

interface Windows {
  fileChosen: number;
  preview: number;
  confirmClicked: number;
  done: number;
}

/** Runs the import; `during` is started in each of the two stages and awaited at its end. */
async function runImport(page: Page, file: BenchFile, during?: { start: () => void; stop: () => Promise<void> }) {
  await page.locator(`input[type="file"]`).setInputFiles(file.path);
  during?.start();
  const preview = await pageEval<number>(
    page,
    `__bench.when(() => document.querySelector('${PREVIEW}') || document.querySelector('${FAILED}'))`,
  );
  await during?.stop();
  await failOnError(page);
  return preview;
}

async function openDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: '导入数据' }).click();
  await page.getByLabel('选择 CSV 文件').waitFor({ state: 'attached' });
}

/**
 * Confirm → 「导入完成」 shown and the dashboard's chart redrawn with the imported data,
 * whichever comes later (the app renders new data as a transition, so the redraw can
 * follow the status). A run whose chart does not redraw within 10 s ends at the status.
 */
async function commit(page: Page, during?: { start: () => void; stop: () => Promise<void> }): Promise<number> {
  const rendersBefore = await pageEval<number>(page, `__bench.mainRenders()`);
  await page.locator(CONFIRM).click();
  during?.start();
  const done = await pageEval<number>(page, `__bench.when(() => document.querySelector('${DONE}') || document.querySelector('${FAILED}'))`);
  await failOnError(page);
  const redrawn = await pageEval<number | null>(
    page,
    `__bench.when(() => __bench.mainRenders() > ${rendersBefore}, 10000).then(() => __bench.renders.filter((r) => r.testId === 'main-chart')[${rendersBefore}].t, () => null)`,
  );
  await during?.stop();
  return Math.max(done, redrawn ?? done);
}

async function windows(page: Page, preview: number, done: number): Promise<Windows> {
  const m = await pageEval<{ fileChosen: number; confirmClicked: number }>(page, `({ ...__bench.marks })`);
  return { fileChosen: m.fileChosen, confirmClicked: m.confirmClicked, preview, done };
}

function stageOf(w: Windows, t: number): 'preview' | 'commit' | null {
  if (t >= w.fileChosen && t <= w.preview) return 'preview';
  if (t >= w.confirmClicked && t <= w.done) return 'commit';
  return null;
}

/** The clean import: times and long tasks. */
export async function importThroughUi(page: Page, file: BenchFile): Promise<ImportFigures> {
  await openDialog(page);
  const preview = await runImport(page, file);
  const countNew = Number(await page.locator(PREVIEW).textContent());
  const countRejected = Number(await page.getByTestId('count-rejected').textContent());
  const done = await commit(page);
  const w = await windows(page, preview, done);
  const tasks = await pageEval<{ start: number; duration: number }[]>(page, `__bench.longTasks`);
  const inImport = tasks.flatMap((t) => {
    // A task that began just before a window opened still blocked it.
    const stage = stageOf(w, t.start) ?? stageOf(w, t.start + t.duration);
    return stage ? [{ ...t, stage }] : [];
  });
  await page.getByRole('button', { name: '关闭' }).click();
  return {
    import_ms: w.preview - w.fileChosen + (w.done - w.confirmClicked),
    preview_ms: w.preview - w.fileChosen,
    commit_ms: w.done - w.confirmClicked,
    count_new: countNew,
    count_rejected: countRejected,
    longest_task_ms: max(inImport.map((t) => t.duration)) ?? 0,
    blocking_ms: inImport.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    long_tasks: inImport,
  };
}

interface Click {
  at: number;
  domMs: number;
}

/** The probed import: click → answer latencies while the import runs. */
export async function clicksDuringImport(page: Page, file: BenchFile): Promise<ClickFigures> {
  await openDialog(page);
  const clicker = new Clicker(page);
  await clicker.arm();
  const idle = await idleClicks(page, clicker);
  const during = { start: () => clicker.start(), stop: () => clicker.stop() };
  const preview = await runImport(page, file, during);
  await clicker.restoreChinese();
  const done = await commit(page, during);
  await clicker.restoreChinese();
  const w = await windows(page, preview, done);
  const clicks = await pageEval<Click[]>(page, `__bench.clicks`);
  const latencies = clicks.filter((c) => stageOf(w, c.at)).map((c) => c.domMs);
  await page.getByRole('button', { name: '关闭' }).click();
  return { click_latency_ms: max(latencies), click_latency_p50_ms: median(latencies), clicks: latencies.length, click_idle_ms: idle };
}

/** A few probe clicks on the idle page (an even number: the language ends where it was). */
async function idleClicks(page: Page, clicker: Clicker, n = 4): Promise<number | null> {
  const before = await pageEval<number>(page, `__bench.clicks.length`);
  for (let i = 0; i < n; i++) {
    await clicker.clickOnce();
    await pageEval(page, `__bench.when(() => __bench.clicks.length > ${before + i}, 30000)`);
    await sleep(150);
    await clicker.observe();
  }
  await clicker.restoreChinese();
  const clicks = await pageEval<Click[]>(page, `__bench.clicks.slice(${before})`);
  return median(clicks.map((c) => c.domMs));
}

async function failOnError(page: Page): Promise<void> {
  const alert = page.locator(FAILED);
  if (await alert.count()) throw new Error(`import failed in the page: ${await alert.first().textContent()}`);
}
