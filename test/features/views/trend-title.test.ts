// The year range in a chart's title is the years it draws: the departments' data within the
// filter, not the filter's range (a filter of 2015–2024 over reports of 2019–2023 says 2019—2023).
import { describe, expect, it } from 'vitest';
import { buildTrendOption } from '../../../src/domain/charts/options/trend-option';
import { buildTableModel } from '../../../src/domain/charts/models/table-model';
import { tableSummary } from '../../../src/domain/charts/summary';
import { shownYearRange, trendTitle } from '../../../src/features/views/view-context';
import type { Translate } from '../../../src/i18n/i18n';
import { zhTable } from '../../../src/i18n/registry';
import { en as english } from '../../../src/i18n/messages/core.en';
import { catalog, common, datasets, departments, row } from '../../domain/charts/fixtures';

const translate =
  (table: Record<string, string>): Translate =>
  (key, vars = {}) =>
    Object.entries(vars).reduce((s, [k, v]) => s.split(`{${k}}`).join(String(v)), table[key] ?? key);
const zh = translate(zhTable);
const en = translate(english);

const indicator = catalog.get('normative_docs_cleaned')!;
const filter = [2015, 2024] as const;
const rows = [2019, 2020, 2023].flatMap((year) => [row('司法局', indicator.id, year, 5), row('财政局', indicator.id, year, 7)]);

/** The years the trend of these rows draws (its model's), over the filter's range. */
const drawnYears = (drawn: typeof rows) =>
  buildTrendOption({
    ...common,
    rows: drawn,
    indicator,
    departments: [],
    years: filter,
    mode: 'absolute',
    layout: 'single',
    sharedY: false,
  }).model.years;

describe('trend title years', () => {
  it("states the data's first and last year within the filter, in zh and en", () => {
    const years = shownYearRange(drawnYears(rows), filter);
    expect(years).toEqual([2019, 2023]);
    expect(trendTitle(zh, 'zh', indicator, indicator.unit, years)).toBe('清理规范性文件数（件）2019—2023年趋势');
    expect(trendTitle(en, 'en', indicator, indicator.unit, years)).toMatch(/\(items\), 2019–2023$/);
  });

  it('names one year once, and falls back to the filter when nothing is drawn', () => {
    const single = drawnYears([row('司法局', indicator.id, 2021, 5)]);
    expect(trendTitle(zh, 'zh', indicator, indicator.unit, shownYearRange(single, filter))).toBe('清理规范性文件数（件）2021年趋势');
    expect(shownYearRange([], filter)).toEqual([2015, 2024]);
  });

  it('the data table speaks of the years that hold figures', () => {
    const m = buildTableModel({ rows, indicators: catalog.indicators, datasets, departments, lang: 'zh', years: [...filter] });
    expect(shownYearRange(m.years, filter)).toEqual([2019, 2023]);
    expect(tableSummary(m, 'zh')).toContain('2019—2023年');
    expect(tableSummary(m, 'zh')).not.toContain('2015');
  });
});
