// Units of measure and which spellings are interchangeable.
//
// Allowed synonyms (everything else is E_UNIT_MISMATCH):
//   %      = ％ = 百分比
//   人     = 名 = 位                         (people)
//   人次                                     (person-times; never the same as 人 or 次)
//   次     = 场 = 场次 = 期 = 批次 = 轮 = 回 = 堂 (occurrences: sessions, events, rounds)
//   件     = 份 = 个 = 项 = 条 = 类 = 宗 = 起 = 篇 = 部 = 家 = 套 = 本 = 册
//            (item classifiers: reports use them interchangeably for documents, cases, items)
//   元, 万元, 亿元                           (money: different scales, never interchangeable)
// A value stored for a catalog indicator always carries the catalog's unit.

export type UnitClass = 'percent' | 'person' | 'person_time' | 'occurrence' | 'item' | 'yuan' | 'wan_yuan' | 'yi_yuan';

const CLASSES: [UnitClass, string[]][] = [
  ['percent', ['%', '百分比']],
  ['person', ['人', '名', '位']],
  ['person_time', ['人次']],
  ['occurrence', ['次', '场', '场次', '期', '批次', '轮', '回', '堂']],
  ['item', ['件', '份', '个', '项', '条', '类', '宗', '起', '篇', '部', '家', '套', '本', '册']],
  ['yuan', ['元']],
  ['wan_yuan', ['万元']],
  ['yi_yuan', ['亿元']],
];

const CLASS_OF = new Map<string, UnitClass>();
for (const [cls, words] of CLASSES) for (const w of words) CLASS_OF.set(w, cls);

const INTEGER_CLASSES = new Set<UnitClass>(['person', 'person_time', 'occurrence', 'item']);

/** NFKC, trimmed, brackets removed: 「（件）」 → 件, 「％」 → %. */
export function normalizeUnit(raw: string): string {
  let u = raw
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .trim();
  const m = /^[([](.*)[)\]]$/.exec(u);
  if (m) u = m[1]!.trim();
  if (u === 'percent' || u === 'pct') u = '%';
  return u;
}

export function unitClassOf(unit: string): UnitClass | undefined {
  return CLASS_OF.get(unit);
}

/** True when a unit word is known at all (used to split 「12次」 into number and unit). */
export function isKnownUnit(unit: string): boolean {
  return CLASS_OF.has(unit);
}

/** Whether a written unit may stand for the expected one. */
export function unitsCompatible(written: string, expected: string): boolean {
  if (written === expected) return true;
  const a = CLASS_OF.get(written);
  return a !== undefined && a === CLASS_OF.get(expected);
}

/** Counts of people, sessions or items must be whole numbers. */
export function isIntegerUnit(unit: string): boolean {
  const c = CLASS_OF.get(unit);
  return c !== undefined && INTEGER_CLASSES.has(c);
}

export function isPercentUnit(unit: string): boolean {
  return CLASS_OF.get(unit) === 'percent';
}

/** Values beyond these bounds for one department in one year are flagged W_OUTLIER. */
export function outlierBound(unit: string): number {
  switch (CLASS_OF.get(unit)) {
    case 'person':
      return 100_000;
    case 'occurrence':
      return 100_000;
    case 'person_time':
      return 10_000_000;
    case 'item':
      return 1_000_000;
    case 'wan_yuan':
      return 10_000_000;
    case 'yuan':
      return 100_000_000_000;
    case 'yi_yuan':
      return 10_000;
    default:
      return Infinity;
  }
}
