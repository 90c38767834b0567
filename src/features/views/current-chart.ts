// The chart the user is looking at, with its 解读 as shown (edited or generated), for the
// briefing of the current view. The 解读 panel under each chart keeps it current; the view
// without a chart (the data table) leaves it empty. A module-level value, not React state:
// the briefing reads it once when it is generated, and nothing re-renders when it changes.
import type { NarrativeSource } from '../../domain/narrative/view-narrative';
import type { ExportSpec } from '../export/export-spec';

export interface CurrentChart {
  title: string;
  spec: ExportSpec;
  /** Height of the chart on screen in pixels (the briefing keeps its proportions). */
  height: number;
  /** The model the chart draws: the briefing writes its 解读 (and a ranking's table) from it. */
  source: NarrativeSource;
  /** The 解读 as the user edited it, which the briefing then uses instead. */
  edited: string | null;
}

let current: CurrentChart | null = null;

export function setCurrentChart(chart: CurrentChart | null): void {
  current = chart;
}

export function currentChart(): CurrentChart | null {
  return current;
}
