import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupFileName, decodeBackup, encodeBackup } from '../../../src/domain/backup/backup-codec';
import {
  BACKUP_FORMAT,
  buildBackup,
  decodeObservations,
  encodeObservations,
  type WorkspaceBackup,
} from '../../../src/domain/backup/backup-format';
import { validateBackup } from '../../../src/domain/backup/validate-backup';
import type { DatasetMeta, Observation } from '../../../src/domain/types';
import { CUSTOM_INDICATOR, docsCleaned } from '../../helpers/observation';

const obs = (department: string, year: number, value: number, extra: Partial<Observation> = {}) =>
  docsCleaned(department, year, value, {
    evidence: `清理规范性文件${value}件。`,
    source: { line: 3, start: 10, end: 22, file: '2024年报告.txt' },
    ...extra,
  });

const meta: DatasetMeta = {
  id: 'ds-1',
  name: '测试',
  sourceFile: 'a.csv',
  importedAt: 1_700_000_000_000,
  rowCount: 3,
  kind: 'imported',
  encoding: 'UTF-8',
};

const rows: Observation[] = [
  obs('=甲区财政局', 2023, 12),
  obs('乙区司法局', 2024, 0.1 + 0.2, { qualifier: '约', derived: true, source: { line: -1, start: -1, end: -1 } }),
  obs('𠮷区司法局', 2024, -5, { evidence: '' }),
];

function sample(): WorkspaceBackup {
  return buildBackup(
    {
      datasets: [{ meta, observations: rows }],
      documents: [{ id: 'ds-1:2024年报告.txt', datasetId: 'ds-1', name: '2024年报告.txt', text: '全文' }],
      departments: [{ name: '乙区司法局', region: '乙区', type: '司法局', aliases: ['乙区司法'] }],
      indicators: [CUSTOM_INDICATOR],
      settings: [{ key: 'bundled.demo', value: true }],
    },
    new Date('2026-11-23T08:00:00Z'),
  );
}

describe('backup format', () => {
  it('stores observations column by column and reads them back exactly', () => {
    const enc = encodeObservations(rows);
    expect(enc.count).toBe(3);
    expect(enc.dictionaries.department).toEqual(['=甲区财政局', '乙区司法局', '𠮷区司法局']);
    expect(decodeObservations(enc)).toEqual(rows);
  });

  it('is versioned and says what it is', () => {
    const b = sample();
    expect(b.format).toBe(BACKUP_FORMAT);
    expect(b.version).toBe(1);
    expect(b.createdAt).toBe('2026-11-23T08:00:00.000Z');
  });

  it('survives gzip and JSON exactly', () => {
    const b = sample();
    const bytes = encodeBackup(b);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const back = decodeBackup(bytes);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.backup).toEqual(b);
    expect(decodeObservations(back.backup.datasets[0]!.observations)).toEqual(rows);
  });

  it('encodes the same backup to the same bytes, whenever it is encoded', () => {
    const b = sample();
    const bytes = encodeBackup(b);
    // The gzip header's time (bytes 4-7, seconds, little-endian) is the backup's creation time.
    const mtime = bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! * 2 ** 24);
    expect(mtime).toBe(Date.parse(b.createdAt) / 1000);
    expect(encodeBackup(b)).toEqual(bytes);
  });

  it('also reads the plain JSON inside the gzip file', () => {
    const check = decodeBackup(strToU8(JSON.stringify(sample())));
    expect(check.ok).toBe(true);
  });

  it('names the file with the date', () => {
    expect(backupFileName('2026-11-23')).toBe('法治年报看板备份-2026-11-23.json.gz');
  });
});

describe('backup validation', () => {
  const broken = (edit: (b: WorkspaceBackup & Record<string, unknown>) => void) => {
    const b = JSON.parse(JSON.stringify(sample()));
    edit(b);
    const check = validateBackup(b);
    expect(check.ok).toBe(false);
    return check.ok ? '' : check.message;
  };

  it('refuses other files', () => {
    expect(decodeBackup(strToU8('部门,年度,指标,数值\r\n')).ok).toBe(false);
    expect(decodeBackup(gzipSync(strToU8('{"format":"other"}'))).ok).toBe(false);
    expect(decodeBackup(new Uint8Array([0x1f, 0x8b, 1, 2, 3])).ok).toBe(false);
    expect(broken((b) => (b.format = 'x' as never))).toContain('不是法治年报看板');
  });

  it('refuses a backup from a newer version with a clear message', () => {
    expect(broken((b) => (b.version = 2 as never))).toContain('更新版本');
  });

  it.each([
    ['a code outside its dictionary', (b: WorkspaceBackup) => (b.datasets[0]!.observations.columns.department[1] = 9), 'department'],
    ['a column of the wrong length', (b: WorkspaceBackup) => b.datasets[0]!.observations.columns.value.pop(), '长度'],
    ['a value that is not a number', (b: WorkspaceBackup) => ((b.datasets[0]!.observations.columns.value as unknown[])[0] = '12'), 'value'],
    ['a fractional year', (b: WorkspaceBackup) => (b.datasets[0]!.observations.columns.year[0] = 2023.5), 'year'],
    ['an unknown qualifier', (b: WorkspaceBackup) => b.datasets[0]!.observations.dictionaries.qualifier.push('大约'), '限定词'],
    ['an unknown dataset kind', (b: WorkspaceBackup) => ((b.datasets[0]!.meta as { kind: string }).kind = 'x'), '类型'],
    ['a repeated dataset id', (b: WorkspaceBackup) => b.datasets.push(b.datasets[0]!), '重复'],
    ['a department without a name', (b: WorkspaceBackup) => ((b.departments[0] as { name?: string }).name = undefined), '部门'],
    ['a setting without a key', (b: WorkspaceBackup) => ((b.settings[0] as { key?: unknown }).key = 1), '设置'],
  ])('refuses a damaged file: %s', (_name, edit, words) => {
    expect(broken(edit as never)).toContain(words);
  });
});
