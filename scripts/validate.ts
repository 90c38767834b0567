// npm run validate -- FILE...  Checks CSV files with the app's own import code and prints
// one JSON object per file per line. Exit code 0 only if every file can be imported.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { MAX_IMPORT_BYTES, parseImportBytes } from '../src/domain/csv/parse-import';
import type { Issue } from '../src/domain/types';

const root = fileURLToPath(new URL('../', import.meta.url));
const catalog = new Catalog(parseCatalogCsv(readFileSync(root + 'data/indicators.csv', 'utf8')));
const files = process.argv.slice(2).filter((a) => a !== '--');
const allowCustom = files.includes('--allow-custom');

if (!files.length) {
  console.error('用法：npm run validate -- 文件1.csv [文件2.csv …] [--allow-custom]');
  process.exit(2);
}

const failed = (file: string, code: string, message: string) => ({
  file, ok: false, encoding: '', delimiter: null, layout: null, records: 0, rejected: 0, warnings: [], errors: [{ code, line: null, column: null, message }],
});
const brief = (i: Issue) => ({ code: i.code, line: i.line ?? null, column: i.column ?? null, message: i.message });
let allOk = true;
for (const file of files) {
  if (file === '--allow-custom') continue;
  let out: Record<string, unknown>;
  try {
    const size = statSync(file).size;
    if (size > MAX_IMPORT_BYTES) {
      out = failed(file, 'E_FILE_TOO_LARGE', `文件大小 ${size} 字节，超过上限 ${MAX_IMPORT_BYTES} 字节。`);
    } else {
      const r = parseImportBytes(new Uint8Array(readFileSync(file)), { fileName: file, catalog, allowCustomIndicators: allowCustom });
      out = {
        file,
        ok: r.ok,
        encoding: r.encoding,
        delimiter: r.delimiter,
        layout: r.layout,
        records: r.stats.records,
        rejected: r.stats.rejected,
        warnings: r.issues.filter((i) => i.severity === 'warning').map(brief),
        errors: r.issues.filter((i) => i.severity === 'error').map(brief),
      };
    }
  } catch (e) {
    out = failed(file, 'E_READ', `无法读取文件：${e instanceof Error ? e.message : String(e)}`);
  }
  if (!out.ok) allOk = false;
  console.log(JSON.stringify(out));
}
process.exit(allOk ? 0 : 1);
