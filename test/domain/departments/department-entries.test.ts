import { describe, expect, it } from 'vitest';
import {
  buildDepartmentEntries,
  indexDepartments,
  NO_GROUP,
  type DepartmentEntry,
} from '../../../src/domain/departments/department-entries';
import type { DepartmentInfo } from '../../../src/domain/observations/chart-row';

const departments: DepartmentInfo[] = [
  { name: '武汉市江岸区司法局', region: '武汉市江岸区', type: '司法局' },
  { name: '焦作市解放区财政局', region: '焦作市解放区', type: '财政局' },
  { name: '武汉市江岸区财政局', region: '武汉市江岸区', type: '财政局' },
  { name: '某某办公室', region: '', type: '' },
];
const index = indexDepartments(departments);

/** Rows as short strings: `# group (n)` for a header, the name for an item. */
function rows(entries: DepartmentEntry[]): string[] {
  return entries.map((e) => (e.kind === 'group' ? `# ${e.group} (${e.names.length})` : e.department.name));
}

describe('department picker entries', () => {
  it('flattens groups by type in pinyin order, each header followed by its departments in the given order', () => {
    const { entries, names } = buildDepartmentEntries(index, '', 'type');
    // Departments without a type go under 「—」, which sorts first (as before); then cai < si (pinyin).
    expect(rows(entries)).toEqual([
      `# ${NO_GROUP} (1)`,
      '某某办公室',
      '# 财政局 (2)',
      '焦作市解放区财政局',
      '武汉市江岸区财政局',
      '# 司法局 (1)',
      '武汉市江岸区司法局',
    ]);
    expect(names).toEqual(['某某办公室', '焦作市解放区财政局', '武汉市江岸区财政局', '武汉市江岸区司法局']);
    const head = entries[2]!;
    expect(head.kind === 'group' && head.names).toEqual(['焦作市解放区财政局', '武汉市江岸区财政局']);
  });

  it('groups by region', () => {
    const { entries } = buildDepartmentEntries(index, '', 'region');
    expect(rows(entries)).toEqual([
      `# ${NO_GROUP} (1)`,
      '某某办公室',
      '# 焦作市解放区 (1)',
      '焦作市解放区财政局',
      '# 武汉市江岸区 (2)',
      '武汉市江岸区司法局',
      '武汉市江岸区财政局',
    ]);
  });

  it('searches name, region and type loosely (width, case and spaces ignored) and drops empty groups', () => {
    expect(rows(buildDepartmentEntries(index, ' 江岸 ', 'type').entries)).toEqual([
      '# 财政局 (1)',
      '武汉市江岸区财政局',
      '# 司法局 (1)',
      '武汉市江岸区司法局',
    ]);
    expect(buildDepartmentEntries(index, '财政局', 'region').names).toEqual(['焦作市解放区财政局', '武汉市江岸区财政局']);
    expect(buildDepartmentEntries(indexDepartments([{ name: 'ABC局', region: '', type: '' }]), 'ａｂｃ', 'type').names).toEqual(['ABC局']);
    expect(buildDepartmentEntries(index, '不存在', 'type')).toEqual({ entries: [], names: [] });
  });

  it('handles thousands of departments in one pass', () => {
    const many: DepartmentInfo[] = [];
    for (let i = 0; i < 3125; i++) many.push({ name: `地区${i}类型${i % 25}局`, region: `地区${i}`, type: `类型${i % 25}局` });
    const { entries, names } = buildDepartmentEntries(indexDepartments(many), '', 'type');
    expect(names).toHaveLength(3125);
    expect(entries).toHaveLength(3125 + 25);
    expect(entries.filter((e) => e.kind === 'group').every((e) => e.kind === 'group' && e.names.length === 125)).toBe(true);
  });
});
