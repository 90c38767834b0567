// The CSV import: bytes or text → validated observation columns, rejected rows and issues.
// Pure TypeScript: runs in Node (tests, `npm run validate`) and in a module Web Worker.
import { decodeBytes } from './decode-bytes';
import { ImportSession } from './import-session';
import type { ImportOptions, ParsedImport } from './import-types';
import { ROWS_PER_SLICE } from './limits';

export type { ImportOptions, ParsedImport } from './import-types';
export { MAX_IMPORT_BYTES } from './limits';

function cancelled(s: ImportSession): ParsedImport {
  s.fail('E_CANCELLED', '导入已取消。');
  return s.result();
}

/** Runs a session to the end synchronously (progress and cancellation between slices). */
export function runSync(s: ImportSession, opts: ImportOptions): ParsedImport {
  s.start();
  while (!s.step(ROWS_PER_SLICE)) {
    opts.onProgress?.(s.progress());
    if (opts.isCancelled?.()) return cancelled(s);
  }
  opts.onProgress?.({ rows: s.progress().rows, fraction: 1 });
  return s.result();
}

function sessionForBytes(bytes: Uint8Array, opts: ImportOptions): ImportSession {
  const decoded = decodeBytes(bytes, { fileName: opts.fileName, encoding: opts.encoding });
  const s = new ImportSession(decoded.text, opts, decoded.encoding, decoded.issues);
  if (!decoded.ok) s.fatal = true;
  return s;
}

/** Parses a file's bytes: encoding detection, then the same as parseImportText. */
export function parseImportBytes(bytes: Uint8Array, opts: ImportOptions): ParsedImport {
  return runSync(sessionForBytes(bytes, opts), opts);
}

/** Parses text that is already decoded (pasted text, tests, bundled samples). */
export function parseImportText(text: string, opts: ImportOptions): ParsedImport {
  return runSync(new ImportSession(text, opts, 'UTF-8'), opts);
}

/**
 * Like parseImportBytes, but awaits `pause()` between slices of rows, so that a worker's
 * event loop can deliver a cancel message while a large file is being read.
 */
export async function parseImportBytesAsync(bytes: Uint8Array, opts: ImportOptions, pause: () => Promise<void>): Promise<ParsedImport> {
  return runSessionAsync(sessionForBytes(bytes, opts), opts, pause);
}

/** Runs a session, awaiting `pause()` between slices (also used for workbooks). */
export async function runSessionAsync(s: ImportSession, opts: ImportOptions, pause: () => Promise<void>): Promise<ParsedImport> {
  await pause();
  if (opts.isCancelled?.()) return cancelled(s);
  s.start();
  while (!s.step(ROWS_PER_SLICE)) {
    opts.onProgress?.(s.progress());
    await pause();
    if (opts.isCancelled?.()) return cancelled(s);
  }
  opts.onProgress?.({ rows: s.progress().rows, fraction: 1 });
  return s.result();
}
