// Cuts columns into chunk-sized pieces, each with its own compact dictionaries,
// so a stored chunk never carries strings it does not use. A packed dictionary gives
// packed pieces: a text part of an import from the worker is code units, not strings.
import type { NumericColumns, TextColumns } from './columns';
import { pickPacked } from '../text/packed-strings';
import { dictSize, isPackedDict, type StringDict } from './string-dict';

/**
 * Scratch arrays, one per source dictionary (global code → local code + 1, 0 = unseen),
 * reused by every slice of the same columns: a text part of a million-row import looks up
 * its 4,096 evidence codes in a typed array instead of building a Map each time.
 */
const scratch = new WeakMap<StringDict, Uint32Array>();

function scratchFor(dict: StringDict): Uint32Array {
  let s = scratch.get(dict);
  const size = dictSize(dict);
  // Dictionaries can still grow while being sliced (builders share their value arrays).
  if (!s || s.length < size) {
    s = new Uint32Array(size);
    scratch.set(dict, s);
  }
  return s;
}

/**
 * Codes of rows from..to (or of rows at[from..to]) against a compact dictionary;
 * `used` lists the source codes of its entries, in order of first use.
 */
function localize(codes: ArrayLike<number>, dict: StringDict, from: number, to: number, at?: ArrayLike<number>) {
  const seen = scratchFor(dict);
  const used: number[] = [];
  const out = new Uint32Array(to - from);
  for (let k = from; k < to; k++) {
    const c = codes[at ? at[k]! : k]!;
    let l = seen[c]!;
    if (l === 0) {
      used.push(c);
      l = seen[c] = used.length;
    }
    out[k - from] = l - 1;
  }
  // Leave the scratch array clean for the next slice.
  for (const c of used) seen[c] = 0;
  return { used, codes: out };
}

/** The entries `used` of a dictionary, in the same form: packed code units are copied, never decoded. */
function pickEntries(dict: readonly string[], used: readonly number[]): string[];
function pickEntries(dict: StringDict, used: readonly number[]): StringDict;
function pickEntries(dict: StringDict, used: readonly number[]): StringDict {
  return isPackedDict(dict) ? pickPacked(dict, used) : used.map((c) => dict[c]!);
}

/** Codes and compact dictionary of the given rows. */
export function compact(
  codes: ArrayLike<number>,
  dict: readonly string[],
  from: number,
  to: number,
  at?: ArrayLike<number>,
): { values: string[]; codes: Uint32Array };
export function compact(
  codes: ArrayLike<number>,
  dict: StringDict,
  from: number,
  to: number,
  at?: ArrayLike<number>,
): { values: StringDict; codes: Uint32Array };
export function compact(
  codes: ArrayLike<number>,
  dict: StringDict,
  from: number,
  to: number,
  at?: ArrayLike<number>,
): { values: StringDict; codes: Uint32Array } {
  const l = localize(codes, dict, from, to, at);
  return { values: pickEntries(dict, l.used), codes: l.codes };
}

export function sliceNumeric(c: NumericColumns, from: number, to: number): NumericColumns {
  const d = compact(c.dept, c.departments, from, to);
  const ind = compact(c.ind, c.indicators, from, to);
  const u = compact(c.unit, c.units, from, to);
  return {
    length: to - from,
    departments: d.values,
    indicators: ind.values,
    units: u.values,
    dept: d.codes,
    ind: ind.codes,
    year: c.year.slice(from, to),
    value: c.value.slice(from, to),
    unit: Uint16Array.from(u.codes),
    qual: c.qual.slice(from, to),
    flags: c.flags.slice(from, to),
  };
}

export function sliceText(c: TextColumns, from: number, to: number): TextColumns {
  const t = compact(c.text, c.indicatorTexts, from, to);
  const e = compact(c.ev, c.evidences, from, to);
  const f = compact(c.file, c.files, from, to);
  return {
    length: to - from,
    indicatorTexts: t.values,
    text: t.codes,
    evidences: e.values,
    ev: e.codes,
    line: c.line.slice(from, to),
    start: c.start.slice(from, to),
    end: c.end.slice(from, to),
    files: f.values,
    file: f.codes,
  };
}
