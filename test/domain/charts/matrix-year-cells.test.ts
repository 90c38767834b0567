import { describe, expect, it } from 'vitest';
import { buildMatrixModel, type MatrixModel } from '../../../src/domain/charts/models/matrix-model';
import { allYearCells, allYearCellsSliced, cellSourceOfTable, yearPresence } from '../../../src/domain/charts/models/matrix-year-cells';
import { codeSet } from '../../../src/domain/observations/select-rows';
import { columnsFromObservations } from '../../../src/domain/observations/columns';
import { rowColumnsOfTable } from '../../../src/domain/observations/row-columns';
import { selectRowIndices } from '../../../src/domain/observations/select-rows';
import { buildStoredTable } from '../../../src/domain/observations/stored-table';
import { compareNames } from '../../../src/domain/metrics/name-order';
import { seededRandom } from '../../../src/domain/random';
import type { Observation } from '../../../src/domain/types';
import { observation } from '../../helpers/observation';
import { catalog } from './fixtures';

const IDS = ['law_study_sessions', 'litigation_lost', 'normative_docs_cleaned', 'reconsideration_cases', 'hotline_cases'];
const DEPTS = ['甲局', '乙局', '丙局', '丁局', '戊局', '己局', '庚局'];
const indicators = IDS.map((id) => catalog.get(id)!);

/** Three datasets of random rows over 2021–2024, with repeats (later ones win) and ties. */
function randomTable(seed: number) {
  const r = seededRandom(seed);
  const datasets: Observation[][] = [[], [], []];
  for (const d of DEPTS)
    for (const id of IDS)
      for (const year of [2021, 2022, 2023, 2024]) {
        if (r() < 0.3) continue;
        const times = r() < 0.15 ? 2 : 1;
        for (let k = 0; k < times; k++) datasets[Math.floor(r() * 3)]!.push(observation(d, year, id, Math.floor(r() * 5) - 1));
      }
  return buildStoredTable(
    datasets.map((rows, k) => ({ chunkId: k + 1, datasetId: `ds${k + 1}`, columns: columnsFromObservations(rows).numeric })),
  );
}

/** What a supervisor sees of a matrix: each cell's value, rank and colour, and each row's score. */
function seen(m: MatrixModel) {
  return {
    columns: m.columns.map((c) => [c.indicator.id, c.coverage]),
    rows: m.rows.map((r) => [r.department, r.score, r.coverage]),
    cells: Array.from({ length: m.cellCount }, (_, k) => {
      const c = m.cellAt(k);
      return [c.row?.rowId ?? null, c.row?.value ?? null, m.value[k], c.rank?.rank ?? null, c.score, c.missing, c.previous?.rowId ?? null];
    }),
    datasets: m.datasetIds,
    counts: [m.reportedCount, m.missingCount, m.noPreviousCount],
  };
}

describe("the matrix's cells built ahead per year", () => {
  it('give the same matrix as the rows selected for it, for any year, datasets, departments and colouring', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const t = randomTable(seed);
      const r = seededRandom(seed + 100);
      const datasets = r() < 0.5 ? undefined : ['ds1', 'ds3'];
      const chosen = r() < 0.5 ? [] : DEPTS.filter(() => r() < 0.6);
      const year = 2022 + Math.floor(r() * 3);
      const colourBy = r() < 0.5 ? 'rank' : 'change';
      const departments = (chosen.length ? chosen : DEPTS).map((name) => ({ name, region: '', type: '' }));
      const selected = rowColumnsOfTable(
        t,
        selectRowIndices(t, { datasets, departments: chosen.length ? chosen : undefined, yearFrom: year - 1, yearTo: year }),
      );
      const fromRows = buildMatrixModel({ rows: selected, indicators, departments, year, colourBy });
      const ahead = buildMatrixModel({
        rows: rowColumnsOfTable(t, new Uint32Array(0)),
        cells: cellSourceOfTable(t, datasets),
        indicators,
        departments,
        year,
        colourBy,
      });
      expect(ahead.reportedCount).toBeGreaterThan(0);
      expect(seen(ahead)).toEqual(seen(fromRows));
    }
  });

  it('order rows by score or coverage, largest first, ties by name, each department once', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const t = randomTable(seed);
      const r = seededRandom(seed + 200);
      // Repeats, and a department the table does not hold (a row without cells).
      const names = [...DEPTS.filter(() => r() < 0.8), '辛局', DEPTS[0]!, '辛局'];
      const departments = names.map((name) => ({ name, region: '', type: '' }));
      for (const rowSort of ['score', 'coverage', 'name'] as const) {
        const m = buildMatrixModel({
          rows: rowColumnsOfTable(t, new Uint32Array(0)),
          cells: cellSourceOfTable(t),
          indicators,
          departments,
          year: 2024,
          colourBy: 'rank',
          rowSort,
        });
        expect(m.rows.map((x) => x.department)).toEqual([...new Set(names)]);
        const key = (i: number) => (rowSort === 'coverage' ? m.rows[i]!.coverage : rowSort === 'score' ? (m.rows[i]!.score ?? -1) : 0);
        const expected = m.rows
          .map((_, i) => i)
          .sort((a, b) => key(b) - key(a) || compareNames(m.rows[a]!.department, m.rows[b]!.department));
        expect(m.rowAxis.map((e) => (e.kind === 'item' ? e.index : -1))).toEqual(expected);
      }
    }
  });

  it("built for every year at once (the store worker's way) equal those built year by year", () => {
    const t = randomTable(7);
    for (const datasets of [undefined, ['ds2']]) {
      const all = allYearCells(t, datasets);
      expect(all.map((c) => c.year)).toEqual([2021, 2022, 2023, 2024]);
      const one = cellSourceOfTable(t, datasets);
      for (const c of all) expect(c).toEqual(one.cells(c.year));
    }
  });

  it('built in slices, a year at a time, equal those built at once', async () => {
    const t = randomTable(7);
    let pauses = 0;
    const sliced = await allYearCellsSliced(t, undefined, () => Promise.resolve(void pauses++), 0);
    expect(sliced).toEqual(allYearCells(t));
    expect(pauses).toBe(4);
  });

  it('keep one row per department and indicator, the later one, finite values first and ascending', () => {
    const rows = [
      observation('甲局', 2024, 'litigation_lost', 5),
      observation('乙局', 2024, 'litigation_lost', 2),
      observation('甲局', 2024, 'litigation_lost', 1),
      observation('丙局', 2024, 'litigation_lost', Number.NaN),
      observation('丁局', 2024, 'litigation_lost', 3),
    ];
    const t = buildStoredTable([{ chunkId: 1, datasetId: 'd', columns: columnsFromObservations(rows).numeric }]);
    const cells = cellSourceOfTable(t).cells(2024);
    const code = t.indicators.indexOf('litigation_lost');
    const group = Array.from(cells.rows.subarray(cells.start[code], cells.start[code + 1]));
    expect(group.map((i) => [t.departments[t.dept[i]!], t.value[i]])).toEqual([
      ['甲局', 1],
      ['乙局', 2],
      ['丁局', 3],
      ['丙局', Number.NaN],
    ]);
    expect(cells.finite[code]).toBe(3);
  });

  it("list the year's departments and indicators as a scan of its rows does, for any datasets and chosen departments", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const t = randomTable(seed);
      const r = seededRandom(seed + 200);
      const datasets = r() < 0.5 ? undefined : ['ds2', 'ds3'];
      const chosen = r() < 0.4 ? undefined : DEPTS.filter(() => r() < 0.5);
      const year = 2021 + Math.floor(r() * 5); // 2025 has no rows
      const p = yearPresence(cellSourceOfTable(t, datasets), t, year, codeSet(chosen, t.departments));
      // The rows of a year, from the table itself.
      const rowsOf = (y: number) =>
        Array.from(t.year.keys()).filter(
          (i) =>
            t.year[i] === y &&
            (!datasets || datasets.includes(t.datasetIds[t.ds[i]!]!)) &&
            (!chosen || chosen.includes(t.departments[t.dept[i]!]!)),
        );
      const now = rowsOf(year);
      const before = new Set(rowsOf(year - 1).map((i) => t.dept[i]!));
      expect(t.departments.filter((_, d) => p.dept[d])).toEqual(t.departments.filter((_, d) => now.some((i) => t.dept[i] === d)));
      t.indicators.forEach((_, g) => {
        const has = now.filter((i) => t.ind[i] === g);
        // A row of the year, of this indicator and a chosen department: its unit names the indicator.
        if (has.length) expect(has).toContain(p.ind[g]);
        else expect(p.ind[g]).toBe(-1);
      });
      expect(p.withoutYear).toBe([...before].filter((d) => !now.some((i) => t.dept[i] === d)).length);
    }
  });

  it('built ahead are used as given, other years built when asked', () => {
    const t = randomTable(3);
    const ahead = allYearCells(t).filter((c) => c.year !== 2022);
    const source = cellSourceOfTable(t, undefined, ahead);
    expect(source.cells(2024)).toBe(ahead.find((c) => c.year === 2024));
    expect(source.cells(2022)).toEqual(allYearCells(t).find((c) => c.year === 2022));
  });
});
