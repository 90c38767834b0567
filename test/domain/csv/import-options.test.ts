// Import options and file-level behaviour: the export format, department aliases, custom
// indicators, qualifiers, size limits, hostile file names, progress and cancellation.
import { describe, expect, it } from 'vitest';
import { compareWithStored } from '../../../src/domain/observations/compare-with-stored';
import { buildStoredTable } from '../../../src/domain/observations/stored-table';
import { generateLongCsv, GENERATED_HEADER, GENERATED_INDICATORS } from '../../../src/domain/csv/generate-long-csv';
import { parseImportBytes, parseImportBytesAsync, parseImportText, type ImportOptions } from '../../../src/domain/csv/parse-import';
import { observationsOf } from '../../../src/domain/observations/columns';
import { isPackedDict } from '../../../src/domain/observations/string-dict';
import { loadCatalog } from '../../helpers/project-files';

const catalog = loadCatalog();
const parse = (text: string, extra: Partial<ImportOptions> = {}) =>
  parseImportText(text, { fileName: 't.csv', catalog, currentYear: 2026, ...extra });
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('the export / extract format', () => {
  const text = [
    'department,year,indicator,indicator_text,value,unit,qualifier,evidence,source',
    '武汉市汉阳区财政局,2024,normative_docs_cleaned,清理规范性文件,22,份,,清理了22份规范性文件,2024_hanyang_finance.txt',
    '武汉市汉阳区财政局,2024,,行政确认事项数,5,项,约,约5项,2024_hanyang_finance.txt',
    '武汉市汉阳区财政局,2024,other:政务服务事项数,政务服务事项数,120,项,,,',
    '武汉市汉阳区财政局,2024,unknown_id,某某指标,3,个,,,',
  ].join('\n');

  it('keeps catalog ids, makes other:<indicator_text> for empty or unknown ids, keeps other: ids', () => {
    const r = parse(text);
    expect(r.ok).toBe(true);
    expect(observationsOf(r.columns).map((o) => [o.indicatorId, o.indicatorText, o.value, o.unit, o.qualifier, o.source.file])).toEqual([
      ['normative_docs_cleaned', '清理规范性文件', 22, '件', '', '2024_hanyang_finance.txt'],
      ['other:行政确认事项数', '行政确认事项数', 5, '项', '约', '2024_hanyang_finance.txt'],
      ['other:政务服务事项数', '政务服务事项数', 120, '项', '', undefined],
      ['other:某某指标', '某某指标', 3, '个', '', undefined],
    ]);
    expect(codes(r)).toEqual(['W_CUSTOM_INDICATOR', 'W_UNIT_SYNONYM']);
  });
});

describe('departments', () => {
  it('applies the alias map and reports region and type from the file', () => {
    const r = parse(
      '部门,地区,部门类型,年度,指标,数值\n汉阳区财政局,武汉市汉阳区,财政局,2023,败诉数,1\n武汉市汉阳区财政局,,,2024,败诉数,2\n经开区发改局,,,2024,败诉数,0\n',
      {
        departmentAliases: new Map([
          ['汉阳区财政局', '武汉市汉阳区财政局'],
          ['经开区发改局', '武汉经济技术开发区发展和改革局'],
        ]),
      },
    );
    expect(r.columns.numeric.departments).toEqual(['武汉市汉阳区财政局', '武汉经济技术开发区发展和改革局']);
    expect(r.departments).toEqual([
      { name: '武汉市汉阳区财政局', region: '武汉市汉阳区', type: '财政局', aliases: ['汉阳区财政局'] },
      { name: '武汉经济技术开发区发展和改革局', region: '', type: '', aliases: ['经开区发改局'] },
    ]);
    expect(codes(r)).toEqual(['W_DEPT_NAME_NORMALIZED']);
  });

  it('never lets __proto__ and friends pollute anything (H5)', () => {
    const r = parse('部门,年度,指标,数值,__proto__,constructor\n武汉市财政局,2023,法治培训次数,1,{"polluted":1},x\n', {
      departmentAliases: new Map([['__proto__', '武汉市财政局']]),
      allowCustomIndicators: true,
    });
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

describe('indicators outside the catalog', () => {
  it('are rejected with a suggestion by default and stored as other: when allowed (M6)', () => {
    const text =
      '部门,年度,指标,数值,单位\n甲市财政局,2023,行政确认事项数,5,项\n甲市财政局,2023,培训时长,12.5,小时\n甲市财政局,2023,toString,1,\n';
    expect(parse(text).stats).toMatchObject({ records: 0, rejected: 3 });
    const r = parse(text, { allowCustomIndicators: true });
    expect(observationsOf(r.columns).map((o) => [o.indicatorId, o.value, o.unit])).toEqual([
      ['other:行政确认事项数', 5, '项'],
      ['other:培训时长', 12.5, '小时'],
    ]);
    expect(r.issues).toMatchObject([{ code: 'E_INDICATOR_INVALID', line: 4, column: '指标' }]);
  });

  it('wide files: an unknown numeric column is an error unless allowed; a text column is ignored', () => {
    const text = '部门,年度,行政确认事项数（项）,联系人\n甲市财政局,2023,5,张三\n';
    const strict = parse(text);
    expect(strict.ok).toBe(false);
    expect(strict.issues[0]).toMatchObject({ code: 'E_UNKNOWN_INDICATOR', line: 1, column: '行政确认事项数（项）' });
    const loose = parse(text, { allowCustomIndicators: true });
    expect(observationsOf(loose.columns).map((o) => [o.indicatorId, o.value, o.unit])).toEqual([['other:行政确认事项数', 5, '项']]);
    expect(codes(loose)).toEqual(['W_UNKNOWN_COLUMN']);
  });

  it('wide files: the unit in the header must match the catalog (M7)', () => {
    const r = parse('部门,年度,清理规范性文件数（人）\n甲市财政局,2023,5\n');
    expect(r.issues[0]).toMatchObject({ code: 'E_UNIT_MISMATCH', column: '清理规范性文件数（人）' });
  });
});

describe('qualifier and derived columns', () => {
  it('reads them and rejects inconsistent or unknown values', () => {
    const r = parse(
      '部门,年度,指标,数值,限定词,derived\n甲市财政局,2023,法治培训次数,12,约,是\n乙市财政局,2023,法治培训次数,约12,近,否\n丙市财政局,2023,法治培训次数,12,大概,\n丁市财政局,2023,法治培训次数,12,,maybe\n',
    );
    expect(observationsOf(r.columns).map((o) => [o.department, o.qualifier, o.derived])).toEqual([['甲市财政局', '约', true]]);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['E_QUALIFIER_INVALID', 3],
      ['E_QUALIFIER_INVALID', 4],
      ['E_DERIVED_INVALID', 5],
    ]);
  });
});

describe('size and hostile input', () => {
  it('rejects one 5-million-character cell, with a short preview (Z3, H8)', () => {
    const r = parse(
      '部门,年度,指标,数值,原文\n甲市财政局,2023,法治培训次数,1,' + '很'.repeat(5_000_000) + '\n乙市财政局,2023,法治培训次数,2,\n',
    );
    expect(r.stats).toMatchObject({ records: 1, rejected: 1 });
    expect(r.issues[0]).toMatchObject({ code: 'E_CELL_TOO_LONG', line: 2, column: '原文' });
    expect(r.issues[0]!.message.length).toBeLessThan(200);
    expect(r.issues[0]!.message).toContain('…');
  });

  it('rejects an unterminated quote near the end of a large file at its line (Z4)', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => `部门${i}局,2023,法治培训次数,${i},原文`).join('\n');
    const r = parse(`部门,年度,指标,数值,原文\n${body}\n末尾局,2023,法治培训次数,1,"未闭合\n`);
    expect(r.ok).toBe(false);
    expect(r.columns.numeric.length).toBe(0);
    expect(r.issues).toMatchObject([{ code: 'E_QUOTE_UNTERMINATED', line: 50_002, column: '原文' }]);
  });

  it('summarises 5,000 unknown columns in one message (Z5)', () => {
    const r = parse(
      '部门,年度,指标,数值,' + Array.from({ length: 5000 }, (_, i) => `列${i}`).join(',') + '\n甲市财政局,2023,法治培训次数,1\n',
    );
    expect(r.issues.filter((i) => i.code === 'W_UNKNOWN_COLUMN')).toHaveLength(1);
    expect(r.issues[0]!.message).toContain('等 5000 列');
  });

  it('truncates and cleans hostile file names in messages (H7)', () => {
    const name = '<img src=x onerror=alert(1)>' + 'A'.repeat(300) + '\u202E.csv';
    const r = parse('', { fileName: name });
    const m = /^文件「(.*?)」/.exec(r.issues[0]!.message)![1]!;
    expect(Array.from(m).length).toBeLessThanOrEqual(60);
    expect(m.endsWith('….csv')).toBe(true);
    expect(m).not.toContain('\u202E');
    expect(r.fileName).toBe(name);
    const path = parse('', { fileName: 'C:\\Users\\x\\..\\机密\\报表.csv' });
    expect(path.issues[0]!.message.startsWith('文件「报表.csv」')).toBe(true);
  });

  it('caps the list of issues of one code and summarises the rest', () => {
    const rows = Array.from({ length: 450 }, (_, i) => `部门${i}局,2023,法治培训次数,十二`).join('\n');
    const r = parse(`部门,年度,指标,数值\n${rows}\n`);
    const list = r.issues.filter((i) => i.code === 'E_VALUE_NOT_NUMBER');
    expect(list).toHaveLength(201);
    expect(list[200]!.message).toContain('另有 250 处同类问题');
    expect(r.rejected).toHaveLength(450);
  });
});

describe('quotes and line endings', () => {
  it('rejects only the row with a stray quote; the rows after it are imported (S12)', () => {
    const r = parse(
      '部门,年度,指标,数值,原文\n甲市财政局,2023,法治培训次数,1,"十四五"规划\n乙市财政局,2023,法治培训次数,2,原文\n丙市财政局,2023,法治培训次数,3,"含""引号"""\n',
    );
    expect(r.stats).toMatchObject({ dataRows: 3, records: 2, rejected: 1 });
    expect(r.issues).toMatchObject([{ code: 'E_QUOTE_STRAY', line: 2, column: '原文' }]);
    expect(r.issues[0]!.message).toContain('第 26 个字符处');
    expect(r.rejected[0]!.cells[4]).toBe('"十四五"规划');
    expect(observationsOf(r.columns).map((o) => [o.department, o.evidence, o.source.line])).toEqual([
      ['乙市财政局', '原文', 3],
      ['丙市财政局', '含"引号"', 4],
    ]);
  });

  it('reads CRLF, LF and lone-CR rows in one file at their physical lines, keeping quoted line breaks as written (E9, S11)', () => {
    const r = parse(
      '部门,年度,指标,数值,原文\r\n甲市财政局,2023,法治培训次数,1,"第一行\r\n第二行"\n乙市财政局,2023,法治培训次数,2,"旧\r式"\r丙市财政局,2023,法治培训次数,x,\r\n丁市财政局,2023,法治培训次数,4,末行',
    );
    expect(observationsOf(r.columns).map((o) => [o.department, o.evidence, o.source.line])).toEqual([
      ['甲市财政局', '第一行\r\n第二行', 2],
      ['乙市财政局', '旧\r式', 4],
      ['丁市财政局', '末行', 7],
    ]);
    expect(r.issues.map((i) => `${i.code}@${i.line}`)).toEqual(['E_VALUE_NOT_NUMBER@6']);
    expect(r.rejected[0]!.cells).toEqual(['丙市财政局', '2023', '法治培训次数', 'x', '']);
  });
});

describe('header rows in the middle of the data (E9)', () => {
  it('rejects a data row whose department is a column name, and skips a stamped footer', () => {
    const r = parse('部门,年度,指标,数值\n甲市财政局,2023,败诉数,1\n部门,2023,败诉数,2\n填报单位（盖章）,,,\n');
    expect(r.stats).toMatchObject({ records: 1, rejected: 1 });
    expect(r.issues.map((i) => `${i.code}@${i.line}`)).toEqual(['E_DEPT_INVALID@3', 'W_FOOTER_ROW@4']);
  });

  it('rejects the file when a different header follows (two formats concatenated)', () => {
    const r = parse('部门,年度,指标,数值\n甲市财政局,2023,败诉数,1\n部门,指标,年度,数值\n乙市财政局,2023,败诉数,1\n');
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([{ code: 'E_HEADER_MISMATCH', line: 3 }]);
  });
});

describe('two-row headers (S14)', () => {
  it('are ambiguous with the group row above or below the field names', () => {
    const above = parse(',,2022年,,2023年,\n部门,指标,数值,单位,数值,单位\n甲市财政局,败诉数,1,件,2,件\n');
    expect(above.issues).toMatchObject([{ code: 'E_HEADER_AMBIGUOUS', line: 2 }]);
    const titled = parse('填报单位：武汉市财政局,,,填报日期：2024年1月\n部门,年度,指标,数值\n甲市财政局,2023,败诉数,1\n');
    expect(titled.ok).toBe(true);
    expect(titled.issues.map((i) => i.code)).toEqual(['W_TITLE_ROWS_SKIPPED']);
  });
});

describe('comparison with stored data (M4, M5)', () => {
  it('counts new, unchanged and changed rows with old → new', () => {
    const r = parse(
      '部门,年度,指标,数值\n甲市财政局,2023,法治培训次数,3\n乙市财政局,2023,法治培训次数,4\n丙市财政局,2023,法治培训次数,5\n',
    );
    const stored = parse('部门,年度,指标,数值\n甲市财政局,2023,法治培训次数,3\n乙市财政局,2023,法治培训次数,9\n');
    const table = buildStoredTable([{ chunkId: 1, datasetId: 'd', columns: stored.columns.numeric }]);
    const d = compareWithStored(r.columns, table);
    expect({ new: d.newRows.length, unchanged: d.unchangedRows.length, changed: d.changed.length }).toEqual({
      new: 1,
      unchanged: 1,
      changed: 1,
    });
    expect(d.changed).toEqual([{ row: 1, storedRow: 1, oldValue: 9, newValue: 4 }]);
    const same = compareWithStored(r.columns, buildStoredTable([{ chunkId: 1, datasetId: 'd', columns: r.columns.numeric }]));
    expect(same.unchangedRows.length).toBe(3);
  });
});

describe('the synthetic generator', () => {
  it('is deterministic, uses catalog indicators and has no duplicate keys', () => {
    const a = generateLongCsv(3000, 5);
    expect(a).toBe(generateLongCsv(3000, 5));
    expect(a).not.toBe(generateLongCsv(3000, 6));
    expect(a.startsWith(GENERATED_HEADER + '\r\n')).toBe(true);
    for (const [label, unit] of GENERATED_INDICATORS) expect(catalog.lookup(label)?.unit, label).toBe(unit);
    const r = parse(a);
    expect(r.stats).toMatchObject({ dataRows: 3000, records: 3000, rejected: 0, duplicates: 0 });
    expect(codes(r)).toEqual([]);
    const evidence = observationsOf(r.columns).map((o) => o.evidence);
    const mean = evidence.reduce((n, e) => n + e.length, 0) / evidence.length;
    expect(mean).toBeGreaterThan(30);
    expect(mean).toBeLessThan(50);
  });
});

describe('progress, cancellation and slices', () => {
  const csv = generateLongCsv(60_000, 1);
  const bytes = new TextEncoder().encode(csv);

  it('reports progress between slices and ends at 1', () => {
    const seen: number[] = [];
    const r = parseImportBytes(bytes, { fileName: 'big.csv', catalog, currentYear: 2026, onProgress: (p) => seen.push(p.fraction) });
    expect(r.stats.records).toBe(60_000);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
  });

  it('stops when cancelled and returns nothing to import', () => {
    let calls = 0;
    const r = parseImportBytes(bytes, { fileName: 'big.csv', catalog, isCancelled: () => ++calls >= 2 });
    expect(r.ok).toBe(false);
    expect(r.columns.numeric.length).toBe(0);
    expect(codes(r)).toEqual(['E_CANCELLED']);
  });

  it('the async variant yields between slices and gives the same result', async () => {
    let pauses = 0;
    const r = await parseImportBytesAsync(bytes, { fileName: 'big.csv', catalog, currentYear: 2026 }, async () => {
      pauses++;
      await new Promise((res) => setTimeout(res, 0));
    });
    expect(pauses).toBeGreaterThanOrEqual(3);
    const s = parseImportBytes(bytes, { fileName: 'big.csv', catalog, currentYear: 2026 });
    expect(observationsOf(r.columns)).toEqual(observationsOf(s.columns));
  });

  it('parses 100,000 generated rows (speed is measured by npm run bench)', () => {
    const big = new TextEncoder().encode(generateLongCsv(100_000, 2));
    const r = parseImportBytes(big, { fileName: 'big.csv', catalog, currentYear: 2026 });
    expect(r.stats.records).toBe(100_000);
    expect(r.rejected).toEqual([]);
  });
});

describe('evidence packed while parsing (the worker)', () => {
  it('gives the same observations as plain parsing, with the evidence as typed arrays', () => {
    const text = generateLongCsv(3000, 9);
    const plain = parse(text);
    const packed = parse(text, { packEvidence: true });
    expect(isPackedDict(packed.columns.text.evidences)).toBe(true);
    expect(isPackedDict(plain.columns.text.evidences)).toBe(false);
    expect(observationsOf(packed.columns)).toEqual(observationsOf(plain.columns));
  });

  it('stops packing at a text that cannot be packed and keeps every evidence exact', () => {
    const lone = '原文\uD800残缺';
    const text = [
      '部门,年度,指标,数值,单位,原文',
      `甲局,2023,清理规范性文件数,3,件,第一句`,
      `甲局,2024,清理规范性文件数,4,件,${lone}`,
      `乙局,2024,清理规范性文件数,5,件,第三句`,
    ].join('\n');
    const r = parse(text, { packEvidence: true });
    expect(isPackedDict(r.columns.text.evidences)).toBe(false);
    expect(observationsOf(r.columns).map((o) => o.evidence)).toEqual(['第一句', lone, '第三句']);
  });

  it('also holds when conflicting rows are dropped', () => {
    const text = [
      '部门,年度,指标,数值,单位,原文',
      '甲局,2023,清理规范性文件数,3,件,一',
      '甲局,2023,清理规范性文件数,4,件,二',
      '乙局,2023,清理规范性文件数,5,件,三',
    ].join('\n');
    const plain = parse(text);
    const packed = parse(text, { packEvidence: true });
    expect(observationsOf(packed.columns)).toEqual(observationsOf(plain.columns));
    expect(observationsOf(packed.columns).map((o) => o.evidence)).toEqual(['三']);
  });
});
