// English for messages/views.ts: loaded only when the interface switches to English.
import type { zh } from './views';

export const en: Record<keyof typeof zh, string> = {
  viewsTableCount: '{rows} rows · {values} values',
  viewsStartTitle: 'No data yet',
  viewsStartIntro: 'Every dataset has been deleted. Start in one of these ways:',
  viewsStartImport: 'Import a CSV or Excel table (department, year, indicator, value)',
  viewsStartExtract: 'Extract the figures from the full text of annual rule-of-law reports, check them, then import',
  viewsStartSamples: 'Load the sample data',
  viewsStartSamplesHint: 'The bundled excerpts of five real annual reports and a demonstration dataset (simulated)',
  viewsStartSamplesFailed: 'The sample data could not be loaded. Please try again.',
  viewsMatrixUnlisted: '{n} more departments have no data for {year} and are not listed',
  viewsMatrixScroll: 'Scroll the matrix: rows {first}–{last} of {total}',
  viewsRankingScroll: 'Scroll the ranking: bars {first}–{last} of {total} departments',
  viewsOtherIndicators: 'Uncatalogued indicators',
  viewsShowOther: 'Show uncatalogued indicators ({n})',
  viewsHideOther: 'Hide uncatalogued indicators',
};
