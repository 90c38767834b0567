// Downloads observations as an .xlsx workbook; the writer loads on first use.
import type { Observation } from '../../domain/types';
import { safeFileName, saveBlob } from '../../image-export/save-file';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function saveXlsx(
  rows: readonly Observation[],
  fileName: string,
  notes: { title: string; simulated: boolean },
): Promise<void> {
  const { observationsToXlsx } = await import('../../domain/export/observations-xlsx');
  const bytes = observationsToXlsx(rows, { ...notes, exportedAt: new Date() });
  saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), safeFileName(fileName));
}
