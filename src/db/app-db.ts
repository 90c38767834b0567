// The one IndexedDB database. Observations are stored as columnar chunks (see
// ARCHITECTURE.md): a numeric record per chunk that start-up reads in one go, and
// small text records (evidence, provenance) that are read only when a row is inspected.
import Dexie, { type Table } from 'dexie';
import type { DatasetMeta, Department, Indicator, SourceDocument } from '../domain/types';
import type { NumericColumns, TextColumns } from '../domain/observations/columns';

const DB_NAME = 'fazhi-dashboard';

/** Rows per numeric chunk; text is split further into TEXT_PART_ROWS-row parts. */
export const CHUNK_ROWS = 65536;
export const TEXT_PART_ROWS = 4096;

export interface NumericChunkRecord {
  id?: number;
  datasetId: string;
  seq: number;
  columns: NumericColumns;
  /** Rows superseded by a later import the user confirmed (1 = removed). */
  removed?: Uint8Array;
}

/**
 * Text of TEXT_PART_ROWS rows. Its dictionaries are string[] (parts written before packing,
 * restores, page-built imports) or packed UTF-16 code units + offsets (imports from the worker):
 * same schema, readers accept both (domain/observations/string-dict.ts).
 */
export interface TextPartRecord {
  chunkId: number;
  part: number;
  columns: TextColumns;
}

export type DepartmentRecord = Department;

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Start-up state that is derived from the store and never backed up (see store-version.ts). */
export interface StartupRecord {
  key: string;
  value: unknown;
}

export interface ImportLogRecord {
  id?: number;
  datasetId: string;
  at: number;
  action: 'import' | 'delete' | 'replace' | 'restore' | 'rename' | 'merge-departments';
  fileName: string;
  records: number;
  overwritten: number;
  committed: true;
}

/** The first schema, kept as it was: Dexie upgrades from it (and a test builds it). */
export const SCHEMA_V1 = {
  datasets: 'id, kind, importedAt',
  chunks: '++id, datasetId',
  texts: '[chunkId+part], chunkId',
  documents: 'id, datasetId',
  departments: 'name, region, type, *aliases',
  indicators: 'id',
  settings: 'key',
  importLog: '++id, datasetId, at',
};

export class AppDB extends Dexie {
  datasets!: Table<DatasetMeta, string>;
  chunks!: Table<NumericChunkRecord, number>;
  texts!: Table<TextPartRecord, [number, number]>;
  documents!: Table<SourceDocument, string>;
  departments!: Table<DepartmentRecord, string>;
  indicators!: Table<Indicator, string>;
  settings!: Table<SettingRecord, string>;
  importLog!: Table<ImportLogRecord, number>;
  startup!: Table<StartupRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Keep every historical version declaration; data changes go into .upgrade().
    this.version(1).stores(SCHEMA_V1);
    // Departments are read whole and filtered in memory: their indexes only slowed down
    // writing a city's thousands of departments.
    this.version(2).stores({ departments: 'name' });
    // The store version and the first view drawn at start-up: derived data, kept out of
    // `settings` so that backups neither carry nor restore them.
    this.version(3).stores({ startup: 'key' });
  }
}
