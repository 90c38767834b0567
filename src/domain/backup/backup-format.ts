// The workspace backup file: everything a user has in the app (datasets with every
// observation, its evidence and provenance; report texts; the department registry;
// custom indicators; settings), versioned so that later versions can still read it.
//
//   { format: 'fazhi-dashboard-backup', version: 1, createdAt, datasets: [{ meta, observations }],
//     documents, departments, indicators, settings }
//
// Observations are stored column by column with string dictionaries (a million rows
// stay a few arrays of numbers), independent of the database's internal codes.
import type { DatasetMeta, Department, Indicator, Observation, SourceDocument } from '../types';

export const BACKUP_FORMAT = 'fazhi-dashboard-backup';
export const BACKUP_VERSION = 1;

export interface BackupObservations {
  count: number;
  dictionaries: {
    department: string[];
    indicator: string[];
    unit: string[];
    qualifier: string[];
    indicatorText: string[];
    evidence: string[];
    file: string[];
  };
  columns: {
    department: number[];
    indicator: number[];
    year: number[];
    value: number[];
    unit: number[];
    qualifier: number[];
    /** 1 = derived value. */
    derived: number[];
    indicatorText: number[];
    evidence: number[];
    line: number[];
    start: number[];
    end: number[];
    file: number[];
  };
}

export interface BackupDataset {
  meta: DatasetMeta;
  observations: BackupObservations;
}

export interface SettingEntry {
  key: string;
  value: unknown;
}

export interface WorkspaceBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO date and time the backup was made. */
  createdAt: string;
  datasets: BackupDataset[];
  documents: SourceDocument[];
  departments: Department[];
  indicators: Indicator[];
  settings: SettingEntry[];
}

/** What a workspace holds, as read from the database. */
export interface WorkspaceContent {
  datasets: { meta: DatasetMeta; observations: readonly Observation[] }[];
  documents: SourceDocument[];
  departments: Department[];
  indicators: Indicator[];
  settings: SettingEntry[];
}

class Dict {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  code(v: string): number {
    let c = this.index.get(v);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v);
      this.index.set(v, c);
    }
    return c;
  }
}

export function encodeObservations(rows: readonly Observation[]): BackupObservations {
  const d = {
    department: new Dict(),
    indicator: new Dict(),
    unit: new Dict(),
    qualifier: new Dict(),
    indicatorText: new Dict(),
    evidence: new Dict(),
    file: new Dict(),
  };
  const n = rows.length;
  const col = () => new Array<number>(n);
  const c = {
    department: col(),
    indicator: col(),
    year: col(),
    value: col(),
    unit: col(),
    qualifier: col(),
    derived: col(),
    indicatorText: col(),
    evidence: col(),
    line: col(),
    start: col(),
    end: col(),
    file: col(),
  };
  rows.forEach((o, i) => {
    c.department[i] = d.department.code(o.department);
    c.indicator[i] = d.indicator.code(o.indicatorId);
    c.year[i] = o.year;
    c.value[i] = o.value;
    c.unit[i] = d.unit.code(o.unit);
    c.qualifier[i] = d.qualifier.code(o.qualifier);
    c.derived[i] = o.derived ? 1 : 0;
    c.indicatorText[i] = d.indicatorText.code(o.indicatorText);
    c.evidence[i] = d.evidence.code(o.evidence);
    c.line[i] = o.source.line;
    c.start[i] = o.source.start;
    c.end[i] = o.source.end;
    c.file[i] = d.file.code(o.source.file ?? '');
  });
  return {
    count: n,
    dictionaries: {
      department: d.department.values,
      indicator: d.indicator.values,
      unit: d.unit.values,
      qualifier: d.qualifier.values,
      indicatorText: d.indicatorText.values,
      evidence: d.evidence.values,
      file: d.file.values,
    },
    columns: c,
  };
}

/** The observations back (the input must have passed validateBackup). */
export function decodeObservations(b: BackupObservations): Observation[] {
  const { dictionaries: d, columns: c } = b;
  const out = new Array<Observation>(b.count);
  for (let i = 0; i < b.count; i++) {
    const file = d.file[c.file[i]!]!;
    const source: Observation['source'] = { line: c.line[i]!, start: c.start[i]!, end: c.end[i]! };
    if (file) source.file = file;
    out[i] = {
      department: d.department[c.department[i]!]!,
      year: c.year[i]!,
      indicatorId: d.indicator[c.indicator[i]!]!,
      indicatorText: d.indicatorText[c.indicatorText[i]!]!,
      value: c.value[i]!,
      unit: d.unit[c.unit[i]!]!,
      qualifier: d.qualifier[c.qualifier[i]!]! as Observation['qualifier'],
      derived: c.derived[i] === 1,
      evidence: d.evidence[c.evidence[i]!]!,
      source,
    };
  }
  return out;
}

export function buildBackup(content: WorkspaceContent, now: Date = new Date()): WorkspaceBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    datasets: content.datasets.map((d) => ({ meta: d.meta, observations: encodeObservations(d.observations) })),
    documents: content.documents,
    departments: content.departments,
    indicators: content.indicators,
    settings: content.settings,
  };
}
