// A bit per hashed cell code: "surely not flagged" in one read for most cells. The marks ask
// it for thousands of bars or cells on every filter change; at 1M the checks keep ~85,000
// findings beyond the list, and a set of their codes took 6–17 ms to build on the page where
// this filter takes well under one. A set bit may be another code's: the caller then asks
// the exact index.

/** 2^20 bits (128 KB): about one in ten unflagged cells passes with 100,000 codes. */
const BITS_LOG2 = 20;

export class CodeFilter {
  private readonly words = new Uint32Array((1 << BITS_LOG2) >>> 5);

  /** Cell codes are integers below 2^53 (cell-code.ts); both halves of the number are mixed in. */
  private static slot(code: number): number {
    const lo = code >>> 0;
    const hi = Math.floor(code / 4294967296) >>> 0;
    return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> (32 - BITS_LOG2);
  }

  add(code: number): void {
    const s = CodeFilter.slot(code);
    this.words[s >>> 5]! |= 1 << (s & 31);
  }

  /** False: `code` was never added. True: it may have been. */
  mayHave(code: number): boolean {
    const s = CodeFilter.slot(code);
    return (this.words[s >>> 5]! & (1 << (s & 31))) !== 0;
  }
}
