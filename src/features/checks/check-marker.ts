// Marks of flagged figures, in words and drawn, for one language: what the views, the data
// table, the exports and the briefing ask. Loaded on first use (use-check-marker.ts), so none of
// it weighs on the first chart.
import type { EChartsOption } from 'echarts';
import type { Catalog } from '../../domain/catalog/catalog';
import { markChartOption, type CellPrefilter, type ChartMark, type RowAt } from '../../domain/charts/check-marks';
import { indicatorLabel } from '../../domain/charts/common';
import {
  indexFindings,
  indexFindingsSliced,
  markLookup,
  mayBeFlagged,
  type CheckMark,
  type FigureRef,
  type FindingIndex,
  type MarkLookup,
} from '../../domain/checks/finding-index';
import { nextTask } from '../../domain/steps';
import type { CheckTable } from '../../domain/checks/check-table';
import type { CheckNotes } from '../../domain/checks/notes';
import type { Finding, UnlistedFindings } from '../../domain/checks/types';
import type { CheckCellsOf } from '../../domain/export/check-columns';
import { markExplanation, markText, type IndicatorLabel, type MarkText } from '../../i18n/check-mark-text';
import type { Lang, Translate } from '../../i18n/i18n';
import type { ExportSpec } from '../export/export-spec';

export interface CheckMarker {
  /** The mark of a figure (null: not flagged). */
  mark: MarkLookup;
  /** The mark in words. */
  text: (m: CheckMark) => MarkText;
  /**
   * A chart option with its flagged figures marked (the view's `rowAt` finds a point's row;
   * `rowIdAt`, when given, its table row, to pass over unflagged heatmap cells quickly).
   */
  chart: (option: EChartsOption, rowAt: RowAt, rowIdAt?: CellPrefilter['rowIdAt']) => EChartsOption;
  /** The 核查 cells of exports. */
  cells: CheckCellsOf;
  /** An export of a chart with its images marked and its data with the 核查 columns (`rowAt`: the view's, unless the spec has its own). */
  spec: (spec: ExportSpec, rowAt: RowAt) => ExportSpec;
}

/** Indexes a table's findings once; the marker is then made for the current explanations and language. */
export function indexedMarker(findings: readonly Finding[], table: CheckTable, unlisted?: UnlistedFindings) {
  return markerOf(indexFindings(findings, table, unlisted));
}

/** The same, indexed in slices of a few ms (on the page: at 1M one task was 70–110 ms at 0.6 cores). */
export async function indexedMarkerSliced(findings: readonly Finding[], table: CheckTable, unlisted?: UnlistedFindings) {
  return markerOf(await indexFindingsSliced(findings, table, unlisted, nextTask));
}

function markerOf(index: FindingIndex) {
  const mayMark = (rowId: number) => mayBeFlagged(index, rowId);
  return (notes: CheckNotes, t: Translate, lang: Lang, catalog: Catalog) =>
    createCheckMarker(markLookup(index, notes), mayMark, t, lang, catalog);
}

function createCheckMarker(lookup: MarkLookup, mayMark: CellPrefilter['mayMark'], t: Translate, lang: Lang, catalog: Catalog): CheckMarker {
  const label: IndicatorLabel = (id) => indicatorLabel(catalog.resolve(id), lang);
  const text = (m: CheckMark) => markText(m, t, label);
  const chartMark = (f: FigureRef): ChartMark | null => {
    const m = lookup(f);
    if (!m) return null;
    // Put in words when asked (a badge, a tooltip): the matrix outlines its flagged cells
    // by status alone, hundreds of them on every filter change.
    let words: MarkText | undefined;
    const said = () => (words ??= text(m));
    return {
      status: m.status,
      get badge() {
        return said().status;
      },
      get heading() {
        return said().heading;
      },
      get lines() {
        return said().lines;
      },
    };
  };
  const chart = (option: EChartsOption, rowAt: RowAt, rowIdAt?: CellPrefilter['rowIdAt']) =>
    markChartOption(option, rowAt, chartMark, rowIdAt ? { rowIdAt, mayMark } : undefined);
  const cells: CheckCellsOf = (f) => {
    const m = lookup(f);
    return m ? { status: text(m).status, explanation: markExplanation(m, t, label) } : null;
  };
  return {
    mark: lookup,
    text,
    chart,
    cells,
    spec: (spec, viewRowAt) => {
      const rowAt = spec.rowAt ?? viewRowAt;
      const pages = spec.buildPages;
      return {
        ...spec,
        buildOption: (size) => chart(spec.buildOption(size), rowAt),
        ...(pages ? { buildPages: (size) => pages(size).map((p) => ({ option: chart(p.option, p.rowAt ?? rowAt) })) } : {}),
        checks: cells,
      };
    },
  };
}
