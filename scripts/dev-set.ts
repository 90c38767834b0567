// Loads a set in the dev format (test/fixtures/dev, test/fixtures/holdout) for the eval script and
// the CI thresholds.
// The halves are fixed by file number, decided before any tuning: odd → dev-a (developed on),
// even → dev-b (run once, its first-run figures recorded in test/fixtures/dev/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerMeta, parseEvidenceGoldCsv, parseHeaderedReport } from '../src/domain/extract/dev-gold';
import type { ExpectedMeta, GoldRow } from '../src/domain/extract/evaluate';

export type DevHalf = 'all' | 'a' | 'b';

export function devHalfOf(fileName: string): 'a' | 'b' {
  return Number.parseInt(fileName, 10) % 2 === 1 ? 'a' : 'b';
}

export function loadDevSet(dir: string, half: DevHalf) {
  const reports: { name: string; text: string }[] = [];
  const gold: GoldRow[] = [];
  const meta: ExpectedMeta[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && (half === 'all' || devHalfOf(f) === half))
    .sort();
  for (const f of files) {
    const name = f.slice(0, -'.txt'.length);
    const h = parseHeaderedReport(readFileSync(join(dir, f), 'utf8'));
    reports.push({ name, text: h.body });
    meta.push(headerMeta(name, h));
    gold.push(...parseEvidenceGoldCsv(name, readFileSync(join(dir, `${name}.gold.csv`), 'utf8')));
  }
  return { reports, gold, meta };
}
