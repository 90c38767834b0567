// An exported workbook re-imports unchanged: every field of every observation, formula
// text neutralised in the file and restored on import, percentages as numbers with 「%」.
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../../src/domain/csv/parse-import';
import { observationsOf } from '../../../src/domain/observations/columns';
import { observationsToXlsx } from '../../../src/domain/export/observations-xlsx';
import { parseFileBytes } from '../../../src/domain/xlsx/parse-file-bytes';
import { loadCatalog } from '../../helpers/project-files';

const catalog = loadCatalog();

const CSV = [
  '部门,年度,指标,数值,单位,限定词,原文,来源',
  '=甲区财政局,2023,规范性文件清理数,5,件,,=全年清理规范性文件5件。,a.txt',
  '乙区司法局,2024,行政复议纠错率,98.5,%,,纠错率为98.5%，较上年下降。,b.txt',
  '乙区司法局,2024,行政复议案件数,20,件,约,"受理复议案件约20件,其中""撤回""3件",b.txt',
  '@丙区教育局,2022,行政诉讼案件数,0,件,,-,',
].join('\n');

describe('xlsx export round trip', () => {
  const original = observationsOf(parseImportText(CSV, { fileName: 'x.csv', catalog, currentYear: 2026 }).columns);

  it('re-imports every observation unchanged', () => {
    expect(original).toHaveLength(4);
    const bytes = observationsToXlsx(original, { title: '测试', exportedAt: new Date(2026, 0, 2), simulated: true });
    const back = parseFileBytes(bytes, { fileName: '测试.xlsx', catalog, currentYear: 2026 }, XLSX);
    expect(back.ok).toBe(true);
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const strip = (o: (typeof original)[number]) => ({ ...o, source: { file: o.source.file } });
    expect(observationsOf(back.columns).map(strip)).toEqual(original.map(strip));
    expect(back.sheets!.map((s) => [s.name, s.status])).toEqual([
      ['数据', 'data'],
      ['说明', 'text-only'],
    ]);
  });

  it('writes numbers as numbers with formats, formula text neutralised, a frozen styled header and a 说明 sheet', () => {
    const bytes = observationsToXlsx(original, { title: '测试', exportedAt: new Date(2026, 0, 2), simulated: true });
    const wb = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true });
    const ws = wb.Sheets['数据']!;
    expect(ws['A2']).toMatchObject({ t: 's', v: "'=甲区财政局" });
    expect(ws['H2']).toMatchObject({ t: 's', v: "'=全年清理规范性文件5件。" });
    expect(ws['E3']).toMatchObject({ t: 'n', v: 98.5, z: '#,##0.0###' });
    expect(ws['F3']).toMatchObject({ t: 's', v: '%' });
    expect(ws['B3']).toMatchObject({ t: 'n', v: 2024, z: '0' });
    expect(ws['!cols']!.map((c) => c.wch ?? c.width)).toHaveLength(10);
    const notes = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['说明']!, { header: 1 });
    expect(notes.map((r) => r[0])).toEqual(['项目', '名称', '导出日期', '数据条数', '数据来源', '数值说明', '公式防护', '演示数据']);
    expect(notes[2]![1]).toBe('2026-01-02');
    expect(notes[4]![1]).toBe('a.txt、b.txt');
    const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toContain('state="frozen"');
    expect(sheetXml).toMatch(/<c r="A1" s="1" t="inlineStr">/);
  });

  it('has no demo notice without simulated data', () => {
    const bytes = observationsToXlsx(original, { title: '测试', exportedAt: new Date(2026, 0, 2), simulated: false });
    const notes = XLSX.utils.sheet_to_json<string[]>(XLSX.read(bytes, { type: 'array' }).Sheets['说明']!, { header: 1 });
    expect(notes.map((r) => r[0])).not.toContain('演示数据');
  });
});
