// The row shape the analysis views work on: one observation, already filtered
// down to what a chart shows, with everything a tooltip or table needs.
import type { Qualifier } from '../types';

export interface ChartRow {
  /** Stable id of the stored row (for opening its source and loading its evidence). */
  rowId: number;
  department: string;
  year: number;
  indicatorId: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  derived: boolean;
  datasetId: string;
  /** Present once the text part has been loaded; undefined while loading. */
  evidence?: string;
  indicatorText?: string;
}

/** Department metadata the views group and filter by. */
export interface DepartmentInfo {
  name: string;
  region: string;
  type: string;
}

/** Dataset metadata the views need for badges and source lines. */
export interface DatasetInfo {
  id: string;
  name: string;
  kind: 'sample' | 'imported' | 'simulated' | 'extracted';
}
