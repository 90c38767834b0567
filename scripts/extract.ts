// Extracts indicator values from report text files and prints them as CSV (or JSON).
//   npm run -s extract -- [--department NAME] [--year YYYY] [--format csv|json] FILE...
// Files are read as UTF-8, or as GB18030 when they are not valid UTF-8. Only data goes to
// stdout; diagnostics go to stderr.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { decodeReport, extractReport, rowsToCsv } from '../src/domain/extract';

interface Args {
  department?: string;
  year?: number;
  format: 'csv' | 'json';
  files: string[];
}

function fail(message: string): never {
  process.stderr.write(`错误：${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): Args {
  const out: Args = { format: 'csv', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i] ?? fail(`参数 ${a} 缺少取值`);
    if (a === '--department') out.department = value();
    else if (a === '--year') {
      const y = Number(value());
      if (!Number.isInteger(y) || y < 1900 || y > 2100) fail(`年度无效：${argv[i]}（应为四位年份，如 2024）`);
      out.year = y;
    } else if (a === '--format') {
      const f = value();
      if (f !== 'csv' && f !== 'json') fail(`不支持的输出格式：${f}（可选 csv、json）`);
      out.format = f;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write('用法：npm run -s extract -- [--department 部门] [--year 年度] [--format csv|json] 文件...\n');
      process.exit(0);
    } else if (a.startsWith('--')) fail(`未知参数：${a}`);
    else out.files.push(a);
  }
  if (out.files.length === 0) fail('请指定至少一个报告文本文件（.txt）');
  return out;
}

function readReport(file: string): { text: string; encoding: string } {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `文件不存在：${file}`
        : code === 'EISDIR'
          ? `不是文件：${file}`
          : `无法读取文件：${file}（${code ?? String(err)}）`,
    );
  }
  return decodeReport(bytes);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const catalog = new Catalog(parseCatalogCsv(readFileSync(fileURLToPath(new URL('../data/indicators.csv', import.meta.url)), 'utf8')));
  const results = args.files.map((file) => {
    const { text, encoding } = readReport(file);
    const name = basename(file);
    const result = extractReport(text, catalog, { department: args.department, year: args.year, sourceName: name });
    process.stderr.write(
      `${name}: ${encoding}, ${result.department || '（未识别部门）'} ${result.year ?? '（未识别年度）'}, ${result.rows.length} 条\n`,
    );
    for (const issue of result.issues)
      process.stderr.write(
        `  ${issue.severity === 'error' ? '错误' : '提示'} ${issue.code}${issue.line ? ` 第${issue.line}行` : ''}：${issue.message}\n`,
      );
    return { name, result };
  });
  if (args.format === 'json') {
    process.stdout.write(
      JSON.stringify(
        results.map(({ name, result }) => ({
          file: name,
          department: result.department,
          year: result.year,
          rows: result.rows,
          issues: result.issues,
        })),
        null,
        2,
      ) + '\n',
    );
    return;
  }
  let first = true;
  for (const { name, result } of results) {
    process.stdout.write(rowsToCsv(result.rows, () => name, first));
    first = false;
  }
}

main();
