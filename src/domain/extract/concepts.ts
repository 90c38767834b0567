// Concepts of an indicator: what it counts, as groups of words that must all stand in the phrase
// (or, for `@` groups, in the clauses before it), read in canonical words. 「执法人员持证比例」
// holds 持证 + 率 (比例 → 率) and so is enforcement_staff_ratio whatever else it says.
import type { Synonyms } from '../catalog/synonyms';

interface Group {
  terms: string[];
  /** May be found in the context before the phrase, not only in the phrase. */
  inContext: boolean;
  /** None of the terms may stand in the phrase. */
  excluded: boolean;
  /** The terms are units the indicator never takes (~项/条: a list of items is not a count of cases). */
  units: boolean;
}

export interface ConceptPattern {
  groups: Group[];
  /** Number of positive groups: a pattern of more groups is more specific. */
  size: number;
}

export interface ConceptHit {
  /** Characters of the phrase the pattern explains, ×10, plus context characters ×6. */
  strength: number;
  /** Whether every positive group matched (else the head group only: a near candidate). */
  complete: boolean;
}

export function compileConcept(spec: string, synonyms: Synonyms): ConceptPattern {
  const groups = spec.split('+').map((raw) => {
    const g = raw.trim();
    const inContext = g.startsWith('@');
    const units = g.startsWith('~');
    const excluded = g.startsWith('!') || units;
    const body = inContext || excluded ? g.slice(1) : g;
    const terms = body.split('/').map((t) => (units ? t.trim() : synonyms.canonicalize(t.trim()))).filter(Boolean);
    // Longest term first: 法治建设 explains more than 法.
    terms.sort((a, b) => b.length - a.length);
    return { terms, inContext, excluded, units };
  });
  return { groups, size: groups.filter((g) => !g.excluded).length };
}

/**
 * How well a pattern explains a phrase (both canonical): null when an excluded word stands in the
 * phrase or when the first group is missing; `complete` false when a later group is missing.
 */
export function matchConcept(p: ConceptPattern, phrase: string, context: string): ConceptHit | null {
  let strength = 0;
  let complete = true;
  let first = true;
  for (const g of p.groups) {
    if (g.excluded) {
      if (!g.units && g.terms.some((t) => phrase.includes(t))) return null;
      continue;
    }
    const own = g.terms.find((t) => phrase.includes(t));
    const ctx = own || !g.inContext ? undefined : g.terms.find((t) => context.includes(t));
    if (own) strength += own.length * 10;
    else if (ctx) strength += ctx.length * 6;
    else if (first) return null;
    else complete = false;
    first = false;
  }
  return { strength, complete };
}

/** Words that rule an indicator out whatever names it (!应持: 应持执法证人员 is not a count of certified staff). */
export function vetoTerms(p: ConceptPattern): string[] {
  return p.groups.filter((g) => g.excluded && !g.units).flatMap((g) => g.terms);
}

/** Units that rule an indicator out (~项/条). */
export function vetoUnits(p: ConceptPattern): string[] {
  return p.groups.filter((g) => g.units).flatMap((g) => g.terms);
}
