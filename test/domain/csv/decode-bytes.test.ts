// Encoding detection on bytes (E1–E14, S15, Z7), beyond the fixture table.
import { describe, expect, it } from 'vitest';
import { decodeBytes, normalizeEncodingChoice } from '../../../src/domain/csv/decode-bytes';
import { encodeGb18030 } from '../../../src/domain/csv/gbk-encoder';
import { MAX_IMPORT_BYTES } from '../../../src/domain/csv/limits';
import { parseImportBytes } from '../../../src/domain/csv/parse-import';
import { loadCatalog } from '../../helpers/project-files';

const utf8 = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array, encoding?: string) => decodeBytes(b, { fileName: 'a.csv', encoding });
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('decodeBytes', () => {
  it('decodes a multibyte character split at the 10 MiB read boundary exactly (E12, Z2)', () => {
    const boundary = 10 * 1024 * 1024;
    const head = 'x'.repeat(boundary - 1);
    const bytes = utf8(head + '部门,年度\n');
    // 「部」 is 3 bytes: the first at boundary-1, the other two after it.
    expect(bytes[boundary - 1]).toBe(0xe9);
    const r = decode(bytes);
    expect(r.encoding).toBe('UTF-8');
    expect(r.text).toBe(head + '部门,年度\n');
    expect(r.text.includes('\uFFFD')).toBe(false);
  });

  it('strips every U+FEFF, including one at the start of a later line (E1, E9)', () => {
    const r = decode(utf8('\uFEFF\uFEFFa,b\n\uFEFFc,d\n'));
    expect(r).toMatchObject({ ok: true, encoding: 'UTF-8-BOM', text: 'a,b\nc,d\n' });
  });

  it('lets a BOM win over the chosen encoding and says so (E13)', () => {
    const r = decode(utf8('\uFEFF部门\n'), 'GBK');
    expect(r.text).toBe('部门\n');
    expect(r.issues[0]).toMatchObject({ code: 'W_ENCODING_OVERRIDE_IGNORED', severity: 'warning' });
    expect(r.issues[0]!.message).toContain('BOM');
  });

  it('follows a chosen encoding without BOM, and names the line it cannot decode', () => {
    const gbk = encodeGb18030('部门,年度\n财政局,2023\n')!;
    expect(decode(gbk, 'GBK')).toMatchObject({ ok: true, encoding: 'GBK', text: '部门,年度\n财政局,2023\n' });
    const r = decode(gbk, 'UTF-8');
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'E_ENCODING_INVALID', line: 1 });
    expect(codes(decode(utf8('a\n'), 'EBCDIC'))).toEqual(['W_ENCODING_OVERRIDE_IGNORED']);
  });

  it('normalises encoding names', () => {
    expect(normalizeEncodingChoice('gb2312')).toBe('GBK');
    expect(normalizeEncodingChoice('utf8')).toBe('UTF-8');
    expect(normalizeEncodingChoice('Unicode')).toBe('UTF-16LE');
    expect(normalizeEncodingChoice('')).toBe('');
  });

  it('reads GB18030 four-byte characters and the 2022 mapping (E4)', () => {
    const bytes = new Uint8Array([0x95, 0x34, 0xb2, 0x35, 0xfe, 0x9f, 0x80, 0x2c, 0xc1, 0xaa, 0xcd, 0xa8]);
    expect(decode(bytes)).toMatchObject({ ok: true, encoding: 'GBK', text: '𠮷䶮€,联通' });
  });

  it('never keeps NULs: BOM-less UTF-16 is decoded (E7), other NUL-heavy data rejected', () => {
    const le = new Uint8Array([...'a,b\r\n1,2\r\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decode(le)).toMatchObject({ ok: true, encoding: 'UTF-16LE', text: 'a,b\r\n1,2\r\n' });
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(codes(decode(random))).toEqual(['E_NOT_CSV']);
  });

  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'PDF'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'PNG'],
    [[0x1f, 0x8b, 0x08, 0x00], 'gzip'],
  ])('rejects binary formats by magic bytes (%j)', (sig, kind) => {
    const r = decode(new Uint8Array([...sig, 0x41, 0x42]));
    expect(codes(r)).toEqual(['E_NOT_CSV']);
    expect(r.issues[0]!.message).toContain(kind);
  });

  it('rejects a file above the hard cap before decoding (Z7)', () => {
    const huge = new Uint8Array(4);
    Object.defineProperty(huge, 'length', { value: MAX_IMPORT_BYTES + 1 });
    expect(codes(decode(huge))).toEqual(['E_FILE_TOO_LARGE']);
    expect(MAX_IMPORT_BYTES).toBe(300 * 1024 * 1024);
  });

  it('tells GBK lines in a UTF-8 file (E8) from one corrupted byte (E14) and names the line', () => {
    const mixed = new Uint8Array([...utf8('部门,年度\n财政局,2023\n'), ...encodeGb18030('司法局,2023\n')!]);
    expect(decode(mixed).issues[0]).toMatchObject({ code: 'E_ENCODING_MIXED', line: 3 });
    const corrupt = utf8('部门,年度\n财政局,2023\n司法局,2023\n');
    corrupt[corrupt.length - 10] = 0x20;
    expect(decode(corrupt).issues[0]).toMatchObject({ code: 'E_ENCODING_CORRUPT', line: 3 });
  });

  it('reports an unknown encoding with the failing line', () => {
    const r = decode(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0xff, 0x0a]));
    expect(r.issues[0]).toMatchObject({ code: 'E_ENCODING_UNKNOWN', line: 2 });
  });

  it('never throws on random byte mutations of a valid file', () => {
    const catalog = loadCatalog();
    const base = utf8(
      '\uFEFF部门,年度,指标,数值,单位,原文\r\n武汉市财政局,2023,清理规范性文件数,12,件,"清理了12件,好"\r\n武汉市司法局,2023,法治培训次数,8,次,\r\n',
    );
    let seed = 1;
    const rand = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    for (let i = 0; i < 500; i++) {
      const b = base.slice();
      for (let k = 1 + rand(4); k > 0; k--) b[rand(b.length)] = rand(256);
      const r = parseImportBytes(b, { fileName: 'm.csv', catalog });
      expect(typeof r.ok).toBe('boolean');
      for (const issue of r.issues) expect(issue.message).not.toMatch(/[\u0000-\u0008\u202E]/);
    }
  });
});
