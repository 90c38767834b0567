// Observation columns whose text dictionaries are packed (as the import worker posts them)
// read, slice, pick and export exactly like columns with string[] dictionaries.
import { describe, expect, it } from 'vitest';
import { columnsToCsvParts } from '../../src/domain/csv/write-csv';
import { columnsFromObservations, observationsOf, type ObservationColumns } from '../../src/domain/observations/columns';
import { pickRows } from '../../src/domain/observations/filter-columns';
import { packTextColumns } from '../../src/domain/observations/pack-text-columns';
import { sliceText } from '../../src/domain/observations/slice-columns';
import { dictAt, dictSize, dictValues, isPackedDict, packDict } from '../../src/domain/observations/string-dict';
import type { Observation } from '../../src/domain/types';

function o(i: number, evidence: string, file?: string): Observation {
  const source: Observation['source'] = { line: i + 2, start: -1, end: -1 };
  if (file) source.file = file;
  return {
    department: `区${i % 3}`,
    year: 2020 + (i % 4),
    indicatorId: `ind${i % 5}`,
    indicatorText: `指标${i % 5}`,
    value: i,
    unit: '件',
    qualifier: '',
    derived: i % 2 === 0,
    evidence,
    source,
  };
}

const rows = [
  o(0, '清理了12份规范性文件', 'a.txt'),
  o(1, ''),
  o(2, '😀 "引号", =SUM(A1)'),
  o(3, '清理了12份规范性文件', 'b.txt'),
  o(4, '__proto__'),
  o(5, '\uFEFF开头'),
];

function packed(): ObservationColumns {
  const c = columnsFromObservations(rows);
  return { numeric: c.numeric, text: packTextColumns(c.text) };
}

describe('packed text columns', () => {
  it('packs every text dictionary and reads rows back unchanged', () => {
    const c = packed();
    expect(isPackedDict(c.text.evidences)).toBe(true);
    expect(isPackedDict(c.text.indicatorTexts)).toBe(true);
    expect(isPackedDict(c.text.files)).toBe(true);
    expect(observationsOf(c)).toEqual(rows);
  });

  it('slices into packed parts with compact dictionaries', () => {
    const s = sliceText(packed().text, 2, 5);
    expect(isPackedDict(s.evidences)).toBe(true);
    expect(dictValues(s.evidences)).toEqual(['😀 "引号", =SUM(A1)', '清理了12份规范性文件', '__proto__']);
    expect(dictValues(s.files)).toEqual(['', 'b.txt']);
    expect(sliceText(columnsFromObservations(rows).text, 2, 5)).toEqual({
      ...s,
      evidences: dictValues(s.evidences),
      indicatorTexts: dictValues(s.indicatorTexts),
      files: dictValues(s.files),
    });
  });

  it('picks rows without touching the packed text', () => {
    const c = packed();
    const p = pickRows(c, [5, 2, 0]);
    expect(p.text.evidences).toBe(c.text.evidences);
    expect(p.numeric.departments).toEqual(['区2', '区0']);
    expect(observationsOf(p)).toEqual([rows[5], rows[2], rows[0]]);
    expect(observationsOf(pickRows(columnsFromObservations(rows), [5, 2, 0]))).toEqual(observationsOf(p));
  });

  it('exports the same CSV', () => {
    const plain = [...columnsToCsvParts(columnsFromObservations(rows), { rowsPerPart: 2 })];
    expect([...columnsToCsvParts(packed(), { rowsPerPart: 2 })]).toEqual(plain);
  });

  it('keeps a dictionary with a lone surrogate as an array, so it reads back exactly', () => {
    const lone = ['ok', 'bad \uD800 high', 'pair 😀'];
    expect(packDict(lone)).toBe(lone);
    expect(packDict(['bad \uDC00 low'])).toEqual(['bad \uDC00 low']);
    const p = packDict(['pair 😀', '']);
    expect(isPackedDict(p)).toBe(true);
    expect(packDict(p)).toBe(p);
    expect(dictSize(p)).toBe(2);
    expect([dictAt(p, 0), dictAt(p, 1), dictAt(p, 2)]).toEqual(['pair 😀', '', undefined]);
  });
});
