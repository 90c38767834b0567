// Report extraction engine: pure TypeScript, runs in Node, a Web Worker and the browser.
export { extractReport } from './extract-report';
export type { ExtractedRow, ExtractionResult, ExtractOptions } from './types';
export { MAPPING_CONFIDENCE_THRESHOLD } from './mapping-score';
export { rowsToCsv, csvField, CSV_HEADER } from './csv';
export { decodeReport } from './decode';
