// Report bytes → text: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030,
// the encoding of text saved from Chinese Windows tools.

export function decodeReport(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
