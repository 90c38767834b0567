// Synonym classes of catalog matching (data/indicator-synonyms.json): a phrase, a catalog name
// and a concept are all read in canonical words (比例 → 率, 通过率 → 合格率, 审核 → 审查), so
// that one catalog wording covers the report's many.
import data from '../../../data/indicator-synonyms.json';

interface SynonymData {
  classes: string[][];
}

export class Synonyms {
  private readonly pattern: RegExp | null;
  private readonly canonical = new Map<string, string>();

  constructor(classes: readonly (readonly string[])[]) {
    for (const [head, ...variants] of classes) {
      if (!head) continue;
      for (const v of variants) if (v && v !== head) this.canonical.set(v, head);
    }
    // Longest variant first, so that 双随机抽查 is read before 抽查.
    const alts = [...this.canonical.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern = alts.length ? new RegExp(alts.join('|'), 'g') : null;
  }

  /** The text with every variant replaced by its canonical word. */
  canonicalize(text: string): string {
    return this.pattern ? text.replace(this.pattern, (v) => this.canonical.get(v) ?? v) : text;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const bundledSynonyms = new Synonyms((data as SynonymData).classes);
