// Scores the report extractor against hand-written gold.
//   npm run eval:extract                 the five sample reports (data/reports, test/fixtures/gold)
//   npm run eval:extract -- --set heldout the held-out excerpts (test/fixtures/heldout)
//   npm run eval:extract -- --set pdf     held-out excerpts as pdf.js reads their printed PDF
//                                         (test/fixtures/pdf-text/NAME.pdf.txt), same gold
//   npm run eval:extract -- --set dev     40 real excerpts of other departments (test/fixtures/dev)
//   npm run eval:extract -- --set dev-a   the dev reports with an odd file number (development half)
//   npm run eval:extract -- --set dev-b   the dev reports with an even file number (checked once)
//   npm run eval:extract -- --set holdout 14 further real excerpts in the dev format (test/fixtures/holdout),
//                                         gold written before the first run; never tuned on
//   npm run eval:extract -- --set holdout2 8 more, collected when holdout was used up; run once, at the end
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { evaluateReports, parseExpectedMeta, parseGoldCsv, type ReportScore } from '../src/domain/extract/evaluate';
import { sameReportingUnit } from '../src/domain/extract/dev-gold';
import { loadDevSet, type DevHalf } from './dev-set';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SETS = {
  sample: { reports: 'data/reports', gold: 'test/fixtures/gold/seeds.gold.csv', meta: 'test/fixtures/gold/reports.csv' },
  heldout: { reports: 'test/fixtures/heldout', gold: 'test/fixtures/heldout/gold.csv', meta: 'test/fixtures/heldout/reports.csv' },
  pdf: { reports: 'test/fixtures/pdf-text', gold: 'test/fixtures/heldout/gold.csv', meta: 'test/fixtures/heldout/reports.csv' },
} as const;
const DEV_SETS: Record<string, { dir: string; half: DevHalf }> = {
  dev: { dir: 'test/fixtures/dev', half: 'all' },
  'dev-a': { dir: 'test/fixtures/dev', half: 'a' },
  'dev-b': { dir: 'test/fixtures/dev', half: 'b' },
  holdout: { dir: 'test/fixtures/holdout', half: 'all' },
  holdout2: { dir: 'test/fixtures/holdout2', half: 'all' },
};

const args = process.argv.slice(2);
const setName = (args[args.indexOf('--set') + 1] ?? 'sample') as keyof typeof SETS;
const set = args.includes('--set') ? SETS[setName] : SETS.sample;
const devSet = DEV_SETS[setName];
if (!set && !devSet) {
  console.error(`未知的评测集：${setName}（可选 sample、heldout、pdf、dev、dev-a、dev-b、holdout、holdout2）`);
  process.exit(2);
}
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const catalog = new Catalog(parseCatalogCsv(read('data/indicators.csv')));

function evaluateSet() {
  if (devSet) {
    const dev = loadDevSet(join(ROOT, devSet.dir), devSet.half);
    return evaluateReports(dev.reports, dev.gold, catalog, dev.meta, sameReportingUnit);
  }
  const reports = readdirSync(join(ROOT, set.reports))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: basename(f, '.txt').replace(/\.pdf$/, ''), text: read(join(set.reports, f)) }));
  return evaluateReports(reports, parseGoldCsv(read(set.gold)), catalog, parseExpectedMeta(read(set.meta)));
}
const { scores, totals } = evaluateSet();

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number) => (b ? pct(a / b) : '—');
const line = (s: ReportScore) =>
  `${s.report.padEnd(40)} recall ${ratio(s.found, s.required).padStart(6)} (${s.found}/${s.required})  precision ${ratio(s.truePositives, s.extracted).padStart(6)} (${s.truePositives}/${s.extracted})  mapping ${ratio(s.mappedCorrect, s.mapped).padStart(6)} (${s.mappedCorrect}/${s.mapped})  ${s.metaOk === false ? '✗' : '✓'} ${s.department} ${s.year}`;

console.log(`set: ${args.includes('--set') ? setName : 'sample'}`);
for (const s of scores) console.log(line(s));
console.log(
  `${'OVERALL'.padEnd(40)} recall ${pct(totals.recall).padStart(6)} (${totals.found}/${totals.required})  precision ${pct(totals.precision).padStart(6)} (${totals.truePositives}/${totals.extracted})  mapping ${pct(totals.mapping).padStart(6)} (${totals.mappedCorrect}/${totals.mapped})  department+year ${scores.filter((s) => s.metaOk !== false).length}/${scores.length}`,
);
for (const s of scores) {
  for (const g of s.misses) console.log(`MISS  ${s.report}  ${g.value}${g.unit}  ${g.anchor}`);
  for (const r of s.falsePositives)
    console.log(`FP    ${s.report}  ${r.value}${r.unit}  ${r.indicatorText}  «${r.evidence.replace(/\s+/g, '').slice(0, 60)}»`);
  for (const w of s.wrongMappings)
    console.log(
      `MAP   ${s.report}  ${w.gold.value}${w.gold.unit} ${w.gold.anchor}: got ${w.row.indicatorId}, want ${w.gold.indicators.map((i) => i || '(uncatalogued)').join('|')}`,
    );
  for (const w of s.overMapped)
    console.log(`OVER  ${s.report}  ${w.gold.value}${w.gold.unit} ${w.gold.anchor}: got ${w.row.indicatorId}, no catalog indicator fits`);
  if (s.metaOk === false) console.log(`META  ${s.report}: detected ${s.department} ${s.year}`);
}
