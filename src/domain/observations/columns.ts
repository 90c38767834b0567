// Columnar observations: typed arrays with dictionary-coded strings.
// One million observations as row objects cost seconds to store and read back in
// IndexedDB; as columns they are a few typed arrays that move in milliseconds
// (structured clone, transfer to and from workers, aggregation loops).
import { QUALIFIERS, type Observation, type Qualifier } from '../types';
import { dictAt, type StringDict } from './string-dict';
import { grown } from '../grow-array';

/** Numeric part: everything charts and filters need. Loaded at start-up. */
export interface NumericColumns {
  length: number;
  departments: string[];
  indicators: string[];
  units: string[];
  dept: Uint32Array;
  ind: Uint32Array;
  year: Uint16Array;
  value: Float64Array;
  unit: Uint16Array;
  qual: Uint8Array;
  /** bit 0: derived value. */
  flags: Uint8Array;
}

/**
 * Text part: evidence and provenance. Loaded only when a row is inspected or exported.
 * Its dictionaries are arrays or packed UTF-8 (see string-dict.ts): read them with dictAt.
 */
export interface TextColumns {
  length: number;
  indicatorTexts: StringDict;
  text: Uint32Array;
  evidences: StringDict;
  ev: Uint32Array;
  line: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Source file per row, dictionary-coded (empty string = the dataset's own file). */
  files: StringDict;
  file: Uint32Array;
}

export interface ObservationColumns {
  numeric: NumericColumns;
  text: TextColumns;
}

export const FLAG_DERIVED = 1;

/** Interns strings into a dictionary; `Map` keeps `__proto__` & co. harmless. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    for (const v of initial) this.code(v);
  }
  code(value: string): number {
    let c = this.index.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.index.set(value, c);
    }
    return c;
  }
  lookup(value: string): number | undefined {
    return this.index.get(value);
  }
}

const QUALIFIER_CODE = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

export function qualifierCode(q: string): number {
  return QUALIFIER_CODE.get(q) ?? 0;
}

export function qualifierOf(code: number): Qualifier {
  return QUALIFIERS[code] ?? '';
}

/** Appends observations one by one into growing typed arrays. */
export class ColumnBuilder {
  length = 0;
  private cap: number;
  readonly departments = new Dictionary();
  readonly indicators = new Dictionary();
  readonly units = new Dictionary();
  readonly indicatorTexts = new Dictionary();
  readonly evidences = new Dictionary();
  readonly files = new Dictionary();
  private dept: Uint32Array;
  private ind: Uint32Array;
  private year: Uint16Array;
  private value: Float64Array;
  private unit: Uint16Array;
  private qual: Uint8Array;
  private flags: Uint8Array;
  private text: Uint32Array;
  private ev: Uint32Array;
  private line: Int32Array;
  private start: Int32Array;
  private end: Int32Array;
  private file: Uint32Array;

  constructor(initialCapacity = 1024) {
    this.cap = Math.max(16, initialCapacity);
    const n = this.cap;
    this.dept = new Uint32Array(n);
    this.ind = new Uint32Array(n);
    this.year = new Uint16Array(n);
    this.value = new Float64Array(n);
    this.unit = new Uint16Array(n);
    this.qual = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.text = new Uint32Array(n);
    this.ev = new Uint32Array(n);
    this.line = new Int32Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.file = new Uint32Array(n);
  }

  private ensure(): void {
    if (this.length < this.cap) return;
    const n = this.cap * 2;
    this.dept = grown(this.dept, n);
    this.ind = grown(this.ind, n);
    this.year = grown(this.year, n);
    this.value = grown(this.value, n);
    this.unit = grown(this.unit, n);
    this.qual = grown(this.qual, n);
    this.flags = grown(this.flags, n);
    this.text = grown(this.text, n);
    this.ev = grown(this.ev, n);
    this.line = grown(this.line, n);
    this.start = grown(this.start, n);
    this.end = grown(this.end, n);
    this.file = grown(this.file, n);
    this.cap = n;
  }

  append(o: Observation): number {
    this.ensure();
    const i = this.length++;
    this.dept[i] = this.departments.code(o.department);
    this.ind[i] = this.indicators.code(o.indicatorId);
    this.year[i] = o.year;
    this.value[i] = o.value;
    this.unit[i] = this.units.code(o.unit);
    this.qual[i] = qualifierCode(o.qualifier);
    this.flags[i] = o.derived ? FLAG_DERIVED : 0;
    this.text[i] = this.indicatorTexts.code(o.indicatorText);
    this.ev[i] = this.evidences.code(o.evidence);
    this.line[i] = o.source.line;
    this.start[i] = o.source.start;
    this.end[i] = o.source.end;
    this.file[i] = this.files.code(o.source.file ?? '');
    return i;
  }

  build(): ObservationColumns {
    const n = this.length;
    return {
      numeric: {
        length: n,
        departments: this.departments.values,
        indicators: this.indicators.values,
        units: this.units.values,
        dept: this.dept.slice(0, n),
        ind: this.ind.slice(0, n),
        year: this.year.slice(0, n),
        value: this.value.slice(0, n),
        unit: this.unit.slice(0, n),
        qual: this.qual.slice(0, n),
        flags: this.flags.slice(0, n),
      },
      text: {
        length: n,
        indicatorTexts: this.indicatorTexts.values,
        text: this.text.slice(0, n),
        evidences: this.evidences.values,
        ev: this.ev.slice(0, n),
        line: this.line.slice(0, n),
        start: this.start.slice(0, n),
        end: this.end.slice(0, n),
        files: this.files.values,
        file: this.file.slice(0, n),
      },
    };
  }
}

export function columnsFromObservations(rows: readonly Observation[]): ObservationColumns {
  const b = new ColumnBuilder(rows.length);
  for (const r of rows) b.append(r);
  return b.build();
}

/** Reads row i back as an Observation. */
export function observationAt(c: ObservationColumns, i: number): Observation {
  const n = c.numeric;
  const t = c.text;
  return {
    department: n.departments[n.dept[i]!]!,
    year: n.year[i]!,
    indicatorId: n.indicators[n.ind[i]!]!,
    indicatorText: dictAt(t.indicatorTexts, t.text[i]!)!,
    value: n.value[i]!,
    unit: n.units[n.unit[i]!]!,
    qualifier: qualifierOf(n.qual[i]!),
    derived: (n.flags[i]! & FLAG_DERIVED) !== 0,
    evidence: dictAt(t.evidences, t.ev[i]!)!,
    source: sourceAt(t, i),
  };
}

function sourceAt(t: TextColumns, i: number): Observation['source'] {
  const src: Observation['source'] = { line: t.line[i]!, start: t.start[i]!, end: t.end[i]! };
  const file = dictAt(t.files, t.file[i]!);
  if (file) src.file = file;
  return src;
}

export function observationsOf(c: ObservationColumns): Observation[] {
  const out = new Array<Observation>(c.numeric.length);
  for (let i = 0; i < c.numeric.length; i++) out[i] = observationAt(c, i);
  return out;
}
