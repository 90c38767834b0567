import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, decodeReport, rowsToCsv } from '../../../src/domain/extract';
import { ROOT } from '../../helpers/project-files';
import { extract } from './helpers';

const run = promisify(execFile);

describe('CSV writer', () => {
  it('quotes fields with commas, quotes, line breaks and edge spaces (RFC 4180)', () => {
    expect(csvField('满意度100%')).toBe('满意度100%');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('执\n\n行率达 100%')).toBe('"执\n\n行率达 100%"');
    expect(csvField(' 前导空格')).toBe('" 前导空格"');
    expect(csvField(122.4552)).toBe('122.4552');
  });

  it('round-trips through a CSV parser, derived rows left out', () => {
    const rows = extract('全年受理行政复议案件18件,同比下降47.06%。重大执法决定法制审核制度执\n\n行率达 100%。').rows;
    expect(rows.some((r) => r.derived)).toBe(true);
    const csv = rowsToCsv(rows, () => 'r.txt');
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual([...CSV_HEADER]);
    const stated = rows.filter((r) => !r.derived);
    expect(parsed).toHaveLength(stated.length + 1);
    stated.forEach((r, i) => {
      expect(parsed[i + 1]).toEqual([
        r.department,
        String(r.year),
        r.indicatorId.startsWith('other:') ? '' : r.indicatorId,
        r.indicatorText,
        String(r.value),
        r.unit,
        r.qualifier,
        r.evidence,
        `r.txt#${r.source.start}-${r.source.end}`,
      ]);
    });
  });
});

describe('decodeReport', () => {
  it('reads UTF-8, and GB18030 when the bytes are not UTF-8', () => {
    const utf8 = new TextEncoder().encode('\uFEFF排名第10位');
    expect(decodeReport(utf8)).toEqual({ text: '排名第10位', encoding: 'utf-8' });
    const gbk = new Uint8Array([0xc5, 0xc5, 0xc3, 0xfb]); // 排名 in GB18030
    expect(decodeReport(gbk)).toEqual({ text: '排名', encoding: 'gb18030' });
  });
});

describe('extract CLI', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const script = join(ROOT, 'scripts/extract.ts');

  it('prints only CSV on stdout and diagnostics on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'r.txt');
    writeFileSync(file, '测试局关于2024年度法治政府建设情况的报告\n2024年,处理平台案件30件,满意度100%。\n');
    const { stdout, stderr } = await run(tsx, [script, file], { cwd: ROOT });
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('department,year,indicator,indicator_text,value,unit,qualifier,evidence,source');
    expect(lines[1]).toMatch(/^测试局,2024,hotline_cases,处理平台案件数,30,件,,"2024年,处理平台案件30件,满意度100%。",r\.txt#\d+-\d+$/);
    expect(stderr).toContain('r.txt');
  }, 20000);

  it('honours --department, --year and --format json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'r.txt');
    writeFileSync(file, '全年开展法治培训8次。\n');
    const { stdout } = await run(tsx, [script, '--department', '某局', '--year', '2023', '--format', 'json', file], { cwd: ROOT });
    const [out] = JSON.parse(stdout) as { department: string; year: number; rows: { value: number; year: number }[] }[];
    expect(out).toMatchObject({ department: '某局', year: 2023 });
    expect(out!.rows.map((r) => [r.value, r.year])).toEqual([[8, 2023]]);
  }, 20000);

  it('exits non-zero with a clear message for a missing file', async () => {
    const err = await run(tsx, [script, join(ROOT, 'no-such-report.txt')], { cwd: ROOT }).catch(
      (e: { code: number; stderr: string; stdout: string }) => e,
    );
    expect(err).toMatchObject({ code: 1, stdout: '' });
    expect((err as { stderr: string }).stderr).toContain('文件不存在');
  }, 20000);
});
