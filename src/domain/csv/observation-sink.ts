// Accepted observations go straight into a ColumnBuilder. One value per department,
// year and indicator within a file: an identical repeat is dropped (W_DUPLICATE_ROW);
// a repeat with another value rejects every row involved (M2), including the first
// one already appended, which is dropped when the columns are built.
import { ColumnBuilder, observationAt, qualifierCode, type ObservationColumns } from '../observations/columns';
import type { Observation } from '../types';
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

interface Meta {
  line: number[];
  rowStart: number[];
  value: number[];
  qual: number[];
  unit: string[];
}

const CONFLICT = -1;

export class ObservationSink {
  readonly builder: ColumnBuilder;
  private readonly byKey = new Map<number | string, number>();
  private readonly meta: Meta = { line: [], rowStart: [], value: [], qual: [], unit: [] };
  private readonly dropped = new Set<number>();
  /** First line of each conflicting key, for messages about later rows. */
  private readonly conflictFirst = new Map<number | string, { line: number; value: number }>();
  /** Exact repeats seen so far, so that they are rejected with the first row on a later conflict. */
  private readonly repeats = new Map<number | string, { line: number; rowStart: number }[]>();

  constructor(capacityHint: number) {
    this.builder = new ColumnBuilder(capacityHint);
  }

  get length(): number {
    return this.builder.length - this.dropped.size;
  }

  private key(o: Observation): number | string {
    const d = this.builder.departments.code(o.department);
    const i = this.builder.indicators.code(o.indicatorId);
    const y = o.year - YEAR_MIN;
    if (d < 1 << 24 && i < 1 << 21 && y >= 0 && y < 128) return (d * 2097152 + i) * 128 + y;
    return `${d}:${i}:${o.year}`;
  }

  add(o: Observation, rowStart: number): AddResult {
    const k = this.key(o);
    const at = this.byKey.get(k);
    if (at === undefined) {
      const i = this.builder.append(o);
      this.byKey.set(k, i);
      const m = this.meta;
      m.line.push(o.source.line);
      m.rowStart.push(rowStart);
      m.value.push(o.value);
      m.qual.push(qualifierCode(o.qualifier));
      m.unit.push(o.unit);
      return { kind: 'added' };
    }
    if (at === CONFLICT) {
      const first = this.conflictFirst.get(k)!;
      return { kind: 'conflict', firstLine: first.line, firstValue: first.value, earlier: [] };
    }
    const m = this.meta;
    if (m.value[at] === o.value && m.qual[at] === qualifierCode(o.qualifier) && m.unit[at] === o.unit) {
      const list = this.repeats.get(k);
      const row = { line: o.source.line, rowStart };
      if (list) list.push(row);
      else this.repeats.set(k, [row]);
      return { kind: 'duplicate', firstLine: m.line[at]! };
    }
    this.byKey.set(k, CONFLICT);
    this.dropped.add(at);
    this.conflictFirst.set(k, { line: m.line[at]!, value: m.value[at]! });
    const earlier = [{ line: m.line[at]!, rowStart: m.rowStart[at]! }, ...(this.repeats.get(k) ?? [])];
    this.repeats.delete(k);
    return { kind: 'conflict', firstLine: m.line[at]!, firstValue: m.value[at]!, earlier };
  }

  /** The accepted columns, without rows dropped for conflicts (dictionaries compacted). */
  build(): ObservationColumns {
    const all = this.builder.build();
    if (!this.dropped.size) return all;
    return dropRows(all, this.dropped);
  }
}

/** Columns without the given rows; dictionaries are rebuilt so no unused string remains. */
export function dropRows(c: ObservationColumns, drop: ReadonlySet<number>): ObservationColumns {
  const b = new ColumnBuilder(Math.max(16, c.numeric.length - drop.size));
  for (let i = 0; i < c.numeric.length; i++) if (!drop.has(i)) b.append(observationAt(c, i));
  return b.build();
}

