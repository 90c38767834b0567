// Generated long-format CSVs for the benchmark, cached in bench/.cache/ (deterministic:
// the same size and seed always give the same bytes, so a cached file is reused). The
// file name carries a fingerprint of the generator's output, so a changed generator
// writes new files instead of reusing stale ones.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGb18030 } from '../src/domain/csv/gbk-encoder';
import { generateLongCsv } from '../src/domain/csv/generate-long-csv';
import { csvTextToXlsx } from './xlsx-file';

export const CACHE_DIR = 'bench/.cache';
const SEED = 20240601;

/** 'xlsx': the same rows as an Excel workbook (optional case). */
export type Encoding = 'utf-8' | 'gbk' | 'xlsx';

export interface BenchFile {
  /** Label used in tables and JSON, e.g. "100k" or "100k-gbk". */
  label: string;
  rows: number;
  encoding: Encoding;
  path: string;
  /** File name as the page sees it (served under /__bench/). */
  name: string;
  bytes: number;
}

let fingerprint: string | null = null;

function generatorFingerprint(): string {
  if (fingerprint === null) {
    const sample = generateLongCsv(2000, SEED);
    const h = createHash('sha1').update(sample);
    h.update(encodeGb18030(sample) ?? new Uint8Array());
    fingerprint = h.digest('hex').slice(0, 8);
  }
  return fingerprint;
}

function sizeLabel(rows: number): string {
  return rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`;
}

/** Writes the file unless a cached copy exists. */
export function ensureCsv(rows: number, encoding: Encoding): BenchFile {
  mkdirSync(CACHE_DIR, { recursive: true });
  const label = sizeLabel(rows) + (encoding === 'utf-8' ? '' : `-${encoding}`);
  const name = `long-${rows}-${encoding}-${SEED}-${generatorFingerprint()}.${encoding === 'xlsx' ? 'xlsx' : 'csv'}`;
  const path = join(CACHE_DIR, name);
  if (!existsSync(path)) {
    const text = generateLongCsv(rows, SEED);
    let bytes: Uint8Array;
    if (encoding === 'xlsx') {
      bytes = csvTextToXlsx(text);
    } else if (encoding === 'gbk') {
      const gbk = encodeGb18030(text);
      if (!gbk) throw new Error('generated text is not encodable as GB18030');
      bytes = gbk;
    } else {
      bytes = Buffer.from(text, 'utf8');
    }
    // Renamed only when complete, so an interrupted run never leaves a short file behind.
    writeFileSync(path + '.tmp', bytes);
    renameSync(path + '.tmp', path);
  }
  return { label, rows, encoding, path, name, bytes: statSync(path).size };
}
