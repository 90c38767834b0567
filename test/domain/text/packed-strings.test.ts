import { describe, expect, it } from 'vitest';
import {
  isPackedStrings,
  PackedStringsBuilder,
  packStrings,
  packedGet,
  packedLength,
  pickPacked,
  unpackStrings,
} from '../../../src/domain/text/packed-strings';

const samples = [
  '',
  'plain ascii',
  '清理了12份规范性文件',
  '',
  '😀 emoji 👨‍👩‍👧 and 𠀀 (surrogate pairs)',
  '\uFEFF starts with a BOM',
  'ends with a BOM \uFEFF',
  'é à ü — 2-byte UTF-8',
  '\u0000 nul \u007f del \u0080 \u07ff \u0800 \uffff',
  '__proto__',
  '',
];

describe('packed strings', () => {
  it('round-trips CJK, emoji, BOMs and empty strings through get and unpack', () => {
    const p = packStrings(samples);
    expect(packedLength(p)).toBe(samples.length);
    expect(p.offsets.length).toBe(samples.length + 1);
    expect(p.units.length).toBe(p.offsets[samples.length]);
    samples.forEach((s, i) => expect(packedGet(p, i)).toBe(s));
    expect(unpackStrings(p)).toEqual(samples);
  });

  it('stores exactly the UTF-16 code units, in exact-size buffers', () => {
    const p = packStrings(['a', '法', '😀']);
    expect([...p.units]).toEqual([0x61, 0x6cd5, 0xd83d, 0xde00]);
    expect([...p.offsets]).toEqual([0, 1, 2, 4]);
    expect(p.units.buffer.byteLength).toBe(8);
    expect(p.offsets.buffer.byteLength).toBe(16);
  });

  it('reads like an array outside the list', () => {
    const p = packStrings(['a']);
    expect(packedGet(p, 1)).toBeUndefined();
    expect(packedGet(p, -1)).toBeUndefined();
    expect(packedGet(p, 0.5)).toBeUndefined();
    const empty = packStrings([]);
    expect(packedLength(empty)).toBe(0);
    expect(unpackStrings(empty)).toEqual([]);
    expect(packedGet(empty, 0)).toBeUndefined();
  });

  it('handles large counts and grows its buffers', () => {
    const n = 200_000;
    const values = Array.from({ length: n }, (_, i) =>
      i % 7 === 0 ? '' : `第${i}条依据：办理行政复议案件${i % 1000}件${i % 13 === 0 ? '😀' : ''}`,
    );
    const p = packStrings(values);
    expect(packedLength(p)).toBe(n);
    expect(unpackStrings(p)).toEqual(values);
    for (const i of [0, 1, 7, 13, 12345, n - 1]) expect(packedGet(p, i)).toBe(values[i]);
  });

  it('picks entries into a new exact-size list without decoding, runs and single entries alike', () => {
    const src = packStrings(samples);
    for (const at of [[4, 2, 0, 5], [1, 2, 3, 4, 5], [7, 8, 0, 1, 2, 10], [3], []]) {
      const p = pickPacked(src, at);
      expect(unpackStrings(p)).toEqual(at.map((i) => samples[i]));
      expect(p.units.length).toBe(p.offsets[at.length]);
      expect(p.offsets.length).toBe(at.length + 1);
    }
  });

  it('survives structured clone (postMessage, IndexedDB) as plain data', () => {
    const p = structuredClone(packStrings(samples));
    expect(isPackedStrings(p)).toBe(true);
    expect(unpackStrings(p)).toEqual(samples);
    expect(isPackedStrings(samples)).toBe(false);
    expect(isPackedStrings(null)).toBe(false);
  });
});

describe('PackedStringsBuilder', () => {
  it('packs strings as they come, exactly like packStrings, growing as needed', () => {
    const values = [
      '',
      '2023年度，本单位法治专题学习次数为23次。',
      'a',
      '𠀀汉字',
      '\uFEFFbom',
      ...Array.from({ length: 300 }, (_, i) => `第${i}行`.repeat(i % 7)),
    ];
    const b = new PackedStringsBuilder(4, 2);
    values.forEach((v, i) => expect(b.push(v)).toBe(i));
    expect(b.length).toBe(values.length);
    const built = b.build();
    expect(built).toEqual(packStrings(values));
    expect(unpackStrings(built)).toEqual(values);
    // build() copies: later pushes leave it unchanged.
    b.push('later');
    expect(unpackStrings(built)).toEqual(values);
    expect(unpackStrings(b.build())).toEqual([...values, 'later']);
  });
});
