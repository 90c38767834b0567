// A review row's confidence and candidates: the engine's mapping when it gave one,
// otherwise derived here from the catalog's name similarity, so that uncatalogued rows
// that resemble a catalog indicator still ask to be confirmed.
import { isOtherIndicator, similarity, type Catalog } from '../../domain/catalog/catalog';
import type { ExtractedRow, IndicatorCandidate, IndicatorMapping } from '../../domain/extract/types';
import { looseKey, splitUnitSuffix } from '../../domain/text/normalize-text';

const MAX_CANDIDATES = 3;
/** Below this name similarity a catalog indicator is not offered as a candidate. */
const MIN_SIMILARITY = 0.4;

/** Catalog indicators whose label or aliases resemble the wording (and whose unit can hold the row's), best first. */
function similarIndicators(catalog: Catalog, wording: string, unit = '', limit = MAX_CANDIDATES): IndicatorCandidate[] {
  const key = looseKey(splitUnitSuffix(wording).label);
  if (!key) return [];
  const scored: IndicatorCandidate[] = [];
  for (const ind of catalog.indicators) {
    // A rate is never a count: a % figure is offered only % indicators, and the reverse.
    if (ind.custom || (unit !== '' && (unit === '%') !== (ind.unit === '%'))) continue;
    let best = 0;
    for (const name of [ind.labelZh, ...ind.aliases]) best = Math.max(best, similarity(key, looseKey(name)));
    if (best >= MIN_SIMILARITY) scored.push({ id: ind.id, score: best });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Without the engine's mapping: a catalogued row is taken as mapped; an uncatalogued one resembling catalog names needs confirmation. */
function derivedMapping(catalog: Catalog, row: Pick<ExtractedRow, 'indicatorId' | 'indicatorText' | 'unit'>): IndicatorMapping {
  const candidates = similarIndicators(catalog, row.indicatorText, row.unit);
  if (row.indicatorId && !isOtherIndicator(row.indicatorId)) return { score: 1, candidates, needsConfirmation: false };
  const best = candidates[0]?.score ?? 0;
  return { score: 1 - best, candidates, needsConfirmation: candidates.length > 0 };
}

/** The mapping a review row shows: the engine's (candidates limited to ids the catalog has) or a derived one. */
export function reviewMapping(catalog: Catalog, row: ExtractedRow): IndicatorMapping {
  if (!row.mapping) return derivedMapping(catalog, row);
  const candidates = row.mapping.candidates.filter((c) => catalog.get(c.id)).slice(0, MAX_CANDIDATES);
  return { ...row.mapping, candidates };
}

/** The mapping after the user chose: certain, nothing left to confirm. */
export function confirmedMapping(previous: IndicatorMapping | undefined): IndicatorMapping {
  return { score: 1, candidates: previous?.candidates ?? [], needsConfirmation: false };
}
