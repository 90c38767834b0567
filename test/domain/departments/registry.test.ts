import { describe, expect, it } from 'vitest';
import { aliasMap, describeDepartments, mergeDepartmentRecords } from '../../../src/domain/departments/registry';
import { parseDepartmentsCsv } from '../../../src/domain/departments/parse-departments-csv';
import { readProjectFile } from '../../helpers/project-files';

const registry = parseDepartmentsCsv(readProjectFile('data/departments.csv'));

describe('department registry', () => {
  it('maps aliases and abbreviations to the canonical name', () => {
    const m = aliasMap(registry);
    expect(m.get('武汉经开区财政局')).toBe('武汉经济技术开发区财政局');
    expect(m.get('汉阳区财政局')).toBe('武汉市汉阳区财政局');
    expect(m.has('武汉经济技术开发区财政局')).toBe(false);
  });

  it('describes unknown names by inference and known ones from the registry', () => {
    const [a, b] = describeDepartments(['焦作市解放区财政局', '某市某区司法局'], registry);
    expect(a).toMatchObject({ region: '焦作市解放区', type: '财政局' });
    expect(b).toMatchObject({ region: '某市某区', type: '司法局' });
  });

  it('merges two names into one department', () => {
    const merged = mergeDepartmentRecords({ name: '经开区财政局', region: '', type: '', aliases: ['开发区财政局'] }, registry[0]!);
    expect(merged.name).toBe('武汉经济技术开发区财政局');
    expect(merged.aliases).toContain('经开区财政局');
    expect(merged.aliases).toContain('开发区财政局');
  });
});
