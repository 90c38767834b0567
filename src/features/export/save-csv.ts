// Downloads CSV text parts in the chosen encoding; returns the characters GBK lacks
// (empty for UTF-8) so that the caller can warn about them.
import { encodeCsv, type CsvEncoding } from '../../domain/export/csv-encoding';
import { safeFileName, saveBlob } from '../../image-export/save-file';

export function saveCsv(textParts: Iterable<string>, fileName: string, encoding: CsvEncoding): string[] {
  const encoded = encodeCsv(textParts, encoding);
  saveBlob(new Blob(encoded.parts, { type: encoded.mime }), safeFileName(fileName));
  return encoded.outsideGbk;
}
