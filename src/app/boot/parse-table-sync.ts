// Node (`npm run pack`, tests): a table pack parsed in this thread, with the SheetJS the
// caller loaded, exactly as the import worker parses it in the page.
import { parseFileBytes } from '../../domain/xlsx/parse-file-bytes';
import type { SheetLib } from '../../domain/xlsx/parse-workbook';
import type { ParseTable } from './pack-readers';

export function parseTableWith(lib: SheetLib): ParseTable {
  return (bytes, fileName, catalog) =>
    Promise.resolve({ parsed: parseFileBytes(bytes, { fileName, catalog, allowCustomIndicators: true }, lib), inWorker: false });
}
