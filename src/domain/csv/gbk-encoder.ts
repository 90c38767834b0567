// A GB18030 encoder built once from the platform's own decoder (no tables shipped):
// every 2-byte code and every BMP 4-byte code is decoded in bulk and reversed.
// Used for the 乱码 hint (re-encoding mojibake to recover the UTF-8 it came from) and
// by the fixture generator to write real GBK bytes.

let table: Map<number, number[]> | null = null;

function build(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  const dec = new TextDecoder('gb18030');
  // Two-byte codes, each followed by LF so an invalid pair cannot shift the next one.
  const two: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      two.push(lead, trail, 0x0a);
    }
  }
  const twoText = dec.decode(new Uint8Array(two)).split('\n');
  let k = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const s = twoText[k++] ?? '';
      if (s.length === 1 && s !== '\uFFFD' && !map.has(s.charCodeAt(0))) map.set(s.charCodeAt(0), [lead, trail]);
    }
  }
  // Four-byte codes of the BMP: 81 30 81 30 … 84 31 A4 39.
  const four: number[] = [];
  const fourCodes: number[][] = [];
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) {
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          four.push(b1, b2, b3, b4, 0x0a);
          fourCodes.push([b1, b2, b3, b4]);
        }
      }
    }
  }
  const fourText = dec.decode(new Uint8Array(four)).split('\n');
  for (let i = 0; i < fourCodes.length; i++) {
    const s = fourText[i] ?? '';
    if (s.length === 1 && s !== '\uFFFD' && !map.has(s.charCodeAt(0))) map.set(s.charCodeAt(0), fourCodes[i]!);
  }
  return map;
}

/** GB18030 bytes of a string, or null when a character cannot be encoded (lone surrogates). */
export function encodeGb18030(s: string): Uint8Array | null {
  table ??= build();
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
    } else if (cp >= 0x10000) {
      // Supplementary planes are linear from 90 30 81 30.
      let idx = cp - 0x10000;
      const b4 = 0x30 + (idx % 10);
      idx = Math.floor(idx / 10);
      const b3 = 0x81 + (idx % 126);
      idx = Math.floor(idx / 126);
      const b2 = 0x30 + (idx % 10);
      const b1 = 0x90 + Math.floor(idx / 10);
      out.push(b1, b2, b3, b4);
    } else {
      const bytes = table.get(cp);
      if (!bytes) return null;
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
