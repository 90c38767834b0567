import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, CHUNK_ROWS, TEXT_PART_ROWS } from '../../src/db/app-db';
import {
  deleteDataset,
  loadRowTexts,
  loadStoredTable,
  readDatasetObservations,
  writeDataset,
} from '../../src/db/repositories/observations-repo';
import { columnsFromObservations, type ObservationColumns } from '../../src/domain/observations/columns';
import { packTextColumns } from '../../src/domain/observations/pack-text-columns';
import { isPackedDict } from '../../src/domain/observations/string-dict';
import { selectRows } from '../../src/domain/observations/select-rows';
import type { DatasetMeta, Observation } from '../../src/domain/types';
import { observation } from '../helpers/observation';

let db: AppDB;
let n = 0;

beforeEach(async () => {
  db = new AppDB(`test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const obs = (department: string, year: number, indicatorId: string, value: number, evidence = '') =>
  observation(department, year, indicatorId, value, { evidence, source: { line: year - 2000, start: -1, end: -1, file: 'a.csv' } });

function meta(id: string, rowCount: number): DatasetMeta {
  return { id, name: id, sourceFile: `${id}.csv`, importedAt: Date.now(), rowCount, kind: 'imported' };
}

describe('observations repository', () => {
  it('stores and queries observations with their evidence', async () => {
    const rows = [
      obs('甲区财政局', 2022, 'normative_docs_cleaned', 12, '清理了12份规范性文件'),
      obs('甲区财政局', 2023, 'normative_docs_cleaned', 22, '清理了22份规范性文件'),
      obs('乙区司法局', 2023, 'normative_docs_cleaned', 3),
      obs('乙区司法局', 2023, 'petitions', 7),
    ];
    await writeDataset(db, { meta: meta('a', rows.length), columns: columnsFromObservations(rows) });
    const table = await loadStoredTable(db);
    expect(table.length).toBe(4);
    const picked = selectRows(table, { indicators: ['normative_docs_cleaned'], departments: ['甲区财政局'] });
    expect(picked.map((r) => [r.year, r.value])).toEqual([
      [2022, 12],
      [2023, 22],
    ]);
    const texts = await loadRowTexts(
      db,
      picked.map((r) => ({ chunkId: table.chunk[r.rowId]!, pos: table.pos[r.rowId]! })),
    );
    expect(texts.map((t) => t.evidence)).toEqual(['清理了12份规范性文件', '清理了22份规范性文件']);
    expect(texts[1]!.line).toBe(23);
  });

  it('splits large datasets into chunks and reads them back identically', async () => {
    const rows: Observation[] = [];
    const total = CHUNK_ROWS + TEXT_PART_ROWS + 17;
    for (let i = 0; i < total; i++) rows.push(obs(`部门${i % 97}`, 2000 + (i % 25), `ind_${i % 13}`, i, `原文${i}`));
    await writeDataset(db, { meta: meta('big', total), columns: columnsFromObservations(rows) });
    expect(await db.chunks.count()).toBe(2);
    const back = await readDatasetObservations(db, 'big');
    expect(back.length).toBe(total);
    expect(back[total - 1]).toEqual(rows[total - 1]);
    expect(back[CHUNK_ROWS + 5]).toEqual(rows[CHUNK_ROWS + 5]);
    const table = await loadStoredTable(db);
    expect(table.length).toBe(total);
    expect(table.byIndicator.reduce((s, g) => s + g.length, 0)).toBe(total);
  });

  it('supersedes overwritten rows and deletes datasets completely', async () => {
    await writeDataset(db, { meta: meta('old', 2), columns: columnsFromObservations([obs('甲', 2023, 'x', 1), obs('甲', 2024, 'x', 2)]) });
    let table = await loadStoredTable(db);
    const ref = { chunkId: table.chunk[0]!, pos: table.pos[0]! };
    await writeDataset(db, {
      meta: meta('new', 1),
      columns: columnsFromObservations([obs('甲', 2023, 'x', 5)]),
      supersede: [ref],
    });
    table = await loadStoredTable(db);
    expect(
      selectRows(table, {})
        .map((r) => [r.year, r.value, r.datasetId])
        .sort(),
    ).toEqual([
      [2023, 5, 'new'],
      [2024, 2, 'old'],
    ]);
    await deleteDataset(db, 'old');
    table = await loadStoredTable(db);
    expect(table.length).toBe(1);
    expect(await db.texts.count()).toBe(1);
    expect(await db.datasets.count()).toBe(1);
  });

  it('writes nothing when the transaction fails midway', async () => {
    await writeDataset(db, { meta: meta('keep', 1), columns: columnsFromObservations([obs('甲', 2023, 'x', 1)]) });
    const before = await db.chunks.count();
    // A department record without its primary key makes the transaction abort after the chunks were added.
    const bad = { name: undefined as unknown as string, region: '', type: '', aliases: [] };
    await expect(
      writeDataset(db, { meta: meta('broken', 1), columns: columnsFromObservations([obs('乙', 2023, 'x', 9)]), departments: [bad] }),
    ).rejects.toThrow();
    expect(await db.chunks.count()).toBe(before);
    expect(await db.datasets.get('broken')).toBeUndefined();
    expect(await db.importLog.where('datasetId').equals('broken').count()).toBe(0);
  });

  describe('text parts with packed dictionaries (imports from the worker)', () => {
    const packed = (rows: Observation[]): ObservationColumns => {
      const c = columnsFromObservations(rows);
      return { numeric: c.numeric, text: packTextColumns(c.text) };
    };
    const rowsOf = (n: number, tag: string) =>
      Array.from({ length: n }, (_, i) => obs(`部门${i % 7}`, 2000 + (i % 25), `ind_${i % 13}`, i, i % 5 === 0 ? '' : `${tag}原文${i}😀`));

    it('stores code units and offsets and reads rows and whole datasets exactly', async () => {
      const total = CHUNK_ROWS + TEXT_PART_ROWS + 17;
      const rows = rowsOf(total, '包');
      await writeDataset(db, { meta: meta('p', total), columns: packed(rows) });
      const part = (await db.texts.toArray())[0]!.columns;
      expect(isPackedDict(part.evidences)).toBe(true);
      expect(part.evidences).toMatchObject({ units: expect.any(Uint16Array), offsets: expect.any(Uint32Array) });
      expect(await readDatasetObservations(db, 'p')).toEqual(rows);
      const table = await loadStoredTable(db);
      const ids = [0, 5, TEXT_PART_ROWS + 3, CHUNK_ROWS + 1, total - 1];
      const texts = await loadRowTexts(
        db,
        ids.map((i) => ({ chunkId: table.chunk[i]!, pos: table.pos[i]! })),
      );
      expect(texts.map((t) => t.evidence)).toEqual(ids.map((i) => rows[i]!.evidence));
      expect(texts.map((t) => [t.indicatorText, t.line, t.file])).toEqual(
        ids.map((i) => [rows[i]!.indicatorText, rows[i]!.source.line, 'a.csv']),
      );
    }, 60_000);

    it('reads a store that mixes parts written before packing (string[]) with packed ones', async () => {
      const oldRows = rowsOf(TEXT_PART_ROWS + 3, '旧');
      const newRows = rowsOf(10, '新').map((r) => ({ ...r, department: `新${r.department}` }));
      // Written exactly as the code before packing wrote it: array dictionaries.
      await writeDataset(db, { meta: meta('old', oldRows.length), columns: columnsFromObservations(oldRows) });
      await writeDataset(db, { meta: meta('new', newRows.length), columns: packed(newRows) });
      const forms = (await db.texts.toArray()).map((t) => Array.isArray(t.columns.evidences));
      expect(forms).toEqual([true, true, false]);
      expect(await readDatasetObservations(db, 'old')).toEqual(oldRows);
      expect(await readDatasetObservations(db, 'new')).toEqual(newRows);
      const table = await loadStoredTable(db);
      const texts = await loadRowTexts(
        db,
        [1, TEXT_PART_ROWS + 1, oldRows.length + 1].map((i) => ({ chunkId: table.chunk[i]!, pos: table.pos[i]! })),
      );
      expect(texts.map((t) => t.evidence)).toEqual([oldRows[1]!.evidence, oldRows[TEXT_PART_ROWS + 1]!.evidence, newRows[1]!.evidence]);
    });
  });
});
