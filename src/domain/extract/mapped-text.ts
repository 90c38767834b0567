// Text whose every UTF-16 unit remembers the span of the original text it came from,
// so that evidence found in normalised text can be cut verbatim from the original.
import { radicalIdeograph } from './radicals';

export interface MappedText {
  text: string;
  /** Original start offset of each unit of `text`. */
  starts: Int32Array;
  /** Original end offset (exclusive) of each unit of `text`. */
  ends: Int32Array;
}

export class MappedBuilder {
  private parts: string[] = [];
  private s = new Int32Array(1024);
  private e = new Int32Array(1024);
  private n = 0;

  get length(): number {
    return this.n;
  }

  private reserve(extra: number): void {
    if (this.n + extra <= this.s.length) return;
    let size = this.s.length * 2;
    while (size < this.n + extra) size *= 2;
    const s = new Int32Array(size);
    const e = new Int32Array(size);
    s.set(this.s.subarray(0, this.n));
    e.set(this.e.subarray(0, this.n));
    this.s = s;
    this.e = e;
  }

  /** Appends `chunk`, every unit of which stands for original [start, end). */
  push(chunk: string, start: number, end: number): void {
    this.reserve(chunk.length);
    this.parts.push(chunk);
    for (let i = 0; i < chunk.length; i++) {
      this.s[this.n] = start;
      this.e[this.n++] = end;
    }
  }

  /** Appends units [from, to) of `m` with their own origins. */
  pushFrom(m: MappedText, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(m.text.slice(from, to));
    this.s.set(m.starts.subarray(from, to), this.n);
    this.e.set(m.ends.subarray(from, to), this.n);
    this.n += to - from;
  }

  build(): MappedText {
    return { text: this.parts.join(''), starts: this.s.slice(0, this.n), ends: this.e.slice(0, this.n) };
  }
}

/** Original [start, end) of the normalised span [from, to). */
export function originalSpan(m: MappedText, from: number, to: number): { start: number; end: number } {
  if (to <= from || from >= m.text.length) {
    const at = from < m.text.length ? m.starts[from]! : (m.ends[m.text.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: m.starts[from]!, end: m.ends[Math.min(to, m.text.length) - 1]! };
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * NFKC per code point (full-width digits and punctuation become ASCII), invisible characters
 * dropped, CR/CRLF turned into LF, tabs into spaces. Circled numbers become 「(n)」 so that
 * they stay recognisable as list markers (NFKC would make ① a bare 1). CJK radicals of PDF
 * text become the ideographs they stand for (⻓ → 长, ⼾ → 户; see radicals.ts).
 */
export function nfkcMapped(original: string): MappedText {
  const b = new MappedBuilder();
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (ch === '\r') {
      if (original[next] !== '\n') b.push('\n', i, next);
    } else if (ch === '\t') {
      b.push(' ', i, next);
    } else if (cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff)) {
      // ASCII and CJK unified ideographs are their own NFKC form.
      b.push(ch, i, next);
    } else if (!INVISIBLE.test(ch)) {
      const circled = CIRCLED.indexOf(ch);
      b.push(radicalIdeograph(cp) ?? (circled >= 0 ? `(${circled + 1})` : ch.normalize('NFKC')), i, next);
    }
    i = next;
  }
  return b.build();
}
