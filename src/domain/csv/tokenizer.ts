// RFC 4180 tokenizer over a decoded string, row by row, resumable at any row start.
// It tracks physical lines (what Excel and Notepad show) so that messages name the right
// line even after quoted multi-line cells; LF, CRLF and lone CR all end a line.
// Rows without quotes take a fast path (indexOf + split); only quoted rows are scanned
// character by character.

export interface QuoteProblem {
  kind: 'unterminated' | 'stray';
  line: number;
  /** 1-based character column in that physical line. */
  column: number;
  /** 0-based index of the cell. */
  cell: number;
}

export class CsvTokenizer {
  readonly text: string;
  readonly delimiter: string;
  private readonly delimCode: number;
  private readonly len: number;
  private readonly slowOnly: boolean;
  private nextQuote = -1;

  /** Offset and physical line of the next row. */
  pos = 0;
  line = 1;

  /** The last row read. */
  cells: string[] = [];
  rowStart = 0;
  rowLine = 1;
  /** Physical line where each cell starts; null when the whole row is on one line. */
  cellLines: number[] | null = null;
  quoteProblem: QuoteProblem | null = null;

  constructor(text: string, delimiter: string) {
    this.text = text;
    this.delimiter = delimiter;
    this.delimCode = delimiter.charCodeAt(0);
    this.len = text.length;
    this.slowOnly = hasLoneCr(text) || delimiter === '\r' || delimiter === '\n';
  }

  /** Moves to a row start found earlier (offset and physical line). */
  seek(pos: number, line: number): void {
    this.pos = pos;
    this.line = line;
    this.nextQuote = -1;
  }

  get done(): boolean {
    return this.pos >= this.len;
  }

  /** Reads the next row into `cells`; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const pos = this.pos;
    if (pos >= this.len) return false;
    this.rowStart = pos;
    this.rowLine = this.line;
    this.quoteProblem = null;
    this.cellLines = null;
    if (!this.slowOnly) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = this.len;
      if (this.nextQuote < pos) {
        const q = text.indexOf('"', pos);
        this.nextQuote = q < 0 ? this.len + 1 : q;
      }
      if (this.nextQuote >= nl) {
        let end = nl;
        if (end > pos && text.charCodeAt(end - 1) === 13) end--;
        this.cells = text.slice(pos, end).split(this.delimiter);
        this.line++;
        this.pos = nl + 1;
        return true;
      }
    }
    this.slowRow();
    return true;
  }

  private slowRow(): void {
    const text = this.text;
    const len = this.len;
    const d = this.delimCode;
    const cells: string[] = [];
    const cellLines: number[] = [];
    let i = this.pos;
    let line = this.line;
    let lineStart = i;
    let multiLine = false;
    for (;;) {
      cellLines.push(line);
      let value: string;
      if (i < len && text.charCodeAt(i) === 34) {
        const openLine = line;
        const openCol = i - lineStart + 1;
        let j = i + 1;
        let close = -1;
        let escaped = false;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) break;
          if (text.charCodeAt(q + 1) === 34) {
            escaped = true;
            j = q + 2;
            continue;
          }
          close = q;
          break;
        }
        if (close < 0) {
          this.quoteProblem ??= { kind: 'unterminated', line: openLine, column: openCol, cell: cells.length };
          cells.push(text.slice(i + 1));
          this.cells = cells;
          this.cellLines = cellLines;
          this.pos = len;
          this.line = line;
          return;
        }
        const raw = text.slice(i + 1, close);
        for (let k = i + 1; k < close; k++) {
          const c = text.charCodeAt(k);
          if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
            line++;
            lineStart = k + 1;
            multiLine = true;
          }
        }
        value = escaped ? raw.replace(/""/g, '"') : raw;
        let k = close + 1;
        while (k < len && text.charCodeAt(k) === 32 && d !== 32) k++;
        const c = k < len ? text.charCodeAt(k) : -1;
        if (c === -1 || c === d || c === 10 || c === 13) {
          i = k;
        } else {
          // Text after the closing quote: keep the cell literally and report it.
          this.quoteProblem ??= { kind: 'stray', line, column: k - lineStart + 1, cell: cells.length };
          let e = k;
          while (e < len) {
            const ce = text.charCodeAt(e);
            if (ce === d || ce === 10 || ce === 13) break;
            e++;
          }
          value = text.slice(i, e);
          i = e;
        }
      } else {
        let e = i;
        while (e < len) {
          const ce = text.charCodeAt(e);
          if (ce === d || ce === 10 || ce === 13) break;
          e++;
        }
        value = text.slice(i, e);
        i = e;
      }
      cells.push(value);
      if (i >= len) {
        this.pos = len;
        break;
      }
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= len) {
          cells.push('');
          cellLines.push(line);
          this.pos = len;
          break;
        }
        continue;
      }
      // Line break ends the row.
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      this.pos = i;
      break;
    }
    this.cells = cells;
    this.cellLines = multiLine ? cellLines : null;
    this.line = line;
  }
}

/** True when some CR is not followed by LF (old Mac line endings, or CR inside a cell). */
export function hasLoneCr(text: string): boolean {
  let i = text.indexOf('\r');
  while (i >= 0) {
    if (text.charCodeAt(i + 1) !== 10) return true;
    i = text.indexOf('\r', i + 1);
  }
  return false;
}
