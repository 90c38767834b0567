import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../helpers/project-files';
import { similarity } from '../../../src/domain/catalog/catalog';

const catalog = loadCatalog();

describe('catalog', () => {
  it('loads every indicator with a unit and a direction', () => {
    expect(catalog.indicators.length).toBeGreaterThan(50);
    for (const ind of catalog.indicators) {
      expect(ind.unit).not.toBe('');
      expect(['up', 'down', 'neutral']).toContain(ind.direction);
    }
  });

  it.each([
    ['normative_docs_cleaned', 'normative_docs_cleaned'],
    ['清理规范性文件数', 'normative_docs_cleaned'],
    ['规范性文件清理数', 'normative_docs_cleaned'],
    ['规范性文件清理数（件）', 'normative_docs_cleaned'],
    [' Normative documents cleaned up ', 'normative_docs_cleaned'],
    ['依申请公开答复率', 'info_request_reply_rate'],
    ['败诉数', 'litigation_lost'],
  ])('looks up %s', (name, id) => {
    expect(catalog.lookup(name)?.id).toBe(id);
  });

  it('does not guess unknown names but suggests the nearest', () => {
    expect(catalog.lookup('依申请公开回复率')).toBeUndefined();
    expect(catalog.suggest('依申请公开回复率')[0]?.id).toBe('info_request_reply_rate');
  });

  it('resolves uncatalogued indicators to a custom one', () => {
    const ind = catalog.resolve('other:行政确认事项数', '项');
    expect(ind.custom).toBe(true);
    expect(ind.labelZh).toBe('行政确认事项数');
    expect(ind.unit).toBe('项');
  });

  it('keeps targets for rates', () => {
    expect(catalog.get('info_request_reply_rate')?.target).toBe(100);
    expect(catalog.get('admin_penalty_cases')?.target).toBeUndefined();
  });

  it('scores similarity', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('依申请公开回复率', '依申请公开答复率')).toBeGreaterThan(0.7);
  });
});
