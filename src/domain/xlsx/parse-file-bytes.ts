// Any imported file's bytes: a workbook by its bytes (zip or compound file), else CSV text,
// whatever the file's name says (a CSV named .xlsx is read as CSV).
import { parseImportBytes } from '../csv/parse-import';
import type { ImportOptions, ParsedImport } from '../csv/import-types';
import { parseWorkbook, type SheetLib } from './parse-workbook';
import { workbookKind } from './sniff-workbook';

/** Synchronous (Node: tests and `npm run validate`); the worker uses the async variants. */
export function parseFileBytes(bytes: Uint8Array, opts: ImportOptions, lib: SheetLib): ParsedImport {
  return workbookKind(bytes) === 'text' ? parseImportBytes(bytes, opts) : parseWorkbook(bytes, opts, lib);
}
