// The footer of an exported chart (「数据来源：… 导出时间 2026-11-23」) laid out within the
// image width: source and date always fully inside. The source list wraps at dataset
// names onto at most MAX_SOURCE_LINES lines and ends in 「等 N 个数据集」 beyond that; the
// date goes on the last line when it fits there, else on a line of its own.
import { exportLabelsFor } from './export-labels';
import { truncateToWidth } from './fit-text';
import { labelsFor, type Lang } from './labels';
import { textWidth } from './text-width';

export const FOOTER_FONT_PX = 12;
const MAX_SOURCE_LINES = 2;
const DATE_GAP = '　';

export interface FooterInput {
  /** Names of the datasets shown (not file names). */
  sources: readonly string[];
  /** e.g. 2026-11-23. */
  date: string;
  /** Width available to the text, in px. */
  maxWidth: number;
  lang: Lang;
}

const fits = (text: string, maxWidth: number) => textWidth(text, FOOTER_FONT_PX) <= maxWidth;

const cut = (text: string, maxWidth: number) => truncateToWidth(text, maxWidth, FOOTER_FONT_PX);

/** Source names packed into lines; names beyond the last line are counted, never dropped silently. */
function sourceLines(head: string, names: readonly string[], lang: Lang, maxWidth: number): string[] {
  const X = exportLabelsFor(lang);
  const n = names.length;
  const lines: string[] = [];
  for (let i = 0; ;) {
    const prefix = lines.length === 0 ? head : '';
    const lineOf = (k: number) => prefix + names.slice(i, i + k).join(X.sourceSeparator);
    let k = 0;
    while (i + k < n && fits(lineOf(k + 1), maxWidth)) k++;
    if (i + k === n) {
      lines.push(lineOf(k));
      return lines;
    }
    if (k > 0 && lines.length < MAX_SOURCE_LINES - 1) {
      lines.push(lineOf(k));
      i += k;
      continue;
    }
    // Last line: end with the count of the names left out.
    while (k > 0 && !fits(lineOf(k) + X.moreSources(n - i - k), maxWidth)) k--;
    if (k > 0) {
      lines.push(lineOf(k) + X.moreSources(n - i - k));
      return lines;
    }
    // A name longer than a whole line: shortened, the rest counted.
    const more = n - i > 1 ? X.moreSources(n - i - 1) : '';
    lines.push(cut(lineOf(1), maxWidth - textWidth(more, FOOTER_FONT_PX)) + more);
    return lines;
  }
}

/** The footer's lines, each within `maxWidth` by the text-width estimate. */
export function footerLines(f: FooterInput): string[] {
  const L = labelsFor(f.lang);
  const X = exportLabelsFor(f.lang);
  const head = L.source + X.colon;
  const names = f.sources.length ? f.sources : ['—'];
  const date = `${L.exportedAt} ${f.date}`;
  const lines = sourceLines(head, names, f.lang, f.maxWidth);
  const last = lines[lines.length - 1]!;
  if (fits(last + DATE_GAP + date, f.maxWidth)) lines[lines.length - 1] = last + DATE_GAP + date;
  else lines.push(fits(date, f.maxWidth) ? date : cut(date, f.maxWidth));
  return lines;
}
