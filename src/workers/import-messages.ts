// Protocol of the import worker (discriminated unions; ids pair requests and replies).
import type { ObservationColumns } from '../domain/observations/columns';
import type { ParsedImport } from '../domain/csv/parse-import';

export type ImportRequest =
  | {
      type: 'parse';
      id: number;
      /** The file's bytes, transferred (the caller's buffer is detached). */
      bytes: ArrayBuffer;
      fileName: string;
      encoding?: string;
      allowCustomIndicators?: boolean;
      catalogCsv: string;
      /** alias → canonical department name. */
      departmentAliases: [string, string][];
    }
  | { type: 'cancel'; id: number };

export type ImportResponse =
  | { type: 'progress'; id: number; rows: number; fraction: number }
  /** The result's typed arrays are transferred. */
  | { type: 'done'; id: number; result: ParsedImport }
  /** `cancelled` is set when the request was cancelled rather than failed. */
  | { type: 'error'; id: number; message: string; cancelled?: boolean };

/** The buffers of all typed arrays in the columns, for the transfer list. */
export function columnBuffers(c: ObservationColumns): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const part of [c.numeric, c.text] as const) {
    for (const v of Object.values(part)) {
      if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
    }
  }
  return [...out];
}
