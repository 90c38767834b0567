// Table-driven tests over the fixture workbooks (test/fixtures/xlsx, real bytes written by
// make-workbooks.ts): what each sheet shape imports, what is skipped, and the messages.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { ParsedImport } from '../../../src/domain/csv/parse-import';
import { observationAt } from '../../../src/domain/observations/columns';
import { parseFileBytes } from '../../../src/domain/xlsx/parse-file-bytes';
import { loadCatalog, readProjectBytes } from '../../helpers/project-files';

const catalog = loadCatalog();

function parse(name: string, extra: { sheets?: string[] } = {}): ParsedImport {
  return parseFileBytes(readProjectBytes('test/fixtures/xlsx/' + name), { fileName: name, catalog, currentYear: 2026, ...extra }, XLSX);
}

/** 「department|year|indicator|value unit qualifier」 per accepted observation. */
function rows(r: ParsedImport): string[] {
  return Array.from({ length: r.columns.numeric.length }, (_, i) => {
    const o = observationAt(r.columns, i);
    return `${o.department}|${o.year}|${o.indicatorId}|${o.value}${o.unit}${o.qualifier ? ' ' + o.qualifier : ''}`;
  });
}

const codes = (r: ParsedImport) => r.issues.map((i) => i.code);

interface Case {
  file: string;
  ok: boolean;
  encoding: string;
  layout?: string;
  rows?: string[];
  codes: string[];
  message?: RegExp;
}

const CASES: Case[] = [
  {
    file: 'gov-stats.xlsx',
    ok: true,
    encoding: 'xlsx',
    layout: 'wide-indicator',
    rows: [
      '区司法局|2024|normative_docs_issued|12件',
      '区司法局|2024|normative_docs_cleaned|8件',
      '区司法局|2024|reconsideration_cases|20件',
      '区司法局|2024|reconsideration_correction_rate|12.5%',
      '区市场监管局|2024|normative_docs_issued|20件 约',
      '区市场监管局|2024|normative_docs_cleaned|1234件',
      '区市场监管局|2024|reconsideration_correction_rate|98.5%',
      '区生态环境局|2024|normative_docs_issued|3件',
      '区生态环境局|2024|reconsideration_cases|7件',
      '区生态环境局|2024|reconsideration_correction_rate|0%',
    ],
    codes: ['W_SHEET_YEAR', 'W_SHEET_ROWS_SKIPPED', 'W_SHEET_TEXT_ONLY', 'W_NORMALIZED', 'W_EMPTY_CELLS_SKIPPED'],
    message: /「gov-stats\.xlsx」「2024年!C6」（「规范性文件清理数（件）」列）：「1,234」已按 1234 读取/,
  },
  {
    file: 'sheet-per-year.xlsx',
    ok: true,
    encoding: 'xlsx',
    layout: 'wide-indicator',
    rows: [
      '区司法局|2022|reconsideration_cases|5件',
      '区司法局|2022|litigation_cases|2件',
      '区教育局|2022|reconsideration_cases|1件',
      '区教育局|2022|litigation_cases|0件',
      '区司法局|2023|reconsideration_cases|6件',
      '区司法局|2023|litigation_cases|3件',
      '区教育局|2023|reconsideration_cases|2件',
    ],
    codes: ['W_SHEET_YEAR', 'W_SHEET_YEAR', 'W_EMPTY_CELLS_SKIPPED'],
    message: /工作表「2023年」没有年度列，按工作表名称中的年度取为 2023 年/,
  },
  {
    file: 'long.xlsx',
    ok: true,
    encoding: 'xlsx',
    layout: 'long',
    rows: ['区司法局|2023|reconsideration_cases|15件', '区司法局|2023|reconsideration_correction_rate|10%'],
    codes: ['E_DUPLICATE_CONFLICT', 'E_DUPLICATE_CONFLICT'],
    message: /「long\.xlsx」「数据!D5」（「数值」列）：与「数据!第4行」的部门、年度、指标相同但数值不同/,
  },
  {
    file: 'wide-year.xls',
    ok: true,
    encoding: 'xls',
    layout: 'wide-year',
    rows: ['区司法局|2022|litigation_cases|4件', '区司法局|2023|litigation_cases|6件', '区教育局|2022|litigation_cases|1件'],
    codes: ['W_EMPTY_CELLS_SKIPPED'],
    // A skipped cell is named by sheet and cell, not by a line of the text made from the sheet.
    message: /1 个单元格为空或「-」，没有数据，未导入（不会记为 0）：「[^」]+![A-Z]+\d+」/,
  },
  {
    file: 'reporting-unit.xlsx',
    ok: true,
    encoding: 'xlsx',
    layout: 'wide-indicator',
    rows: ['区司法局|2023|reconsideration_cases|3件', '区司法局|2023|litigation_cases|1件', '区教育局|2023|reconsideration_cases|2件'],
    codes: ['W_SHEET_YEAR', 'W_SHEET_ROWS_SKIPPED', 'W_SHEET_NO_HEADER', 'W_EMPTY_CELLS_SKIPPED'],
    message: /工作表「草稿」中没有找到表头/,
  },
  {
    file: 'unmerged-header.xlsx',
    ok: true,
    encoding: 'xlsx',
    layout: 'wide-indicator',
    rows: [
      '区司法局|2022|normative_docs_issued|2件',
      '区司法局|2022|normative_docs_cleaned|1件',
      '区司法局|2022|reconsideration_cases|4件',
      '区司法局|2022|reconsideration_correction_rate|25%',
    ],
    codes: ['W_SHEET_YEAR', 'W_SHEET_ROWS_SKIPPED'],
    message: /合计 2022年度!A4「小计」/,
  },
  { file: 'csv-named.xlsx', ok: true, encoding: 'UTF-8', layout: 'long', rows: ['区司法局|2023|reconsideration_cases|9件'], codes: [] },
  { file: 'empty.xlsx', ok: false, encoding: 'xlsx', codes: ['E_EMPTY_FILE'], message: /工作簿是空的/ },
  { file: 'encrypted.xlsx', ok: false, encoding: 'xls', codes: ['E_ENCRYPTED'], message: /设置了打开密码.*清空密码/ },
  { file: 'wps-table.et', ok: false, encoding: 'xls', codes: ['E_WPS_ET'], message: /WPS 表格专用格式（\.et）.*另存为.*\.xlsx/ },
];

describe('workbook import (fixture workbooks)', () => {
  it.each(CASES)('$file', (c) => {
    const r = parse(c.file);
    expect(r.ok).toBe(c.ok);
    expect(r.encoding).toBe(c.encoding);
    if (c.layout) expect(r.layout).toBe(c.layout);
    expect(rows(r)).toEqual(c.rows ?? []);
    expect(codes(r)).toEqual(c.codes);
    if (c.message) expect(r.issues.map((i) => i.message).join('\n')).toMatch(c.message);
  });

  it('lists title, 填报单位, 合计 and note rows as skipped, by cell, and the text-only sheet as skipped', () => {
    const r = parse('gov-stats.xlsx');
    expect(r.sheets).toEqual([
      {
        name: '2024年',
        status: 'data',
        selected: true,
        dataRows: 3,
        year: 2024,
        yearFrom: 'title',
        skipped: ['A1 标题', 'A2 表尾', 'A8 合计', 'A9 表尾', 'A10 表尾'],
      },
      { name: '填表说明', status: 'text-only', selected: false, dataRows: 0, skipped: [] },
    ]);
    expect(r.stats.rejected).toBe(0);
    const skipped = r.issues.find((i) => i.code === 'W_SHEET_ROWS_SKIPPED')!.message;
    expect(skipped).toContain('合计 2024年!A8「合计」');
    expect(skipped).toContain('表尾 2024年!A10「填表人：张三」');
  });

  it('imports only the sheets the user keeps selected', () => {
    const r = parse('sheet-per-year.xlsx', { sheets: ['2023年'] });
    expect(r.sheets!.map((s) => [s.name, s.selected])).toEqual([
      ['2022年', false],
      ['2023年', true],
    ]);
    expect(new Set(rows(r).map((x) => x.split('|')[1]))).toEqual(new Set(['2023']));
    expect(parse('sheet-per-year.xlsx', { sheets: [] }).issues[0]!.code).toBe('E_NO_SHEET_DATA');
  });

  it("stores the sheet row as each observation's line", () => {
    const r = parse('gov-stats.xlsx');
    expect(observationAt(r.columns, 0).source.line).toBe(5);
    expect(observationAt(r.columns, 9).source.line).toBe(7);
  });
});
