// CJK radicals that stand for ideographs in the text layer of PDF files. A font draws a radical
// and the ideograph of the same shape with one glyph, and the ToUnicode map of a PDF (what
// pdf.js reads) may name the radical: 「同⽐增⻓」 is 同比增长, 「⻘⼭区」 is 青山区, 「1046⼾次」 is 1046户次.
//
// Source: the Unicode character names of the two radical blocks.
// - CJK Radicals Supplement (U+2E80–U+2EF3) has no NFKC mapping except ⺟ and ⻳. Each radical
//   that is written as a character of its own is mapped to that character, as its name says:
//   U+2ED3 CJK RADICAL C-SIMPLIFIED LONG → 长, U+2ED8 CJK RADICAL BLUE → 青, U+2EA0 CJK RADICAL
//   CIVILIAN → 民. Forms that only occur as components (⺅ PERSON, ⺡ WATER ONE, ⺾ GRASS ONE,
//   ⻌ SIMPLIFIED WALK …) stand for no character of running text and are left as they are.
// - Kangxi Radicals (U+2F00–U+2FD5) all have NFKC mappings. Three of them map to a variant that
//   simplified Chinese does not write while the glyph is that of the common character:
//   U+2F3E KANGXI RADICAL DOOR (戶, written 户), U+2FAD KANGXI RADICAL BLUE (靑, written 青),
//   U+2FC8 KANGXI RADICAL YELLOW (黃, written 黄). The rest is left to NFKC.

/** [code point, ideograph, Unicode name without its block prefix]. */
const SUPPLEMENT: readonly (readonly [number, string, string])[] = [
  [0x2e81, '厂', 'CLIFF'],
  [0x2e8a, '卜', 'DIVINATION'],
  [0x2e8e, '兀', 'LAME ONE'],
  [0x2e92, '巳', 'SNAKE'],
  [0x2e93, '幺', 'THREAD'],
  [0x2e9d, '月', 'MOON'],
  [0x2e9f, '母', 'MOTHER'],
  [0x2ea0, '民', 'CIVILIAN'],
  [0x2ea9, '王', 'JADE'],
  [0x2ebb, '聿', 'BRUSH TWO'],
  [0x2ebd, '臼', 'MORTAR'],
  [0x2ec1, '虎', 'TIGER'],
  [0x2ec4, '西', 'WEST TWO'],
  [0x2ec5, '见', 'C-SIMPLIFIED SEE'],
  [0x2ec6, '角', 'SIMPLIFIED HORN'],
  [0x2ec9, '贝', 'C-SIMPLIFIED SHELL'],
  [0x2ecb, '车', 'C-SIMPLIFIED CART'],
  [0x2ed1, '長', 'LONG ONE'],
  [0x2ed3, '长', 'C-SIMPLIFIED LONG'],
  [0x2ed4, '门', 'C-SIMPLIFIED GATE'],
  [0x2ed8, '青', 'BLUE'],
  [0x2ed9, '韦', 'C-SIMPLIFIED TANNED LEATHER'],
  [0x2eda, '页', 'C-SIMPLIFIED LEAF'],
  [0x2edb, '风', 'C-SIMPLIFIED WIND'],
  [0x2edc, '飞', 'C-SIMPLIFIED FLY'],
  [0x2edd, '食', 'EAT ONE'],
  [0x2ee2, '马', 'C-SIMPLIFIED HORSE'],
  [0x2ee3, '骨', 'BONE'],
  [0x2ee4, '鬼', 'GHOST'],
  [0x2ee5, '鱼', 'C-SIMPLIFIED FISH'],
  [0x2ee6, '鸟', 'C-SIMPLIFIED BIRD'],
  [0x2ee7, '卤', 'C-SIMPLIFIED SALT'],
  [0x2ee8, '麦', 'SIMPLIFIED WHEAT'],
  [0x2ee9, '黄', 'SIMPLIFIED YELLOW'],
  [0x2eea, '黾', 'C-SIMPLIFIED FROG'],
  [0x2eeb, '斉', 'J-SIMPLIFIED EVEN'],
  [0x2eec, '齐', 'C-SIMPLIFIED EVEN'],
  [0x2eed, '歯', 'J-SIMPLIFIED TOOTH'],
  [0x2eee, '齿', 'C-SIMPLIFIED TOOTH'],
  [0x2eef, '竜', 'J-SIMPLIFIED DRAGON'],
  [0x2ef0, '龙', 'C-SIMPLIFIED DRAGON'],
  [0x2ef1, '龜', 'TURTLE'],
  [0x2ef2, '亀', 'J-SIMPLIFIED TURTLE'],
  [0x2ef3, '龟', 'C-SIMPLIFIED TURTLE'],
];

/** Kangxi radicals whose NFKC form is not the character simplified Chinese writes. */
const KANGXI: readonly (readonly [number, string, string])[] = [
  [0x2f3e, '户', 'DOOR'],
  [0x2fad, '青', 'BLUE'],
  [0x2fc8, '黄', 'YELLOW'],
];

const IDEOGRAPH = new Map<number, string>([...SUPPLEMENT, ...KANGXI].map(([cp, ideograph]) => [cp, ideograph]));

/**
 * The ideograph that the CJK radical `cp` stands for where NFKC does not give it (or gives a
 * variant that simplified Chinese does not write); undefined for every other code point.
 */
export function radicalIdeograph(cp: number): string | undefined {
  return cp >= 0x2e80 && cp <= 0x2fdf ? IDEOGRAPH.get(cp) : undefined;
}

/** `s` with its CJK radicals as the ideographs they stand for (NFKC still to be applied). */
export function foldRadicals(s: string): string {
  return s.replace(/[\u2e80-\u2fdf]/g, (ch) => radicalIdeograph(ch.charCodeAt(0)) ?? ch);
}
