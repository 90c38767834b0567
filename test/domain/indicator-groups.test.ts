import { describe, expect, it } from 'vitest';
import { groupIndicators, indicatorOptionText } from '../../src/domain/catalog/indicator-groups';
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
