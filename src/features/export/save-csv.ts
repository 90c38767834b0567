// Downloads CSV text parts in the chosen encoding; returns the characters GBK lacks
// (empty for UTF-8) so that the caller can warn about them.
import type { CheckCellsOf } from '../../domain/export/check-columns';
import { encodeCsv, type CsvEncoding } from '../../domain/export/csv-encoding';
import type { CsvForm, IndicatorById } from '../../domain/export/people-csv';
import type { Observation } from '../../domain/types';
import { safeFileName, saveBlob } from '../../image-export/save-file';

export function saveCsv(textParts: Iterable<string>, fileName: string, encoding: CsvEncoding): string[] {
  const encoded = encodeCsv(textParts, encoding);
  saveBlob(new Blob(encoded.parts, { type: encoded.mime }), safeFileName(fileName));
  return encoded.outsideGbk;
}

/** The rows as CSV text parts in the chosen layout, with the 核查 columns when a figure is flagged; the writers load on first use. */
export async function csvTextParts(
  rows: readonly Observation[],
  form: CsvForm,
  byId: IndicatorById,
  checks?: CheckCellsOf,
): Promise<Iterable<string>> {
  const cols = await import('../../domain/export/check-columns');
  if (form === 'machine')
    return (await import('../../domain/csv/write-csv')).observationsToCsvParts(rows, {
      extra: cols.checkColumns(rows, checks, cols.CHECK_HEADER_MACHINE),
    });
  const people = await import('../../domain/export/people-csv');
  return form === 'wide'
    ? [people.wideCsv(rows, byId, cols.wideCheckColumns(rows, checks))]
    : people.peopleCsvParts(rows, byId, cols.checkColumns(rows, checks));
}
