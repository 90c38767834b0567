// Chart text fitted to a width by the text-width estimate: wrapped onto a few lines, the last
// one shortened with 「…」 when the text still does not fit (the full text stays in the chart's
// tooltips and summary).
import { textWidth } from './text-width';

/** The longest prefix of `text` (by code point) that fits in `maxWidth` with 「…」 after it. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let n = chars.length - 1;
  // 「…」 counted at 1 em: CJK fonts draw it full width.
  while (n > 1 && textWidth(chars.slice(0, n).join(''), fontSize) + fontSize > maxWidth) n--;
  return chars.slice(0, n).join('').trimEnd() + '…';
}

const CLOSING = /^[）」』》〉】，。、；：！？)\]},.;:!?%]$/u;
const isLatin = (ch: string) => ch !== ' ' && textWidth(ch, 1) < 1;

/** Where the next line ends: after the last character that fits, or before a Latin word that would be cut. */
function lineEnd(chars: readonly string[], start: number, maxWidth: number, fontSize: number): number {
  let w = 0;
  let end = start;
  let lastSpace = -1;
  while (end < chars.length) {
    const cw = textWidth(chars[end]!, fontSize);
    if (w + cw > maxWidth) break;
    w += cw;
    if (chars[end] === ' ') lastSpace = end;
    end++;
  }
  if (end === chars.length) return end;
  // A Latin word is not cut when a space before it allows a break; Chinese breaks anywhere.
  if (lastSpace > start && isLatin(chars[end - 1]!) && isLatin(chars[end]!)) return lastSpace + 1;
  // No line starts with closing punctuation (「）」 under 「（财政局」).
  if (CLOSING.test(chars[end]!) && end - 1 > start) return end - 1;
  return Math.max(end, start + 1);
}

/** `text` wrapped into at most `maxLines` lines of at most `maxWidth` px each. */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length && lines.length < maxLines - 1) {
    const end = lineEnd(chars, start, maxWidth, fontSize);
    if (end === chars.length) break;
    lines.push(chars.slice(start, end).join('').trimEnd());
    start = end;
  }
  const rest = chars.slice(start).join('').trimStart();
  if (rest || lines.length === 0) lines.push(truncateToWidth(rest, maxWidth, fontSize));
  return lines;
}
