// A pool of report workers for batch extraction (see poolSize), each taking the next file
// when it is free. A file that fails does not stop the others; cancel() stops every worker
// at once and fails what has not finished.
import type { Indicator } from '../domain/types';
import type { ReportRequest, ReportResponse, RoundFileInput } from './report-messages';

export type { RoundFileInput };
export type RoundFileResult = Extract<ReportResponse, { type: 'round-read' }>;

export interface PoolJob {
  name: string;
  /** Called just before the job is posted (for per-file progress). */
  onStart?: () => void;
  /** Reads the file on the page (bytes, or text for .pdf). */
  read: () => Promise<RoundFileInput>;
}

export interface PoolRun {
  /** One settled result per job, in job order. */
  done: Promise<PromiseSettledResult<RoundFileResult>[]>;
  cancel: () => void;
}

/** The worker itself failed (not the file): it is replaced for the next file. */
class WorkerCrash extends Error {}

/**
 * One worker per core but one: the page keeps a core for itself, so that results are taken
 * in and the page answers while the workers extract (measured on 2 cores: one worker was as
 * fast as two and held the page up less). At least one, at most eight.
 */
function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(8, (cores || 1) - 1));
}

export function runPool(
  jobs: readonly PoolJob[],
  indicators: readonly Indicator[],
  onSettled: (index: number, r: PromiseSettledResult<RoundFileResult>) => void,
): PoolRun {
  const workers: Worker[] = [];
  const settled = new Array<PromiseSettledResult<RoundFileResult>>(jobs.length);
  let next = 0;
  let cancelled = false;
  const rejectCurrent = new Set<(e: Error) => void>();

  const settle = (i: number, r: PromiseSettledResult<RoundFileResult>) => {
    settled[i] = r;
    onSettled(i, r);
  };

  const runOne = (w: Worker, job: PoolJob, id: number): Promise<RoundFileResult> =>
    new Promise((resolve, reject) => {
      rejectCurrent.add(reject);
      job
        .read()
        .then((input) => {
          if (cancelled) return reject(new Error('cancelled'));
          w.onmessage = (e: MessageEvent<ReportResponse>) => {
            rejectCurrent.delete(reject);
            if (e.data.type === 'round-read') resolve(e.data);
            else reject(new Error(e.data.type === 'error' ? e.data.message : 'unexpected worker reply'));
          };
          w.onerror = (e) => {
            rejectCurrent.delete(reject);
            e.preventDefault();
            reject(new WorkerCrash(`报告解析组件出错：${e.message || '未知错误'}`));
          };
          const msg: ReportRequest = { type: 'round-file', id, name: job.name, input, indicators };
          w.postMessage(msg, input.kind === 'text' ? [] : [input.bytes]);
        })
        .catch(reject);
    });

  const lane = async (): Promise<void> => {
    let w: Worker | null = null;
    while (!cancelled && next < jobs.length) {
      const i = next++;
      w ??= new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
      if (!workers.includes(w)) workers.push(w);
      jobs[i]!.onStart?.();
      try {
        settle(i, { status: 'fulfilled', value: await runOne(w, jobs[i]!, i + 1) });
      } catch (e) {
        settle(i, { status: 'rejected', reason: e });
        if (e instanceof WorkerCrash) {
          w.terminate();
          w = null;
        }
      }
    }
    w?.terminate();
  };

  const lanes = Array.from({ length: Math.min(poolSize(), Math.max(1, jobs.length)) }, lane);
  const done = Promise.all(lanes).then(() => {
    for (let i = 0; i < jobs.length; i++) if (!settled[i]) settle(i, { status: 'rejected', reason: new Error('cancelled') });
    return settled;
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      for (const w of workers) w.terminate();
      for (const reject of rejectCurrent) reject(new Error('cancelled'));
      rejectCurrent.clear();
    },
  };
}
