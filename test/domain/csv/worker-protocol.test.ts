// The import worker and its client, wired together in Node through a fake Worker:
// request/response by id, progress, transferred typed arrays, cancellation, and the
// commit that the worker writes itself (fake-indexeddb).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCatalogCsv } from '../../../src/domain/catalog/parse-catalog';
import { generateLongCsv } from '../../../src/domain/csv/generate-long-csv';
import { observationsOf } from '../../../src/domain/observations/columns';
import { isPackedDict } from '../../../src/domain/observations/string-dict';
import type { ImportRequest, ImportResponse } from '../../../src/workers/import-messages';
import { AppDB } from '../../../src/db/app-db';
import { loadRowTexts, loadStoredTable } from '../../../src/db/repositories/observations-repo';
import Dexie from 'dexie';
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
  terminated = false;
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
  terminate() {
    this.terminated = true;
  }
}

type Client = typeof import('../../../src/workers/import-worker-client');
let parseInWorker: Client['parseInWorker'];
let commitInWorker: Client['commitInWorker'];

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  vi.stubGlobal('Worker', FakeWorker);
  await import('../../../src/workers/import.worker');
  ({ parseInWorker, commitInWorker } = await import('../../../src/workers/import-worker-client'));
});

const bytesOf = (s: string) => new TextEncoder().encode(s).buffer;

describe('import worker', () => {
  it('parses in the worker, reports progress and transfers the typed arrays', async () => {
    const progress: number[] = [];
    const bytes = bytesOf(generateLongCsv(45_000, 3));
    const job = parseInWorker({ source: bytes, fileName: 'big.csv', indicators, departmentAliases: [] }, (p) => progress.push(p.fraction));
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
    const job = parseInWorker({
      source: bytesOf(text),
      fileName: 'a.csv',
      encoding: 'UTF-8',
      allowCustomIndicators: true,
      indicators,
      departmentAliases: [['汉阳区财政局', '武汉市汉阳区财政局']],
    });
    const r = await job.promise;
    expect(observationsOf(r.columns).map((o) => [o.department, o.indicatorId])).toEqual([['武汉市汉阳区财政局', 'other:行政确认事项数']]);
  });

  it("uses the page's catalog, so an indicator the user added is recognised", async () => {
    const custom = {
      id: 'confirmations',
      category: '其他',
      labelZh: '行政确认事项数',
      labelEn: 'Confirmations',
      unit: '项',
      direction: 'neutral' as const,
      aliases: [],
    };
    const text = '部门,年度,指标,数值\n汉阳区财政局,2023,行政确认事项数,5\n';
    const r = await parseInWorker({ source: bytesOf(text), fileName: 'a.csv', indicators: [...indicators, custom], departmentAliases: [] })
      .promise;
    expect(observationsOf(r.columns).map((o) => o.indicatorId)).toEqual(['confirmations']);
  });

  it('cancels: the promise rejects with "cancelled" and the worker stops between slices', async () => {
    const job = parseInWorker({ source: bytesOf(generateLongCsv(80_000, 4)), fileName: 'big.csv', indicators, departmentAliases: [] });
    job.cancel();
    await expect(job.promise).rejects.toThrow('cancelled');
    await vi.waitFor(() => expect(transfers.some((t) => t.to === 'page' && t.type === 'error')).toBe(true), { timeout: 5000 });
  });

  it('answers file errors as a result, not as a failure', async () => {
    // Zip bytes are a workbook whatever the name says: a broken one is explained, not thrown.
    const r = await parseInWorker({
      source: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]).buffer,
      fileName: 'x.csv',
      indicators,
      departmentAliases: [],
    }).promise;
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.code).toBe('E_UNREADABLE_WORKBOOK');
    expect(r.issues[0]!.message).toContain('另存为「Excel 工作簿（*.xlsx）」');
  });

  it('parses a workbook by its bytes, only the sheets asked for', async () => {
    const bytes = readFileSync(ROOT + 'test/fixtures/xlsx/sheet-per-year.xlsx');
    const source = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const r = await parseInWorker({ source, fileName: 'years.xlsx', indicators, departmentAliases: [], sheets: ['2022年'] }).promise;
    expect(r.ok).toBe(true);
    expect(r.encoding).toBe('xlsx');
    expect(r.sheets!.map((s) => s.selected)).toEqual([true, false]);
    expect(new Set(observationsOf(r.columns).map((o) => o.year))).toEqual(new Set([2022]));
  });

  it('reads a File (Blob) given instead of bytes, without transferring anything', async () => {
    const file = new Blob(['部门,年度,指标,数值\n武汉市汉阳区财政局,2023,信访案件数,5\n']);
    const r = await parseInWorker({ source: file, fileName: 'f.csv', indicators, departmentAliases: [] }).promise;
    expect(observationsOf(r.columns).map((o) => [o.department, o.indicatorId, o.value])).toEqual([['武汉市汉阳区财政局', 'petitions', 5]]);
  });
});

describe('commit in the import worker', () => {
  const meta = (id: string, rowCount: number) => ({
    id,
    name: id,
    sourceFile: 'w.csv',
    importedAt: 1,
    rowCount,
    kind: 'imported' as const,
  });
  const csv = '部门,年度,指标,数值,依据\n甲局,2022,信访案件数,5,信访5件\n乙局,2022,信访案件数,6,信访6件\n丙局,2022,信访案件数,7,信访7件\n';

  it('writes the kept rows with their evidence; the columns are transferred, not copied', async () => {
    const parsed = await parseInWorker({ source: bytesOf(csv), fileName: 'w.csv', indicators, departmentAliases: [] }).promise;
    expect(parsed.columns.numeric.length).toBe(3);
    const valueBuffer = parsed.columns.numeric.value.buffer;
    const worker = FakeWorker.current!;
    await commitInWorker({ meta: meta('ds-w', 2), columns: parsed.columns, keep: Uint32Array.of(0, 2), supersede: [], departments: [] });
    expect(transfers.find((t) => t.to === 'worker' && t.type === 'commit')!.list).toContain(valueBuffer);
    // The same worker parsed and wrote; the import over, it ends, and the next import starts a fresh one.
    expect(FakeWorker.current).toBe(worker);
    expect(worker.terminated).toBe(true);
    await parseInWorker({ source: bytesOf(csv), fileName: 'w.csv', indicators, departmentAliases: [] }).promise;
    expect(FakeWorker.current).not.toBe(worker);
    expect(FakeWorker.current!.terminated).toBe(false);
    const db = new AppDB();
    try {
      const t = await loadStoredTable(db);
      const rows = [...Array(t.length).keys()].filter((i) => t.datasetIds[t.ds[i]!] === 'ds-w');
      expect(rows.map((i) => [t.departments[t.dept[i]!], t.value[i]])).toEqual([
        ['甲局', 5],
        ['丙局', 7],
      ]);
      const texts = await loadRowTexts(
        db,
        rows.map((i) => ({ chunkId: t.chunk[i]!, pos: t.pos[i]! })),
      );
      expect(texts.map((x) => x.evidence)).toEqual(['信访5件', '信访7件']);
      expect((await db.datasets.get('ds-w'))?.rowCount).toBe(2);
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  it('rejects with the error name when the write fails, and nothing is stored', async () => {
    const parsed = await parseInWorker({ source: bytesOf(csv), fileName: 'w.csv', indicators, departmentAliases: [] }).promise;
    // An object is not a valid IndexedDB key: the transaction aborts.
    const bad = {
      meta: { ...meta('ds-bad', 3), id: {} as unknown as string },
      columns: parsed.columns,
      keep: null,
      supersede: [],
      departments: [],
    };
    const err = await commitInWorker(bad).then(
      () => null,
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err!.name).toMatch(/Error$/);
    expect(FakeWorker.current!.terminated).toBe(true);
    const db = new AppDB();
    try {
      expect(await db.chunks.count()).toBe(0);
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });
});
