// CSV export rules (X6, H4) and the round trip observations → CSV → import.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../../src/domain/csv/parse-import';
import { rejectedRowsCsv } from '../../../src/domain/csv/rejected-rows-csv';
import { unescapeFormulaPrefix } from '../../../src/domain/csv/text-cells';
import {
  columnsToCsvParts,
  csvCell,
  csvRow,
  observationsToCsv,
  observationsToCsvParts,
  OBSERVATION_HEADER,
  toCsv,
} from '../../../src/domain/csv/write-csv';
import { columnsFromObservations, observationsOf } from '../../../src/domain/observations/columns';
import type { Observation } from '../../../src/domain/types';
import { loadCatalog } from '../../helpers/project-files';

const catalog = loadCatalog();

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['含,逗号', '"含,逗号"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+86', "'+86"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', '"\'\tx"'],
    ['\rx', '"\'\rx"'],
    ['\nx', '"\'\nx"'],
    ['=1+2";=1+2', '"\'=1+2"";=1+2"'],
    ["'=x", "''=x"],
    ["'plain", "'plain"],
    [' padded ', '" padded "'],
    ['', ''],
  ])('%j → %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('writes numbers as numbers, unquoted, and never "-0"', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(98.5)).toBe('98.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });

  it('undoes exactly one neutralising quote on import', () => {
    for (const s of ['=1', "'=1", "''=1", '-5', '@x', '\tx', "'plain", 'plain']) {
      expect(unescapeFormulaPrefix(csvCell(s).replace(/^"|"$/g, ''))).toBe(s);
    }
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends rows with CRLF (X6)', () => {
    const s = toCsv([
      ['部门', '数值'],
      ['武汉市财政局', 12],
    ]);
    expect(s).toBe('\uFEFF部门,数值\r\n武汉市财政局,12\r\n');
    expect(csvRow(['a', 1])).toBe('a,1\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('is read back exactly by an RFC 4180 parser', () => {
    const rows = [['a,b', 'c"d', 'e\r\nf', '=x', '-5']];
    const parsed = Papa.parse<string[]>(toCsv(rows, { bom: false }), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([['a,b', 'c"d', 'e\r\nf', "'=x", "'-5"]]);
  });
});

const hostile: Observation[] = [
  ['=HYPERLINK("http://x","点我")财政局', 'normative_docs_cleaned', '清理规范性文件数', 12, '件', '', '=HYPERLINK("http://evil")'],
  ['-5区司法局', 'law_training_sessions', '法治培训次数', 3, '次', '约', '-5'],
  [
    '<img src=x onerror=alert(1)>教育局',
    'other:<img src=x onerror=alert(1)>事项数',
    '<img src=x onerror=alert(1)>事项数',
    7,
    '项',
    '',
    '<img src=x onerror=alert(1)>',
  ],
  ['武汉市"引号"局', 'legal_opinions_issued', '出具法律意见书份数', 1.5e3, '份', '以上', '他说："第一行\r\n第二行, 含逗号"'],
  ['@武汉市民政局', 'normative_docs_legality_review_rate', '合法性审核率', 99.5, '%', '', '\t前导TAB'],
  ["'=武汉市水务局", 'penalty_amount', '罚没款金额', 0.25, '万元', '', "''=两个引号"],
  ['__proto__财政局', 'other:toString事项', 'toString事项', 0, '', '', '+1'],
].map(([department, indicatorId, indicatorText, value, unit, qualifier, evidence], i) => ({
  department: department as string,
  year: 2015 + i,
  indicatorId: indicatorId as string,
  indicatorText: indicatorText as string,
  value: value as number,
  unit: unit as string,
  qualifier: qualifier as Observation['qualifier'],
  derived: i % 2 === 0,
  evidence: evidence as string,
  source: i === 1 ? { line: i + 2, start: -1, end: -1, file: '2024_report.txt' } : { line: i + 2, start: -1, end: -1 },
}));

describe('observationsToCsv round trip', () => {
  it('re-imports hostile strings identically', () => {
    const csv = observationsToCsv(hostile);
    expect(csv.startsWith('\uFEFF' + OBSERVATION_HEADER.join(',') + '\r\n')).toBe(true);
    const r = parseImportText(csv, { fileName: 'export.csv', catalog, currentYear: 2026 });
    expect(r.ok).toBe(true);
    expect(r.rejected).toEqual([]);
    const back = observationsOf(r.columns).map((o) => ({ ...o, source: { ...o.source, line: 0 } }));
    expect(back).toEqual(hostile.map((o) => ({ ...o, source: { ...o.source, line: 0 } })));
    // Nothing in the file starts a cell with a formula character.
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.flat();
    for (const c of cells) expect(c).not.toMatch(/^[=+@\t\r\n]|^-(?!\d)/);
  });

  it('writes the same text from columns as from objects, in parts', () => {
    const cols = columnsFromObservations(hostile);
    const fromCols = [...columnsToCsvParts(cols, { rowsPerPart: 2 })];
    expect(fromCols.length).toBe(4);
    expect(fromCols.join('')).toBe(observationsToCsv(hostile));
    expect([...observationsToCsvParts(hostile, { rowsPerPart: 3 })].join('')).toBe(observationsToCsv(hostile));
  });

  it('round-trips a generated random set (property)', () => {
    let seed = 99;
    const rand = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    const pieces = ['财政局', '=', '+', '-', '@', '"', ',', '\r\n', "'", '<b>', ' ', '；', '𠮷', '\t'];
    const ids = ['normative_docs_cleaned', 'law_training_sessions', 'normative_docs_legality_review_rate', 'penalty_amount'];
    const rows: Observation[] = [];
    for (let i = 0; i < 300; i++) {
      let evidence = '';
      for (let k = rand(8); k > 0; k--) evidence += pieces[rand(pieces.length)];
      const ind = catalog.get(ids[i % ids.length]!)!;
      const value = ind.unit === '%' ? rand(1001) / 10 : ind.unit === '万元' ? rand(100000) / 100 : rand(500);
      rows.push({
        department: `${pieces[rand(5)]}测试${i}局`,
        year: 2015 + (i % 10),
        indicatorId: ind.id,
        indicatorText: ind.labelZh,
        value,
        unit: ind.unit,
        qualifier: '',
        derived: false,
        evidence,
        source: { line: 0, start: -1, end: -1 },
      });
    }
    const r = parseImportText(observationsToCsv(rows), { fileName: 'p.csv', catalog, currentYear: 2026 });
    expect(r.rejected).toEqual([]);
    expect(observationsOf(r.columns).map((o) => ({ ...o, source: { line: 0, start: -1, end: -1 } }))).toEqual(rows);
  });
});

describe('rejectedRowsCsv', () => {
  it('lists 行号, the original cells and 错误原因, neutralised, and re-imports after a fix', () => {
    const text = '部门,年度,指标,数值\n=武汉市财政局,2023,清理规范性文件数,十二\n武汉市司法局,2023,法治培训次数,8,多余\n';
    const r = parseImportText(text, { fileName: 'x.csv', catalog, currentYear: 2026 });
    const csv = rejectedRowsCsv(r);
    const table = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(table[0]).toEqual(['行号', '部门', '年度', '指标', '数值', '第5列', '错误原因']);
    expect(table[1]!.slice(0, 5)).toEqual(['2', "'=武汉市财政局", '2023', '清理规范性文件数', '十二']);
    expect(table[1]![6]).toContain('阿拉伯数字');
    expect(table[2]![0]).toBe('3');
    const fixed = csv.replace('十二', '12');
    const again = parseImportText(fixed, { fileName: 'fixed.csv', catalog, currentYear: 2026 });
    // The second row's extra cell now sits under 「第5列」, an ignored extra column.
    expect(again.stats.records).toBe(2);
    expect(observationsOf(again.columns)[0]).toMatchObject({ department: '=武汉市财政局', value: 12 });
    const unknown = again.issues.filter((i) => i.code === 'W_UNKNOWN_COLUMN');
    expect(unknown.length).toBe(1);
    expect(unknown[0]!.message).toContain('「第5列」');
    expect(unknown[0]!.message).not.toMatch(/行号|错误原因/);
  });
});
