// Learned aliases as a CSV in the format of data/indicators.csv (id, category, label_zh,
// label_en, unit, direction, aliases), the learned wordings as `|`-separated aliases of
// their indicator: an office shares what it taught the tool, another imports it.
import Papa from 'papaparse';
import type { Catalog } from './catalog/catalog';
import { toCsv } from './csv/write-csv';
import { unescapeFormulaPrefix } from './csv/text-cells';
import { wordingKey, type LearnedAlias } from './extract/learned-aliases';

const CATALOG_CSV_COLUMNS = ['id', 'category', 'label_zh', 'label_en', 'unit', 'direction', 'aliases'] as const;

/** One row per catalog indicator that has learned aliases, in catalog order; formula-like cells neutralised. */
export function learnedAliasesToCsv(aliases: readonly LearnedAlias[], catalog: Catalog): string {
  const byId = new Map<string, string[]>();
  for (const a of aliases) {
    // `|` separates aliases in the file, so it cannot be part of one.
    const wording = a.wording.replace(/\|/g, '').trim();
    if (!wording || !catalog.get(a.indicatorId)) continue;
    byId.set(a.indicatorId, [...(byId.get(a.indicatorId) ?? []), wording]);
  }
  const rows: string[][] = [[...CATALOG_CSV_COLUMNS]];
  for (const ind of catalog.indicators) {
    const words = byId.get(ind.id);
    if (words) rows.push([ind.id, ind.category, ind.labelZh, ind.labelEn, ind.unit, ind.direction, words.join('|')]);
  }
  return toCsv(rows);
}

export type AliasCsvRead =
  { ok: true; aliases: LearnedAlias[] } | { ok: false; error: 'no-columns' } | { ok: false; error: 'unknown-id'; row: number; id: string };

/**
 * The aliases of a catalog CSV (ours, or data/indicators.csv edited by another office).
 * Wordings the catalog already knows (labels, aliases) are left out; an id the catalog
 * does not have refuses the whole file, naming its row (1-based, header = row 1).
 */
export function learnedAliasesFromCsv(text: string, fileName: string, catalog: Catalog, now: number): AliasCsvRead {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  const col = new Map((header ?? []).map((h, i) => [h.trim(), i]));
  const idCol = col.get('id');
  const aliasCol = col.get('aliases');
  if (idCol === undefined || aliasCol === undefined) return { ok: false, error: 'no-columns' };
  const out = new Map<string, LearnedAlias>();
  for (let r = 0; r < rows.length; r++) {
    const id = unescapeFormulaPrefix((rows[r]![idCol] ?? '').trim());
    if (!id) continue;
    const ind = catalog.get(id);
    if (!ind) return { ok: false, error: 'unknown-id', row: r + 2, id };
    const known = new Set([ind.labelZh, ...ind.aliases].map(wordingKey));
    for (const cell of unescapeFormulaPrefix(rows[r]![aliasCol] ?? '').split('|')) {
      const wording = cell.trim();
      const key = wordingKey(wording);
      if (key && !known.has(key)) out.set(key, { wording, indicatorId: id, at: now, source: fileName });
    }
  }
  return { ok: true, aliases: [...out.values()] };
}
