// Inputs and outputs shared by every chart builder.
import type { EChartsOption } from 'echarts';
import type { DatasetInfo, ChartRow } from '../observations/chart-row';
import type { Indicator } from '../types';
import type { PaletteName } from '../metrics/colour-scale';
import type { Lang } from './labels';

/** Title block drawn into the chart (for exports); on screen the app draws its own. */
export interface ChartTitles {
  title: string;
  subtitle: string;
  /** Names of the datasets the chart shows, for the footer 「数据来源：…」. */
  sources: readonly string[];
  /** Export date for the footer, e.g. 2026-11-23. */
  date: string;
  /** Width of the exported image in px: the footer wraps within it. */
  width: number;
}

/** Reads these rows' evidence and gives it to them (tooltip-evidence.ts; resolves once the next formatting shows it). */
export type ReadEvidence = (rows: readonly ChartRow[]) => Promise<void>;

export interface CommonChartInput {
  lang: Lang;
  palette: PaletteName;
  /** Repeat colour meaning with ECharts decal patterns (colour-blind aid). */
  decal: boolean;
  datasets: readonly DatasetInfo[];
  titles?: ChartTitles;
  /** Reads the evidence a tooltip shows, when it is shown (none: the tooltip says it is loading). */
  readEvidence?: ReadEvidence;
}

export interface BuiltChart<M> {
  /** Complete option: set it with `notMerge: true`. */
  option: EChartsOption;
  /** Plain-text description for aria-label. */
  summary: string;
  model: M;
  /** Height in px at which the chart reads well (more for many bars or grids). */
  height: number;
}

export type DatasetLookup = ReadonlyMap<string, DatasetInfo>;

export function datasetLookup(datasets: readonly DatasetInfo[]): DatasetLookup {
  const m = new Map<string, DatasetInfo>();
  for (const d of datasets) m.set(d.id, d);
  return m;
}

/** Whether any of the rows comes from a simulated (demo) dataset. */
export function hasSimulated(rows: Iterable<ChartRow>, datasets: DatasetLookup): boolean {
  return anySimulated(datasetIdsOf(rows), datasets);
}

function* datasetIdsOf(rows: Iterable<ChartRow>): Iterable<string> {
  for (const r of rows) yield r.datasetId;
}

/** Whether any of the dataset ids is a simulated (demo) dataset. */
export function anySimulated(datasetIds: Iterable<string>, datasets: DatasetLookup): boolean {
  for (const id of datasetIds) if (datasets.get(id)?.kind === 'simulated') return true;
  return false;
}

/** Indicator label in the chart language. */
export function indicatorLabel(ind: Indicator, lang: Lang): string {
  return lang === 'en' ? ind.labelEn || ind.labelZh : ind.labelZh || ind.labelEn;
}

/** Rows grouped as department → year → row (last row of a pair wins). */
export function byDepartmentYear(rows: readonly ChartRow[]): Map<string, Map<number, ChartRow>> {
  const m = new Map<string, Map<number, ChartRow>>();
  for (const r of rows) {
    let d = m.get(r.department);
    if (!d) m.set(r.department, (d = new Map<number, ChartRow>()));
    d.set(r.year, r);
  }
  return m;
}

/** The fallback indicator for an id missing from the given list (as Catalog.resolve builds it). */
export function fallbackIndicator(id: string, text: string | undefined, unit: string): Indicator {
  const label = text || (id.startsWith('other:') ? id.slice('other:'.length) : id);
  return { id, category: '其他', labelZh: label, labelEn: label, unit, direction: 'neutral', aliases: [], custom: true };
}
