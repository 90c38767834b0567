// The bytes of an exported CSV. UTF-8 with BOM is the default (Excel zh-CN opens it
// correctly). GBK is offered for older Excel and WPS versions that ignore the BOM: the
// bytes are GB18030, which is GBK for every character GBK has, and the characters GBK
// lacks (𠮷, emoji, rare names) are reported so the user can be warned. They are still
// written, as GB18030 four-byte codes, never replaced by '?'.
import { encodeGb18030 } from '../csv/gbk-encoder';

export type CsvEncoding = 'utf-8' | 'gbk';

export interface EncodedCsv {
  parts: (string | Uint8Array<ArrayBuffer>)[];
  mime: string;
  /** Distinct characters the GBK character set does not contain (empty for UTF-8). */
  outsideGbk: string[];
}

const BOM = '\uFEFF';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const inGbkCache = new Map<number, boolean>();

/** Whether GBK (the two-byte part of GB18030 plus ASCII) has the character. */
export function isGbkChar(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return true;
  if (cp >= 0x10000) return false;
  let hit = inGbkCache.get(cp);
  if (hit === undefined) {
    hit = encodeGb18030(ch)?.length === 2;
    inGbkCache.set(cp, hit);
  }
  return hit;
}

/** Characters of `text` outside GBK, each once, in order of appearance, at most `limit`. */
export function charsOutsideGbk(text: string, found: Set<string> = new Set(), limit = 50): Set<string> {
  for (const ch of text) {
    if (found.size >= limit) break;
    if (ch.charCodeAt(0) >= 0x80 && !found.has(ch) && !isGbkChar(ch)) found.add(ch);
  }
  return found;
}

/** GB18030 bytes of one part; a lone surrogate (never produced by a decoder) becomes U+FFFD. */
function gb18030(text: string): Uint8Array<ArrayBuffer> {
  const bytes = encodeGb18030(text) ?? encodeGb18030(text.replace(LONE_SURROGATE, '\uFFFD'))!;
  return new Uint8Array(bytes);
}

/** CSV text parts (the first starting with the BOM) as the parts of a Blob in the chosen encoding. */
export function encodeCsv(textParts: Iterable<string>, encoding: CsvEncoding): EncodedCsv {
  if (encoding === 'utf-8') return { parts: [...textParts], mime: 'text/csv;charset=utf-8', outsideGbk: [] };
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const outside = new Set<string>();
  let first = true;
  for (let part of textParts) {
    // A BOM tells programs the file is UTF-8: a GBK file must not have one.
    if (first && part.startsWith(BOM)) part = part.slice(1);
    first = false;
    charsOutsideGbk(part, outside);
    parts.push(gb18030(part));
  }
  return { parts, mime: 'text/csv;charset=gbk', outsideGbk: [...outside] };
}
