// Extraction time of a synthetic N-page report (default 20 pages of ~900 characters) in Node:
// the sample reports and the dev excerpts' bodies, concatenated under one title until long enough.
//   npx tsx bench/extract-pages.ts [pages]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { extractReport } from '../src/domain/extract';
import { parseHeaderedReport } from '../src/domain/extract/dev-gold';
import { median } from './stats';

const CHARS_PER_PAGE = 900;

export function syntheticReport(pages: number): string {
  const bodies = [
    ...readdirSync('data/reports')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join('data/reports', f), 'utf8')),
    ...readdirSync('test/fixtures/dev')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => parseHeaderedReport(readFileSync(join('test/fixtures/dev', f), 'utf8')).body),
  ];
  let text = '武汉市某某区司法局2024年度法治政府建设情况报告\n\n';
  for (let i = 0; text.length < pages * CHARS_PER_PAGE; i++) text += bodies[i % bodies.length]! + '\n\n';
  return text;
}

const pages = Number(process.argv[2] ?? 20);
const text = syntheticReport(pages);
const catalog = new Catalog(parseCatalogCsv(readFileSync('data/indicators.csv', 'utf8')));
const t0 = performance.now();
const first = extractReport(text, catalog);
const firstMs = performance.now() - t0;
const times: number[] = [];
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  extractReport(text, catalog);
  times.push(performance.now() - t);
}
console.log(
  `${pages} pages, ${text.length} chars, ${first.rows.length} rows: first ${firstMs.toFixed(0)} ms, median of 7 ${median(times)!.toFixed(0)} ms`,
);
