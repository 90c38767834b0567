// One shared report worker, request/response by id.
import type { ExtractionResult } from '../domain/extract';
import type { Indicator } from '../domain/types';
import type { ReportRequest, ReportResponse } from './report-messages';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: ReportResponse) => void; reject: (e: Error) => void }>();

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function call(req: WithoutId<ReportRequest>, transfer: Transferable[] = []): Promise<ReportResponse> {
  if (!worker) {
    worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ReportResponse>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (e.data.type === 'error') p.reject(new Error(e.data.message));
      else p.resolve(e.data);
    };
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage({ ...req, id } as ReportRequest, transfer);
  });
}

export async function docxToText(bytes: ArrayBuffer): Promise<string> {
  const r = await call({ type: 'docx', bytes }, [bytes]);
  return r.type === 'text' ? r.text : '';
}

export async function extractInWorker(
  text: string,
  indicators: readonly Indicator[],
  opts: { department?: string; year?: number; sourceName: string },
): Promise<{ result: ExtractionResult; ms: number }> {
  const r = await call({ type: 'extract', text, indicators, ...opts });
  if (r.type !== 'extracted') throw new Error('unexpected worker reply');
  return { result: r.result, ms: r.ms };
}
