// Corrections a user made in review, remembered as local aliases: the report's wording
// of an indicator (normalised) → the catalog indicator the user chose. Every later
// extraction maps the same wording to that indicator without asking again.
import { splitUnitSuffix } from '../text/normalize-text';
import type { ExtractedRow, ExtractionResult, IndicatorMapping } from './types';

export interface LearnedAlias {
  /** The wording as the report put it, when it was learned. */
  wording: string;
  /** A catalog indicator id. */
  indicatorId: string;
  /** When it was learned (ms since 1970). */
  at: number;
  /** The report (file name) the correction was made in, or the CSV file it was imported from. */
  source: string;
}

/** Punctuation and quotes do not change what a wording counts: 「“双随机”抽查批次」 = 「双随机抽查批次」. */
const PUNCTUATION = /[\p{P}\s]/gu;

/** The key two wordings share when they name the same thing: NFKC, lower case, no spaces, punctuation or unit suffix. */
export function wordingKey(text: string): string {
  return splitUnitSuffix(text).label.toLowerCase().replace(PUNCTUATION, '');
}

/** A stored value back as an alias, or null when it is not one (damaged or foreign data). */
export function parseLearnedAlias(value: unknown): LearnedAlias | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.wording !== 'string' || typeof v.indicatorId !== 'string' || !v.indicatorId) return null;
  if (!wordingKey(v.wording)) return null;
  const at = typeof v.at === 'number' && Number.isFinite(v.at) ? v.at : 0;
  return { wording: v.wording, indicatorId: v.indicatorId, at, source: typeof v.source === 'string' ? v.source : '' };
}

/** Wording key → alias; a later alias of the same wording wins. */
function aliasIndex(aliases: readonly LearnedAlias[]): Map<string, LearnedAlias> {
  const out = new Map<string, LearnedAlias>();
  for (const a of [...aliases].sort((x, y) => x.at - y.at)) {
    const key = wordingKey(a.wording);
    if (key) out.set(key, a);
  }
  return out;
}

const LEARNED: (id: string) => IndicatorMapping = (id) => ({ score: 1, candidates: [{ id, score: 1 }], needsConfirmation: false });

/** The row mapped by a learned alias of its wording, or the row unchanged. */
function applyAliasToRow<R extends ExtractedRow>(
  row: R,
  index: ReadonlyMap<string, LearnedAlias>,
  isCatalogId: (id: string) => boolean,
): R {
  const alias = index.get(wordingKey(row.indicatorText));
  if (!alias || !isCatalogId(alias.indicatorId)) return row;
  return { ...row, indicatorId: alias.indicatorId, mapping: LEARNED(alias.indicatorId) };
}

/**
 * Maps every row whose wording the user corrected before to the indicator they chose
 * (score 1, confirmed). Aliases to ids the catalog no longer has are ignored.
 */
export function applyLearnedAliases(
  result: ExtractionResult,
  aliases: readonly LearnedAlias[],
  isCatalogId: (id: string) => boolean,
): ExtractionResult {
  if (!aliases.length) return result;
  const index = aliasIndex(aliases);
  return { ...result, rows: result.rows.map((r) => applyAliasToRow(r, index, isCatalogId)) };
}
