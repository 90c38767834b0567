// A finding's message states both sides with their unit: 「中位数 58件」, not a bare 58.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/checks/types';
import { findingMessage } from '../../src/i18n/finding-message';
import type { Translate } from '../../src/i18n/i18n';
import { zhTable } from '../../src/i18n/registry';

const t: Translate = (key, vars = {}) => zhTable[key]!.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'r',
  kind: 'outlier-departments',
  severity: 'warning',
  department: '区财政局',
  indicator: 'admin_penalty_cases',
  year: 2024,
  value: 5800,
  unit: '件',
  rows: [0],
  expected: 58,
  score: 12.5,
  ...over,
});

describe('a data-check finding in Chinese', () => {
  it('gives the median of other departments with its unit', () => {
    expect(findingMessage(finding({}), '', t)).toBe('与同年度其他部门相差过大（中位数 58件，修正 z 值 12.5）');
  });

  it('gives both values of a conflict and of a unit slip with their unit', () => {
    expect(findingMessage(finding({ kind: 'conflict', expected: 5.8 }), '', t)).toBe('两个数据集数值不同：5800件 与 5.8件');
    expect(findingMessage(finding({ kind: 'jump', expected: 0.58, score: 10000, otherYear: 2023 }), '', t)).toBe(
      '是 2023 年（0.58件）的 10000 倍，疑似单位「万」错位',
    );
  });
});
