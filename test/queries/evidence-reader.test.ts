// Tooltips read their rows' evidence when shown: from the table version the rows belong to,
// once per row however often they are hovered, and never one version's text for another's.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { loadStoredTable, writeDataset } from '../../src/db/repositories/observations-repo';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import { selectRows } from '../../src/domain/observations/select-rows';
import type { Observation } from '../../src/domain/types';
import * as client from '../../src/workers/store-worker-client';
import { evidenceReader } from '../../src/queries/store-queries';
import { petitions } from '../helpers/observation';

const said = (department: string, year: number, value: number, words: string): Observation =>
  petitions(department, year, value, { indicatorText: '信访件数', evidence: words, source: { line: year, start: 0, end: 4 } });

async function store(observations: Observation[], version: number) {
  await writeDataset(db, {
    meta: { id: 'a', name: 'a', sourceFile: 'a.txt', importedAt: version, rowCount: observations.length, kind: 'imported' },
    columns: columnsFromObservations(observations),
    replaces: version > 1 ? 'a' : undefined,
  });
  return { table: await loadStoredTable(db), version, loadMs: 0 };
}

describe('evidenceReader', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    vi.restoreAllMocks();
  });

  it('gives the rows asked about their own evidence, and no other rows', async () => {
    const snapshot = await store([said('甲局', 2023, 5, '甲局受理信访5件'), said('乙局', 2023, 6, '乙局受理信访6件')], 1);
    const rows = selectRows(snapshot.table, {});
    expect(rows.map((r) => r.evidence)).toEqual([undefined, undefined]);
    const yi = rows.find((r) => r.department === '乙局')!;
    await evidenceReader(snapshot)([yi]);
    expect(yi.evidence).toBe('乙局受理信访6件');
    expect(yi.indicatorText).toBe('信访件数');
    expect(rows.find((r) => r.department === '甲局')!.evidence).toBeUndefined();
  });

  it('reads a row once, however often and however soon it is asked for again', async () => {
    const snapshot = await store([said('甲局', 2023, 5, '甲局受理信访5件')], 1);
    const reads = vi.spyOn(client, 'loadTexts');
    const keep = new Map();
    const read = evidenceReader(snapshot, keep);
    // Rows made anew on each use (the matrix's): the same row id in three objects.
    const made = () => selectRows(snapshot.table, {})[0]!;
    const [a, b] = [made(), made()];
    await Promise.all([read([a]), read([b])]);
    const c = made();
    await read([c]);
    expect(reads).toHaveBeenCalledTimes(1);
    expect([a.evidence, b.evidence, c.evidence]).toEqual(['甲局受理信访5件', '甲局受理信访5件', '甲局受理信访5件']);
    expect(keep.get(a.rowId)?.evidence).toBe('甲局受理信访5件');
  });

  it('asks again at the next hover when a read fails', async () => {
    const snapshot = await store([said('甲局', 2023, 5, '甲局受理信访5件')], 1);
    vi.spyOn(client, 'loadTexts').mockRejectedValueOnce(new Error('busy'));
    const read = evidenceReader(snapshot);
    const row = selectRows(snapshot.table, {})[0]!;
    await read([row]);
    expect(row.evidence).toBeUndefined();
    await read([row]);
    expect(row.evidence).toBe('甲局受理信访5件');
  });

  it('reads the text of the version a new reader is made for after a write, never one version for another', async () => {
    const before = await store([said('甲局', 2023, 5, '甲局受理信访5件'), said('乙局', 2023, 6, '乙局受理信访6件')], 1);
    const [old, unread] = selectRows(before.table, {});
    const oldReader = evidenceReader(before);
    await oldReader([old!]);
    const after = await store([said('甲局', 2023, 8, '甲局全年受理信访8件'), said('乙局', 2023, 9, '乙局全年受理信访9件')], 2);
    const rows = selectRows(after.table, {});
    await evidenceReader(after)(rows);
    expect(rows.map((r) => r.evidence)).toEqual(['甲局全年受理信访8件', '乙局全年受理信访9件']);
    expect(old!.evidence).toBe('甲局受理信访5件');
    // A row of the replaced version, hovered before its chart is redrawn: its text is gone, and it is not given the new one.
    await oldReader([unread!]);
    expect(unread!.evidence).toBe('');
  });
});
