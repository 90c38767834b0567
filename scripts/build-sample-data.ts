// Builds data/sample-reports.csv, the bundled dataset, from the five sample reports in
// data/reports/ with the extractor, then applies the hand corrections listed below (each one
// checked by hand against the report text; see data/README.md).
//   npx tsx scripts/build-sample-data.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { extractReport, rowsToCsv, type ExtractedRow } from '../src/domain/extract';
import { squash } from '../src/domain/extract/evaluate';
import { prepareForStore } from '../src/domain/observations/prepare-for-store';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Correction {
  report: string;
  value: number;
  /** A piece of the evidence (whitespace ignored) that identifies the row. */
  anchor: string;
  /** Drop the row, or overwrite some of its fields. */
  change: 'drop' | Partial<Pick<ExtractedRow, 'indicatorId' | 'indicatorText'>>;
  why: string;
}

const CORRECTIONS: Correction[] = [
  {
    report: '2024_xinzhou_economy-tech',
    value: 65,
    anchor: '共65人',
    change: 'drop',
    why: '「共65人」 is the number of retired cadres handed over in 2011, not a 2024 figure (「现剩下44人」 is).',
  },
  {
    report: '2023_wuhan-etdz_development-reform',
    value: 2,
    anchor: '其余两类文件超过有效期失效',
    change: { indicatorId: 'normative_docs_repealed', indicatorText: '失效规范性文件数' },
    why: 'the two kinds of normative documents expired: the catalog indicator of repealed or expired documents.',
  },
  {
    report: '2023_wuhan-etdz_development-reform',
    value: 3,
    anchor: '办公用房管理类3项',
    change: { indicatorText: '清理规范性文件数' },
    why: 'the phrase the extractor kept lists the kinds of documents; what is counted is the documents cleaned up.',
  },
];

function applyCorrections(report: string, rows: ExtractedRow[]): ExtractedRow[] {
  let out = rows;
  for (const c of CORRECTIONS.filter((x) => x.report === report)) {
    const hit = out.findIndex((r) => r.value === c.value && squash(r.evidence).includes(squash(c.anchor)));
    if (hit < 0) throw new Error(`correction not applicable any more: ${c.report} ${c.value} ${c.anchor}`);
    const change = c.change;
    out = change === 'drop' ? out.filter((_, i) => i !== hit) : out.map((r, i) => (i === hit ? { ...r, ...change } : r));
  }
  return out;
}

const catalog = new Catalog(parseCatalogCsv(readFileSync(join(ROOT, 'data/indicators.csv'), 'utf8')));
const files = readdirSync(join(ROOT, 'data/reports'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
let csv = '';
let total = 0;
files.forEach((file, i) => {
  const text = readFileSync(join(ROOT, 'data/reports', file), 'utf8');
  const result = extractReport(text, catalog, { sourceName: file });
  const corrected = applyCorrections(
    file.replace(/\.txt$/, ''),
    result.rows.filter((r) => !r.derived),
  );
  // The store holds one value per department, year and indicator, in the catalog's unit.
  const { rows, demotions } = prepareForStore(corrected, catalog);
  for (const d of demotions)
    process.stderr.write(`  kept as uncatalogued (${d.reason}): ${rows[d.index]!.indicatorText} ${rows[d.index]!.value}\n`);
  total += rows.length;
  process.stderr.write(`${file}: ${result.department} ${result.year}, ${rows.length} rows\n`);
  csv += rowsToCsv(rows, () => file, i === 0);
});
writeFileSync(join(ROOT, 'data/sample-reports.csv'), csv);
process.stderr.write(`data/sample-reports.csv: ${total} rows\n`);
