// Protocol of the import worker (discriminated unions; ids pair requests and replies).
import type { ObservationColumns } from '../domain/observations/columns';
import type { ParsedImport } from '../domain/csv/parse-import';
import { isPackedStrings } from '../domain/text/packed-strings';
import type { Indicator } from '../domain/types';

export type ImportRequest =
  | {
      type: 'parse';
      id: number;
      /** The file's bytes, transferred (the caller's buffer is detached). */
      bytes: ArrayBuffer;
      fileName: string;
      encoding?: string;
      allowCustomIndicators?: boolean;
      /** The page's catalog (bundled and custom indicators). */
      indicators: readonly Indicator[];
      /** alias → canonical department name. */
      departmentAliases: [string, string][];
    }
  | { type: 'cancel'; id: number };

export type ImportResponse =
  | { type: 'progress'; id: number; rows: number; fraction: number }
  /** The result's typed arrays are transferred; its text dictionaries are packed (string-dict.ts). */
  | { type: 'done'; id: number; result: ParsedImport }
  /** `cancelled` is set when the request was cancelled rather than failed. */
  | { type: 'error'; id: number; message: string; cancelled?: boolean };

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
