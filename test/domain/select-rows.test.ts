import { describe, expect, it } from 'vitest';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import { selectRowIndices, yearsIn, type RowFilter } from '../../src/domain/observations/select-rows';
import { buildStoredTable, type StoredTable } from '../../src/domain/observations/stored-table';
import { seededRandom } from '../../src/domain/random';
import { observation } from '../helpers/observation';

const DEPTS = ['甲', '乙', '丙', '丁'];
const INDS = ['a', 'b', 'c'];

const o = observation;

/** Three chunks of rows in random year order, years 2010–2024 with gaps. */
function randomTable(seed: number): StoredTable {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chunk = (id: number, n: number) => ({
    chunkId: id,
    datasetId: `d${id}`,
    columns: columnsFromObservations(
      Array.from({ length: n }, () => o(pick(DEPTS), 2010 + Math.floor(r() * 15), pick(INDS), Math.round(r() * 100))),
    ).numeric,
  });
  return buildStoredTable([chunk(1, 60), chunk(2, 90), chunk(3, 40)]);
}

/** The filter's rows by a plain scan, in table order. */
function naive(t: StoredTable, f: RowFilter): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (f.yearFrom !== undefined && t.year[i]! < f.yearFrom) continue;
    if (f.yearTo !== undefined && t.year[i]! > f.yearTo) continue;
    if (f.indicators && !f.indicators.includes(t.indicators[t.ind[i]!]!)) continue;
    if (f.departments && !f.departments.includes(t.departments[t.dept[i]!]!)) continue;
    if (f.datasets && !f.datasets.includes(t.datasetIds[t.ds[i]!]!)) continue;
    out.push(i);
  }
  return out;
}

describe('selectRowIndices', () => {
  const filters: RowFilter[] = [
    {},
    { yearFrom: 2016, yearTo: 2017 },
    { yearFrom: 2023, yearTo: 2024 },
    { yearFrom: 2012, yearTo: 2012 },
    { yearFrom: 2020 },
    { yearTo: 2011 },
    { yearFrom: 2000, yearTo: 2009 },
    { yearFrom: 2030 },
    { yearFrom: 2013, yearTo: 2016, departments: ['乙', '丁'] },
    { yearFrom: 2013, yearTo: 2014, datasets: ['d2'] },
    { indicators: ['c', 'a'], yearFrom: 2015 },
    { indicators: ['b', 'b'] },
    { indicators: ['none'] },
  ];

  it('gives the rows of a plain scan, in table order, whichever index it reads', () => {
    for (const seed of [1, 2, 3]) {
      const t = randomTable(seed);
      for (const f of filters) expect(Array.from(selectRowIndices(t, f)), JSON.stringify(f)).toEqual(naive(t, f));
    }
  });

  it('groups every row by its year', () => {
    const t = randomTable(4);
    const { from, groups } = t.byYear;
    expect(groups.reduce((s, g) => s + g.length, 0)).toBe(t.length);
    groups.forEach((g, k) => {
      for (let j = 0; j < g.length; j++) expect(t.year[g[j]!]).toBe(from + k);
      for (let j = 1; j < g.length; j++) expect(g[j]!).toBeGreaterThan(g[j - 1]!);
    });
    expect(yearsIn(t)).toEqual([...new Set(Array.from(t.year))].sort((a, b) => a - b));
  });

  it('lists the years of one indicator, ascending', () => {
    for (const seed of [5, 6, 7]) {
      const t = randomTable(seed);
      for (const id of [...t.indicators, 'absent']) {
        const years = new Set<number>();
        for (let i = 0; i < t.length; i++) if (t.indicators[t.ind[i]!] === id) years.add(t.year[i]!);
        expect(yearsIn(t, id), id).toEqual([...years].sort((a, b) => a - b));
      }
    }
  });

  it('handles an empty table', () => {
    const t = buildStoredTable([]);
    expect(Array.from(selectRowIndices(t, { yearFrom: 2020, yearTo: 2021 }))).toEqual([]);
    expect(yearsIn(t)).toEqual([]);
  });
});
