// From ranked matches to the mapping a reviewer sees: a 0..1 score, the best three catalog
// candidates, and whether the row waits for confirmation (「待确认」).
import type { Indicator } from '../types';
import type { IndicatorCandidate, IndicatorMapping } from './types';

/** Below this score a mapping (or the verdict 「目录外」) waits for a reviewer's confirmation. */
export const MAPPING_CONFIDENCE_THRESHOLD = 0.65;

export interface Ranked {
  indicator: Indicator;
  /** Characters of the phrase the name or concept explains (×10), less gaps; 1000 for an exact name. */
  strength: number;
  /** A full match; otherwise a near candidate only. */
  complete: boolean;
}

/** One entry per indicator (its strongest), complete ones first, then by strength (stable). */
export function rankMatches(list: readonly Ranked[]): Ranked[] {
  const best = new Map<string, Ranked>();
  for (const r of list) {
    const cur = best.get(r.indicator.id);
    if (!cur || better(r, cur)) best.set(r.indicator.id, r);
  }
  return [...best.values()].sort((a, b) => Number(b.complete) - Number(a.complete) || b.strength - a.strength);
}

function better(a: Ranked, b: Ranked): boolean {
  return a.complete !== b.complete ? a.complete : a.strength > b.strength;
}

/** How strongly a name alone says what it counts: 4 characters explained (40) is a sure name. */
function sureness(strength: number): number {
  return Math.min(1, Math.max(0, strength) / 40);
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Confidence in `chosen` (or, with none, in 「目录外」): a strong name with a clear margin over the
 * next indicator scores high; a short name, a tie, or a near candidate for an uncatalogued phrase
 * scores low. `chosenStrength` stands in when the choice came from a reading the ranking does not
 * cover (a generic phrase read with its sentence).
 */
export function mappingFor(ranked: readonly Ranked[], chosen: Indicator | undefined, chosenStrength = 30): IndicatorMapping {
  const candidates: IndicatorCandidate[] = [];
  let score: number;
  if (chosen) {
    const own = ranked.find((r) => r.indicator.id === chosen.id);
    const s1 = own?.complete ? own.strength : chosenStrength;
    const rival = ranked.find((r) => r.indicator.id !== chosen.id && r.complete);
    const margin = rival ? Math.max(0, (s1 - rival.strength) / s1) : 1;
    score = s1 >= 1000 ? 1 : 0.35 + 0.65 * sureness(s1) * (0.4 + 0.6 * margin);
    candidates.push({ id: chosen.id, score: round(score) });
  } else {
    // 「目录外」 is as sure as the nearest catalog indicator is far.
    const near = ranked[0] ? nearness(ranked[0]) : 0;
    score = 1 - near;
  }
  for (const r of ranked) {
    if (candidates.length >= 3) break;
    if (candidates.some((c) => c.id === r.indicator.id)) continue;
    candidates.push({ id: r.indicator.id, score: round(nearness(r)) });
  }
  return { score: round(score), candidates, needsConfirmation: score < MAPPING_CONFIDENCE_THRESHOLD };
}

function nearness(r: Ranked): number {
  return r.complete ? Math.min(0.9, 0.3 + 0.6 * sureness(r.strength)) : Math.min(0.6, 0.6 * sureness(r.strength));
}
