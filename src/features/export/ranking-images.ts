// A ranking's images for an export: every department, never the on-screen scroll window;
// paged when the bars do not fit one image (domain/charts/options/ranking-export.ts).
import { buildRankingExportPages, rankingRowAt } from '../../domain/charts/options/ranking-export';
import type { RowAt } from '../../domain/charts/check-marks';
import type { RankingInput } from '../../domain/charts/options/ranking-option';
import type { RankingModel } from '../../domain/charts/models/ranking-model';
import type { ImageSize } from '../../image-export/image-size';
import type { ExportSpec } from './export-spec';

/**
 * `inputAt` gives the ranking's input with an export's titles; `modelOf` the ranking it draws,
 * asked for on the first export only (the data table builds its ranking for its image alone).
 */
export function rankingImages(
  inputAt: (size: ImageSize, model: RankingModel) => RankingInput,
  modelOf: () => RankingModel,
): Pick<ExportSpec, 'buildOption' | 'buildPages'> & { rowAt: RowAt } {
  let kept: RankingModel | undefined;
  const model = () => (kept ??= modelOf());
  const pages = (size: ImageSize) => buildRankingExportPages(inputAt(size, model()), model(), size);
  return { buildOption: (size) => pages(size)[0]!.option, buildPages: pages, rowAt: (p) => rankingRowAt(model())(p) };
}
