// The text columns with their dictionaries packed (see string-dict.ts), as the import
// worker posts them: the page then receives a few buffers instead of a million strings.
import type { TextColumns } from './columns';
import { packDict } from './string-dict';

export function packTextColumns(t: TextColumns): TextColumns {
  return { ...t, indicatorTexts: packDict(t.indicatorTexts), evidences: packDict(t.evidences), files: packDict(t.files) };
}
