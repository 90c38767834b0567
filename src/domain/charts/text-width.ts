// Width of a line of chart text, estimated without a canvas (domain code runs in Node
// and workers too). CJK and full-width characters are one em; other characters are
// counted at 0.6 em, which is wider than digits and most Latin letters in the export
// font, so a line that fits by this estimate fits when drawn.

const WIDE = /[\u2e80-\uffef]|[\u{20000}-\u{3ffff}]/u;

/** Rough width of a text line in px. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}
