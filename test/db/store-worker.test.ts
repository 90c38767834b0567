// The store worker and its client wired together in Node through a fake Worker: the
// table read and merged in the worker arrives with its arrays transferred and equals
// the table read on the page; without workers the page reads it itself.
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppDB } from '../../src/db/app-db';
import { loadRowTexts, loadStoredTable, writeDataset } from '../../src/db/repositories/observations-repo';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import type { StoreRequest, StoreResponse } from '../../src/workers/store-messages';
import { petitions } from '../helpers/observation';
import { runChecks } from '../../src/domain/checks/run-checks';
import { bundledCheckRules } from '../../src/workers/check-rules';

const transferred: unknown[][] = [];
const scope: { onmessage: ((e: { data: StoreRequest }) => void) | null; postMessage: (m: StoreResponse, t?: Transferable[]) => void } = {
  onmessage: null,
  postMessage: (m, t = []) => {
    transferred.push(t);
    setTimeout(() => FakeWorker.current?.onmessage?.({ data: m } as MessageEvent<StoreResponse>), 0);
  },
};

class FakeWorker {
  static current: FakeWorker | null = null;
  static created = 0;
  onmessage: ((e: MessageEvent<StoreResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor(readonly url: URL) {
    FakeWorker.current = this;
    FakeWorker.created++;
  }
  postMessage(m: StoreRequest) {
    scope.onmessage?.({ data: structuredClone(m) });
  }
  terminate() {}
}

const o = (department: string, year: number, value: number) =>
  petitions(department, year, value, {
    indicatorText: '信访案件数',
    evidence: `${department}${year}年信访${value}件`,
    source: { line: year, start: -1, end: -1 },
  });

type Client = typeof import('../../src/workers/store-worker-client');
let loadTable: Client['loadTable'];
let loadTexts: Client['loadTexts'];
let loadChecks: Client['loadChecks'];
let loadMatrixCells: Client['loadMatrixCells'];
let StaleTableError: Client['StaleTableError'];
const db = new AppDB();

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  vi.stubGlobal('Worker', FakeWorker);
  await import('../../src/workers/store.worker');
  ({ loadTable, loadTexts, loadChecks, loadMatrixCells, StaleTableError } = await import('../../src/workers/store-worker-client'));
  await writeDataset(db, {
    meta: { id: 'a', name: 'a', sourceFile: 'a', importedAt: 1, rowCount: 3, kind: 'imported' },
    columns: columnsFromObservations([o('甲局', 2022, 5), o('乙局', 2022, 6), o('甲局', 2023, 7)]),
  });
});

afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
  vi.unstubAllGlobals();
});

describe('store worker', () => {
  it('reads and merges the table in the worker and transfers its arrays', async () => {
    const table = await loadTable();
    expect(FakeWorker.created).toBe(1);
    expect(FakeWorker.current!.url.pathname.endsWith('/store.worker.ts')).toBe(true);
    const onPage = await loadStoredTable(db);
    expect(table).toEqual(onPage);
    expect(table.length).toBe(3);
    const list = transferred.at(-1)!;
    expect(list).toContain(table.value.buffer);
    expect(list).toContain(table.byIndicator[0]!.buffer);
    expect(list).toContain(table.byYear.groups[0]!.buffer);
    expect(new Set(list).size).toBe(list.length);
  });

  it('answers checks and matrix cells for the table asked about only, never for a newer one', async () => {
    const first = await loadTable();
    const onPage = (t: typeof first) => runChecks(t, bundledCheckRules()).findings;
    expect((await loadChecks(first)).findings).toEqual(onPage(first));
    // A write, and the table read again: the worker now holds the new table only.
    await writeDataset(db, {
      meta: { id: 'b', name: 'b', sourceFile: 'b', importedAt: 2, rowCount: 3, kind: 'imported' },
      columns: columnsFromObservations([o('丙局', 2022, 900), o('丙局', 2023, 4), o('乙局', 2023, 6)]),
    });
    const second = await loadTable();
    expect(second.length).toBe(6);
    // The old table's checks, asked for again (a query refetched after the write), are refused:
    // the worker's findings would be of the new table, their rows read in the old one.
    await expect(loadChecks(first)).rejects.toBeInstanceOf(StaleTableError);
    expect((await loadChecks(second)).findings).toEqual(onPage(second));
    expect(await loadMatrixCells(first, undefined)).toBeNull();
    expect((await loadMatrixCells(second, undefined))?.length).toBeGreaterThan(0);
  });

  it("answers rows' evidence from the worker, as the page would read it", async () => {
    const table = await loadStoredTable(db);
    const refs = [2, 0].map((i) => ({ chunkId: table.chunk[i]!, pos: table.pos[i]! }));
    const texts = await loadTexts(refs);
    expect(texts.map((t) => t.evidence)).toEqual(['甲局2023年信访7件', '甲局2022年信访5件']);
    expect(texts).toEqual(await loadRowTexts(db, refs));
  });
});
