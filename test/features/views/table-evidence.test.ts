// The data table reads evidence for the blocks of rows its scroll window touches.
import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../../src/domain/charts/models/table-model';
import { evidenceBlocks, evidenceRowId, evidenceRowIds } from '../../../src/features/views/table-evidence';

const row = (...rowIds: number[]): TableRow => ({ key: rowIds.join(','), rowIds, simulated: false, cells: {} as TableRow['cells'] });

describe('table evidence', () => {
  it('reads the evidence of the row a table row shows: its last (a range’s last year)', () => {
    expect(evidenceRowId(row(7))).toBe(7);
    expect(evidenceRowId(row(3, 9, 4))).toBe(4);
    expect(evidenceRowId(row())).toBeUndefined();
  });

  it('asks for the same blocks while the window scrolls within them', () => {
    expect(evidenceBlocks(0, 41, 50)).toEqual([0, 0]);
    expect(evidenceBlocks(8, 49, 50)).toEqual([0, 0]);
    expect(evidenceBlocks(9, 50, 50)).toEqual([0, 1]);
    expect(evidenceBlocks(5230, 5284, 50)).toEqual([104, 105]);
    expect(evidenceBlocks(-1, -1, 50)).toEqual([0, 0]);
  });

  it('gives the evidence rows of the blocks, and none past the end', () => {
    const rows = Array.from({ length: 120 }, (_, i) => row(1000 + i, 2000 + i));
    const ids = evidenceRowIds(rows, [1, 2], 50);
    expect(ids).toHaveLength(70);
    expect(ids[0]).toBe(2050);
    expect(ids[ids.length - 1]).toBe(2119);
    expect(evidenceRowIds(rows, [0, 0], 50)).toEqual(Array.from({ length: 50 }, (_, i) => 2000 + i));
    expect(evidenceRowIds([row()], [0, 0], 50)).toEqual([]);
  });
});
