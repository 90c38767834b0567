// The review model's confidence and candidates, with and without the engine's mapping.
import { describe, expect, it } from 'vitest';
import type { ExtractedRow, ExtractionResult } from '../../../src/domain/extract/types';
import { chooseIndicator, draftFromResult, draftsToObservations, unconfirmedCount } from '../../../src/features/extract/review-model';
import { reviewMapping } from '../../../src/features/extract/row-mapping';
import { loadCatalog } from '../../helpers/project-files';

const catalog = loadCatalog();

function row(indicatorText: string, indicatorId: string, unit: string, mapping?: ExtractedRow['mapping']): ExtractedRow {
  const r: ExtractedRow = {
    department: '测试局',
    year: 2024,
    indicatorId,
    indicatorText,
    value: 5,
    unit,
    qualifier: '',
    derived: false,
    evidence: `${indicatorText}5${unit}。`,
    source: { line: -1, start: 0, end: 4 },
    rule: 'count',
  };
  if (mapping) r.mapping = mapping;
  return r;
}

const result = (rows: ExtractedRow[]): ExtractionResult => ({
  department: '测试局',
  year: 2024,
  rows,
  issues: [],
  normalizedText: '',
  skipped: [],
});

describe('review mapping', () => {
  it("keeps the engine's mapping, with at most three candidates the catalog has", () => {
    const m = {
      score: 0.3,
      needsConfirmation: true,
      candidates: [
        { id: 'no_such', score: 0.5 },
        { id: 'inspections', score: 0.4 },
        { id: 'pufa_events', score: 0.3 },
        { id: 'rol_work_meetings', score: 0.2 },
        { id: 'law_exam_pass_rate', score: 0.1 },
      ],
    };
    const out = reviewMapping(catalog, row('“双随机”抽查批次', 'other:“双随机”抽查批次', '批', m));
    expect(out.needsConfirmation).toBe(true);
    expect(out.score).toBe(0.3);
    expect(out.candidates.map((c) => c.id)).toEqual(['inspections', 'pufa_events', 'rol_work_meetings']);
    // A confident engine row stays unmarked even when its wording resembles nothing.
    expect(
      reviewMapping(catalog, row('某某', 'inspections', '批', { score: 0.95, candidates: [], needsConfirmation: false })).needsConfirmation,
    ).toBe(false);
  });

  it('without the engine: an uncatalogued row resembling catalog names needs confirmation, a rate is never offered a count', () => {
    const rate = reviewMapping(catalog, row('评查合格率', 'other:评查合格率', '%'));
    expect(rate.needsConfirmation).toBe(true);
    expect(rate.candidates.length).toBeGreaterThan(0);
    expect(rate.candidates.every((c) => catalog.get(c.id)!.unit === '%')).toBe(true);
    const count = reviewMapping(catalog, row('办理行政应诉案件同比下降', 'other:办理行政应诉案件同比下降', '%'));
    expect(count.candidates.map((c) => c.id)).not.toContain('litigation_cases');
    expect(reviewMapping(catalog, row('培育“法律明白人”人数', 'other:培育“法律明白人”人数', '名')).needsConfirmation).toBe(false);
    expect(reviewMapping(catalog, row('培训人次', 'law_training_participants', '人次')).needsConfirmation).toBe(false);
  });

  it('a choice confirms the row; 目录外指标 keeps the row under its own words', () => {
    const m = { score: 0.3, needsConfirmation: true, candidates: [{ id: 'law_exam_pass_rate', score: 0.5 }] };
    const draft = draftFromResult(
      'a.txt',
      '',
      result([row('评查合格率', 'other:评查合格率', '%', m), row('维持申请数', 'other:维持申请数', '件', m)]),
      1,
      catalog,
    );
    expect(unconfirmedCount(draft.rows)).toBe(2);
    const [a, b] = draft.rows;
    const rows = [
      { ...a!, ...chooseIndicator(catalog, a!, 'law_exam_pass_rate') },
      { ...b!, ...chooseIndicator(catalog, b!, '') },
    ];
    expect(unconfirmedCount(rows)).toBe(0);
    const obs = draftsToObservations([{ ...draft, rows }]);
    expect(obs.map((o) => o.indicatorId)).toEqual(['law_exam_pass_rate', 'other:维持申请数']);
    expect(obs[1]!.indicatorText).toBe('维持申请数');
  });
});
