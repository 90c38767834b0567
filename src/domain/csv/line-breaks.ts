// Line breaks as Excel and Notepad count them: LF, CRLF and a lone CR each end a line.

/** True when some CR is not followed by LF (old Mac line endings, or CR inside a cell). */
export function hasLoneCr(text: string): boolean {
  let i = text.indexOf('\r');
  while (i >= 0) {
    if (text.charCodeAt(i + 1) !== 10) return true;
    i = text.indexOf('\r', i + 1);
  }
  return false;
}

/** True when some LF does not follow a CR. */
export function hasBareLf(text: string): boolean {
  let i = text.indexOf('\n');
  while (i >= 0) {
    if (i === 0 || text.charCodeAt(i - 1) !== 13) return true;
    i = text.indexOf('\n', i + 1);
  }
  return false;
}

/** Number of line breaks in a cell's text. */
export function lineBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) if (s.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/** Physical line and 1-based column of offset `at`, counting from offset `from` on line `fromLine`. */
export function lineAndColumn(text: string, from: number, fromLine: number, at: number): { line: number; column: number } {
  let line = fromLine;
  let lineStart = from;
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}
