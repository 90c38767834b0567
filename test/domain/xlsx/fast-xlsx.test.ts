// The fast .xlsx reader gives the same grids as SheetJS for every fixture workbook, our own
// export, shared strings with entities, booleans, percentages and errors.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readXlsxFast, xmlDecode } from '../../../src/domain/xlsx/fast-xlsx';
import { sheetGrid } from '../../../src/domain/xlsx/sheet-grid';
import { observationsToXlsx } from '../../../src/domain/export/observations-xlsx';
import { readProjectBytes } from '../../helpers/project-files';

function grids(book: Pick<XLSX.WorkBook, 'SheetNames' | 'Sheets'>) {
  return book.SheetNames.map((n) => {
    const g = sheetGrid(n, book.Sheets[n]!, XLSX.SSF);
    return { ...g, merges: g.merges.map((m) => XLSX.utils.encode_range(m)).sort() };
  });
}

function sheetJs(bytes: Uint8Array) {
  return XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false, cellDates: false });
}

function withSst(rows: (string | number | XLSX.CellObject | null)[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [XLSX.utils.decode_range('A1:C1')];
  XLSX.utils.book_append_sheet(wb, ws, '数据 & 说明');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer);
}

const FIXTURES = ['gov-stats.xlsx', 'sheet-per-year.xlsx', 'long.xlsx', 'reporting-unit.xlsx', 'unmerged-header.xlsx', 'empty.xlsx'];

describe('readXlsxFast', () => {
  it.each(FIXTURES)('reads %s like SheetJS', (name) => {
    const bytes = readProjectBytes('test/fixtures/xlsx/' + name);
    expect(grids(readXlsxFast(bytes))).toEqual(grids(sheetJs(bytes)));
  });

  it('reads shared strings with entities, escapes and line breaks, booleans, percent and error cells like SheetJS', () => {
    const bytes = withSst([
      ['标题 <A&B> "引号"', null, null],
      ['部门', '比例', '布尔'],
      ['甲\n乙', { t: 'n', v: 0.5, z: '0%' }, { t: 'b', v: true }],
      ['丙', { t: 'e', v: 7 }, 1.5],
    ]);
    const fast = grids(readXlsxFast(bytes));
    expect(fast).toEqual(grids(sheetJs(bytes)));
    expect(fast[0]!.rows[2]).toEqual(['甲\n乙', '50%', 'TRUE']);
    expect(fast[0]!.rows[3]).toEqual(['丙', '#DIV/0!', '1.5']);
    expect(xmlDecode('a_x000D_b&amp;&#x4E2D;&#25991;')).toBe('a\rb&中文');
  });

  it('reads our own export like SheetJS', () => {
    const obs = [
      {
        department: '=甲',
        year: 2024,
        indicatorId: 'x',
        indicatorText: 'y',
        value: 98.5,
        unit: '%',
        qualifier: '' as const,
        derived: false,
        evidence: 'a<b>&c',
        source: { line: 1, start: -1, end: -1, file: 'f' },
      },
    ];
    const bytes = observationsToXlsx(obs, { title: 't', exportedAt: new Date(2026, 0, 1), simulated: false });
    expect(grids(readXlsxFast(bytes))).toEqual(grids(sheetJs(bytes)));
  });

  it('throws on what it does not read (the caller falls back to SheetJS)', () => {
    expect(() => readXlsxFast(readProjectBytes('test/fixtures/xlsx/wide-year.xls'))).toThrow();
  });
});
