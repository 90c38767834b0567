import { describe, expect, it } from 'vitest';
import { groupIndicators, groupingValue, indicatorOptionText } from '../../src/domain/catalog/indicator-groups';
import { loadCatalog } from '../helpers/project-files';

const catalog = loadCatalog();
const available = ['normative_docs_cleaned', 'other:办理行政复议案件', 'other:乱码指标', 'litigation_lost'];
const otherUnits = new Map([
  ['other:办理行政复议案件', '件'],
  ['other:乱码指标', ''],
]);
const args = { available, catalog, query: '', lang: 'zh' as const, value: 'normative_docs_cleaned', showOther: false, otherUnits };

describe('groupIndicators', () => {
  it('keeps uncatalogued indicators out of the catalog groups, collapsed by default', () => {
    const g = groupIndicators(args);
    const listed = g.catalogued.flatMap((c) => c.items.map((i) => i.id));
    expect(listed.sort()).toEqual(['litigation_lost', 'normative_docs_cleaned']);
    expect(g.other).toEqual([]);
    expect(g.otherCount).toBe(2);
  });

  it('lists them all when expanded, with the unit their figures state', () => {
    const g = groupIndicators({ ...args, showOther: true });
    expect(g.other.map((i) => indicatorOptionText(i, 'zh')).sort()).toEqual(['乱码指标', '办理行政复议案件（件）'].sort());
  });

  it('lists a searched-for or current uncatalogued indicator while collapsed', () => {
    expect(groupIndicators({ ...args, query: '复议' }).other.map((i) => i.id)).toEqual(['other:办理行政复议案件']);
    expect(groupIndicators({ ...args, value: 'other:乱码指标' }).other.map((i) => i.id)).toEqual(['other:乱码指标']);
  });
});

describe('groupingValue', () => {
  it('groups every case as the current indicator itself does', () => {
    const values = [...available, 'law_training_sessions', 'other:未见指标', ''];
    for (const query of ['', '复议', '乱码', '诉讼', '  ', 'zzz'])
      for (const showOther of [false, true])
        for (const value of values) {
          const g = { ...args, query, showOther };
          expect(groupIndicators({ ...g, value: groupingValue(value, query, showOther) }), `${query}|${showOther}|${value}`).toEqual(
            groupIndicators({ ...g, value }),
          );
        }
  });

  it('leaves the current indicator out where it changes nothing, so that choosing another does not group anew', () => {
    expect(groupingValue('normative_docs_cleaned', '', false)).toBe('');
    expect(groupingValue('litigation_lost', '', true)).toBe('');
    expect(groupingValue('other:乱码指标', '', true)).toBe('');
    expect(groupingValue('other:乱码指标', '', false)).toBe('other:乱码指标');
    expect(groupingValue('litigation_lost', '复议', false)).toBe('litigation_lost');
  });
});
