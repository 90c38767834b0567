// Protocol of the import worker (discriminated unions; ids pair requests and replies).
import type { RowRef } from '../db/repositories/observations-repo';
import type { ObservationColumns } from '../domain/observations/columns';
import type { ParsedImport } from '../domain/csv/parse-import';
import type { CheckReport } from '../domain/checks/types';
import { isPackedStrings } from '../domain/text/packed-strings';
import type { DatasetMeta, Department, Indicator } from '../domain/types';

/** What the page asks the worker to write; the columns' buffers are transferred. */
export interface WorkerCommit {
  meta: DatasetMeta;
  columns: ObservationColumns;
  /** Rows of the columns to write, ascending; null for all of them. */
  keep: Uint32Array | null;
  supersede: RowRef[];
  departments: Department[];
  replaces?: string;
}

/**
 * A parsed file with the data checks over its own rows (row numbers are the import's rows),
 * or null for a file too big to check before the commit: the store checks it after.
 */
export type CheckedImport = ParsedImport & { checks?: CheckReport | null };

/** Where the worker's time went (ms), for profiles and the benchmark. */
export interface WorkerTimings {
  read: number;
  parse: number;
  pack: number;
}

/** What a parse job reads and with which catalog. */
export interface ParseJobInput {
  /** The file itself (read in the worker) or its bytes (transferred: the caller's buffer is detached). */
  source: Blob | ArrayBuffer;
  fileName: string;
  encoding?: string;
  allowCustomIndicators?: boolean;
  /** The page's catalog (bundled and custom indicators). */
  indicators: readonly Indicator[];
  /** alias → canonical department name. */
  departmentAliases: [string, string][];
  /** Workbooks: the sheets to import (default: every sheet with data). */
  sheets?: string[];
}

export type ImportRequest =
  | ({ type: 'parse'; id: number } & ParseJobInput)
  | { type: 'cancel'; id: number }
  /** Writes rows of parsed columns to IndexedDB in one transaction, from the worker. */
  | { type: 'commit'; id: number; commit: WorkerCommit };

export type ImportResponse =
  | { type: 'progress'; id: number; rows: number; fraction: number }
  /** The result's typed arrays are transferred; its text dictionaries are packed (string-dict.ts). */
  | { type: 'done'; id: number; result: ParsedImport; timings: WorkerTimings; checks: CheckReport | null }
  | { type: 'committed'; id: number }
  /** `cancelled`: the request was cancelled rather than failed; `name`: the error's name (QuotaExceededError…). */
  | { type: 'error'; id: number; message: string; cancelled?: boolean; name?: string };

/** The buffers of all typed arrays in the columns, packed dictionaries included, for the transfer list. */
export function columnBuffers(c: ObservationColumns): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (v: ArrayBufferView) => {
    if (v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  };
  for (const part of [c.numeric, c.text] as const) {
    for (const v of Object.values(part)) {
      if (ArrayBuffer.isView(v)) add(v);
      else if (isPackedStrings(v)) {
        add(v.units);
        add(v.offsets);
      }
    }
  }
  return [...out];
}
