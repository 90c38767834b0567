// The annual round's check of report files, one JSON line per report on stdout:
//   npm run -s review -- FILE...
// {"file","department","year","signed_date","parts":{"measures",…,"other"},"figures","needs_confirmation"}
// where each part is the heading found, or null; the department as the bundled registry names
// it. Same code as the app (domain/round).
// Reads .txt (UTF-8 or GB18030), .html (tags stripped) and .docx (mammoth); diagnostics go to stderr.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { decodeReport, extractReport } from '../src/domain/extract';
import { parseDepartmentsCsv } from '../src/domain/departments/parse-departments-csv';
import { DepartmentMatcher } from '../src/domain/round/match-department';
import { htmlText } from '../src/domain/round/html-text';
import { reviewLine, roundFacts } from '../src/domain/round/review-report';

async function readText(file: string): Promise<string> {
  const bytes = readFileSync(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') {
    const { default: mammoth } = await import('mammoth');
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  }
  if (ext === '.doc' || ext === '.wps' || ext === '.pdf') {
    throw new Error(`不支持的格式 ${ext}：请在 Word 或 WPS 中打开后「另存为」.docx（或复制全文另存为 .txt）再检查`);
  }
  const { text } = decodeReport(new Uint8Array(bytes));
  return ext === '.html' || ext === '.htm' ? htmlText(text) : text;
}

async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((a) => a !== '--');
  if (files.length === 0 || files.includes('--help')) {
    process.stderr.write('用法：npm run -s review -- 报告文件...（.txt / .html / .docx）\n');
    process.exit(files.length ? 0 : 1);
  }
  const data = (name: string) => readFileSync(fileURLToPath(new URL(`../data/${name}`, import.meta.url)), 'utf8');
  const catalog = new Catalog(parseCatalogCsv(data('indicators.csv')));
  // Detected names are given as the bundled registry knows them (aliases, short forms).
  const registry = new DepartmentMatcher(parseDepartmentsCsv(data('departments.csv')));
  let failed = 0;
  for (const file of files) {
    try {
      const text = await readText(file);
      const result = extractReport(text, catalog, { sourceName: basename(file) });
      const facts = roundFacts(text, result);
      facts.department = registry.match(facts.department).name;
      process.stdout.write(JSON.stringify(reviewLine(basename(file), facts)) + '\n');
    } catch (err) {
      failed++;
      const code = (err as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '不是文件' : err instanceof Error ? err.message : String(err);
      process.stderr.write(`错误：${file}：${reason}\n`);
    }
  }
  // A file that fails does not stop the others; the exit code still tells.
  if (failed) process.exitCode = 1;
}

void main();
