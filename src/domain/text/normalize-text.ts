// Text normalisation shared by catalog lookup, CSV headers and department names.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** NFKC, invisible characters removed, whitespace collapsed and trimmed. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** A key for loose comparison: normalised, lower-case, with all whitespace removed. */
export function looseKey(s: string): string {
  return normalizeText(s).toLowerCase().replace(/\s+/g, '');
}

/** Strips a trailing unit in brackets: 「规范性文件清理数（件）」 → 「规范性文件清理数」, unit 「件」. */
export function splitUnitSuffix(label: string): { label: string; unit: string } {
  const s = normalizeText(label);
  const m = /^(.*?)[([]([^()[\]]{1,6})[)\]]$/.exec(s);
  if (!m || !m[1]) return { label: s, unit: '' };
  return { label: m[1].trim(), unit: m[2]!.trim() };
}
