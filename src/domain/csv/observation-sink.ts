// Accepted observations go straight into a ColumnBuilder. One value per department,
// year and indicator within a file: an identical repeat is dropped (W_DUPLICATE_ROW);
// a repeat with another value rejects every row involved (M2), including the first
// one already appended, which is dropped when the columns are built.
//
// For speed with a million rows: one scratch Observation is reused for every append,
// keys are small integers in one Map per department, and evidence (nearly always
// unique per row) is not hashed into a dictionary: it is coded here, reusing the code
// of the previous row's evidence (wide rows share one) and interning only short texts.
import { ColumnBuilder, observationAt, qualifierCode, type ObservationColumns } from '../observations/columns';
import type { Observation } from '../types';
import { isWellFormed } from '../observations/string-dict';
import { PackedStringsBuilder, unpackStrings } from '../text/packed-strings';
import { grown } from '../grow-array';
import { YEAR_MIN } from './limits';

export type AddResult =
  | { kind: 'added' }
  | { kind: 'duplicate'; firstLine: number }
  | {
      kind: 'conflict';
      firstLine: number;
      firstValue: number;
      /** On the first conflict of a key: earlier rows to reject too (the first one and its exact repeats). */
      earlier: { line: number; rowStart: number }[];
    };

export interface ObservationFields extends Omit<Observation, 'source'> {
  line: number;
  /** 来源 column, '' when none. */
  file: string;
}

const CONFLICT = -1;
const FIRST_YEAR = YEAR_MIN;
const SHORT_EVIDENCE = 16;

export class ObservationSink {
  readonly builder: ColumnBuilder;
  private readonly scratch: Observation = {
    department: '',
    year: 0,
    indicatorId: '',
    indicatorText: '',
    value: 0,
    unit: '',
    qualifier: '',
    derived: false,
    evidence: '',
    source: { line: 0, start: -1, end: -1, file: '' },
  };
  /** Per department code: (indicator code × 128 + year offset) → row, or CONFLICT. */
  private readonly byDept: (Map<number, number> | undefined)[] = [];
  private line = new Int32Array(1024);
  private rowStart = new Float64Array(1024);
  private value = new Float64Array(1024);
  private qual = new Uint8Array(1024);
  private unit = new Uint32Array(1024);
  private ev = new Uint32Array(1024);
  private readonly evidences: string[] = [];
  /** While packing evidence (see constructor): the packed texts; null once unpacked. */
  private packed: PackedStringsBuilder | null;
  private readonly shortEvidence = new Map<string, number>();
  private lastEvidence: string | null = null;
  private lastEvidenceCode = 0;
  private readonly dropped = new Set<number>();
  private readonly conflictFirst = new Map<string, { line: number; value: number }>();
  /** Exact repeats seen so far, so that they are rejected with the first row on a later conflict. */
  private readonly repeats = new Map<string, { line: number; rowStart: number }[]>();

  /**
   * `packUnits` > 0: keep evidence packed as it comes (packed-strings.ts), room for about
   * that many UTF-16 units, for the worker, which posts it as typed arrays. A text that
   * cannot be packed turns packing off.
   */
  constructor(capacityHint: number, packUnits = 0) {
    this.builder = new ColumnBuilder(capacityHint);
    this.packed = packUnits > 0 ? new PackedStringsBuilder(packUnits, capacityHint) : null;
  }

  get length(): number {
    return this.builder.length - this.dropped.size;
  }

  private evidenceCode(s: string): number {
    if (s === this.lastEvidence) return this.lastEvidenceCode;
    let c: number | undefined;
    if (s.length <= SHORT_EVIDENCE) c = this.shortEvidence.get(s);
    if (c === undefined) {
      c = this.storeEvidence(s);
      if (s.length <= SHORT_EVIDENCE) this.shortEvidence.set(s, c);
    }
    this.lastEvidence = s;
    this.lastEvidenceCode = c;
    return c;
  }

  private storeEvidence(s: string): number {
    const packed = this.packed;
    if (packed) {
      if (isWellFormed(s)) return packed.push(s);
      for (const t of unpackStrings(packed.build())) this.evidences.push(t);
      this.packed = null;
    }
    return this.evidences.push(s) - 1;
  }

  add(f: ObservationFields, rowStart: number): AddResult {
    const b = this.builder;
    const d = b.departments.code(f.department);
    const ind = b.indicators.code(f.indicatorId);
    const sub = ind * 128 + (f.year - FIRST_YEAR);
    let map = this.byDept[d];
    if (!map) this.byDept[d] = map = new Map();
    const at = map.get(sub);
    if (at === undefined) {
      const o = this.scratch;
      o.department = f.department;
      o.year = f.year;
      o.indicatorId = f.indicatorId;
      o.indicatorText = f.indicatorText;
      o.value = f.value;
      o.unit = f.unit;
      o.qualifier = f.qualifier;
      o.derived = f.derived;
      o.source.line = f.line;
      o.source.file = f.file;
      const i = b.append(o);
      map.set(sub, i);
      const need = i + 1;
      if (need > this.line.length) {
        this.line = grown(this.line, need);
        this.rowStart = grown(this.rowStart, need);
        this.value = grown(this.value, need);
        this.qual = grown(this.qual, need);
        this.unit = grown(this.unit, need);
        this.ev = grown(this.ev, need);
      }
      this.line[i] = f.line;
      this.rowStart[i] = rowStart;
      this.value[i] = f.value;
      this.qual[i] = qualifierCode(f.qualifier);
      this.unit[i] = b.units.code(f.unit);
      this.ev[i] = this.evidenceCode(f.evidence);
      return { kind: 'added' };
    }
    const key = `${d}:${sub}`;
    if (at === CONFLICT) {
      const first = this.conflictFirst.get(key)!;
      return { kind: 'conflict', firstLine: first.line, firstValue: first.value, earlier: [] };
    }
    if (this.value[at] === f.value && this.qual[at] === qualifierCode(f.qualifier) && this.unit[at] === b.units.code(f.unit)) {
      const row = { line: f.line, rowStart };
      const list = this.repeats.get(key);
      if (list) list.push(row);
      else this.repeats.set(key, [row]);
      return { kind: 'duplicate', firstLine: this.line[at]! };
    }
    map.set(sub, CONFLICT);
    this.dropped.add(at);
    this.conflictFirst.set(key, { line: this.line[at]!, value: this.value[at]! });
    const earlier = [{ line: this.line[at]!, rowStart: this.rowStart[at]! }, ...(this.repeats.get(key) ?? [])];
    this.repeats.delete(key);
    return { kind: 'conflict', firstLine: this.line[at]!, firstValue: this.value[at]!, earlier };
  }

  /** The accepted columns, without rows dropped for conflicts (dictionaries compacted). */
  build(): ObservationColumns {
    const all = this.builder.build();
    all.text.evidences = this.packed ? this.packed.build() : this.evidences;
    all.text.ev = this.ev.slice(0, all.text.length);
    if (!this.dropped.size) return all;
    return dropRows(all, this.dropped);
  }
}

/** Columns without the given rows; dictionaries are rebuilt so no unused string remains. */
function dropRows(c: ObservationColumns, drop: ReadonlySet<number>): ObservationColumns {
  const b = new ColumnBuilder(Math.max(16, c.numeric.length - drop.size));
  for (let i = 0; i < c.numeric.length; i++) if (!drop.has(i)) b.append(observationAt(c, i));
  return b.build();
}
