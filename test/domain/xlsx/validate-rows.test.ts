// `npm run validate -- --rows FILE...` with workbooks: the summary line (layout, encoding,
// sheets), then one line per accepted observation.
import { describe, expect, it } from 'vitest';
import { runJsonLinesScript } from '../../helpers/run-script';

const validate = (...args: string[]) => runJsonLinesScript('scripts/validate.ts', ...args);

describe('validate with workbooks', () => {
  it('prints the file summary with sheets, then each accepted observation with --rows', () => {
    const dir = 'test/fixtures/xlsx/';
    const { status, lines } = validate('--rows', dir + 'wide-year.xls', dir + 'encrypted.xlsx');
    expect(status).toBe(1);
    expect(lines[0]).toMatchObject({
      file: dir + 'wide-year.xls',
      ok: true,
      encoding: 'xls',
      layout: 'wide-year',
      records: 3,
      sheets: [{ name: 'Sheet1', status: 'data', selected: true, rows: 2, year: null, skipped: [] }],
    });
    expect(lines.slice(1, 4)).toEqual([
      { department: '区司法局', year: 2022, indicator: 'litigation_cases', value: 4, unit: '件', qualifier: '' },
      { department: '区司法局', year: 2023, indicator: 'litigation_cases', value: 6, unit: '件', qualifier: '' },
      { department: '区教育局', year: 2022, indicator: 'litigation_cases', value: 1, unit: '件', qualifier: '' },
    ]);
    expect(lines[4]).toMatchObject({ ok: false, errors: [{ code: 'E_ENCRYPTED' }] });
    expect(lines).toHaveLength(5);
  }, 30_000);

  it('prints no observation lines without --rows', () => {
    const { status, lines } = validate('test/fixtures/xlsx/gov-stats.xlsx');
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ layout: 'wide-indicator', encoding: 'xlsx', records: 10 });
  }, 30_000);
});
