import { describe, expect, it } from 'vitest';
import { mergeConflictText } from '../../../src/features/departments/merge-conflict-text';
import { catalog } from '../../domain/charts/fixtures';

describe('merge conflicts', () => {
  it('name the indicator, not its id, with the values formatted', () => {
    const c = { year: 2024, indicatorId: 'admin_penalty_cases', fromValue: 1234, toValue: 1243 };
    expect(mergeConflictText(c, catalog, 'zh')).toBe('2024年 行政处罚案件数：1,234 ≠ 1,243');
    expect(mergeConflictText(c, catalog, 'en')).toBe('2024 Administrative-penalty cases: 1,234 ≠ 1,243');
  });

  it('name an uncatalogued indicator by its words', () => {
    const c = { year: 2023, indicatorId: 'other:党工委会议次数', fromValue: 26, toValue: 25 };
    expect(mergeConflictText(c, catalog, 'zh')).toBe('2023年 党工委会议次数：26 ≠ 25');
  });
});
