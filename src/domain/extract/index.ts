// Report extraction engine: pure TypeScript, runs in Node, a Web Worker and the browser.
export { extractReport } from './extract-report';
export type { ExtractedRow, ExtractionResult, ExtractOptions, IndicatorCandidate, IndicatorMapping, SkippedNumber } from './types';
export { MAPPING_CONFIDENCE_THRESHOLD } from './mapping-score';
export { parseChineseNumeral } from './chinese-numerals';
export { rowsToCsv, csvField, csvLine, CSV_HEADER } from './csv';
export { decodeReport } from './decode';
