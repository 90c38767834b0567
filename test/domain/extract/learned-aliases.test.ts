import { describe, expect, it } from 'vitest';
import { applyLearnedAliases, parseLearnedAlias, wordingKey, type LearnedAlias } from '../../../src/domain/extract/learned-aliases';
import type { ExtractedRow, ExtractionResult } from '../../../src/domain/extract/types';

function row(indicatorText: string, indicatorId = `other:${indicatorText}`, extra: Partial<ExtractedRow> = {}): ExtractedRow {
  return {
    department: '测试局',
    year: 2024,
    indicatorId,
    indicatorText,
    value: 3,
    unit: '次',
    qualifier: '',
    derived: false,
    evidence: `${indicatorText}3次。`,
    source: { line: -1, start: 0, end: 5 },
    rule: 'count',
    ...extra,
  };
}

function result(rows: ExtractedRow[]): ExtractionResult {
  return { department: '测试局', year: 2024, rows, issues: [], normalizedText: '', skipped: [] };
}

const alias = (wording: string, indicatorId: string, at = 1): LearnedAlias => ({ wording, indicatorId, at, source: 'a.txt' });
const known = new Set(['pufa_events', 'rol_work_meetings', 'inspections']);
const isCatalogId = (id: string) => known.has(id);

describe('wordingKey', () => {
  it('ignores width, case, spaces, quotes, punctuation and a unit suffix', () => {
    expect(wordingKey('“双随机”抽查批次')).toBe(wordingKey('双随机 抽查批次'));
    expect(wordingKey('ＡＢＣ检查（次）')).toBe(wordingKey('abc检查'));
    expect(wordingKey('党委专题会议研究法治建设')).not.toBe(wordingKey('党委专题会议研究法治'));
    expect(wordingKey('  ，。 ')).toBe('');
  });
});

describe('applyLearnedAliases', () => {
  it('maps a row with the learned wording to its indicator, confirmed with score 1', () => {
    const out = applyLearnedAliases(
      result([row('“双随机”抽查批次'), row('其他事项')]),
      [alias('双随机抽查批次', 'inspections')],
      isCatalogId,
    );
    expect(out.rows[0]!.indicatorId).toBe('inspections');
    expect(out.rows[0]!.mapping).toEqual({ score: 1, candidates: [{ id: 'inspections', score: 1 }], needsConfirmation: false });
    expect(out.rows[1]!.indicatorId).toBe('other:其他事项');
    expect(out.rows[1]!.mapping).toBeUndefined();
  });

  it('overrides the engine mapping of the same wording, and leaves other rows with theirs', () => {
    const engine = { score: 0.4, candidates: [{ id: 'pufa_events', score: 0.4 }], needsConfirmation: true };
    const out = applyLearnedAliases(
      result([
        row('党委专题会议研究法治建设次数', 'pufa_events', { mapping: engine }),
        row('开展普法活动', 'pufa_events', { mapping: engine }),
      ]),
      [alias('党委专题会议研究法治建设次数', 'rol_work_meetings')],
      isCatalogId,
    );
    expect(out.rows.map((r) => [r.indicatorId, r.mapping?.needsConfirmation])).toEqual([
      ['rol_work_meetings', false],
      ['pufa_events', true],
    ]);
  });

  it('takes the latest alias of a wording and ignores ids the catalog does not have', () => {
    const rows = [row('法治夜市活动场次'), row('志愿服务次数')];
    const out = applyLearnedAliases(
      result(rows),
      [alias('法治夜市活动场次', 'inspections', 5), alias('法治夜市活动场次', 'pufa_events', 9), alias('志愿服务次数', 'gone_id')],
      isCatalogId,
    );
    expect(out.rows[0]!.indicatorId).toBe('pufa_events');
    expect(out.rows[1]!.indicatorId).toBe('other:志愿服务次数');
  });
});

describe('parseLearnedAlias', () => {
  it('accepts a stored alias and refuses damaged values', () => {
    expect(parseLearnedAlias({ wording: '批次', indicatorId: 'inspections', at: 3, source: 'b.txt' })).toEqual({
      wording: '批次',
      indicatorId: 'inspections',
      at: 3,
      source: 'b.txt',
    });
    expect(parseLearnedAlias({ wording: '批次', indicatorId: 'inspections' })).toEqual({
      wording: '批次',
      indicatorId: 'inspections',
      at: 0,
      source: '',
    });
    for (const bad of [
      null,
      'x',
      { wording: 1, indicatorId: 'a' },
      { wording: '批次', indicatorId: '' },
      { wording: '，', indicatorId: 'a' },
    ])
      expect(parseLearnedAlias(bad)).toBeNull();
  });
});
