// `npm run validate -- FILE...`: one JSON object per file per line; exit 0 iff all are ok.
import { describe, expect, it } from 'vitest';
import { runJsonLinesScript } from '../../helpers/run-script';

const validate = (...args: string[]) => runJsonLinesScript('scripts/validate.ts', ...args);

describe('scripts/validate.ts', () => {
  it('prints a report per file and fails when one file cannot be imported', () => {
    const dir = 'test/fixtures/csv/';
    const { status, lines } = validate(dir + 'e03-gbk.csv', dir + 's03-unterminated-quote.csv');
    expect(status).toBe(1);
    expect(lines[0]).toMatchObject({
      file: dir + 'e03-gbk.csv',
      ok: true,
      encoding: 'GBK',
      delimiter: ',',
      layout: 'long',
      records: 3,
      rejected: 0,
      warnings: [],
      errors: [],
    });
    expect(lines[1]).toMatchObject({ ok: false, errors: [{ code: 'E_QUOTE_UNTERMINATED', line: 3, column: '原文' }] });
    expect(Object.keys((lines[1]!.errors as object[])[0]!)).toEqual(['code', 'line', 'column', 'message']);
  }, 30_000);

  it('exits 0 when every file is ok', () => {
    const { status, lines } = validate('test/fixtures/csv/e01-utf8-bom.csv', 'test/fixtures/csv/s13-wide-year.csv');
    expect(status).toBe(0);
    expect(lines.map((l) => l.layout)).toEqual(['long', 'wide-year']);
  }, 30_000);
});
