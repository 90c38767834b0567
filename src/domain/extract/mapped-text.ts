// Text whose every UTF-16 unit remembers the span of the original text it came from,
// so that evidence found in normalised text can be cut verbatim from the original.

export interface MappedText {
  text: string;
  /** Original start offset of each unit of `text`. */
  starts: Int32Array;
  /** Original end offset (exclusive) of each unit of `text`. */
  ends: Int32Array;
}

export class MappedBuilder {
  private parts: string[] = [];
  private s: number[] = [];
  private e: number[] = [];

  get length(): number {
    return this.s.length;
  }

  /** Appends `chunk`, every unit of which stands for original [start, end). */
  push(chunk: string, start: number, end: number): void {
    this.parts.push(chunk);
    for (let i = 0; i < chunk.length; i++) {
      this.s.push(start);
      this.e.push(end);
    }
  }

  /** Appends units [from, to) of `m` with their own origins. */
  pushFrom(m: MappedText, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(m.text.slice(from, to));
    for (let i = from; i < to; i++) {
      this.s.push(m.starts[i]!);
      this.e.push(m.ends[i]!);
    }
  }

  build(): MappedText {
    return { text: this.parts.join(''), starts: Int32Array.from(this.s), ends: Int32Array.from(this.e) };
  }
}

/** Original [start, end) of the normalised span [from, to). */
export function originalSpan(m: MappedText, from: number, to: number): { start: number; end: number } {
  if (to <= from || from >= m.text.length) {
    const at = from < m.text.length ? m.starts[from]! : m.ends[m.text.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: m.starts[from]!, end: m.ends[Math.min(to, m.text.length) - 1]! };
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * NFKC per code point (full-width digits and punctuation become ASCII), invisible characters
 * dropped, CR/CRLF turned into LF, tabs into spaces. Circled numbers become 「(n)」 so that
 * they stay recognisable as list markers (NFKC would make ① a bare 1).
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
    } else if (!INVISIBLE.test(ch)) {
      const circled = CIRCLED.indexOf(ch);
      b.push(circled >= 0 ? `(${circled + 1})` : ch.normalize('NFKC'), i, next);
    }
    i = next;
  }
  return b.build();
}
