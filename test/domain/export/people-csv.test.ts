// The people's CSV (Chinese headers, indicator names, wide 部门 × 年度 table) re-imports
// through the app's CSV import into exactly the stored values.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../../src/domain/csv/parse-import';
import { indicatorName, peopleCsvParts, PEOPLE_HEADER, wideCsv } from '../../../src/domain/export/people-csv';
import { observationsOf } from '../../../src/domain/observations/columns';
import type { Observation } from '../../../src/domain/types';
import { observation } from '../../helpers/observation';
import { loadCatalog } from '../../helpers/project-files';

const catalog = loadCatalog();
const byId = (id: string) => catalog.get(id);
const noSource = { line: 0, start: -1, end: -1 };

function obs(department: string, year: number, indicatorId: string, value: number, extra: Partial<Observation> = {}): Observation {
  const ind = catalog.get(indicatorId);
  const indicatorText = ind?.labelZh ?? indicatorId.slice(6);
  return observation(department, year, indicatorId, value, { indicatorText, unit: ind?.unit ?? '项', source: noSource, ...extra });
}

const rows: Observation[] = [
  obs('武汉市司法局', 2022, 'normative_docs_cleaned', 12, {
    evidence: '清理规范性文件12件。',
    source: { ...noSource, file: '司法局2022.txt' },
  }),
  obs('武汉市司法局', 2023, 'normative_docs_cleaned', 30, { qualifier: '约' }),
  obs('武汉市财政局', 2023, 'normative_docs_cleaned', 10, { qualifier: '余', derived: true }),
  obs('武汉市财政局', 2023, 'normative_docs_legality_review_rate', 97.9),
  obs('=武汉市审计局', 2024, 'other:法律顾问出具意见数', 5, { evidence: '-出具意见5条' }),
];

const key = (o: Observation) => `${o.department}|${o.year}|${o.indicatorId}`;
const core = (o: Observation) => ({ key: key(o), value: o.value, unit: o.unit, qualifier: o.qualifier });

describe('people CSV', () => {
  it('has Chinese headers and indicator names, no ids', () => {
    const csv = [...peopleCsvParts(rows, byId)].join('');
    const table = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(table[0]).toEqual([...PEOPLE_HEADER]);
    expect(csv).not.toMatch(/normative_docs|other:/);
    expect(table[1]!.slice(0, 4)).toEqual(['武汉市司法局', '2022', '清理规范性文件数', '12']);
    expect(table[5]![2]).toBe('目录外：法律顾问出具意见数');
    expect(indicatorName('normative_docs_legality_review_rate', byId)).toBe(catalog.get('normative_docs_legality_review_rate')!.labelZh);
  });

  it('re-imports unchanged through the CSV import (headers matched, names mapped back to ids)', () => {
    const csv = [...peopleCsvParts(rows, byId)].join('');
    const r = parseImportText(csv, { fileName: 'people.csv', catalog, currentYear: 2026 });
    expect(r.rejected).toEqual([]);
    const back = observationsOf(r.columns);
    expect(back.map(core)).toEqual(rows.map(core));
    expect(back.map((o) => [o.evidence, o.derived, o.source.file ?? ''])).toEqual(
      rows.map((o) => [o.evidence, o.derived, o.source.file ?? '']),
    );
  });

  it('writes a wide 部门 × 年度 table for one indicator that re-imports unchanged', () => {
    const one = rows.filter((o) => o.indicatorId === 'normative_docs_cleaned');
    const csv = wideCsv(one, byId);
    const table = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(table).toEqual([
      ['部门', '指标', '单位', '2022年', '2023年'],
      ['武汉市司法局', '清理规范性文件数', '件', '12', '约30'],
      ['武汉市财政局', '清理规范性文件数', '件', '', '10余'],
    ]);
    const r = parseImportText(csv, { fileName: 'wide.csv', catalog, currentYear: 2026 });
    expect(r.rejected).toEqual([]);
    expect(
      observationsOf(r.columns)
        .map(core)
        .sort((a, b) => a.key.localeCompare(b.key)),
    ).toEqual(one.map(core).sort((a, b) => a.key.localeCompare(b.key)));
  });
});
