// Downloads observations as an .xlsx workbook; the writer loads on first use.
import type { CheckCellsOf } from '../../domain/export/check-columns';
import type { Observation } from '../../domain/types';
import { safeFileName, saveBlob } from '../../image-export/save-file';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function saveXlsx(
  rows: readonly Observation[],
  fileName: string,
  notes: { title: string; simulated: boolean },
  checks?: CheckCellsOf,
): Promise<void> {
  const [{ observationsToXlsx }, { checkColumns }] = await Promise.all([
    import('../../domain/export/observations-xlsx'),
    import('../../domain/export/check-columns'),
  ]);
  const bytes = observationsToXlsx(rows, { ...notes, exportedAt: new Date() }, checkColumns(rows, checks));
  saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), safeFileName(fileName));
}
