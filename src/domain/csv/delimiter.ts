// Delimiter detection: comma, semicolon or TAB, whichever splits the first rows into the
// most consistent number of fields (quotes respected). A full-width 「，」 is never used
// as a delimiter: it is reported so the user can fix the file.
import { CsvRowReader } from './row-reader';

export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: Delimiter[] = [',', '\t', ';'];
const SAMPLE_CHARS = 65536;
const SAMPLE_ROWS = 40;

export interface DelimiterGuess {
  delimiter: Delimiter;
  /** True when no ASCII delimiter is used but lines are separated by 「，」. */
  fullWidthComma: boolean;
}

function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf('\n', SAMPLE_CHARS);
  return text.slice(0, cut > 0 ? cut : SAMPLE_CHARS);
}

function score(sample: string, d: Delimiter): { consistency: number; mode: number } {
  const t = new CsvRowReader(sample, d);
  const counts: number[] = [];
  while (counts.length < SAMPLE_ROWS && t.next()) {
    if (t.quoteProblem?.kind === 'unterminated') break;
    let last = t.cells.length - 1;
    while (last >= 0 && t.cells[last]!.trim() === '') last--;
    if (last < 0) continue;
    counts.push(t.cells.length);
  }
  const freq = new Map<number, number>();
  for (const c of counts) if (c > 1) freq.set(c, (freq.get(c) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [c, f] of freq) {
    if (f > best || (f === best && c > mode)) {
      mode = c;
      best = f;
    }
  }
  return { consistency: counts.length ? best / counts.length : 0, mode };
}

export function detectDelimiter(text: string): DelimiterGuess {
  const sample = sampleOf(text);
  let pick: Delimiter = ',';
  let bestScore = 0;
  let bestMode = 0;
  for (const d of CANDIDATES) {
    if (sample.indexOf(d) < 0) continue;
    const s = score(sample, d);
    if (s.consistency > bestScore || (s.consistency === bestScore && s.consistency > 0 && s.mode > bestMode)) {
      pick = d;
      bestScore = s.consistency;
      bestMode = s.mode;
    }
  }
  if (bestScore > 0) return { delimiter: pick, fullWidthComma: false };
  const lines = sample.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const withFullWidth = lines.filter((l) => l.includes('，')).length;
  return { delimiter: ',', fullWidthComma: lines.length > 0 && withFullWidth * 2 >= lines.length };
}
