// Concepts of an indicator: what it counts, as groups of words that must all stand in the phrase
// or near it, read in canonical words. 「执法人员持证比例」 holds 持证 + 率 (比例 → 率) and so is
// enforcement_staff_ratio whatever else it says.
//
// Syntax (column `concepts` of data/indicators.csv): patterns joined by `|`; a pattern is groups
// joined by `+`, a group is alternatives joined by `/`. The first group must stand in the phrase.
//   @group   may stand in the rest of the phrase's clause (before or after it)
//   ^group   may also stand in the clause before (参加…考试,通过率达100%)
//   !group   none of these words may stand in the phrase (or after it in its clause)
//   ~group   units the pattern never counts in (~项/条)
// A pattern of only `!`/`~` groups rules the indicator out whatever names it (!应持).
import type { Synonyms } from '../catalog/synonyms';

type Scope = 'phrase' | 'clause' | 'previous';

interface Group {
  terms: string[];
  scope: Scope;
  /** None of the terms may stand in the phrase. */
  excluded: boolean;
  /** The terms are units the pattern never counts in. */
  units: boolean;
}

export interface ConceptPattern {
  groups: Group[];
  /** Only `!`/`~` groups: a veto of the indicator. */
  veto: boolean;
}

/** Where a phrase stands: the rest of its clause, and the clause before. All canonical. */
interface PhraseContext {
  clause: string;
  previous: string;
}

interface ConceptHit {
  /** Phrase characters explained ×10, clause characters ×5, previous-clause characters ×3, less 1 per character after the last own word. */
  strength: number;
  /** Whether every positive group matched (else the head group only: a near candidate). */
  complete: boolean;
}

export function compileConcept(spec: string, synonyms: Synonyms): ConceptPattern {
  const groups = spec.split('+').map((raw): Group => {
    const g = raw.trim();
    const mark = /^[@^!~]/.test(g) ? g[0]! : '';
    const units = mark === '~';
    const terms = g
      .slice(mark.length)
      .split('/')
      .map((t) => (units ? t.trim() : synonyms.canonicalize(t.trim())))
      .filter(Boolean)
      // Longest term first: 法治建设 explains more than 法治.
      .sort((a, b) => b.length - a.length);
    const scope: Scope = mark === '@' ? 'clause' : mark === '^' ? 'previous' : 'phrase';
    return { terms, scope, excluded: mark === '!' || units, units };
  });
  return { groups, veto: groups.every((g) => g.excluded) };
}

/** Whether a veto pattern rules the indicator out for this phrase (`rest`: the phrase and what follows it) and unit. */
export function vetoes(p: ConceptPattern, rest: string, unit: string): boolean {
  return p.veto && p.groups.some((g) => (g.units ? g.terms.includes(unit) : g.terms.some((t) => rest.includes(t))));
}

/**
 * How well a pattern explains a phrase (canonical; the measure suffix cut off): null when an excluded
 * word or unit stands or when the first group is missing; `complete` false when a later group is missing.
 */
export function matchConcept(p: ConceptPattern, phrase: string, unit: string, ctx: PhraseContext): ConceptHit | null {
  if (p.veto) return null;
  let strength = 0;
  let complete = true;
  let first = true;
  let lastOwnEnd = 0;
  for (const g of p.groups) {
    if (g.excluded) {
      if (g.units ? g.terms.includes(unit) : g.terms.some((t) => phrase.includes(t))) return null;
      continue;
    }
    const own = g.terms.find((t) => phrase.includes(t));
    if (own) {
      strength += own.length * 10;
      lastOwnEnd = Math.max(lastOwnEnd, phrase.indexOf(own) + own.length);
    } else {
      const near = g.scope === 'phrase' ? undefined : g.terms.find((t) => ctx.clause.includes(t));
      const far = near || g.scope !== 'previous' ? undefined : g.terms.find((t) => ctx.previous.includes(t));
      if (near) strength += near.length * 5;
      else if (far) strength += far.length * 3;
      else if (first) return null;
      else complete = false;
    }
    first = false;
  }
  // Chinese puts the head last: words that end the phrase explain it best.
  return { strength: strength - (phrase.length - lastOwnEnd), complete };
}
