// A content hash of a pack file, to tell a changed file from the one already loaded. Not
// for security: two FNV-1a 32-bit hashes with different seeds (64 bits), because
// crypto.subtle is missing on plain-http intranet pages. Same bytes, same hash, in Node
// (`npm run pack`) and in the browser.
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const x = bytes[i]!;
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
