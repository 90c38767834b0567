// Table-driven tests over the bad-input catalogue fixtures (test/fixtures/csv, real bytes):
// records, layout, encoding, and every issue by code, physical line and column.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportBytes, type ParsedImport } from '../../../src/domain/csv/parse-import';
import { observationsOf } from '../../../src/domain/observations/columns';
import { buildFixtures } from '../../fixtures/csv/make-fixtures';
import { loadCatalog, readProjectBytes, ROOT } from '../../helpers/project-files';

const catalog = loadCatalog();
const DIR = 'test/fixtures/csv/';

function parseFixture(name: string, extra: { encoding?: string } = {}): ParsedImport {
  return parseImportBytes(readProjectBytes(DIR + name), { fileName: name, catalog, currentYear: 2026, ...extra });
}

/** 'CODE@line:column', 'CODE@line' or 'CODE' for each issue, in order. */
function issueKeys(r: ParsedImport): string[] {
  return r.issues.map((i) => `${i.code}${i.line ? '@' + i.line : ''}${i.column ? ':' + i.column : ''}`);
}

interface Expected {
  ok: boolean;
  encoding: string;
  delimiter: ',' | ';' | '\t';
  layout: 'long' | 'wide-indicator' | 'wide-year';
  records: number;
  rejected: number;
  issues: string[];
}

/** What reading a fixture gives: an ok, UTF-8, comma-separated long table unless `other` says otherwise. */
const read = (records: number, rejected: number, issues: string[] = [], other: Partial<Expected> = {}): Expected => ({
  ok: true,
  encoding: 'UTF-8',
  delimiter: ',',
  layout: 'long',
  records,
  rejected,
  issues,
  ...other,
});

const CASES: [string, Expected][] = [
  ['e01-utf8-bom.csv', read(2, 0, [], { encoding: 'UTF-8-BOM' })],
  ['e02-utf8-lf-no-final-newline.csv', read(2, 0)],
  ['e03-gbk.csv', read(3, 0, [], { encoding: 'GBK' })],
  ['e04-gb18030-4byte.csv', read(2, 0, ['W_PRIVATE_USE@3:部门'], { encoding: 'GBK' })],
  ['e05-utf16le-bom-tab.csv', read(2, 0, [], { encoding: 'UTF-16LE', delimiter: '\t' })],
  ['e06-utf16be-bom.csv', read(2, 0, [], { encoding: 'UTF-16BE' })],
  ['e07-utf16le-no-bom.csv', read(2, 0, [], { encoding: 'UTF-16LE' })],
  ['e08-gbk-lines-in-utf8.csv', read(0, 0, ['E_ENCODING_MIXED@3'], { ok: false, encoding: '' })],
  ['e09-concatenated-exports.csv', read(2, 0, ['W_REPEATED_HEADER@3'], { encoding: 'UTF-8-BOM' })],
  ['e10-mojibake-gbk-saved.csv', read(0, 0, ['E_MISSING_COLUMN@1'], { ok: false, encoding: 'GBK' })],
  ['e10-mojibake-utf8.csv', read(0, 0, ['E_MISSING_COLUMN@1'], { ok: false })],
  ['e11-question-marks.csv', read(1, 1, ['W_QUESTION_MARK@2:部门', 'E_UNKNOWN_INDICATOR@3:指标'], { encoding: 'GBK' })],
  ['e13-bom-wins-over-gbk.csv', read(2, 0, ['W_ENCODING_OVERRIDE_IGNORED'], { encoding: 'UTF-8-BOM' })],
  ['e14-corrupt-byte.csv', read(0, 0, ['E_ENCODING_CORRUPT@4'], { ok: false, encoding: '' })],
  ['h01-html.csv', read(2, 1, ['E_DEPT_INVALID@2:部门'])],
  [
    'h04-formulas.csv',
    read(3, 0, [
      'W_FORMULA_TEXT@2:部门',
      'W_FORMULA_TEXT@2:原文',
      'W_FORMULA_TEXT@3:部门',
      'W_FORMULA_TEXT@3:原文',
      'W_FORMULA_TEXT@4:部门',
      'W_FORMULA_TEXT@4:原文',
    ]),
  ],
  ['h05-proto.csv', read(1, 2, ['W_UNKNOWN_COLUMN@1', 'E_DEPT_INVALID@2:部门', 'E_UNKNOWN_INDICATOR@3:指标'])],
  ['h06-controls.csv', read(1, 4, ['E_CONTROL_CHAR@2:部门', 'E_CONTROL_CHAR@3:部门', 'E_CONTROL_CHAR@4:部门', 'E_CONTROL_CHAR@6:原文'])],
  ['m01-exact-duplicates.csv', read(2, 0, ['W_DUPLICATE_ROW@4:数值'])],
  ['m02-conflicting-values.csv', read(2, 2, ['E_DUPLICATE_CONFLICT@2:数值', 'E_DUPLICATE_CONFLICT@4:数值'])],
  ['m03-name-variants.csv', read(4, 0, ['W_DEPT_NAME_NORMALIZED'])],
  ['m06-unknown-indicator.csv', read(0, 2, ['E_NO_VALID_ROWS', 'E_UNKNOWN_INDICATOR@2:指标', 'E_UNKNOWN_INDICATOR@3:指标'], { ok: false })],
  ['m07-units.csv', read(4, 0, ['W_UNIT_SYNONYM'])],
  ['m08-unit-mismatch.csv', read(0, 2, ['E_NO_VALID_ROWS', 'E_UNIT_MISMATCH@2:单位', 'E_UNIT_MISMATCH@3:单位'], { ok: false })],
  ['m09-range.csv', read(1, 3, ['E_VALUE_NEGATIVE@2:数值', 'E_RATE_OUT_OF_RANGE@3:数值', 'E_RATE_OUT_OF_RANGE@4:数值'])],
  ['m10-outlier.csv', read(2, 0, ['W_OUTLIER@2'])],
  ['m11-totals.csv', read(2, 0, ['W_SUMMARY_ROW@4'])],
  ['m12-current-year.csv', read(1, 0, ['W_CURRENT_YEAR'])],
  ['s01-semicolon.csv', read(2, 0, [], { delimiter: ';' })],
  ['s02-fullwidth-comma.csv', read(0, 0, ['E_DELIMITER_FULLWIDTH@1'], { ok: false })],
  ['s03-unterminated-quote.csv', read(0, 0, ['E_QUOTE_UNTERMINATED@3:原文'], { ok: false })],
  ['s04-field-count.csv', read(1, 2, ['E_FIELD_COUNT@2', 'W_FIELD_COUNT_SHORT@3', 'E_FIELD_COUNT@4'])],
  ['s05-trailing-commas.csv', read(2, 0)],
  ['s06-title-total-footer.csv', read(2, 0, ['W_TITLE_ROWS_SKIPPED@1', 'W_SUMMARY_ROW@6', 'W_FOOTER_ROW@7'])],
  ['s07-merged-blank.csv', read(1, 1, ['E_DEPT_EMPTY@3:部门'])],
  ['s08-aliased-headers.csv', read(2, 0)],
  ['s09-duplicate-header.csv', read(0, 0, ['E_DUPLICATE_COLUMN@1:数值'], { ok: false })],
  ['s10-bom-and-blanks.csv', read(0, 0, ['E_EMPTY_FILE'], { ok: false, encoding: 'UTF-8-BOM' })],
  ['s10-empty.csv', read(0, 0, ['E_EMPTY_FILE'], { ok: false, encoding: '' })],
  ['s10-header-only.csv', read(0, 0, ['E_NO_DATA'], { ok: false })],
  ['s11-cr-only.csv', read(2, 0)],
  ['s12-rfc4180.csv', read(3, 1, ['E_QUOTE_STRAY@6:原文'])],
  ['s13-wide-indicator.csv', read(4, 0, ['W_EMPTY_CELLS_SKIPPED@2', 'W_NORMALIZED@4:年度'], { layout: 'wide-indicator' })],
  ['s13-wide-year.csv', read(4, 0, ['W_EMPTY_CELLS_SKIPPED@2'], { layout: 'wide-year' })],
  ['s14-two-row-header.csv', read(0, 0, ['E_HEADER_AMBIGUOUS@1'], { ok: false })],
  ['s15-xls-renamed.csv', read(0, 0, ['E_NOT_CSV'], { ok: false, encoding: '' })],
  ['s15-xlsx-renamed.csv', read(0, 0, ['E_NOT_CSV'], { ok: false, encoding: '' })],
  ['s16-unknown-columns.csv', read(1, 0, ['W_UNKNOWN_COLUMN@1'])],
  ['s17-no-header.csv', read(0, 0, ['E_MISSING_COLUMN@1'], { ok: false })],
  [
    'v01-normalised.csv',
    read(6, 0, [
      'W_NORMALIZED@2:数值',
      'W_NORMALIZED@3:数值',
      'W_NORMALIZED@4:数值',
      'W_NORMALIZED@5:数值',
      'W_NORMALIZED@6:数值',
      'W_NORMALIZED@7:数值',
    ]),
  ],
  [
    'v02-missing.csv',
    read(1, 6, [
      'E_VALUE_MISSING@2:数值',
      'E_VALUE_MISSING@3:数值',
      'E_VALUE_MISSING@4:数值',
      'E_VALUE_MISSING@5:数值',
      'E_VALUE_MISSING@6:数值',
      'E_VALUE_MISSING@7:数值',
    ]),
  ],
  [
    'v03-excel-errors.csv',
    read(0, 4, ['E_NO_VALID_ROWS', 'E_EXCEL_ERROR@2:数值', 'E_EXCEL_ERROR@3:数值', 'E_EXCEL_ERROR@4:数值', 'E_EXCEL_ERROR@5:数值'], {
      ok: false,
    }),
  ],
  [
    'v04-number-traps.csv',
    read(
      0,
      5,
      [
        'E_NO_VALID_ROWS',
        'E_VALUE_NOT_NUMBER@2:数值',
        'E_VALUE_NOT_NUMBER@3:数值',
        'E_VALUE_TOO_LARGE@4:数值',
        'E_VALUE_NOT_NUMBER@5:数值',
        'E_VALUE_TOO_LARGE@6:数值',
      ],
      { ok: false },
    ),
  ],
  [
    'v05-not-number.csv',
    read(
      0,
      4,
      [
        'E_NO_VALID_ROWS',
        'E_VALUE_NOT_NUMBER@2:数值',
        'E_VALUE_NOT_NUMBER@3:数值',
        'E_VALUE_NOT_NUMBER@4:数值',
        'E_VALUE_NOT_NUMBER@5:数值',
      ],
      { ok: false },
    ),
  ],
  ['v06-unit-suffix.csv', read(3, 1, ['E_UNIT_MISMATCH@3:数值', 'W_NORMALIZED@5:数值'])],
  ['v07-rate-fraction.csv', read(2, 0, ['W_RATE_SCALE_SUSPECT@2:数值'])],
  ['v08-fractional-count.csv', read(1, 2, ['E_VALUE_NOT_INTEGER@2:数值', 'E_VALUE_NOT_INTEGER@3:数值'])],
  ['v09-negative-zero.csv', read(1, 0)],
  ['v10-year-spellings.csv', read(4, 0, ['W_NORMALIZED@2:年度', 'W_NORMALIZED@3:年度', 'W_NORMALIZED@4:年度', 'W_NORMALIZED@5:年度'])],
  [
    'v11-year-invalid.csv',
    read(
      0,
      6,
      [
        'E_NO_VALID_ROWS',
        'E_YEAR_INVALID@2:年度',
        'E_YEAR_INVALID@3:年度',
        'E_YEAR_INVALID@4:年度',
        'E_YEAR_INVALID@5:年度',
        'E_YEAR_INVALID@6:年度',
        'E_YEAR_INVALID@7:年度',
      ],
      { ok: false },
    ),
  ],
  [
    'v12-year-range.csv',
    read(1, 4, ['E_YEAR_OUT_OF_RANGE@2:年度', 'E_YEAR_OUT_OF_RANGE@3:年度', 'E_YEAR_OUT_OF_RANGE@4:年度', 'E_YEAR_MISSING@5:年度']),
  ],
  ['z08-long-cell.csv', read(1, 0)],
];

const OPTIONS: Record<string, { encoding?: string }> = { 'e13-bom-wins-over-gbk.csv': { encoding: 'GBK' } };

describe('CSV fixtures of the bad-input catalogue', () => {
  it('are up to date with make-fixtures.ts and all covered by the table', () => {
    const built = buildFixtures();
    const onDisk = readdirSync(ROOT + DIR)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(onDisk).toEqual([...built.keys()].sort());
    for (const [name, bytes] of built) expect(readProjectBytes(DIR + name), name).toEqual(bytes);
    expect(CASES.map(([f]) => f).sort()).toEqual(onDisk);
  });

  it.each(CASES)('%s', (name, exp) => {
    const r = parseFixture(name, OPTIONS[name]);
    expect({
      ok: r.ok,
      encoding: r.encoding,
      delimiter: r.delimiter,
      layout: r.layout,
      records: r.stats.records,
      rejected: r.stats.rejected,
      issues: issueKeys(r),
    }).toEqual(exp);
    expect(r.columns.numeric.length).toBe(r.stats.records);
    for (const i of r.issues) {
      expect(i.message.startsWith(`文件「${name}」`)).toBe(true);
      if (i.line) expect(i.message).toContain(`第 ${i.line} 行`);
      if (i.column) expect(i.message).toContain(`「${i.column}」列`);
      expect(i.severity).toBe(i.code.startsWith('W_') ? 'warning' : 'error');
    }
    for (const o of observationsOf(r.columns)) {
      expect(o.source.start).toBe(-1);
      expect(o.source.end).toBe(-1);
      expect(Number.isFinite(o.value)).toBe(true);
      expect(o.department).not.toMatch(/[\u0000\uFEFF\u200B]/);
    }
  });
});

type Row = [
  department: string,
  year: number,
  indicatorId: string,
  value: number,
  unit: string,
  qualifier?: string,
  evidence?: string,
  line?: number,
];

function rows(r: ParsedImport): Row[] {
  return observationsOf(r.columns).map((o) => [
    o.department,
    o.year,
    o.indicatorId,
    o.value,
    o.unit,
    o.qualifier,
    o.evidence,
    o.source.line,
  ]);
}

/** The two rows that most encoding fixtures hold. */
const TWO_ROWS: Row[] = [
  ['武汉市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '清理规范性文件12件', 2],
  ['武汉市司法局', 2023, 'law_training_sessions', 8, '次', '', '举办法治培训8次', 3],
];

describe('values read from the fixtures', () => {
  it.each([
    ['e01-utf8-bom.csv', TWO_ROWS],
    ['e02-utf8-lf-no-final-newline.csv', TWO_ROWS],
    ['e03-gbk.csv', [...TWO_ROWS, ['武汉市汉阳区财政局', 2024, 'info_requests_received', 35, '件', '', '收到政府信息公开申请35件', 4]]],
    [
      'e04-gb18030-4byte.csv',
      [
        ['𠮷安市䶮山区财政局', 2023, 'penalty_amount', 12.5, '万元', '', '罚没款12.5万元（约合€1.6万）', 2],
        ['武汉市\uE000财政局', 2023, 'normative_docs_cleaned', 3, '件', '', '', 3],
      ],
    ],
    [
      'e05-utf16le-bom-tab.csv',
      [
        ['武汉市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '', 2],
        ['武汉市司法局', 2023, 'law_training_sessions', 8, '次', '', '', 3],
      ],
    ],
    [
      'e09-concatenated-exports.csv',
      [
        ['武汉市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '清理规范性文件12件', 2],
        ['武汉市司法局', 2023, 'law_training_sessions', 8, '次', '', '举办法治培训8次', 4],
      ],
    ],
    [
      's01-semicolon.csv',
      [
        ['武汉市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '清理了12件, 其中废止3件, 修改9件', 2],
        ['武汉市司法局', 2023, 'law_training_sessions', 8, '次', '', '举办培训8次', 3],
      ],
    ],
    [
      's11-cr-only.csv',
      [
        ['武汉市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '第一行\n第二行', 2],
        ['武汉市司法局', 2023, 'law_training_sessions', 8, '次', '', '', 4],
      ],
    ],
    [
      's12-rfc4180.csv',
      [
        ['武汉市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '跨行\r\n原文, 含逗号', 2],
        ['武汉市"司法"局', 2023, 'law_training_sessions', 8, '次', '', '他说"好"', 4],
        ['武汉市教育局', 2023, 'law_training_sessions', 5, '次', '', '原文中有"引号"', 5],
      ],
    ],
    [
      's13-wide-indicator.csv',
      [
        ['武汉市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '', 2],
        ['武汉市财政局', 2023, 'normative_docs_legality_review_rate', 100, '%', '', '', 2],
        ['武汉市司法局', 2023, 'normative_docs_legality_review_rate', 98.5, '%', '', '', 3],
        ['武汉市司法局', 2023, 'law_training_sessions', 8, '次', '', '', 3],
      ],
    ],
    [
      's13-wide-year.csv',
      [
        ['武汉市财政局', 2021, 'normative_docs_cleaned', 10, '件', '', '', 2],
        ['武汉市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '', 2],
        ['武汉市财政局', 2021, 'normative_docs_legality_review_rate', 100, '%', '', '', 3],
        ['武汉市财政局', 2023, 'normative_docs_legality_review_rate', 99.5, '%', '', '', 3],
      ],
    ],
    [
      's06-title-total-footer.csv',
      [
        ['武汉市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '清理规范性文件12件', 4],
        ['武汉市司法局', 2023, 'law_training_sessions', 8, '次', '', '举办法治培训8次', 5],
      ],
    ],
    [
      'v01-normalised.csv',
      [
        ['甲市财政局', 2023, 'law_training_participants', 1234, '人次', '', '', 2],
        ['乙市财政局', 2023, 'law_training_sessions', 12, '次', '', '', 3],
        ['丙市财政局', 2023, 'law_training_sessions', 12, '次', '', '', 4],
        ['丁市财政局', 2023, 'law_training_participants', 120, '人次', '', '', 5],
        ['戊市财政局', 2023, 'normative_docs_legality_review_rate', 98.5, '%', '', '', 6],
        ['己市财政局', 2023, 'law_training_sessions', 12, '次', '', '', 7],
      ],
    ],
    [
      'v06-unit-suffix.csv',
      [
        ['甲市财政局', 2023, 'law_training_sessions', 12, '次', '', '', 2],
        ['丙市财政局', 2023, 'law_training_sessions', 12, '次', '约', '', 4],
        ['丁市财政局', 2023, 'law_training_participants', 12000, '人次', '', '', 5],
      ],
    ],
    [
      'v07-rate-fraction.csv',
      [
        ['甲市财政局', 2023, 'normative_docs_legality_review_rate', 0.955, '%', '', '', 2],
        ['乙市财政局', 2023, 'normative_docs_legality_review_rate', 95.5, '%', '', '', 3],
      ],
    ],
    ['v09-negative-zero.csv', [['甲市财政局', 2023, 'litigation_lost', 0, '件', '', '', 2]]],
    [
      'm03-name-variants.csv',
      [2021, 2022, 2023, 2024].map((y, i) => ['武汉市财政局(本级)', y, 'law_training_sessions', i + 1, '次', '', '', i + 2]),
    ],
    [
      'm07-units.csv',
      [
        ['甲市财政局', 2023, 'normative_docs_legality_review_rate', 99, '%', '', '', 2],
        ['乙市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '', 3],
        ['丙市财政局', 2023, 'normative_docs_cleaned', 12, '件', '', '', 4],
        ['丁市财政局', 2023, 'certified_enforcement_staff', 30, '人', '', '', 5],
      ],
    ],
    [
      'h01-html.csv',
      [
        ['<script>alert(1)</script>财政局', 2023, 'law_training_sessions', 2, '次', '', '<iframe src=javascript:alert(1)>', 3],
        ['"><svg onload=alert(1)>司法局', 2023, 'law_training_sessions', 3, '次', '', '&lt;b&gt;{a|红}', 4],
      ],
    ],
    [
      'h04-formulas.csv',
      [
        ['=HYPERLINK("http://x")财政局', 2023, 'law_training_sessions', 1, '次', '', '=1+2";=1+2', 2],
        ['@SUM(1)司法局', 2023, 'law_training_sessions', 2, '次', '', '-5', 3],
        ["=cmd|' /C calc'!A0教育局", 2023, 'law_training_sessions', 3, '次', '', '+原文', 4],
      ],
    ],
    ['h06-controls.csv', [['武汉市民政局', 2023, 'law_training_sessions', 4, '次', '', '原文', 5]]],
  ] as [string, Row[]][])('%s', (name, expected) => {
    expect(rows(parseFixture(name))).toEqual(expected);
  });

  it('keeps a 4,000-character evidence intact (Z8)', () => {
    const r = parseFixture('z08-long-cell.csv');
    expect(observationsOf(r.columns)[0]!.evidence).toBe('依法清理规范性文件。'.repeat(400));
  });

  it('names the departments of the accepted rows (M3: variants in aliases only when the alias map changed them)', () => {
    const r = parseFixture('m03-name-variants.csv');
    expect(r.departments).toEqual([{ name: '武汉市财政局(本级)', region: '', type: '', aliases: [] }]);
  });

  it('explains mojibake headers (E10) and first rows that are data (S17)', () => {
    for (const f of ['e10-mojibake-utf8.csv', 'e10-mojibake-gbk-saved.csv']) {
      const msg = parseFixture(f).issues[0]!.message;
      expect(msg).toContain('乱码');
      expect(msg).toContain('「閮ㄩ棬」应为「部门」');
    }
    expect(parseFixture('s17-no-header.csv').issues[0]!.message).toContain('首行应为表头');
  });

  it('suggests the nearest catalog indicator, never maps it (M6)', () => {
    const r = parseFixture('m06-unknown-indicator.csv');
    expect(r.issues[1]!.message).toContain('您是否要填写「依申请公开答复率」');
    expect(r.rejected.map((x) => x.line)).toEqual([2, 3]);
  });

  it('rejects every row of a conflict and keeps the original cells for the rejected-rows file (M2)', () => {
    const r = parseFixture('m02-conflicting-values.csv');
    expect(r.rejected.map((x) => [x.line, x.cells[3]])).toEqual([
      [2, '12'],
      [4, '15'],
    ]);
    expect(r.rejected[0]!.reasons[0]).toContain('第 4 行');
  });

  it('shows control characters as code points (H6)', () => {
    const msgs = parseFixture('h06-controls.csv').issues.map((i) => i.message);
    expect(msgs[0]).toContain('U+202E');
    expect(msgs[1]).toContain('U+0000');
    expect(msgs.join('')).not.toMatch(/[\u0000\u202E\u0085]/);
  });
});

describe('skipped cells of wide files', () => {
  it('counts the empty and 「-」 cells and names the first ones by line and column', () => {
    const r = parseFixture('s13-wide-indicator.csv');
    expect(r.stats.skippedCells).toBe(5);
    expect(r.skippedCells).toEqual([
      { line: 2, column: '法治培训次数', text: '-' },
      { line: 3, column: '规范性文件清理数（件）', text: '' },
      { line: 4, column: '规范性文件清理数（件）', text: '—' },
      { line: 4, column: '合法性审核率(%)', text: '' },
      { line: 4, column: '法治培训次数', text: '' },
    ]);
    const warning = r.issues.find((i) => i.code === 'W_EMPTY_CELLS_SKIPPED')!;
    expect(warning.message).toContain('5 个单元格为空或「-」');
    expect(warning.message).toContain('第 2 行「法治培训次数」列');
    const year = parseFixture('s13-wide-year.csv');
    expect(year.stats.skippedCells).toBe(2);
    expect(year.skippedCells.map((c) => [c.line, c.column])).toEqual([
      [2, '2022年'],
      [3, '2022年'],
    ]);
  });
});
