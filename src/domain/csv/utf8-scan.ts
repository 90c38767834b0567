// Byte-level helpers for encoding detection: UTF-8 validation line by line, physical
// line numbers of byte offsets, and the NUL pattern of BOM-less UTF-16.

/** Length of the valid UTF-8 sequence at i, or 0 when the bytes there are invalid. */
function utf8SequenceLength(b: Uint8Array, i: number, end: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + n > end) return 0;
  const c1 = b[i + 1]!;
  if (c1 < lo || c1 > hi) return 0;
  for (let k = 2; k < n; k++) {
    const ck = b[i + k]!;
    if (ck < 0x80 || ck > 0xbf) return 0;
  }
  return n;
}

export interface Utf8LineScan {
  /** Lines that are valid UTF-8 and contain at least one 3- or 4-byte sequence (CJK). */
  validWideLines: number;
  /** Lines with invalid UTF-8. */
  badLines: number;
  /** First bad line: physical line number (1-based), byte offsets of the line and of the first bad byte. */
  firstBad?: { line: number; lineStart: number; lineEnd: number; offset: number; validMultibyte: number; invalid: number };
}

/** Classifies every LF-separated line of a buffer that failed strict UTF-8 decoding. */
export function scanUtf8Lines(b: Uint8Array): Utf8LineScan {
  const out: Utf8LineScan = { validWideLines: 0, badLines: 0 };
  const len = b.length;
  let line = 1;
  let start = 0;
  while (start <= len) {
    let end = b.indexOf(0x0a, start);
    if (end < 0) end = len;
    let wide = false;
    let invalid = 0;
    let validMultibyte = 0;
    let firstBadOffset = -1;
    let crBreaks = 0;
    for (let i = start; i < end;) {
      const c = b[i]!;
      if (c < 0x80) {
        if (c === 0x0d && i + 1 < end) crBreaks++;
        i++;
        continue;
      }
      const n = utf8SequenceLength(b, i, end);
      if (n === 0) {
        if (firstBadOffset < 0) firstBadOffset = i;
        invalid++;
        i++;
      } else {
        validMultibyte++;
        if (n >= 3) wide = true;
        i += n;
      }
    }
    if (invalid > 0) {
      out.badLines++;
      if (!out.firstBad) {
        const lineOfBad = line + countLoneCr(b, start, firstBadOffset);
        out.firstBad = { line: lineOfBad, lineStart: start, lineEnd: end, offset: firstBadOffset, validMultibyte, invalid };
      }
    } else if (wide) out.validWideLines++;
    line += 1 + crBreaks;
    start = end + 1;
  }
  return out;
}

function countLoneCr(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (b[i] === 0x0d && b[i + 1] !== 0x0a) n++;
  return n;
}

/** Physical line (1-based) of a byte offset: LF, CRLF and lone CR each end a line. */
export function lineAtByte(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < b.length; i++) {
    const c = b[i];
    if (c === 0x0a) line++;
    else if (c === 0x0d && b[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** 'UTF-16LE' / 'UTF-16BE' when NUL bytes sit regularly at odd / even offsets, 'binary' when NULs are frequent without a pattern. */
export function sniffNulPattern(b: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | 'binary' | 'none' {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return 'none';
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.25 && even / pairs < 0.05) return 'UTF-16LE';
  if (even / pairs > 0.25 && odd / pairs < 0.05) return 'UTF-16BE';
  if ((even + odd) / n > 0.1) return 'binary';
  return 'none';
}

/** Share of C0 control bytes (other than TAB, LF, CR, FF, Ctrl-Z) in the first 64 KiB. */
export function controlByteCount(b: Uint8Array): { count: number; sample: number } {
  const n = Math.min(b.length, 65536);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a) count++;
  }
  return { count, sample: n };
}
