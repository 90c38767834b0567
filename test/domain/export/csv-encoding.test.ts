import { describe, expect, it } from 'vitest';
import { observationsToCsvParts } from '../../../src/domain/csv/write-csv';
import { charsOutsideGbk, encodeCsv, isGbkChar } from '../../../src/domain/export/csv-encoding';
import { petitions } from '../../helpers/observation';

const obs = (department: string, evidence = '') => petitions(department, 2024, 12, { evidence, source: { line: 2, start: -1, end: -1 } });

async function bytesOf(parts: BlobPart[]): Promise<Uint8Array> {
  return new Uint8Array(await new Blob(parts).arrayBuffer());
}

describe('CSV encodings', () => {
  it('UTF-8: BOM first, CRLF, formula cells neutralised', async () => {
    const enc = encodeCsv(observationsToCsvParts([obs('=甲区财政局'), obs('乙区司法局')]), 'utf-8');
    const bytes = await bytesOf(enc.parts);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("\r\n'=甲区财政局,2024,");
    expect(text.split('\r\n')).toHaveLength(4);
    expect(enc.outsideGbk).toEqual([]);
  });

  it('GBK: no BOM, bytes that the GBK decoder reads back exactly', async () => {
    const enc = encodeCsv(observationsToCsvParts([obs('=甲区财政局', '全年受理信访12件。'), obs('乙区司法局')]), 'gbk');
    const bytes = await bytesOf(enc.parts);
    expect(bytes[0]).not.toBe(0xef);
    const text = new TextDecoder('gbk').decode(bytes);
    const utf8 = [...observationsToCsvParts([obs('=甲区财政局', '全年受理信访12件。'), obs('乙区司法局')])].join('').slice(1);
    expect(text).toBe(utf8);
    // Two bytes per Chinese character instead of three.
    expect(bytes.length).toBeLessThan(new TextEncoder().encode(utf8).length);
    expect(enc.outsideGbk).toEqual([]);
  });

  it('GBK: characters outside GBK are reported and still written (GB18030), never as ?', async () => {
    const enc = encodeCsv(observationsToCsvParts([obs('𠮷区司法局', '满意😀'), obs('𠮷区司法局')]), 'gbk');
    expect(enc.outsideGbk).toEqual(['𠮷', '😀']);
    const bytes = await bytesOf(enc.parts);
    const text = new TextDecoder('gb18030').decode(bytes);
    expect(text).toContain('𠮷区司法局');
    expect(text).toContain('满意😀');
    expect(text).not.toContain('?');
  });

  it('knows which characters GBK has', () => {
    expect(isGbkChar('a')).toBe(true);
    expect(isGbkChar('局')).toBe(true);
    expect(isGbkChar('（')).toBe(true);
    expect(isGbkChar('𠮷')).toBe(false);
    expect(isGbkChar('😀')).toBe(false);
    expect(isGbkChar('·')).toBe(true);
    expect([...charsOutsideGbk('甲𠮷乙𠮷😀')]).toEqual(['𠮷', '😀']);
  });
});
