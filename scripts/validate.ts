// npm run validate -- FILE... [--allow-custom] [--rows]  Checks CSV and Excel (.xlsx/.xls)
// files with the app's own import code and prints one JSON object per file per line; with
// --rows, each file's line is followed by one line per accepted observation. Exit code 0
// only if every file can be imported.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import * as XLSX from '@e965/xlsx';
import { MAX_IMPORT_BYTES } from '../src/domain/csv/parse-import';
import { observationAt } from '../src/domain/observations/columns';
import { parseFileBytes } from '../src/domain/xlsx/parse-file-bytes';
import type { Issue } from '../src/domain/types';

const root = fileURLToPath(new URL('../', import.meta.url));
const catalog = new Catalog(parseCatalogCsv(readFileSync(root + 'data/indicators.csv', 'utf8')));
const files = process.argv.slice(2).filter((a) => a !== '--');
const allowCustom = files.includes('--allow-custom');
const withRows = files.includes('--rows');
const FLAGS = new Set(['--allow-custom', '--rows']);

if (!files.length) {
  console.error('用法：npm run validate -- 文件1.csv [文件2.xlsx …] [--allow-custom] [--rows]');
  process.exit(2);
}

const failed = (file: string, code: string, message: string) => ({
  file,
  ok: false,
  encoding: '',
  delimiter: null,
  layout: null,
  sheets: null,
  records: 0,
  rejected: 0,
  warnings: [],
  errors: [{ code, line: null, column: null, message }],
});
const brief = (i: Issue) => ({ code: i.code, line: i.line ?? null, column: i.column ?? null, message: i.message });
let allOk = true;
for (const file of files) {
  if (FLAGS.has(file)) continue;
  let out: Record<string, unknown>;
  const rows: string[] = [];
  try {
    const size = statSync(file).size;
    if (size > MAX_IMPORT_BYTES) {
      out = failed(file, 'E_FILE_TOO_LARGE', `文件大小 ${size} 字节，超过上限 ${MAX_IMPORT_BYTES} 字节。`);
    } else {
      const r = parseFileBytes(new Uint8Array(readFileSync(file)), { fileName: file, catalog, allowCustomIndicators: allowCustom }, XLSX);
      out = {
        file,
        ok: r.ok,
        encoding: r.encoding,
        delimiter: r.delimiter,
        layout: r.layout,
        sheets:
          r.sheets?.map((sh) => ({
            name: sh.name,
            status: sh.status,
            selected: sh.selected,
            rows: sh.dataRows,
            year: sh.year ?? null,
            skipped: sh.skipped,
          })) ?? null,
        records: r.stats.records,
        rejected: r.stats.rejected,
        warnings: r.issues.filter((i) => i.severity === 'warning').map(brief),
        errors: r.issues.filter((i) => i.severity === 'error').map(brief),
      };
      if (withRows && r.ok) {
        for (let i = 0; i < r.columns.numeric.length; i++) {
          const o = observationAt(r.columns, i);
          rows.push(
            JSON.stringify({
              department: o.department,
              year: o.year,
              indicator: o.indicatorId,
              value: o.value,
              unit: o.unit,
              qualifier: o.qualifier,
            }),
          );
        }
      }
    }
  } catch (e) {
    out = failed(file, 'E_READ', `无法读取文件：${e instanceof Error ? e.message : String(e)}`);
  }
  if (!out.ok) allOk = false;
  console.log(JSON.stringify(out));
  for (const line of rows) console.log(line);
}
process.exit(allOk ? 0 : 1);
