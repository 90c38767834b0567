// Searches over a text that CsvRowReader reads forward row by row: each remembers its last
// answer, so a forward read costs one pass over the text, not one search per row.

/** The first match at or after an offset. */
export class ForwardScan {
  private from = -1;
  private at = -1;

  /** `find(from)`: offset of the first match at or after `from`, or -1. */
  constructor(
    private readonly len: number,
    private readonly find: (from: number) => number,
  ) {}

  /** Offset of the first match at or after `from`, or the text's length when there is none. */
  firstFrom(from: number): number {
    if (this.at < from || this.from > from) {
      const i = this.find(from);
      this.from = from;
      this.at = i < 0 ? this.len : i;
    }
    return this.at;
  }
}

/** Counts one character (the line break) between offsets; O(1) amortised per line over a forward read. */
export class BreakCounter {
  /** First break at or after the end of the last range counted (-1: unknown). */
  private nextBreak = -1;

  constructor(
    private readonly text: string,
    private readonly ch: string,
  ) {}

  /** Forgets the position, after a jump backwards. */
  reset(): void {
    this.nextBreak = -1;
  }

  count(from: number, to: number): number {
    const { text, ch } = this;
    const len = text.length;
    let b = this.nextBreak;
    if (b < from) {
      b = text.indexOf(ch, from);
      if (b < 0) b = len;
    }
    let n = 0;
    while (b < to) {
      n++;
      b = text.indexOf(ch, b + 1);
      if (b < 0) b = len;
    }
    this.nextBreak = b;
    return n;
  }
}
