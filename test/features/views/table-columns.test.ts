import { describe, expect, it } from 'vitest';
import { buildTableModel } from '../../../src/domain/charts/models/table-model';
import { textWidth } from '../../../src/domain/charts/text-width';
import { columnMinWidths } from '../../../src/features/views/table-columns';
import { catalog, datasets, departments, sampleRows } from '../../domain/charts/fixtures';

const base = { indicators: catalog.indicators, datasets, departments, rows: sampleRows(), years: [2021, 2022] as [number, number] };

/** The minimum width that holds a 13 px word whole in a cell (6 px padding each side). */
const holds = (word: string) => textWidth(word, 13) + 12;

describe('data table column widths', () => {
  it('keep English units and 「Not reported」 whole (no 「peopl-e」, 「report-ed」)', () => {
    const m = buildTableModel({ ...base, lang: 'en' });
    const min = columnMinWidths(m.columns, m.rows);
    const at = (key: string) => min[m.columns.findIndex((c) => c.key === key)]!;
    const units = new Set(m.rows.map((r) => r.cells.unit.text));
    expect(units.size).toBeGreaterThan(0);
    for (const u of units) for (const w of u.split(/\s+/)) expect(at('unit')).toBeGreaterThanOrEqual(holds(w));
    expect(m.rows.some((r) => r.cells.y2022!.text === 'Not reported')).toBe(true);
    expect(at('y2022')).toBeGreaterThanOrEqual(holds('reported'));
  });

  it('let names wrap: a long department name does not widen its column', () => {
    const long = sampleRows().map((r) => ({ ...r, department: '武汉经济技术开发区（汉南区）市场监督管理局执法支队' }));
    const m = buildTableModel({ ...base, rows: long, lang: 'zh' });
    const short = buildTableModel({ ...base, lang: 'zh' });
    const dep = m.columns.findIndex((c) => c.key === 'department');
    expect(columnMinWidths(m.columns, m.rows)[dep]).toBe(columnMinWidths(short.columns, short.rows)[dep]);
  });
});
