// Indicator lookup by id, label or alias, and uncatalogued ("other") indicators.
import type { Indicator } from '../types';
import { looseKey, splitUnitSuffix } from '../text/normalize-text';

export const OTHER_PREFIX = 'other:';
const OTHER_CATEGORY_ZH = '其他';

export function otherIndicatorId(text: string): string {
  return OTHER_PREFIX + text;
}

export function isOtherIndicator(id: string): boolean {
  return id.startsWith(OTHER_PREFIX);
}

export class Catalog {
  readonly indicators: readonly Indicator[];
  private readonly byId = new Map<string, Indicator>();
  private readonly byName = new Map<string, Indicator>();

  constructor(indicators: readonly Indicator[]) {
    this.indicators = indicators;
    for (const ind of indicators) this.byId.set(ind.id, ind);
    // Labels win over aliases when both claim the same name.
    for (const ind of indicators) {
      for (const a of ind.aliases) this.byName.set(looseKey(a), ind);
    }
    for (const ind of indicators) {
      this.byName.set(looseKey(ind.labelZh), ind);
      this.byName.set(looseKey(ind.labelEn), ind);
      this.byName.set(looseKey(ind.id), ind);
    }
  }

  get(id: string): Indicator | undefined {
    return this.byId.get(id);
  }

  /** Finds an indicator by id, Chinese or English label, or alias; tolerates 「（件）」 suffixes. */
  lookup(name: string): Indicator | undefined {
    const direct = this.byId.get(name.trim()) ?? this.byName.get(looseKey(name));
    if (direct) return direct;
    const { label } = splitUnitSuffix(name);
    return this.byName.get(looseKey(label));
  }

  /** The indicator for any id, including `other:<text>` ones built on the fly. */
  resolve(id: string, unit = ''): Indicator {
    const known = this.byId.get(id);
    if (known) return known;
    const label = isOtherIndicator(id) ? id.slice(OTHER_PREFIX.length) : id;
    return {
      id,
      category: OTHER_CATEGORY_ZH,
      labelZh: label,
      labelEn: label,
      unit,
      direction: 'neutral',
      aliases: [],
      custom: true,
    };
  }

  /** Closest catalog names to an unknown one (for "did you mean" messages). */
  suggest(name: string, limit = 3): Indicator[] {
    const key = looseKey(splitUnitSuffix(name).label);
    if (!key) return [];
    const scored: { ind: Indicator; score: number }[] = [];
    for (const ind of this.indicators) {
      let best = 0;
      for (const cand of [ind.labelZh, ...ind.aliases]) best = Math.max(best, similarity(key, looseKey(cand)));
      if (best > 0.4) scored.push({ ind, score: best });
    }
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, limit).map((s) => s.ind);
  }
}

/** Dice coefficient over character bigrams: robust for short Chinese names. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let hits = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      hits++;
      grams.set(g, n - 1);
    }
  }
  return (2 * hits) / (a.length - 1 + (b.length - 1));
}
