// The chart data as people read it (「导出数据 CSV」's default): Chinese headers, indicator
// names instead of ids, and a wide 部门 × 年度 table. Both
// forms re-import unchanged through the app's CSV import: the headers are its aliases,
// the names resolve through the catalog, and an uncatalogued indicator is written
// 「目录外：名称」, which the importer reads back as that indicator.
import { CUSTOM_INDICATOR_PREFIX_ZH } from '../catalog/custom-indicator-name';
import { isOtherIndicator, OTHER_PREFIX } from '../catalog/catalog';
import { CSV_BOM, csvRow, type CsvValue, type ExtraColumns } from '../csv/write-csv';
import type { Indicator, Observation, Qualifier } from '../types';

export type CsvForm = 'people' | 'wide' | 'machine';

export const PEOPLE_HEADER = ['部门', '年度', '指标', '数值', '单位', '限定', '原文', '来源', '推算'] as const;

/** Looks an indicator up by id (the catalog's, or undefined for uncatalogued ids). */
export type IndicatorById = (id: string) => Indicator | undefined;

/** The name written for an indicator: its Chinese label, or 「目录外：名称」 when uncatalogued. */
export function indicatorName(id: string, byId: IndicatorById): string {
  const ind = byId(id);
  if (ind && !isOtherIndicator(id)) return ind.labelZh;
  return CUSTOM_INDICATOR_PREFIX_ZH + (isOtherIndicator(id) ? id.slice(OTHER_PREFIX.length) : id);
}

const SUFFIX: ReadonlySet<Qualifier> = new Set(['余', '多', '以上', '左右']);

/** 「约12」, 「10余」: a value with its qualifier, as the importer reads it. */
function qualifiedValue(value: number, qualifier: Qualifier): CsvValue {
  if (!qualifier) return value;
  return SUFFIX.has(qualifier) ? `${value}${qualifier}` : `${qualifier}${value}`;
}

/** Long form, one observation per row, Chinese headers (string parts for a Blob). */
export function* peopleCsvParts(rows: Iterable<Observation>, byId: IndicatorById, extra?: ExtraColumns<Observation>): Generator<string> {
  let part = CSV_BOM + csvRow(extra ? [...PEOPLE_HEADER, ...extra.header] : PEOPLE_HEADER);
  let n = 0;
  for (const o of rows) {
    part += csvRow([
      o.department,
      o.year,
      indicatorName(o.indicatorId, byId),
      o.value,
      o.unit,
      o.qualifier,
      o.evidence,
      o.source.file ?? '',
      o.derived ? '是' : '',
      ...(extra ? extra.cells(o) : []),
    ]);
    if (++n % 5000 === 0) {
      yield part;
      part = '';
    }
  }
  if (part) yield part;
}

/**
 * Wide form: one row per department (and indicator, when the chart shows several), in
 * the order given, one column per year; a year without a report stays empty, never 0.
 * Values keep their qualifier.
 */
export function wideCsv(rows: readonly Observation[], byId: IndicatorById, extra?: ExtraColumns<readonly Observation[]>): string {
  const years = [...new Set(rows.map((o) => o.year))].sort((a, b) => a - b);
  const col = new Map(years.map((y, i) => [y, i]));
  const byRow = new Map<string, { cells: CsvValue[]; group: Observation[] }>();
  for (const o of rows) {
    const key = `${o.department}\u0000${o.indicatorId}`;
    let r = byRow.get(key);
    if (!r) byRow.set(key, (r = { cells: [o.department, indicatorName(o.indicatorId, byId), o.unit, ...years.map(() => '')], group: [] }));
    r.cells[3 + col.get(o.year)!] = qualifiedValue(o.value, o.qualifier);
    r.group.push(o);
  }
  let s = CSV_BOM + csvRow(['部门', '指标', '单位', ...years.map((y) => `${y}年`), ...(extra?.header ?? [])]);
  for (const r of byRow.values()) s += csvRow(extra ? [...r.cells, ...extra.cells(r.group)] : r.cells);
  return s;
}
