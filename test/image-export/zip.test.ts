import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { uniqueFileNames, zipEntries } from '../../src/image-export/zip';

describe('zip of exported files', () => {
  it('holds every file under a safe, unique name', () => {
    const a = strToU8('first');
    const b = strToU8('second');
    const c = strToU8('third');
    const zip = zipEntries([
      { name: '清理规范性文件数-趋势-甲区/财政局.png', data: a },
      { name: '清理规范性文件数-趋势-甲区/财政局.png', data: b },
      { name: 'x:y.png', data: c },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['清理规范性文件数-趋势-甲区_财政局.png', '清理规范性文件数-趋势-甲区_财政局-2.png', 'x_y.png']);
    expect(files['清理规范性文件数-趋势-甲区_财政局.png']).toEqual(a);
    expect(files['x_y.png']).toEqual(c);
  });

  it('marks names as UTF-8 so Chinese names survive on every system', () => {
    const zip = zipEntries([{ name: '排名.png', data: new Uint8Array([1]) }]);
    // General-purpose flag of the first local header, bit 11 = UTF-8 names.
    expect(zip[7]! & 0x08).toBe(0x08);
  });

  it('numbers repeats case-insensitively', () => {
    expect(uniqueFileNames(['A.png', 'a.png', 'a.png', 'b'])).toEqual(['A.png', 'a-2.png', 'a-3.png', 'b']);
  });
});
