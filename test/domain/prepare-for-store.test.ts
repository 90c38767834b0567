import { describe, expect, it } from 'vitest';
import { prepareForStore } from '../../src/domain/observations/prepare-for-store';
import type { Observation } from '../../src/domain/types';
import { loadCatalog } from '../helpers/project-files';

const catalog = loadCatalog();

function row(indicatorId: string, indicatorText: string, value: number, unit: string): Observation {
  return {
    department: '甲区司法局',
    year: 2024,
    indicatorId,
    indicatorText,
    value,
    unit,
    qualifier: '',
    derived: false,
    evidence: '',
    source: { line: -1, start: -1, end: -1 },
  };
}

describe('prepareForStore', () => {
  it('stores compatible units as the catalog unit and demotes incompatible ones', () => {
    const { rows, demotions } = prepareForStore(
      [row('normative_docs_cleaned', '清理规范性文件数', 22, '份'), row('mediations', '停车收费调解人次', 10, '人次')],
      catalog,
    );
    expect(rows.map((r) => [r.indicatorId, r.unit])).toEqual([
      ['normative_docs_cleaned', '件'],
      ['other:停车收费调解人次', '人次'],
    ]);
    expect(demotions).toEqual([{ index: 1, reason: 'unit', from: 'mediations' }]);
  });

  it('converts 万 counts into the catalog unit', () => {
    const { rows } = prepareForStore([row('pufa_materials', '发放宣传资料数', 1.2, '万份')], catalog);
    expect(rows[0]).toMatchObject({ indicatorId: 'pufa_materials', value: 12000, unit: '份' });
  });

  it('moves a figure to a close catalog indicator in its own unit', () => {
    const { rows } = prepareForStore([row('inspections', '行政检查数', 1, '项')], catalog);
    expect(rows[0]).toMatchObject({ indicatorId: 'power_items_inspection', unit: '项' });
  });

  it('keeps one value per catalog indicator: the total (largest) keeps the id', () => {
    const { rows, demotions } = prepareForStore(
      [
        row('documents_legality_reviewed', '规范性文件审查数', 2, '个'),
        row('documents_legality_reviewed', '合法性审查文件数', 39, '个'),
        row('documents_legality_reviewed', '党组文件审查数', 17, '个'),
      ],
      catalog,
    );
    expect(rows.map((r) => r.indicatorId)).toEqual(['other:规范性文件审查数', 'documents_legality_reviewed', 'other:党组文件审查数']);
    const tie = prepareForStore(
      [row('rol_work_meetings', '听取法治建设汇报次数', 2, '次'), row('rol_work_meetings', '法治建设工作会议次数', 2, '次')],
      catalog,
    );
    // Equal values: the words that name the indicator best (here an exact alias) keep it.
    expect(tie.rows.map((r) => r.indicatorId)).toEqual(['rol_work_meetings', 'other:法治建设工作会议次数']);
    expect(demotions.map((d) => d.reason)).toEqual(['duplicate', 'duplicate']);
  });

  it('leaves uncatalogued rows and rows of different years alone', () => {
    const input = [
      row('other:代管退休干部人数', '代管退休干部人数', 44, '人'),
      { ...row('petitions', '信访案件数', 3, '件'), year: 2023 },
      row('petitions', '信访案件数', 4, '件'),
    ];
    expect(prepareForStore(input, catalog)).toEqual({ rows: input, demotions: [] });
  });
});
