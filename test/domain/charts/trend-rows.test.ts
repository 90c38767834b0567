import { describe, expect, it } from 'vitest';
import { buildTrendModel, DEFAULT_MAX_SERIES, type TrendMode } from '../../../src/domain/charts/models/trend-model';
import { trendRows } from '../../../src/domain/charts/models/trend-rows';
import { columnsFromObservations } from '../../../src/domain/observations/columns';
import { selectRows, type RowFilter } from '../../../src/domain/observations/select-rows';
import { buildStoredTable } from '../../../src/domain/observations/stored-table';
import { seededRandom } from '../../../src/domain/random';
import type { Observation } from '../../../src/domain/types';
import { observation } from '../../helpers/observation';
import { catalog } from './fixtures';

const indicator = catalog.get('law_study_sessions')!;
const MODES: TrendMode[] = ['absolute', 'yoy-abs', 'yoy-pct', 'index'];

/** Two datasets over 2016–2024: more departments than a trend draws, gaps, repeats and tied values. */
function randomTable(seed: number, departments: number) {
  const r = seededRandom(seed);
  const sets: Observation[][] = [[], []];
  for (let d = 0; d < departments; d++)
    for (let year = 2016; year <= 2024; year++) {
      if (r() < 0.35) continue;
      const times = r() < 0.1 ? 2 : 1;
      for (let k = 0; k < times; k++)
        sets[Math.floor(r() * 2)]!.push(observation(`第${(d * 7919) % 1000}局`, year, indicator.id, Math.floor(r() * 6)));
    }
  return buildStoredTable(
    sets.map((rows, k) => ({ chunkId: k + 1, datasetId: `ds${k + 1}`, columns: columnsFromObservations(rows).numeric })),
  );
}

/** What the chart shows of a model: its years, each drawn series' points (value and source row), and the cap. */
function drawn(m: ReturnType<typeof buildTrendModel>) {
  return {
    years: m.years,
    total: m.totalDepartments,
    capped: m.capped,
    unit: m.unit,
    flags: [m.hasGaps, m.hasApproximate, m.hasDerived],
    series: m.series.map((s) => [s.department, s.latest, s.baseYear, s.points.map((p) => [p.year, p.value, p.row?.rowId ?? null])]),
  };
}

describe('the trend rows picked before any row object is made', () => {
  it('give the same chart as every row of the indicator, for any range, datasets and mode', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const t = randomTable(seed, 30 + seed * 3);
      const r = seededRandom(seed + 50);
      const from = 2016 + Math.floor(r() * 4);
      const filter: RowFilter = {
        indicators: [indicator.id],
        yearFrom: from,
        yearTo: from + 2 + Math.floor(r() * 5),
        ...(r() < 0.4 ? { datasets: ['ds2'] } : {}),
      };
      const mode = MODES[seed % MODES.length]!;
      const all = selectRows(t, filter);
      const picked = trendRows(t, filter);
      expect(picked.departments.length).toBeGreaterThan(DEFAULT_MAX_SERIES);
      expect(picked.rows.length).toBeLessThan(all.length);
      const years = [filter.yearFrom!, filter.yearTo!] as const;
      const full = buildTrendModel({ rows: all, indicator, departments: [...new Set(all.map((x) => x.department))], years, mode });
      const fast = buildTrendModel({
        rows: picked.rows,
        reportedYears: picked.years,
        indicator,
        departments: picked.departments,
        years,
        mode,
      });
      expect(full.capped).toBe(true);
      expect(drawn(fast)).toEqual(drawn(full));
    }
  });

  it('keeps every row when the departments are chosen or few', () => {
    const t = randomTable(3, 12);
    const filter: RowFilter = { indicators: [indicator.id], yearFrom: 2016, yearTo: 2024 };
    expect(trendRows(t, filter).rows).toEqual(selectRows(t, filter));
    const chosen = { ...randomTable(4, 40) };
    const some = { ...filter, departments: chosen.departments.slice(0, 25) };
    expect(trendRows(chosen, some).rows).toEqual(selectRows(chosen, some));
  });
});
