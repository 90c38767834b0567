// Every call of CsvRowReader into PapaParse: the line ending to parse with, one window of
// rows, and the cells of one row of the original text.
//
// Line endings. PapaParse splits on one line ending per parse, so the reader picks it
// from the text: '\r\n' when every LF follows a CR, '\r' when there is no LF at all, '\n'
// otherwise. A file with lone CRs and LFs (exports from different systems pasted together)
// is parsed in a copy where each lone CR is an LF: the offsets are the same.
//
// Windows. PapaParse reads the text in windows of about WINDOW characters that end after
// a line break; rows ending inside a window are final, an unfinished last row is read
// again at the start of the next window. (With pause()/resume() PapaParse restarts on the
// whole rest of the text at each resume, which in its fast mode, for text without quotes,
// splits all remaining lines again at every slice.) Each row's end offset comes from
// `meta.cursor` of the step callback. Rows are handed on from within the step callback:
// collecting a window of rows first and then processing them costs far more in garbage
// collection.
import Papa from 'papaparse';
import { hasBareLf, hasLoneCr } from './line-breaks';

export type Newline = '\r\n' | '\n' | '\r';

/** One row as PapaParse returned it: offsets in the text, and where it reported quote errors. */
export interface PapaRow {
  start: number;
  end: number;
  cells: string[];
  /** Opening quote of the first quoted cell PapaParse found malformed (InvalidQuotes), or -1. */
  bad: number;
  /** Opening quote of a cell that runs to the end of the text (MissingQuotes), or -1. */
  open: number;
}

/** The text given to PapaParse and what it splits on. */
export interface PapaSource {
  /** The text, or a copy of the same length with lone CRs as LFs. */
  src: string;
  newline: Newline;
  /** Counted in `src` for physical lines: LF, or CR in a file without LF. */
  breakChar: '\n' | '\r';
  delimiter: string;
}

/** The line ending to parse `text` with, and the text to parse. */
export function papaSource(text: string, delimiter: string): PapaSource {
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
  return { src, newline, breakChar: newline === '\r' ? '\r' : '\n', delimiter };
}

/**
 * PapaParse over the window of `size` characters at `start` (extended to the next line
 * break): `visit` is called with each row that ends in it (or that ends the text), until it
 * returns false. Returns the number of rows visited. `row` is filled for each row in turn.
 */
export function parseWindow(p: PapaSource, start: number, size: number, row: PapaRow, visit: (row: PapaRow) => boolean): number {
  const src = p.src;
  const len = src.length;
  let end = len;
  if (start + size < len) {
    const b = src.indexOf(p.breakChar, start + size);
    if (b >= 0) end = b + 1;
  }
  const atEnd = end === len;
  // PapaParse drops a BOM at the start of its input; offsets count from after it.
  const base = src.charCodeAt(start) === 0xfeff ? start + 1 : start;
  let prev = 0;
  let visited = 0;
  Papa.parse<string[]>(src.slice(start, end), {
    delimiter: p.delimiter,
    newline: p.newline,
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

/** Cells of `text` between `from` and `to` (a row, or part of one, with no line break outside quotes before its end). */
export function cellsBetween(text: string, delimiter: string, from: number, to: number): string[] {
  let newline: Newline = '\n';
  if (text.charCodeAt(to - 1) === 13) newline = '\r';
  else if (text.charCodeAt(to - 1) === 10 && text.charCodeAt(to - 2) === 13) newline = '\r\n';
  const r = Papa.parse<string[]>(text.slice(from, to), {
    delimiter,
    newline,
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    preview: 1,
  });
  return r.data[0] ?? [''];
}
