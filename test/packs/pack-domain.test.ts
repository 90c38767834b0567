import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/domain/packs/content-hash';
import { packBaseName, packUrl, parsePackIndex, type PackEntry } from '../../src/domain/packs/pack-index';
import { needsDownload, planPacks, type PackRecord } from '../../src/domain/packs/pack-plan';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parsePackIndex', () => {
  it('reads entries and names every entry it skips', () => {
    const { entries, problems } = parsePackIndex({
      packs: [
        { name: '全区2024', file: '2024.csv', description: '汇总', version: '2025-03' },
        { name: '备份', file: 'sub/office.json.gz', version: 2 },
        { name: '表格', file: 'a.xlsx' },
        { name: '旧表格', file: 'Old.XLS' },
        { name: '缺文件' },
        { name: '越界', file: '../secret.csv' },
        { name: '外链', file: 'https://evil.example/x.csv' },
        { name: '重复', file: '2024.csv' },
        { name: '图片', file: 'x.png' },
      ],
    });
    expect(entries.map((e) => [e.file, e.format, e.version])).toEqual([
      ['2024.csv', 'table', '2025-03'],
      ['sub/office.json.gz', 'backup', '2'],
      ['a.xlsx', 'table', ''],
      ['Old.XLS', 'table', ''],
    ]);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toBe('datasets/index.json 第 5 项：缺少 name 或 file。');
    expect(problems[1]).toContain('「../secret.csv」无效');
    expect(problems[2]).toContain('https://evil.example/x.csv');
    expect(problems[3]).toContain('重复');
    expect(problems[4]).toContain('不支持的文件类型「x.png」');
  });

  it('says so when the file is not a list of packs', () => {
    expect(parsePackIndex({ datasets: [] }).problems[0]).toContain('{"packs": [...]}');
  });
});

describe('packBaseName', () => {
  it('drops the folder and exactly the extension that makes it a pack', () => {
    expect(['表格/复议.xlsx', 'a.b.CSV', 'sub/备份.json.gz', 'x.json', 'old.xls', 'wps.et', 'notes.txt'].map(packBaseName)).toEqual([
      '复议',
      'a.b',
      '备份',
      'x',
      'old',
      'wps',
      'notes.txt',
    ]);
  });
});

describe('packUrl', () => {
  it('keeps folders and encodes what a URL would read otherwise', () => {
    expect(packUrl('datasets/表格/2024#1 汇总?.csv')).toBe('datasets/%E8%A1%A8%E6%A0%BC/2024%231%20%E6%B1%87%E6%80%BB%3F.csv');
    expect(decodeURIComponent(new URL(packUrl('datasets/a%b.csv'), 'http://x/fazhi/').pathname)).toBe('/fazhi/datasets/a%b.csv');
  });
});

describe('contentHash', () => {
  it('is the same for the same bytes and differs when one byte changes', () => {
    expect(contentHash(enc('部门,年度\n甲,2024'))).toBe(contentHash(enc('部门,年度\n甲,2024')));
    expect(contentHash(enc('部门,年度\n甲,2024'))).not.toBe(contentHash(enc('部门,年度\n甲,2025')));
    expect(contentHash(new Uint8Array(0))).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('planPacks', () => {
  const entry = (file: string, hash?: string): PackEntry => ({
    name: file,
    file,
    description: '',
    version: '1',
    format: 'table',
    ...(hash ? { hash } : {}),
  });
  const record = (file: string, hash: string): PackRecord => ({
    file,
    name: file,
    version: '1',
    hash,
    datasetIds: [`pack:${file}`],
    loadedAt: 1,
  });

  it('loads new and changed packs, skips unchanged and unreadable ones, reports removed ones', () => {
    const state = {
      'same.csv': record('same.csv', 'h1'),
      'changed.csv': record('changed.csv', 'h2'),
      'gone.csv': record('gone.csv', 'h3'),
    };
    const hashes = new Map([
      ['new.csv', 'n1'],
      ['same.csv', 'h1'],
      ['changed.csv', 'h2b'],
    ]);
    const plan = planPacks([entry('new.csv'), entry('same.csv'), entry('changed.csv'), entry('unreadable.csv')], hashes, state);
    expect(plan.load.map((l) => [l.entry.file, l.hash, l.previous?.hash])).toEqual([
      ['new.csv', 'n1', undefined],
      ['changed.csv', 'h2b', 'h2'],
    ]);
    expect(plan.unchanged.map((e) => e.file)).toEqual(['same.csv']);
    expect(plan.removed.map((r) => r.file)).toEqual(['gone.csv']);
  });

  it('downloads a file unless index.json gives the hash already loaded', () => {
    const state = { 'a.csv': record('a.csv', 'h1') };
    expect(needsDownload(entry('a.csv', 'h1'), state)).toBe(false);
    expect(needsDownload(entry('a.csv', 'h2'), state)).toBe(true);
    expect(needsDownload(entry('a.csv'), state)).toBe(true);
    expect(needsDownload(entry('b.csv', 'h1'), state)).toBe(true);
  });
});
