import { describe, expect, it } from 'vitest';
import { searchIndicators } from '../../src/domain/indicator-search';
import { loadCatalog } from '../helpers/project-files';

const catalog = loadCatalog();

describe('searchIndicators', () => {
  it('finds 负责人出庭应诉率 by 「出庭」, under its category', () => {
    const groups = searchIndicators(catalog.indicators, '出庭');
    const all = groups.flatMap((g) => g.indicators.map((i) => i.id));
    expect(all).toContain('head_court_appearance_rate');
    const group = groups.find((g) => g.indicators.some((i) => i.id === 'head_court_appearance_rate'))!;
    expect(group.category).toBe(catalog.get('head_court_appearance_rate')!.category);
    expect(all.length).toBeLessThan(5);
  });

  it('matches aliases, English labels and extra (learned) words; an empty query lists every indicator grouped in catalog order', () => {
    expect(searchIndicators(catalog.indicators, 'court appearance').flatMap((g) => g.indicators.map((i) => i.id))).toContain(
      'head_court_appearance_rate',
    );
    expect(searchIndicators(catalog.indicators, '法润江城').length).toBe(0);
    const extra = new Map([['pufa_events', ['“法润江城”志愿服务次数']]]);
    expect(searchIndicators(catalog.indicators, '法润江城', extra).flatMap((g) => g.indicators.map((i) => i.id))).toEqual(['pufa_events']);
    const everything = searchIndicators(catalog.indicators, '');
    expect(everything.reduce((n, g) => n + g.indicators.length, 0)).toBe(catalog.indicators.length);
    expect(everything[0]!.category).toBe(catalog.indicators[0]!.category);
    expect(new Set(everything.map((g) => g.category)).size).toBe(everything.length);
  });
});
