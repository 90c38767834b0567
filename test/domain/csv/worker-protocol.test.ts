// The import worker and its client, wired together in Node through a fake Worker:
// request/response by id, progress, transferred typed arrays, cancellation.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCatalogCsv } from '../../../src/domain/catalog/parse-catalog';
import { generateLongCsv } from '../../../src/domain/csv/generate-long-csv';
import { observationsOf } from '../../../src/domain/observations/columns';
import { isPackedDict } from '../../../src/domain/observations/string-dict';
import type { ImportRequest, ImportResponse } from '../../../src/workers/import-messages';
import { ROOT } from '../../helpers/project-files';

const indicators = parseCatalogCsv(readFileSync(ROOT + 'data/indicators.csv', 'utf8'));
const transfers: { to: 'worker' | 'page'; type: string; list: unknown[] }[] = [];

/** The worker's global scope; its postMessage delivers to the fake Worker on the page side. */
const scope: { onmessage: ((e: { data: ImportRequest }) => void) | null; postMessage: (m: ImportResponse, t?: Transferable[]) => void } = {
  onmessage: null,
  postMessage: (m, t = []) => {
    transfers.push({ to: 'page', type: m.type, list: t });
    setTimeout(() => FakeWorker.current?.onmessage?.({ data: m } as MessageEvent<ImportResponse>), 0);
  },
};

class FakeWorker {
  static current: FakeWorker | null = null;
  onmessage: ((e: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly opts: WorkerOptions,
  ) {
    FakeWorker.current = this;
  }
  postMessage(m: ImportRequest, t: Transferable[] = []) {
    transfers.push({ to: 'worker', type: m.type, list: t });
    scope.onmessage?.({ data: structuredClone(m) });
  }
  terminate() {}
}

let parseInWorker: typeof import('../../../src/workers/import-worker-client').parseInWorker;

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  vi.stubGlobal('Worker', FakeWorker);
  await import('../../../src/workers/import.worker');
  ({ parseInWorker } = await import('../../../src/workers/import-worker-client'));
});

const bytesOf = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('import worker', () => {
  it('parses in the worker, reports progress and transfers the typed arrays', async () => {
    const progress: number[] = [];
    const bytes = bytesOf(generateLongCsv(45_000, 3));
    const job = parseInWorker({ bytes, fileName: 'big.csv', indicators, departmentAliases: [] }, (p) => progress.push(p.fraction));
    const result = await job.promise;
    expect(FakeWorker.current!.opts).toEqual({ type: 'module' });
    expect(FakeWorker.current!.url.pathname.endsWith('/import.worker.ts')).toBe(true);
    expect(result.ok).toBe(true);
    expect(result.stats.records).toBe(45_000);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(transfers.find((t) => t.to === 'worker' && t.type === 'parse')!.list).toEqual([bytes]);
    const done = transfers.find((t) => t.to === 'page' && t.type === 'done')!;
    expect(done.list.length).toBeGreaterThanOrEqual(10);
    expect(done.list).toContain(result.columns.numeric.value.buffer);
    // The evidence dictionary arrives as two transferred buffers, not as strings.
    const ev = result.columns.text.evidences;
    if (!isPackedDict(ev)) throw new Error('evidence dictionary not packed');
    expect(done.list).toContain(ev.units.buffer);
    expect(done.list).toContain(ev.offsets.buffer);
    expect(observationsOf(result.columns)[0]!.department).toMatch(/局|委员会$/);
  });

  it('applies aliases, custom indicators and the chosen encoding', async () => {
    const text = '部门,年度,指标,数值\n汉阳区财政局,2023,行政确认事项数,5\n';
    const job = parseInWorker({ bytes: bytesOf(text), fileName: 'a.csv', encoding: 'UTF-8', allowCustomIndicators: true, indicators, departmentAliases: [['汉阳区财政局', '武汉市汉阳区财政局']] });
    const r = await job.promise;
    expect(observationsOf(r.columns).map((o) => [o.department, o.indicatorId])).toEqual([['武汉市汉阳区财政局', 'other:行政确认事项数']]);
  });

  it("uses the page's catalog, so an indicator the user added is recognised", async () => {
    const custom = { id: 'confirmations', category: '其他', labelZh: '行政确认事项数', labelEn: 'Confirmations', unit: '项', direction: 'neutral' as const, aliases: [] };
    const text = '部门,年度,指标,数值\n汉阳区财政局,2023,行政确认事项数,5\n';
    const r = await parseInWorker({ bytes: bytesOf(text), fileName: 'a.csv', indicators: [...indicators, custom], departmentAliases: [] }).promise;
    expect(observationsOf(r.columns).map((o) => o.indicatorId)).toEqual(['confirmations']);
  });

  it('cancels: the promise rejects with "cancelled" and the worker stops between slices', async () => {
    const job = parseInWorker({ bytes: bytesOf(generateLongCsv(80_000, 4)), fileName: 'big.csv', indicators, departmentAliases: [] });
    job.cancel();
    await expect(job.promise).rejects.toThrow('cancelled');
    await vi.waitFor(() => expect(transfers.some((t) => t.to === 'page' && t.type === 'error')).toBe(true), { timeout: 5000 });
  });

  it('answers file errors as a result, not as a failure', async () => {
    const r = await parseInWorker({ bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]).buffer, fileName: 'x.csv', indicators, departmentAliases: [] }).promise;
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.code).toBe('E_NOT_CSV');
  });
});
