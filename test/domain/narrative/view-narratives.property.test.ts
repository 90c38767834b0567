// Every number in the 解读 of the trend, matrix and profile charts is recomputed here from the
// rows, independently of the narrative code, over generated datasets (gaps, zeros, one
// department, ties, qualifiers, derived values, rates and counts); and every linked number is
// either one row's value or computed from rows of the chart.
import { describe, expect, it } from 'vitest';
import { buildMatrixModel } from '../../../src/domain/charts/models/matrix-model';
import { buildProfileModel } from '../../../src/domain/charts/models/profile-model';
import { buildTrendModel } from '../../../src/domain/charts/models/trend-model';
import { matrixFacts } from '../../../src/domain/narrative/matrix-facts';
import { matrixNarrative } from '../../../src/domain/narrative/matrix-narrative';
import { plainText, type NarrativeSentence } from '../../../src/domain/narrative/narrative-text';
import { profileFacts } from '../../../src/domain/narrative/profile-facts';
import { profileNarrative } from '../../../src/domain/narrative/profile-narrative';
import { trendFacts } from '../../../src/domain/narrative/trend-facts';
import { trendNarrative } from '../../../src/domain/narrative/trend-narrative';
import type { ChartRow } from '../../../src/domain/observations/chart-row';
import { rowColumnsOfRows } from '../../../src/domain/observations/row-columns';
import { seededRandom } from '../../../src/domain/random';
import type { Indicator, Qualifier } from '../../../src/domain/types';
import { checkLinks, count, exact, linksIn, NAMES, numbersIn, pct, rate, reviews, row } from './narrative-fixtures';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

function generate(rnd: () => number, indicators: Indicator[], departments: string[], years: number[]): ChartRow[] {
  const rows: ChartRow[] = [];
  // Some datasets have few distinct values, so that ties happen.
  const few = rnd() < 0.3;
  for (const ind of indicators)
    for (const d of departments)
      for (const y of years) {
        if (rnd() < 0.3) continue; // a gap: not reported
        const v =
          ind.unit === '%'
            ? few
              ? 90 + Math.floor(rnd() * 3) * 5
              : Math.round(rnd() * 1000) / 10
            : rnd() < 0.1
              ? 0
              : few
                ? Math.floor(rnd() * 3)
                : Math.floor(rnd() * 500);
        const q: Qualifier = rnd() < 0.1 ? (rnd() < 0.5 ? '约' : '余') : '';
        rows.push(row(d, y, v, ind, q, { derived: rnd() < 0.05 }));
      }
  return rows;
}

const pick = <T>(rnd: () => number, list: readonly T[], min = 1) => list.slice(0, min + Math.floor(rnd() * (list.length - min + 1)));

/** Every number of the text is allowed; every link is one row's value or computed from the chart's rows. */
function check(zh: NarrativeSentence[], en: NarrativeSentence[], rows: ChartRow[], allowed: Set<number>) {
  for (const [lang, sentences] of [
    ['zh', zh],
    ['en', en],
  ] as const) {
    const text = plainText(sentences, lang);
    expect(sentences.length, text).toBeLessThanOrEqual(4);
    for (const n of numbersIn(text)) expect(allowed, `${n} in «${text}»`).toContain(n);
  }
  checkLinks([...zh, ...en], rows);
}

const byDepartment = (rows: ChartRow[]) => {
  const m = new Map<string, ChartRow[]>();
  for (const r of [...rows].sort((a, b) => a.year - b.year)) m.set(r.department, [...(m.get(r.department) ?? []), r]);
  return m;
};

/** Consecutive same-sign yearly changes ending at the last row. */
function runLength(rows: ChartRow[]): number {
  let n = 0;
  let sign = 0;
  for (let k = rows.length - 1; k > 0 && rows[k - 1]!.year === rows[k]!.year - 1; k--) {
    const s = Math.sign(rows[k]!.value - rows[k - 1]!.value);
    if (!s || (sign && s !== sign)) break;
    sign = s;
    n++;
  }
  return n;
}

describe('解读 of every view states only numbers the data hold (generated datasets)', () => {
  it('trend: values, first → last changes, totals of the same departments, runs, years', () => {
    const rnd = seededRandom(20261205);
    for (let trial = 0; trial < 300; trial++) {
      const ind = rnd() < 0.4 ? rate : count;
      const depts = pick(rnd, NAMES);
      const rows = generate(rnd, [ind], depts, YEARS);
      const m = buildTrendModel({ rows, indicator: ind, departments: depts, years: [2019, 2024], mode: 'absolute' });
      const sentences = trendNarrative(trendFacts(m), ind.labelZh, 'zh');
      const en = trendNarrative(trendFacts(m), ind.labelEn, 'en');
      const allowed = new Set<number>([...YEARS, depts.length, ...rows.map((r) => r.value)]);
      const series = byDepartment(rows);
      const years = rows.map((r) => r.year);
      const [from, to] = [Math.min(...years), Math.max(...years)];
      allowed.add(series.size).add([...series.values()].filter((s) => s.length < to - from + 1).length);
      for (const s of series.values()) {
        const [a, b] = [s[0]!, s[s.length - 1]!];
        allowed.add(Math.abs(exact(b.value - a.value)));
        if (ind === count && a.value > 0) allowed.add(pct(a.value, b.value));
        allowed.add(runLength(s));
      }
      const sum = (y: number) => exact(rows.filter((r) => r.year === y).reduce((t, r) => t + r.value, 0));
      if (ind === count) {
        allowed.add(sum(from)).add(sum(to));
        if (sum(from) > 0) allowed.add(pct(sum(from), sum(to)));
      }
      check(sentences, en, rows, allowed);
      // A rate is never summed.
      if (ind === rate) expect(plainText(sentences, 'zh')).not.toContain('合计');
    }
  });

  it('matrix: cells, coverage, first places by direction, gaps', () => {
    const rnd = seededRandom(7);
    for (let trial = 0; trial < 300; trial++) {
      const indicators = [count, rate, reviews];
      const rows = generate(rnd, indicators, pick(rnd, NAMES), [2023, 2024]);
      const src = rowColumnsOfRows(rows);
      const now = rows.filter((r) => r.year === 2024);
      const depts = [...new Set(now.map((r) => r.department))];
      // As the view: the rows of the matrix are the departments with a value this year.
      const departments = depts.map((name) => ({ name, region: '', type: '' }));
      const m = buildMatrixModel({ rows: src, indicators, departments, year: 2024, colourBy: 'rank' });
      const facts = matrixFacts(m, src);
      const inds = indicators.filter((i) => now.some((r) => r.indicatorId === i.id));
      const R = depts.length;
      const C = inds.length;
      const allowed = new Set<number>([2023, 2024, R, C, R * C, now.length, R * C - now.length]);
      const firsts = new Map<string, number>();
      for (const ind of inds) {
        const col = now.filter((r) => r.indicatorId === ind.id);
        allowed.add(col.length);
        const values = col.map((r) => r.value);
        const best = ind.direction === 'down' ? Math.min(...values) : Math.max(...values);
        if (col.length > 1) for (const r of col) if (r.value === best) firsts.set(r.department, (firsts.get(r.department) ?? 0) + 1);
      }
      for (const n of firsts.values()) allowed.add(n);
      for (const d of depts) allowed.add(C - now.filter((r) => r.department === d).length);
      check(matrixNarrative(facts, 'zh'), matrixNarrative(facts, 'en'), rows, allowed);
      // The count of cells with a value links to all of them (the first listed, the rest counted).
      const reported = linksIn(matrixNarrative(facts, 'zh'))[0];
      if (now.length) expect(reported!.rows.length + reported!.more).toBe(now.length);
    }
  });

  it('profile: indicators reported, changes on the year before, counts of rises and falls', () => {
    const rnd = seededRandom(99);
    for (let trial = 0; trial < 300; trial++) {
      const indicators = [count, rate, reviews];
      const names = pick(rnd, NAMES);
      const rows = generate(rnd, indicators, names, [2021, 2022, 2023, 2024]);
      const departments = names.map((name) => ({ name, region: '', type: '职能部门' }));
      const m = buildProfileModel({ rows, department: names[0]!, departments, indicators });
      const facts = profileFacts(m);
      const own = rows.filter((r) => r.department === names[0]);
      if (!own.length) {
        expect(facts).toBeNull();
        continue;
      }
      const Y = Math.max(...own.map((r) => r.year));
      const allowed = new Set<number>([Y, Y - 1, ...own.map((r) => r.value)]);
      const at = (id: string, y: number) => own.find((r) => r.indicatorId === id && r.year === y);
      const both = indicators.filter((i) => at(i.id, Y) && at(i.id, Y - 1));
      const delta = (i: Indicator) => exact(at(i.id, Y)!.value - at(i.id, Y - 1)!.value);
      allowed
        .add(own.filter((r) => r.year === Y).length)
        .add(both.length)
        .add(both.filter((i) => delta(i) > 0).length)
        .add(both.filter((i) => delta(i) < 0).length)
        .add(both.filter((i) => delta(i) === 0).length);
      for (const i of both) {
        allowed.add(Math.abs(delta(i)));
        if (i.unit !== '%' && at(i.id, Y - 1)!.value > 0) allowed.add(pct(at(i.id, Y - 1)!.value, at(i.id, Y)!.value));
      }
      check(profileNarrative(facts, 'zh'), profileNarrative(facts, 'en'), rows, allowed);
    }
  });
});
