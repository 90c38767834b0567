// A quoted cell read by hand, for rows whose quotes PapaParse would read differently from
// this import: after a quote that is followed by neither a delimiter nor a line break,
// PapaParse keeps looking for another closing quote, so one stray quote would pull the
// following rows into one cell. Here the quoted cell ends at its first closing quote and
// the text after it is kept literally up to the next delimiter or line break.

export interface QuotedCell {
  /** The cell's value, or its text as written when a stray quote follows. */
  value: string;
  /** Where the text after the cell goes on (a delimiter, a line break or the end). */
  next: number;
  /** Offset of the text after the closing quote when it is not a delimiter or line break, or -1. */
  stray: number;
  /** True when no closing quote follows: the cell runs to the end of the text. */
  open: boolean;
}

/** The quoted cell of `text` opening at `quote`; spaces after its closing quote are skipped. */
export function quotedCell(text: string, quote: number, delimCode: number): QuotedCell {
  const len = text.length;
  const d = delimCode;
  let j = quote + 1;
  let close = -1;
  let escaped = false;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) break;
    if (text.charCodeAt(q + 1) === 34) {
      escaped = true;
      j = q + 2;
      continue;
    }
    close = q;
    break;
  }
  if (close < 0) return { value: text.slice(quote + 1), next: len, stray: -1, open: true };
  const raw = text.slice(quote + 1, close);
  const value = escaped ? raw.replace(/""/g, '"') : raw;
  let k = close + 1;
  while (k < len && text.charCodeAt(k) === 32 && d !== 32) k++;
  const c = k < len ? text.charCodeAt(k) : -1;
  if (c === -1 || c === d || c === 10 || c === 13) return { value, next: k, stray: -1, open: false };
  let e = k;
  while (e < len) {
    const ce = text.charCodeAt(e);
    if (ce === d || ce === 10 || ce === 13) break;
    e++;
  }
  return { value: text.slice(quote, e), next: e, stray: k, open: false };
}
