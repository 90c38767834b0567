// Runs the floor (page/floor.js) in the app's page for the file just imported.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { pageEval } from './browser';
import type { BenchFile } from './csv-files';

const PAPA = 'node_modules/papaparse/papaparse.min.js';
const FLOOR = 'bench/page/floor.js';

export interface FloorFigures {
  decode_ms: number;
  papa_ms: number;
  papa_rows: number;
  idb_bytes_ms: number;
  /** decode + papa + idb_bytes. */
  floor_ms: number;
  row_store_ms?: number;
}

/**
 * The app's CSP (script-src 'self') refuses injected <script> tags, so papaparse and the
 * floor script are evaluated as text through the DevTools protocol instead.
 */
async function install(page: Page): Promise<void> {
  if (await pageEval<boolean>(page, `!!window.__benchFloor && !!window.Papa`)) return;
  await pageEval(page, readFileSync(PAPA, 'utf8'));
  await pageEval(page, readFileSync(FLOOR, 'utf8'));
}

export async function measureFloor(page: Page, file: BenchFile, withRowStore: boolean): Promise<FloorFigures> {
  await install(page);
  await pageEval(page, `__benchFloor.load(${JSON.stringify('/__bench/' + file.name)})`);
  const decode = await pageEval<number>(page, `__benchFloor.decode(${JSON.stringify(file.encoding === 'gbk' ? 'gb18030' : 'utf-8')})`);
  const papa = await pageEval<{ ms: number; rows: number }>(page, `__benchFloor.papa()`);
  const idb = await pageEval<number>(page, `__benchFloor.idbBytes()`);
  const out: FloorFigures = {
    decode_ms: decode,
    papa_ms: papa.ms,
    papa_rows: papa.rows,
    idb_bytes_ms: idb,
    floor_ms: decode + papa.ms + idb,
  };
  if (withRowStore) {
    const rs = await pageEval<{ ms: number; rows: number }>(page, `__benchFloor.rowStore()`);
    if (rs.rows !== file.rows) throw new Error(`row store wrote ${rs.rows} records, expected ${file.rows}`);
    out.row_store_ms = rs.ms;
  }
  await pageEval(page, `__benchFloor.clear()`);
  return out;
}
