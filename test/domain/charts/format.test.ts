import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/domain/charts/escape-html';
import { formatNumber } from '../../../src/domain/charts/chart-theme';
import { formatChange, formatDelta, formatMaybe, formatValue, shortenEvidence } from '../../../src/domain/charts/format';
import { CHART_LABELS } from '../../../src/domain/charts/labels';
import { change } from '../../../src/domain/metrics/change';

describe('escapeHtml', () => {
  it('escapes like echarts.format.encodeHTML', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(12)).toBe('12');
  });
});

describe('number and value formatting', () => {
  it('adds thousands separators and trims decimals', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(-1200)).toBe('-1,200');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(NaN)).toBe('—');
  });

  it('renders qualifiers consistently', () => {
    expect(formatValue(30, '件', '约', 'zh')).toBe('约30件');
    expect(formatValue(10, '人次', '余', 'zh')).toBe('10余人次');
    expect(formatValue(30, '件', '以上', 'zh')).toBe('30件以上');
    expect(formatValue(1500, '份', '', 'zh')).toBe('1,500份');
    expect(formatValue(98.5, '%', '', 'zh')).toBe('98.5%');
    expect(formatValue(30, '件', '约', 'en')).toBe('about 30 items');
    expect(formatValue(10, '人次', '余', 'en')).toBe('10+ person-times');
    expect(formatValue(30, '件', '以上', 'en')).toBe('30 or more items');
    expect(formatMaybe(null, '件', '', 'zh')).toBe('未报告');
    expect(formatMaybe(undefined, '件', '', 'en')).toBe('Not reported');
    expect(formatMaybe(0, '件', '', 'zh')).toBe('0件');
  });

  it('says one in the singular in English (「1 item」, 「+1 person」), more in the plural', () => {
    expect(formatValue(1, '件', '', 'en')).toBe('1 item');
    expect(formatValue(1, '人', '约', 'en')).toBe('about 1 person');
    expect(formatValue(1, '次', '余', 'en')).toBe('1+ times');
    expect(formatValue(2, '件', '', 'en')).toBe('2 items');
    expect(formatValue(1, '件', '', 'zh')).toBe('1件');
    expect(formatDelta(1, '人', 'en')).toBe('+1 person');
    expect(formatDelta(-1, '份', 'en')).toBe('-1 copy');
    expect(formatDelta(-3, '份', 'en')).toBe('-3 copies');
    expect(formatChange(change(2, 1, 2023, 2024), '件', 'en')).toBe('▼1 item (-50%)');
  });

  it('formats changes with arrows, percentages, percentage points and reasons', () => {
    expect(formatChange(change(10, 13, 2023, 2024), '件', 'zh')).toBe('▲3件（+30%）');
    expect(formatChange(change(10, 8, 2023, 2024), '件', 'en')).toBe('▼2 items (-20%)');
    expect(formatChange(change(95, 96.5, 2023, 2024), '%', 'zh')).toBe('▲1.5个百分点');
    expect(formatChange(change(5, 5, 2023, 2024), '件', 'zh')).toBe('持平');
    expect(formatChange(change(0, 4, 2023, 2024), '件', 'zh')).toBe('▲4件（2023年为0，无法计算变化率）');
    expect(formatChange(change(undefined, 4, 2023, 2024), '件', 'zh')).toBe('2023年未报告，无法比较');
  });

  it('shortens evidence to about 60 characters', () => {
    const long = '一'.repeat(100);
    expect(shortenEvidence(long)).toBe('一'.repeat(60) + '…');
    expect(shortenEvidence('短句。')).toBe('短句。');
  });
});

describe('labels', () => {
  it('has the same non-empty keys in Chinese and English', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, prefix + k + '.') : [prefix + k]));
    expect(keys(CHART_LABELS.en).sort()).toEqual(keys(CHART_LABELS.zh).sort());
    for (const lang of ['zh', 'en'] as const) {
      const L = CHART_LABELS[lang];
      expect(L.notReported).not.toBe('');
      expect(L.demoBadge).not.toBe('');
      expect(L.rankOf(2, 5)).toContain('5');
    }
    expect(CHART_LABELS.zh.demoBadge).toBe('演示数据（模拟）');
    expect(CHART_LABELS.zh.notReported).toBe('未报告');
  });
});
