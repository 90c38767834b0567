import { describe, expect, it } from 'vitest';
import { parseCatalogCsv } from '../../src/domain/catalog/parse-catalog';
import type { LearnedAlias } from '../../src/domain/extract/learned-aliases';
import { learnedAliasesFromCsv, learnedAliasesToCsv } from '../../src/domain/learned-alias-csv';
import { loadCatalog } from '../helpers/project-files';

const catalog = loadCatalog();
const aliases: LearnedAlias[] = [
  { wording: '“双随机”抽查批次', indicatorId: 'inspections', at: 1, source: 'a.txt' },
  { wording: '党委专题会议研究法治建设', indicatorId: 'rol_work_meetings', at: 2, source: 'b.txt' },
  { wording: '=HYPERLINK("x")执法检查', indicatorId: 'inspections', at: 3, source: 'c.txt' },
];

describe('learned aliases as a catalog CSV', () => {
  it('writes the columns of data/indicators.csv, one row per indicator, wordings as aliases, formulas neutralised', () => {
    const csv = learnedAliasesToCsv(aliases, catalog);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('id,category,label_zh,label_en,unit,direction,aliases');
    expect(lines.filter(Boolean)).toHaveLength(3);
    const inspections = lines.find((l) => l.startsWith('inspections,'))!;
    expect(inspections).toContain('“双随机”抽查批次|=HYPERLINK');
    // The formula sits inside the cell, after the first alias: only a cell start is dangerous.
    const formulaFirst = learnedAliasesToCsv([aliases[2]!], catalog);
    expect(formulaFirst).toContain(`,"'=HYPERLINK(""x"")执法检查"`);
    // Our parser of the catalog reads it as a catalog.
    const parsed = parseCatalogCsv(csv);
    expect(parsed.find((i) => i.id === 'rol_work_meetings')!.aliases).toEqual(['党委专题会议研究法治建设']);
    expect(parsed.find((i) => i.id === 'inspections')!.labelZh).toBe(catalog.get('inspections')!.labelZh);
  });

  it('round-trips: export, then import on another computer gives the same wordings and ids', () => {
    const back = learnedAliasesFromCsv(learnedAliasesToCsv(aliases, catalog), '别名.csv', catalog, 99);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const pairs = (list: LearnedAlias[]) => list.map((a) => `${a.wording}→${a.indicatorId}`).sort();
    expect(pairs(back.aliases)).toEqual(pairs(aliases));
    expect(back.aliases.every((a) => a.source === '别名.csv' && a.at === 99)).toBe(true);
  });

  it('leaves out wordings the catalog already knows and refuses unknown ids with their row', () => {
    const label = catalog.get('inspections')!.labelZh;
    const known = learnedAliasesFromCsv(`id,aliases\ninspections,${label}|新说法\n`, 'x.csv', catalog, 1);
    expect(known.ok && known.aliases.map((a) => a.wording)).toEqual(['新说法']);
    expect(learnedAliasesFromCsv('id,aliases\ninspections,甲\nno_such_id,乙\n', 'x.csv', catalog, 1)).toEqual({
      ok: false,
      error: 'unknown-id',
      row: 3,
      id: 'no_such_id',
    });
    expect(learnedAliasesFromCsv('名称,别名\n甲,乙\n', 'x.csv', catalog, 1)).toEqual({ ok: false, error: 'no-columns' });
  });
});
