// The check marks in words, and in the exports: 核查 and 核查说明 columns in the people, wide and
// machine CSV and the .xlsx (status and explanation for flagged figures, empty cells for the
// others, formula text neutralised), which still re-import unchanged.
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findingKey } from '../../../src/domain/checks/notes';
import { observationsToCsvParts } from '../../../src/domain/csv/write-csv';
import { parseImportText } from '../../../src/domain/csv/parse-import';
import { CHECK_HEADER_MACHINE, checkColumns, wideCheckColumns } from '../../../src/domain/export/check-columns';
import { observationsToXlsx } from '../../../src/domain/export/observations-xlsx';
import { peopleCsvParts, wideCsv } from '../../../src/domain/export/people-csv';
import { observationsOf } from '../../../src/domain/observations/columns';
import { parseFileBytes } from '../../../src/domain/xlsx/parse-file-bytes';
import { indexedMarker } from '../../../src/features/checks/check-marker';
import { checkedTable, zh } from '../../helpers/checked-table';
import { observation } from '../../helpers/observation';
import { loadCatalog } from '../../helpers/project-files';

const catalog = loadCatalog();
const byId = (id: string) => catalog.get(id);
const rows = [
  observation('区城管局', 2024, 'litigation_cases', 8, { indicatorText: '行政诉讼案件数', evidence: '全年发生行政诉讼案件8件。' }),
  observation('区城管局', 2024, 'litigation_lost', 12, { indicatorText: '行政诉讼败诉件数', evidence: '其中败诉12件。' }),
  observation('区司法局', 2024, 'litigation_cases', 5, { indicatorText: '行政诉讼案件数' }),
  observation('区司法局', 2024, 'litigation_lost', 7, { indicatorText: '行政诉讼败诉件数' }),
  observation('区司法局', 2023, 'litigation_lost', 1, { indicatorText: '行政诉讼败诉件数' }),
];
const { table, findings } = checkedTable(rows);
const lostOf = (department: string) => findings.find((f) => f.department === department && f.indicator === 'litigation_lost')!;
// 城管局's 12 of 8 is explained (the explanation starts like a formula); 司法局's 7 of 5 is open.
const notes = { [findingKey(lostOf('区城管局'))]: { note: '=含上年结转案件，经核实无误', at: 1 } };
const marker = indexedMarker(findings, table)(notes, zh, 'zh', catalog);
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('check marks in words', () => {
  it('states the finding with both sides and the explanation where one was given', () => {
    const open = marker.mark(rows[3]!)!;
    expect(marker.text(open)).toEqual({ status: '错误', heading: '数据核查：错误', lines: ['7件 大于「行政诉讼案件数」5件'] });
    expect(marker.text(marker.mark(rows[1]!)!).lines).toEqual(['12件 大于「行政诉讼案件数」8件', '说明：=含上年结转案件，经核实无误']);
    expect(marker.cells(rows[1]!)).toEqual({ status: '已说明', explanation: '=含上年结转案件，经核实无误' });
    expect(marker.cells(rows[3]!)).toEqual({ status: '错误', explanation: '待核实：7件 大于「行政诉讼案件数」5件' });
    expect(marker.cells(rows[0]!)).toBeNull();
  });
});

describe('check columns in exports', () => {
  it('people CSV: status and explanation for flagged rows, empty cells for the others, formulas neutralised', () => {
    const table = parse([...peopleCsvParts(rows, byId, checkColumns(rows, marker.cells))].join(''));
    expect(table[0]!.slice(-2)).toEqual(['核查', '核查说明']);
    expect(table[2]!.slice(-2)).toEqual(['已说明', "'=含上年结转案件，经核实无误"]);
    expect(table[4]!.slice(-2)).toEqual(['错误', '待核实：7件 大于「行政诉讼案件数」5件']);
    expect(table[1]!.slice(-2)).toEqual(['', '']);
    expect(table[5]!.slice(-2)).toEqual(['', '']);
  });

  it('no columns when no exported figure is flagged', () => {
    const clean = [rows[0]!, rows[2]!];
    expect(checkColumns(clean, marker.cells)).toBeUndefined();
    expect(checkColumns(rows, undefined)).toBeUndefined();
    expect(parse([...peopleCsvParts(clean, byId, checkColumns(clean, marker.cells))].join(''))[0]).toHaveLength(9);
  });

  it('re-imports unchanged: the importer ignores both columns without a warning', () => {
    for (const csv of [
      [...peopleCsvParts(rows, byId, checkColumns(rows, marker.cells))].join(''),
      [...observationsToCsvParts(rows, { extra: checkColumns(rows, marker.cells, CHECK_HEADER_MACHINE) })].join(''),
    ]) {
      const r = parseImportText(csv, { fileName: 'checks.csv', catalog, currentYear: 2026 });
      expect(r.issues).toEqual([]);
      expect(observationsOf(r.columns).map((o) => [o.department, o.year, o.indicatorId, o.value])).toEqual(
        rows.map((o) => [o.department, o.year, o.indicatorId, o.value]),
      );
    }
  });

  it('wide CSV: each flagged year of a row, named', () => {
    const table = parse(wideCsv(rows, byId, wideCheckColumns(rows, marker.cells)));
    expect(table[0]).toEqual(['部门', '指标', '单位', '2023年', '2024年', '核查', '核查说明']);
    expect(table.find((r) => r[0] === '区司法局' && r[1] === '行政诉讼败诉件数')).toEqual([
      '区司法局',
      '行政诉讼败诉件数',
      '件',
      '1',
      '7',
      '2024年：错误',
      '2024年：待核实：7件 大于「行政诉讼案件数」5件',
    ]);
    expect(table.find((r) => r[0] === '区司法局' && r[1] === '行政诉讼案件数')!.slice(-2)).toEqual(['', '']);
  });

  it('.xlsx: the two columns after the data, re-imported unchanged', () => {
    const bytes = observationsToXlsx(
      rows,
      { title: '核查', exportedAt: new Date(2026, 0, 2), simulated: false },
      checkColumns(rows, marker.cells),
    );
    const sheet = XLSX.read(bytes).Sheets['数据']!;
    const grid = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
    expect(grid[0]!.slice(-2)).toEqual(['核查', '核查说明']);
    expect(grid[2]!.slice(-2)).toEqual(['已说明', "'=含上年结转案件，经核实无误"]);
    expect(grid[1]!.slice(-2)).toEqual(['', '']);
    const back = parseFileBytes(bytes, { fileName: '核查.xlsx', catalog, currentYear: 2026 }, XLSX);
    // Only the 说明 sheet is skipped (text only); the check columns raise nothing.
    expect(back.issues.map((i) => i.code)).toEqual(['W_SHEET_TEXT_ONLY']);
    expect(observationsOf(back.columns).map((o) => o.value)).toEqual(rows.map((o) => o.value));
  });
});
