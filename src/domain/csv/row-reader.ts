// Rows of a decoded CSV text, split by PapaParse, with what the import needs on top of
// it: physical line numbers (what Excel and Notepad show: LF, CRLF and a lone CR each end
// a line, also inside quoted cells), any mix of line endings in one file, resumption at a
// saved row start, and quote problems located by line and column.
//
// Line endings. PapaParse splits on one line ending per parse, so the reader picks it
// from the text: '\r\n' when every LF follows a CR, '\r' when there is no LF at all, '\n'
// otherwise. In '\n' mode the CR of a CRLF-ended row stays on the last cell when that
// cell is not quoted, and is removed here. A file with lone CRs and LFs (exports from
// different systems pasted together) is parsed in a copy where each lone CR is an LF: the
// offsets are the same, and a row with a lone CR inside a quoted cell is read again from
// the original text so that the cell keeps its CR.
//
// Windows. PapaParse reads the text in windows of about WINDOW characters that end after
// a line break; rows ending inside a window are final, an unfinished last row is read
// again at the start of the next window, and a window in which no row ends is doubled.
// (With pause()/resume() PapaParse restarts on the whole rest of the text at each resume,
// which in its fast mode, for text without quotes, splits all remaining lines again at
// every slice.) Each row's end offset comes from `meta.cursor` of the step callback, and
// its physical line from the line breaks counted up to there. read() hands each row to its
// caller from within the step callback: collecting a window of rows first and then
// processing them costs far more in garbage collection.
//
// Malformed quotes. After a quote that is followed by neither a delimiter nor a line
// break, PapaParse keeps looking for another closing quote, so one stray quote would pull
// the following rows into one cell. A row for which it reports InvalidQuotes is read
// again: the quoted cell ends at its first closing quote, the text after it is kept
// literally up to the next delimiter or line break and reported as a stray quote, and
// PapaParse reads the rest of the row. The next window is then one line, growing again
// from there, so that a file full of such rows is not scanned ahead again and again.
// The same holds for a quoted cell whose closing quote is followed by a TAB or another
// white space than a space: PapaParse skips any white space there, this import only spaces.
//
// PapaParse drops a BOM at the start of its input, so the text should have none at a row
// start (ImportSession removes every U+FEFF before reading).
import Papa from 'papaparse';
import { hasBareLf, hasLoneCr, lineAndColumn, lineBreaks } from './line-breaks';

export interface QuoteProblem {
  kind: 'unterminated' | 'stray';
  line: number;
  /** 1-based character column in that physical line. */
  column: number;
  /** 0-based index of the cell. */
  cell: number;
}

type Newline = '\r\n' | '\n' | '\r';

/** One row as PapaParse returned it: offsets in the text, and where it reported quote errors. */
interface PapaRow {
  start: number;
  end: number;
  cells: string[];
  /** Opening quote of the first quoted cell PapaParse found malformed (InvalidQuotes), or -1. */
  bad: number;
  /** Opening quote of a cell that runs to the end of the text (MissingQuotes), or -1. */
  open: number;
}

/** Characters per window; a window ends after the next line break. */
const WINDOW = 1 << 16;
/** Windows of next(), and the first window of read() after a seek. */
const SMALL_WINDOW = 1 << 12;
/** A quote followed by white space PapaParse skips before a delimiter and this reader does not. */
const LAX_CLOSE = /" *[^\S \r\n]/g;

export class CsvRowReader {
  readonly text: string;
  readonly delimiter: string;
  private readonly delimCode: number;
  private readonly len: number;
  /** The text given to PapaParse: `text`, or a copy with lone CRs as LFs. */
  private readonly src: string;
  private readonly newline: Newline;
  /** Counted in `src` for physical lines: LF, or CR in a file without LF. */
  private readonly breakChar: string;
  private readonly breakCode: number;
  private readonly loneCrCopy: boolean;
  private readonly maxWindow: number;
  private readonly minWindow: number;
  private window: number;
  private readonly scratch: PapaRow = { start: 0, end: 0, cells: [], bad: -1, open: -1 };
  /** Rows parsed ahead by next(). */
  private buf: PapaRow[] = [];
  private bi = 0;
  /** First line break in `src` at or after the end of the last row counted (-1: unknown). */
  private nextBreak = -1;
  private loneCrFrom = -1;
  private loneCrAt = -1;
  private laxFrom = -1;
  private laxAt = -1;

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

  constructor(text: string, delimiter: string, opts: { window?: number } = {}) {
    this.text = text;
    this.delimiter = delimiter;
    this.delimCode = delimiter.charCodeAt(0);
    this.len = text.length;
    this.maxWindow = opts.window ?? WINDOW;
    this.minWindow = Math.min(SMALL_WINDOW, this.maxWindow);
    this.window = this.maxWindow;
    let src = text;
    let newline: Newline;
    if (text.indexOf('\r') < 0) newline = '\n';
    else if (hasLoneCr(text)) {
      if (text.indexOf('\n') < 0) newline = '\r';
      else {
        newline = '\n';
        src = text.replace(/\r(?!\n)/g, '\n');
      }
    } else newline = hasBareLf(text) ? '\n' : '\r\n';
    this.src = src;
    this.loneCrCopy = src !== text;
    this.newline = newline;
    this.breakChar = newline === '\r' ? '\r' : '\n';
    this.breakCode = this.breakChar.charCodeAt(0);
  }

  /** Moves to a row start found earlier (offset and physical line). */
  seek(pos: number, line: number): void {
    this.pos = pos;
    this.line = line;
    this.nextBreak = -1;
    // Rows already parsed ahead are kept when the row is among them.
    const buf = this.buf;
    let lo = 0;
    let hi = buf.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = buf[mid]!.start;
      if (s === pos) {
        this.bi = mid;
        return;
      }
      if (s < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    this.buf = [];
    this.bi = 0;
    this.window = this.minWindow;
  }

  get done(): boolean {
    return this.pos >= this.len;
  }

  /** Reads the next row into `cells`; false at the end of the text. */
  next(): boolean {
    if (this.pos >= this.len) return false;
    if (this.bi >= this.buf.length) {
      // A few rows at a time: header search, delimiter detection and re-reads need only a few.
      const buf: PapaRow[] = [];
      for (let size = this.minWindow; !buf.length; size *= 2) this.parse(this.pos, size, (row) => buf.push({ ...row }) > 0 && row.bad < 0);
      this.buf = buf;
      this.bi = 0;
    }
    if (!this.take(this.buf[this.bi++]!)) {
      this.buf = [];
      this.bi = 0;
    }
    return true;
  }

  /**
   * Reads up to `max` rows, calling `onRow` with each one in `cells`, `rowLine` …, as
   * PapaParse delivers them (without holding a window of rows); stops early when `onRow`
   * returns false. Returns the number of rows read.
   */
  read(max: number, onRow: () => boolean): number {
    let n = 0;
    let go = true;
    while (go && n < max && this.bi < this.buf.length) {
      if (!this.take(this.buf[this.bi++]!)) this.buf = [];
      n++;
      go = onRow();
    }
    this.buf = [];
    this.bi = 0;
    while (go && n < max && this.pos < this.len) {
      let malformed = false;
      const got = this.parse(this.pos, this.window, (row) => {
        const same = this.take(row);
        if (!same) malformed = true;
        n++;
        go = onRow();
        return go && same && n < max;
      });
      this.adjust(got, malformed);
    }
    return n;
  }

  /** Next window size: doubled after a window in which no row ended, one line after a malformed row. */
  private adjust(rows: number, malformed: boolean): void {
    if (rows === 0) this.window *= 2;
    else if (malformed) this.window = 1;
    else this.window = Math.min(this.maxWindow, this.window * 2);
  }

  /** Makes `row` the current row; false when it ends elsewhere than PapaParse said. */
  private take(row: PapaRow): boolean {
    // `row` may be the reused object, which reading a malformed row overwrites.
    const { start, end: parsedEnd, bad } = row;
    this.rowStart = start;
    this.rowLine = this.line;
    this.quoteProblem = null;
    let quote = bad;
    if (quote < 0) {
      this.cells = this.finalCells(row);
      quote = this.laxQuote(start, parsedEnd, this.cells);
      if (quote < 0 && row.open >= 0) this.quoteProblem = this.problem('unterminated', row.open, this.cells.length - 1);
    }
    const end = quote >= 0 ? this.readMalformed(start, quote) : parsedEnd;
    const breaks = this.countBreaks(start, end);
    const ended = end > start && this.src.charCodeAt(end - 1) === this.breakCode && this.quoteProblem?.kind !== 'unterminated';
    this.cellLines = breaks > (ended ? 1 : 0) ? this.linesOfCells() : null;
    this.line += breaks;
    this.pos = end;
    return bad < 0 && end === parsedEnd;
  }

  /** The row (or the rest of a row) starting at `at`. */
  private rowAt(at: number): PapaRow {
    for (let size = this.minWindow; ; size *= 2) {
      let first: PapaRow | null = null;
      this.parse(at, size, (row) => {
        first = { ...row };
        return false;
      });
      if (first) return first;
    }
  }

  /**
   * PapaParse over the window at `start`: `visit` is called with each row that ends in it
   * (or that ends the text), until it returns false. Returns the number of rows visited.
   * The row object is reused for the next row.
   */
  private parse(start: number, size: number, visit: (row: PapaRow) => boolean): number {
    const src = this.src;
    const len = this.len;
    let end = len;
    if (start + size < len) {
      const b = src.indexOf(this.breakChar, start + size);
      if (b >= 0) end = b + 1;
    }
    const atEnd = end === len;
    // PapaParse drops a BOM at the start of its input; offsets count from after it.
    const base = src.charCodeAt(start) === 0xfeff ? start + 1 : start;
    let prev = 0;
    let visited = 0;
    Papa.parse<string[]>(src.slice(start, end), {
      delimiter: this.delimiter,
      newline: this.newline,
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      step: (r, parser) => {
        const rowStart = base + prev;
        const rowEnd = base + r.meta.cursor;
        prev = r.meta.cursor;
        // After the last line break: nothing (PapaParse reports one empty row there).
        if (rowStart >= end) return;
        let bad = -1;
        let open = -1;
        for (const e of r.errors) {
          if (e.type !== 'Quotes' || e.index === undefined) continue;
          const quote = base + e.index - 1;
          if (e.code === 'InvalidQuotes') {
            if (bad < 0) bad = quote;
          } else if (open < 0) open = quote;
        }
        // A row is final when a line break after it is in the window, or the window ends the text.
        if (bad < 0 && open >= 0 && !atEnd) return parser.abort();
        visited++;
        const row = this.scratch;
        row.start = rowStart;
        row.end = rowEnd;
        row.cells = r.data;
        row.bad = bad;
        row.open = open;
        if (!visit(row)) parser.abort();
      },
    });
    return visited;
  }

  /** PapaParse's cells, with the CR of a CRLF ending removed, or read again from the original text. */
  private finalCells(row: PapaRow): string[] {
    const src = this.src;
    const end = row.end;
    // A lone CR that ends the row is not in its cells (unless the row is an unterminated cell).
    if (this.loneCrCopy && this.loneCrBefore(row.start, row.open >= 0 ? end : end - 1)) return this.cellsOf(row.start, end);
    const cells = row.cells;
    if (this.newline === '\n' && src.charCodeAt(end - 1) === 10 && src.charCodeAt(end - 2) === 13) {
      const last = cells[cells.length - 1]!;
      const at = end - 1 - last.length;
      // Only an unquoted last cell keeps the CR: its text is the cell, after a delimiter.
      if (last.charCodeAt(last.length - 1) === 13 && (at === row.start || src.charCodeAt(at - 1) === this.delimCode) && src.charCodeAt(at) !== 34 && src.startsWith(last, at)) {
        cells[cells.length - 1] = last.slice(0, -1);
      }
    }
    return cells;
  }

  /** Cells of the original text between `from` and `to` (a row, or part of one, with no line break outside quotes before its end). */
  private cellsOf(from: number, to: number): string[] {
    const text = this.text;
    let newline: Newline = '\n';
    if (text.charCodeAt(to - 1) === 13) newline = '\r';
    else if (text.charCodeAt(to - 1) === 10 && text.charCodeAt(to - 2) === 13) newline = '\r\n';
    const r = Papa.parse<string[]>(text.slice(from, to), { delimiter: this.delimiter, newline, quoteChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false, preview: 1 });
    return r.data[0] ?? [''];
  }

  /** True when the original text has a lone CR in [from, to). */
  private loneCrBefore(from: number, to: number): boolean {
    if (this.loneCrAt < from || this.loneCrFrom > from) {
      const text = this.text;
      let i = text.indexOf('\r', from);
      while (i >= 0 && text.charCodeAt(i + 1) === 10) i = text.indexOf('\r', i + 1);
      this.loneCrFrom = from;
      this.loneCrAt = i < 0 ? this.len : i;
    }
    return this.loneCrAt < to;
  }

  /**
   * A row in which PapaParse found a malformed quoted cell, read with that cell ending at
   * its first closing quote. Sets `cells` and `quoteProblem`; returns the row's end.
   */
  private readMalformed(start: number, firstQuote: number): number {
    const text = this.text;
    const len = this.len;
    const cells: string[] = [];
    let problem: QuoteProblem | null = null;
    let from = start;
    let quote = firstQuote;
    let end: number;
    for (;;) {
      if (quote > from) {
        // The cells before it end with the delimiter before the quote.
        const before = this.cellsOf(from, quote);
        before.pop();
        const lax = this.laxQuote(from, quote, before);
        if (lax >= 0) {
          quote = lax;
          continue;
        }
        for (const cell of before) cells.push(cell);
      }
      const f = this.quotedCell(quote);
      if (f.open) problem ??= this.problem('unterminated', quote, cells.length);
      else if (f.stray >= 0) problem ??= this.problem('stray', f.stray, cells.length);
      cells.push(f.value);
      const c = text.charCodeAt(f.next);
      if (f.next >= len || c !== this.delimCode) {
        end = f.next >= len ? len : f.next + (c === 13 && text.charCodeAt(f.next + 1) === 10 ? 2 : 1);
        break;
      }
      from = f.next + 1;
      if (from >= len) {
        cells.push('');
        end = len;
        break;
      }
      const rest = this.rowAt(from);
      if (rest.bad >= 0) {
        quote = rest.bad;
        continue;
      }
      const restCells = this.finalCells(rest);
      const lax = this.laxQuote(rest.start, rest.end, restCells);
      if (lax >= 0) {
        quote = lax;
        continue;
      }
      if (rest.open >= 0) problem ??= this.problem('unterminated', rest.open, cells.length + restCells.length - 1);
      for (const cell of restCells) cells.push(cell);
      end = rest.end;
      break;
    }
    this.cells = cells;
    this.quoteProblem = problem;
    return end;
  }

  /**
   * A quoted cell of the row that PapaParse closed although other white space than
   * spaces follows its closing quote (a TAB or a full-width space before the delimiter):
   * the offset of its opening quote, or -1.
   */
  private laxQuote(start: number, end: number, cells: readonly string[]): number {
    if (this.laxAt < start || this.laxFrom > start) {
      LAX_CLOSE.lastIndex = start;
      const m = LAX_CLOSE.exec(this.text);
      this.laxFrom = start;
      this.laxAt = m ? m.index : this.len;
    }
    if (this.laxAt >= end) return -1;
    let at = start;
    for (const cell of cells) {
      if (this.text.charCodeAt(at) === 34) {
        const f = this.quotedCell(at);
        if (f.stray >= 0) return at;
        at = f.next + 1;
      } else at += cell.length + 1;
    }
    return -1;
  }

  /**
   * The quoted cell opening at `quote`, ending at its first closing quote: its value and
   * where the text after it goes on, or, when other text follows the closing quote, the
   * cell's text as written up to the next delimiter or line break and where that text starts.
   */
  private quotedCell(quote: number): { value: string; next: number; stray: number; open: boolean } {
    const text = this.text;
    const len = this.len;
    const d = this.delimCode;
    let j = quote + 1;
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
    if (close < 0) return { value: text.slice(quote + 1), next: len, stray: -1, open: true };
    const raw = text.slice(quote + 1, close);
    const value = escaped ? raw.replace(/""/g, '"') : raw;
    let k = close + 1;
    while (k < len && text.charCodeAt(k) === 32 && d !== 32) k++;
    const c = k < len ? text.charCodeAt(k) : -1;
    if (c === -1 || c === d || c === 10 || c === 13) return { value, next: k, stray: -1, open: false };
    let e = k;
    while (e < len) {
      const ce = text.charCodeAt(e);
      if (ce === d || ce === 10 || ce === 13) break;
      e++;
    }
    return { value: text.slice(quote, e), next: e, stray: k, open: false };
  }

  private problem(kind: QuoteProblem['kind'], at: number, cell: number): QuoteProblem {
    const { line, column } = lineAndColumn(this.text, this.rowStart, this.rowLine, at);
    return { kind, line, column, cell };
  }

  /** Line breaks in `src` between `from` and `to`; O(1) amortised per line over a forward read. */
  private countBreaks(from: number, to: number): number {
    const src = this.src;
    const ch = this.breakChar;
    let b = this.nextBreak;
    if (b < from) {
      b = src.indexOf(ch, from);
      if (b < 0) b = this.len;
    }
    let n = 0;
    while (b < to) {
      n++;
      b = src.indexOf(ch, b + 1);
      if (b < 0) b = this.len;
    }
    this.nextBreak = b;
    return n;
  }

  /** Physical line of each cell of a row that spans lines (quoted line breaks are in the cells' text). */
  private linesOfCells(): number[] {
    const lines: number[] = [];
    let line = this.rowLine;
    for (const cell of this.cells) {
      lines.push(line);
      line += lineBreaks(cell);
    }
    return lines;
  }
}
