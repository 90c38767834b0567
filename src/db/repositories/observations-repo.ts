// Reading and writing observations. Every write that belongs together happens in
// one read-write transaction containing only Dexie calls: validate first, then commit.
import type { AppDB, NumericChunkRecord, TextPartRecord } from '../app-db';
import { CHUNK_ROWS, TEXT_PART_ROWS } from '../app-db';
import type { ObservationColumns, TextColumns } from '../../domain/observations/columns';
import { Dictionary, observationAt } from '../../domain/observations/columns';
import { dictAt, dictValues } from '../../domain/observations/string-dict';
import { sliceNumeric, sliceText } from '../../domain/observations/slice-columns';
import { buildStoredTable, type RowText, type StoredTable } from '../../domain/observations/stored-table';
import type { DatasetMeta, Department, Observation, SourceDocument } from '../../domain/types';
import { bumpStoreVersion, readStoreVersion } from './store-version';
import { nextTask } from '../../domain/steps';

export interface RowRef {
  chunkId: number;
  pos: number;
}

/** Where a row of the stored table lives. */
export const rowRef = (t: StoredTable, rowId: number): RowRef => ({ chunkId: t.chunk[rowId]!, pos: t.pos[rowId]! });

export interface DatasetWrite {
  meta: DatasetMeta;
  columns: ObservationColumns;
  documents?: SourceDocument[];
  departments?: Department[];
  /** Stored rows the user agreed to overwrite with this import's values. */
  supersede?: RowRef[];
  /** A dataset this import replaces (deleted in the same transaction). */
  replaces?: string;
  /** Settings written with the data (e.g. that the sample was loaded). */
  settings?: { key: string; value: unknown }[];
  action?: 'import' | 'replace' | 'restore';
  /** Write only if this setting is not yet stored (checked inside the transaction, so two tabs cannot both write). */
  onlyIfSettingAbsent?: string;
}

/** Everything stored, as one columnar table. */
export async function loadStoredTable(db: AppDB): Promise<StoredTable> {
  return (await readStoredTable(db)).table;
}

/** The stored table with the time spent reading the chunks and merging them (ms). */
export async function readStoredTable(db: AppDB): Promise<{ table: StoredTable; readMs: number; buildMs: number }> {
  const t0 = performance.now();
  mark('fazhi:chunks-read-start');
  // One read snapshot: the chunks and the version they are at.
  const [chunks, storeVersion] = await db.transaction('r', [db.chunks, db.startup], () =>
    Promise.all([db.chunks.toArray(), readStoreVersion(db)]),
  );
  mark('fazhi:chunks-read');
  const t1 = performance.now();
  const table = buildStoredTable(chunks.map((c) => ({ chunkId: c.id!, datasetId: c.datasetId, columns: c.columns, removed: c.removed })));
  table.storeVersion = storeVersion;
  return { table, readMs: t1 - t0, buildMs: performance.now() - t1 };
}

/** A User Timing mark (shown in profiles and read by the benchmark); absent in Node tests is fine. */
function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}

/** Text parts per write request. Values are cloned in the task that makes the request, so
 * smaller requests keep a million-row commit from blocking the page for long stretches. */
const TEXT_PARTS_PER_WRITE = 4;

type StoreChunk = { numeric: Omit<NumericChunkRecord, 'id'>; parts: Omit<TextPartRecord, 'chunkId'>[] };

function splitChunk(datasetId: string, cols: ObservationColumns, seq: number, from: number, to: number): StoreChunk {
  const parts: Omit<TextPartRecord, 'chunkId'>[] = [];
  for (let p = from, part = 0; p < to; p += TEXT_PART_ROWS, part++) {
    parts.push({ part, columns: sliceText(cols.text, p, Math.min(to, p + TEXT_PART_ROWS)) });
  }
  return { numeric: { datasetId, seq, columns: sliceNumeric(cols.numeric, from, to) }, parts };
}

/** Chunk boundaries: one (empty) chunk for no rows. */
function chunkRanges(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < n || out.length === 0; from += CHUNK_ROWS) out.push([from, Math.min(n, from + CHUNK_ROWS)]);
  return out;
}

export function splitForStore(datasetId: string, cols: ObservationColumns) {
  const chunks = chunkRanges(cols.numeric.length).map(([from, to], seq) => splitChunk(datasetId, cols, seq, from, to));
  return { numeric: chunks.map((c) => c.numeric), texts: chunks.map((c) => c.parts) };
}

/** Like splitForStore, one chunk per task. */
async function splitForStoreInTasks(datasetId: string, cols: ObservationColumns): Promise<StoreChunk[]> {
  const out: StoreChunk[] = [];
  for (const [seq, [from, to]] of chunkRanges(cols.numeric.length).entries()) {
    if (seq > 0) await nextTask();
    out.push(splitChunk(datasetId, cols, seq, from, to));
  }
  return out;
}

/** Writes a dataset and everything that goes with it atomically: all or nothing. Returns false when skipped. */
export async function writeDataset(db: AppDB, w: DatasetWrite): Promise<boolean> {
  const chunks = await splitForStoreInTasks(w.meta.id, w.columns);
  const supersedeByChunk = new Map<number, number[]>();
  for (const r of w.supersede ?? []) {
    const list = supersedeByChunk.get(r.chunkId) ?? [];
    list.push(r.pos);
    supersedeByChunk.set(r.chunkId, list);
  }
  const tables = [db.datasets, db.chunks, db.texts, db.documents, db.departments, db.settings, db.importLog, db.startup];
  return db.transaction('rw', tables, async () => {
    if (w.onlyIfSettingAbsent && (await db.settings.get(w.onlyIfSettingAbsent))) return false;
    await bumpStoreVersion(db);
    if (w.replaces) await deleteDatasetInTx(db, w.replaces);
    await db.datasets.put(w.meta);
    for (const chunk of chunks) {
      const chunkId = await db.chunks.add(chunk.numeric);
      const parts = chunk.parts.map((p) => ({ ...p, chunkId }));
      for (let k = 0; k < parts.length; k += TEXT_PARTS_PER_WRITE) await db.texts.bulkAdd(parts.slice(k, k + TEXT_PARTS_PER_WRITE));
    }
    for (const [chunkId, positions] of supersedeByChunk) {
      const chunk = await db.chunks.get(chunkId);
      if (!chunk) continue;
      const removed = chunk.removed ? chunk.removed.slice() : new Uint8Array(chunk.columns.length);
      for (const p of positions) removed[p] = 1;
      await db.chunks.update(chunkId, { removed });
    }
    if (w.documents?.length) await db.documents.bulkPut(w.documents);
    if (w.departments?.length) await upsertDepartments(db, w.departments);
    if (w.settings?.length) await db.settings.bulkPut(w.settings);
    await db.importLog.add({
      datasetId: w.meta.id,
      at: Date.now(),
      action: w.action ?? (w.replaces ? 'replace' : 'import'),
      fileName: w.meta.sourceFile,
      records: w.meta.rowCount,
      overwritten: w.supersede?.length ?? 0,
      committed: true,
    });
    return true;
  });
}

/**
 * Departments keep the region/type already known unless the import states one. Only new
 * or changed records are written. The known ones are read with one request: Chromium
 * answers each IndexedDB request over IPC (~50 µs), so reading a city's 3,000 departments
 * one by one cost as much as writing them.
 */
export async function upsertDepartments(db: AppDB, departments: Department[]): Promise<void> {
  const existing = new Map((await db.departments.toArray()).map((d) => [d.name, d]));
  const changed: Department[] = [];
  for (const d of departments) {
    const old = existing.get(d.name);
    if (!old) {
      changed.push(d);
      continue;
    }
    const merged = {
      ...old,
      name: d.name,
      region: d.region || old.region,
      type: d.type || old.type,
      aliases: [...new Set([...old.aliases, ...d.aliases])],
    };
    if (merged.region !== old.region || merged.type !== old.type || merged.aliases.length !== old.aliases.length) changed.push(merged);
  }
  if (changed.length) await db.departments.bulkPut(changed);
}

export async function deleteDatasetInTx(db: AppDB, datasetId: string): Promise<void> {
  const chunkIds = await db.chunks.where('datasetId').equals(datasetId).primaryKeys();
  if (chunkIds.length) await db.texts.where('chunkId').anyOf(chunkIds).delete();
  await db.chunks.where('datasetId').equals(datasetId).delete();
  await db.documents.where('datasetId').equals(datasetId).delete();
  await db.datasets.delete(datasetId);
}

export async function deleteDataset(db: AppDB, datasetId: string): Promise<void> {
  await db.transaction('rw', [db.datasets, db.chunks, db.texts, db.documents, db.importLog, db.startup], async () => {
    const meta = await db.datasets.get(datasetId);
    await deleteDatasetInTx(db, datasetId);
    await bumpStoreVersion(db);
    await db.importLog.add({
      datasetId,
      at: Date.now(),
      action: 'delete',
      fileName: meta?.sourceFile ?? '',
      records: meta?.rowCount ?? 0,
      overwritten: 0,
      committed: true,
    });
  });
}

/** Decodes only this row's strings when the part's dictionaries are packed. */
function textAt(c: TextColumns, i: number): RowText {
  return {
    evidence: dictAt(c.evidences, c.ev[i]!)!,
    indicatorText: dictAt(c.indicatorTexts, c.text[i]!)!,
    line: c.line[i]!,
    start: c.start[i]!,
    end: c.end[i]!,
    file: dictAt(c.files, c.file[i]!) ?? '',
  };
}

/** Evidence and provenance of the given rows, reading only the text parts they live in. */
export async function loadRowTexts(db: AppDB, refs: readonly RowRef[]): Promise<RowText[]> {
  const keys = new Map<string, [number, number]>();
  for (const r of refs) {
    const part = Math.floor(r.pos / TEXT_PART_ROWS);
    keys.set(`${r.chunkId}:${part}`, [r.chunkId, part]);
  }
  const keyList = [...keys.values()];
  const parts = await db.texts.bulkGet(keyList);
  const byKey = new Map<string, TextColumns>();
  keyList.forEach((k, i) => {
    const p = parts[i];
    if (p) byKey.set(`${k[0]}:${k[1]}`, p.columns);
  });
  return refs.map((r) => {
    const part = Math.floor(r.pos / TEXT_PART_ROWS);
    const cols = byKey.get(`${r.chunkId}:${part}`);
    if (!cols) return { evidence: '', indicatorText: '', line: -1, start: -1, end: -1, file: '' };
    return textAt(cols, r.pos - part * TEXT_PART_ROWS);
  });
}

/** A whole dataset back as observations (for CSV export and backups), from one read snapshot. */
export async function readDatasetObservations(db: AppDB, datasetId: string): Promise<Observation[]> {
  return db.transaction('r', [db.chunks, db.texts], async () => {
    const chunks = await db.chunks.where('datasetId').equals(datasetId).sortBy('seq');
    const out: Observation[] = [];
    for (const chunk of chunks) {
      const parts = await db.texts.where('chunkId').equals(chunk.id!).sortBy('part');
      // Reassemble one chunk's columns from its numeric record and text parts.
      const cols = { numeric: chunk.columns, text: concatText(parts.map((p) => p.columns)) };
      for (let i = 0; i < chunk.columns.length; i++) {
        if (chunk.removed?.[i]) continue;
        out.push(observationAt(cols, i));
      }
    }
    return out;
  });
}

/** One chunk's text parts (arrays or packed, as stored) as one set of columns with array dictionaries. */
function concatText(parts: TextColumns[]): TextColumns {
  const texts = new Dictionary();
  const evidences = new Dictionary();
  const files = new Dictionary();
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out: TextColumns = {
    length: n,
    indicatorTexts: [],
    text: new Uint32Array(n),
    evidences: [],
    ev: new Uint32Array(n),
    line: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    files: [],
    file: new Uint32Array(n),
  };
  let o = 0;
  for (const p of parts) {
    // Every row is read: decode each packed dictionary at once rather than entry by entry.
    const pTexts = dictValues(p.indicatorTexts);
    const pEvidences = dictValues(p.evidences);
    const pFiles = dictValues(p.files);
    for (let i = 0; i < p.length; i++, o++) {
      out.text[o] = texts.code(pTexts[p.text[i]!]!);
      out.ev[o] = evidences.code(pEvidences[p.ev[i]!]!);
      out.file[o] = files.code(pFiles[p.file[i]!]!);
    }
    out.line.set(p.line, o - p.length);
    out.start.set(p.start, o - p.length);
    out.end.set(p.end, o - p.length);
  }
  out.indicatorTexts = texts.values;
  out.evidences = evidences.values;
  out.files = files.values;
  return out;
}
