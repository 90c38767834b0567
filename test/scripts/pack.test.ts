// `npm run pack`: index.json for a datasets folder, and the scripts the one-file edition
// reads the same bytes through.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/domain/packs/content-hash';
import { PACK_SCRIPT_RECEIVER, packScriptText } from '../../src/domain/packs/pack-script';
import { ROOT } from '../helpers/project-files';

let dir: string;
const CSV = '部门,年度,指标,数值,单位\n机构测试局,2024,规范性文件清理数,7,件\n';

function pack(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pack.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** Runs a pack script as the page would, with nothing but the receiver in scope. */
function runPackScript(text: string): { path: unknown; bytes: Buffer } {
  let got: { path: unknown; bytes: Buffer } | null = null;
  runInNewContext(text, {
    [PACK_SCRIPT_RECEIVER]: (path: unknown, base64: string) => (got = { path, bytes: Buffer.from(base64, 'base64') }),
  });
  if (!got) throw new Error('the script handed nothing over');
  return got;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fazhi-pack-'));
  writeFileSync(join(dir, '全区汇总.csv'), CSV);
  mkdirSync(join(dir, '表格'));
  copyFileSync(join(ROOT, 'test/fixtures/xlsx/sheet-per-year.xlsx'), join(dir, '表格', '复议.xlsx'));
  writeFileSync(join(dir, '说明.txt'), '本文件夹由依法治区办维护。');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run pack', () => {
  it('lists every table and backup of a folder with its hash, and writes a script per file for the one-file edition', () => {
    const r = pack(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('表格/复议.xlsx: 7 条数据（新增）');
    expect(r.stderr).toContain('另写入 3 个 .js 文件');
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { packs: { name: string; file: string; hash: string }[] };
    expect(index.packs.map((p) => [p.name, p.file])).toEqual([
      ['全区汇总', '全区汇总.csv'],
      ['复议', '表格/复议.xlsx'],
    ]);
    for (const p of index.packs) {
      const bytes = readFileSync(join(dir, p.file));
      expect(p.hash).toBe(contentHash(bytes));
      const handed = runPackScript(readFileSync(join(dir, `${p.file}.js`), 'utf8'));
      expect(handed.path).toBe(`datasets/${p.file}`);
      expect(handed.bytes.equals(bytes)).toBe(true);
    }
    const indexScript = runPackScript(readFileSync(join(dir, 'index.json.js'), 'utf8'));
    expect(indexScript).toEqual({ path: 'datasets/index.json', bytes: readFileSync(join(dir, 'index.json')) });
    // A note in the folder is neither listed nor given a script.
    expect(existsSync(join(dir, '说明.txt.js'))).toBe(false);
  });

  it('keeps names and versions of unchanged files, and writes nothing when a file would not load', () => {
    expect(pack(dir).status).toBe(0);
    const first = readFileSync(join(dir, 'index.json'), 'utf8');
    writeFileSync(join(dir, 'index.json'), first.replace('"name": "复议"', '"name": "行政复议分年表"'));
    expect(pack(dir).status).toBe(0);
    expect(readFileSync(join(dir, 'index.json'), 'utf8')).toContain('"name": "行政复议分年表"');

    const kept = readFileSync(join(dir, 'index.json'), 'utf8');
    writeFileSync(join(dir, '坏表.csv'), '部门,年度,指标,数值,单位\n机构测试局,二〇二四,规范性文件清理数,7,件\n');
    const bad = pack(dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/机构数据「坏表」（datasets\/坏表\.csv）未载入：文件「坏表\.csv」第 2 行/);
    expect(readFileSync(join(dir, 'index.json'), 'utf8')).toBe(kept);
    expect(existsSync(join(dir, '坏表.csv.js'))).toBe(false);
  });
});

describe('packScriptText', () => {
  it('hands over exactly its file, whatever the path holds', () => {
    const path = '一"); alert(1); ("/a.csv';
    const handed = runPackScript(packScriptText(path, Buffer.from('abc').toString('base64')));
    expect(handed.path).toBe(`datasets/${path}`);
    expect(handed.bytes.toString()).toBe('abc');
  });

  it('refuses anything but base64 as the content', () => {
    expect(() => packScriptText('a.csv', 'abc"); alert(1); ("')).toThrow(/not base64/);
  });
});
