// Rows of a decoded CSV text, split by PapaParse, with what the import needs on top of
// it: physical line numbers (what Excel and Notepad show: LF, CRLF and a lone CR each end
// a line, also inside quoted cells), any mix of line endings in one file, resumption at a
// saved row start, and quote problems located by line and column.
//
// Line endings (papa-window.ts picks one per file). In '\n' mode the CR of a CRLF-ended
// row stays on the last cell when that cell is not quoted, and is removed here. In a file
// with lone CRs and LFs, parsed in a copy where each lone CR is an LF, a row with a lone CR
// inside a quoted cell is read again from the original text so that the cell keeps its CR.
//
// Windows (papa-window.ts). A window in which no row ends is doubled; each row's physical
// line comes from the line breaks counted up to its end.
//
// Malformed quotes (quoted-cell.ts). A row for which PapaParse reports InvalidQuotes is
// read again: the quoted cell ends at its first closing quote, the text after it is kept
// literally up to the next delimiter or line break and reported as a stray quote, and
// PapaParse reads the rest of the row. The next window is then one line, growing again
// from there, so that a file full of such rows is not scanned ahead again and again.
// The same holds for a quoted cell whose closing quote is followed by a TAB or another
// white space than a space: PapaParse skips any white space there, this import only spaces.
//
// PapaParse drops a BOM at the start of its input, so the text should have none at a row
// start (ImportSession removes every U+FEFF before reading).
import { BreakCounter, ForwardScan } from './forward-scan';
import { lineAndColumn, lineBreaks } from './line-breaks';
import { cellsBetween, papaSource, parseWindow, type PapaRow, type PapaSource } from './papa-window';
import { quotedCell } from './quoted-cell';

export interface QuoteProblem {
  kind: 'unterminated' | 'stray';
  line: number;
  /** 1-based character column in that physical line. */
  column: number;
  /** 0-based index of the cell. */
  cell: number;
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
  /** What PapaParse reads: `text`, or a copy with lone CRs as LFs, and its line ending. */
  private readonly papa: PapaSource;
  private readonly breakCode: number;
  private readonly loneCrCopy: boolean;
  private readonly maxWindow: number;
  private readonly minWindow: number;
  private window: number;
  private readonly scratch: PapaRow = { start: 0, end: 0, cells: [], bad: -1, open: -1 };
  /** Rows parsed ahead by next(). */
  private buf: PapaRow[] = [];
  private bi = 0;
  private readonly breaks: BreakCounter;
  /** Lone CRs of the original text (in a file parsed in a copy without them). */
  private readonly loneCrs: ForwardScan;
  /** Closing quotes followed by white space that PapaParse skips and this reader does not. */
  private readonly laxCloses: ForwardScan;

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
    this.papa = papaSource(text, delimiter);
    this.loneCrCopy = this.papa.src !== text;
    this.breakCode = this.papa.breakChar.charCodeAt(0);
    this.breaks = new BreakCounter(this.papa.src, this.papa.breakChar);
    this.loneCrs = new ForwardScan(this.len, (from) => {
      let i = text.indexOf('\r', from);
      while (i >= 0 && text.charCodeAt(i + 1) === 10) i = text.indexOf('\r', i + 1);
      return i;
    });
    this.laxCloses = new ForwardScan(this.len, (from) => {
      LAX_CLOSE.lastIndex = from;
      return LAX_CLOSE.exec(text)?.index ?? -1;
    });
  }

  /** Moves to a row start found earlier (offset and physical line). */
  seek(pos: number, line: number): void {
    this.pos = pos;
    this.line = line;
    this.breaks.reset();
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
      for (let size = this.minWindow; !buf.length; size *= 2)
        parseWindow(this.papa, this.pos, size, this.scratch, (row) => buf.push({ ...row }) > 0 && row.bad < 0);
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
      const got = parseWindow(this.papa, this.pos, this.window, this.scratch, (row) => {
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
    const breaks = this.breaks.count(start, end);
    const ended = end > start && this.papa.src.charCodeAt(end - 1) === this.breakCode && this.quoteProblem?.kind !== 'unterminated';
    this.cellLines = breaks > (ended ? 1 : 0) ? this.linesOfCells() : null;
    this.line += breaks;
    this.pos = end;
    return bad < 0 && end === parsedEnd;
  }

  /** The row (or the rest of a row) starting at `at`. */
  private rowAt(at: number): PapaRow {
    for (let size = this.minWindow; ; size *= 2) {
      let first: PapaRow | null = null;
      parseWindow(this.papa, at, size, this.scratch, (row) => {
        first = { ...row };
        return false;
      });
      if (first) return first;
    }
  }

  /** PapaParse's cells, with the CR of a CRLF ending removed, or read again from the original text. */
  private finalCells(row: PapaRow): string[] {
    const src = this.papa.src;
    const end = row.end;
    // A lone CR that ends the row is not in its cells (unless the row is an unterminated cell).
    if (this.loneCrCopy && this.loneCrs.firstFrom(row.start) < (row.open >= 0 ? end : end - 1))
      return cellsBetween(this.text, this.delimiter, row.start, end);
    const cells = row.cells;
    if (this.papa.newline === '\n' && src.charCodeAt(end - 1) === 10 && src.charCodeAt(end - 2) === 13) {
      const last = cells[cells.length - 1]!;
      const at = end - 1 - last.length;
      // Only an unquoted last cell keeps the CR: its text is the cell, after a delimiter.
      if (
        last.charCodeAt(last.length - 1) === 13 &&
        (at === row.start || src.charCodeAt(at - 1) === this.delimCode) &&
        src.charCodeAt(at) !== 34 &&
        src.startsWith(last, at)
      ) {
        cells[cells.length - 1] = last.slice(0, -1);
      }
    }
    return cells;
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
        const before = cellsBetween(text, this.delimiter, from, quote);
        before.pop();
        const lax = this.laxQuote(from, quote, before);
        if (lax >= 0) {
          quote = lax;
          continue;
        }
        for (const cell of before) cells.push(cell);
      }
      const f = quotedCell(text, quote, this.delimCode);
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
    if (this.laxCloses.firstFrom(start) >= end) return -1;
    let at = start;
    for (const cell of cells) {
      if (this.text.charCodeAt(at) === 34) {
        const f = quotedCell(this.text, at, this.delimCode);
        if (f.stray >= 0) return at;
        at = f.next + 1;
      } else at += cell.length + 1;
    }
    return -1;
  }

  private problem(kind: QuoteProblem['kind'], at: number, cell: number): QuoteProblem {
    const { line, column } = lineAndColumn(this.text, this.rowStart, this.rowLine, at);
    return { kind, line, column, cell };
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
