// Downloads CSV text parts in the chosen encoding; returns the characters GBK lacks
// (empty for UTF-8) so that the caller can warn about them.
import { encodeCsv, type CsvEncoding } from '../../domain/export/csv-encoding';
import type { CsvForm, IndicatorById } from '../../domain/export/people-csv';
import type { Observation } from '../../domain/types';
import { safeFileName, saveBlob } from '../../image-export/save-file';

export function saveCsv(textParts: Iterable<string>, fileName: string, encoding: CsvEncoding): string[] {
  const encoded = encodeCsv(textParts, encoding);
  saveBlob(new Blob(encoded.parts, { type: encoded.mime }), safeFileName(fileName));
  return encoded.outsideGbk;
}

/** The rows as CSV text parts in the chosen layout; the writers load on first use. */
export async function csvTextParts(rows: readonly Observation[], form: CsvForm, byId: IndicatorById): Promise<Iterable<string>> {
  if (form === 'machine') return (await import('../../domain/csv/write-csv')).observationsToCsvParts(rows);
  const people = await import('../../domain/export/people-csv');
  return form === 'wide' ? [people.wideCsv(rows, byId)] : people.peopleCsvParts(rows, byId);
}
