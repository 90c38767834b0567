// Rows and indicators shared by the 解读 tests of every view.
import { expect } from 'vitest';
import type { NarrativeSentence, NumberLink } from '../../../src/domain/narrative/narrative-text';
import type { ChartRow } from '../../../src/domain/observations/chart-row';
import type { Indicator, Qualifier } from '../../../src/domain/types';

export const count: Indicator = {
  id: 'normative_docs_cleaned',
  category: '规范性文件',
  labelZh: '清理规范性文件数',
  labelEn: 'Normative documents cleaned up',
  unit: '件',
  direction: 'neutral',
  aliases: [],
};
/** A count whose fall is good. */
export const reviews: Indicator = {
  ...count,
  id: 'admin_review_cases',
  labelZh: '行政复议案件数',
  labelEn: 'Administrative reviews',
  direction: 'down',
};
export const rate: Indicator = {
  id: 'info_request_reply_rate',
  category: '政务公开',
  labelZh: '依申请公开答复率',
  labelEn: 'Reply rate',
  unit: '%',
  direction: 'up',
  aliases: [],
};
export const NAMES = [
  '区财政局',
  '区司法局',
  '区教育局',
  '区民政局',
  '区城管局',
  '区卫健委',
  '区商务局',
  '区水务局',
  '区林业局',
  '区体育局',
];

let id = 0;
export function row(
  department: string,
  year: number,
  value: number,
  ind: Indicator,
  qualifier: Qualifier = '',
  extra: Partial<ChartRow> = {},
): ChartRow {
  return {
    rowId: id++,
    department,
    year,
    indicatorId: ind.id,
    value,
    unit: ind.unit,
    qualifier,
    derived: false,
    datasetId: 'ds',
    evidence: `${department}${year}年${ind.labelZh}${value}${ind.unit}。`,
    ...extra,
  };
}

/** Every number a sentence states, as numbers. */
export const numbersIn = (text: string) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));

export const exact = (x: number) => Math.round(x * 1e6) / 1e6;
export const pct = (from: number, to: number) => Math.abs(Math.round(((to - from) / from) * 1000) / 10);

export const linksIn = (sentences: readonly NarrativeSentence[]) => sentences.flat().filter((p): p is NumberLink => typeof p !== 'string');

/** Every linked number has rows of the chart; a number read from one row is that row's value. */
export function checkLinks(sentences: readonly NarrativeSentence[], rows: readonly ChartRow[]) {
  const ids = new Set(rows.map((r) => r.rowId));
  for (const l of linksIn(sentences)) {
    expect(l.rows.length, l.text).toBeGreaterThan(0);
    for (const r of l.rows) expect(ids.has(r.rowId)).toBe(true);
    if (!l.computed) expect(numbersIn(l.text)).toEqual([l.rows[0]!.value]);
  }
}
