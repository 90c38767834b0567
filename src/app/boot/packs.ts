// Office data packs (see domain/packs): on open, read datasets/index.json next to the app,
// load new or changed packs as 「机构数据」 datasets of their own, report removed ones.
// Loaded once per content: what was loaded is a setting written with the data.
import { db } from '../../db/db';
import { deleteDataset, writeDataset } from '../../db/repositories/observations-repo';
import { getSetting, putSetting } from '../../db/repositories/meta-repo';
import type { Catalog } from '../../domain/catalog/catalog';
import { contentHash } from '../../domain/packs/content-hash';
import { PACK_DIR, PACK_INDEX, packUrl, parsePackIndex, type PackEntry } from '../../domain/packs/pack-index';
import { needsDownload, PACK_STATE_SETTING, planPacks, type PackRecord, type PackState } from '../../domain/packs/pack-plan';
import { readPack, type PackDataset, type ParseTable } from './pack-readers';

/** A file next to the app: its bytes, 'missing' (404, or the server's page instead of a file) or 'offline'. */
export type PackFile = { bytes: Uint8Array } | 'missing' | 'offline';
export type FetchPackFile = (path: string, expect: 'json' | 'data') => Promise<PackFile>;

export interface PackReport {
  loaded: PackRecord[];
  updated: PackRecord[];
  removed: PackRecord[];
  problems: string[];
}

/** Fetches relative to the page, so that packs sit next to index.html under any path. */
const fetchNextToApp: FetchPackFile = async (path, expect) => {
  let res: Response;
  try {
    res = await fetch(new URL(packUrl(path), document.baseURI), { cache: 'no-cache' });
  } catch {
    return 'offline';
  }
  // Servers that answer every unknown path with index.html: that is not a pack.
  if (!res.ok || (res.headers.get('content-type') ?? '').includes('text/html')) return 'missing';
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (expect === 'json' && bytes[0] === 0x3c) return 'missing';
  return { bytes };
};

async function readIndex(fetchFile: FetchPackFile, problems: string[]): Promise<PackEntry[] | null> {
  const file = await fetchFile(PACK_INDEX, 'json');
  if (file === 'offline') return null;
  if (file === 'missing') return [];
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, ''));
  } catch {
    problems.push(`${PACK_INDEX} 不是有效的 JSON，未读取任何机构数据。`);
    return null;
  }
  const index = parsePackIndex(json);
  problems.push(...index.problems);
  return index.entries;
}

/**
 * Each dataset replaces only its own earlier version (so a write interrupted and done again
 * next time changes nothing twice); the last write records the pack in `state`.
 */
async function writePack(datasets: PackDataset[], state: PackState, replacing: boolean): Promise<void> {
  for (const [i, { inWorker, ...d }] of datasets.entries()) {
    const settings = i === datasets.length - 1 ? [{ key: PACK_STATE_SETTING, value: state }] : [];
    if (inWorker) {
      const { commitInWorker } = await import('../../workers/import-worker-client');
      await commitInWorker({
        meta: d.meta,
        columns: d.columns,
        keep: null,
        supersede: [],
        departments: d.departments,
        replaces: d.meta.id,
      });
      if (settings.length) await putSetting(db, PACK_STATE_SETTING, state);
    } else {
      await writeDataset(db, { ...d, replaces: d.meta.id, action: replacing ? 'replace' : 'import', settings });
    }
  }
}

/** `parseTable`: the import worker in the page; Node passes a parser of its own. */
export async function syncPacks(catalog: Catalog, fetchFile: FetchPackFile = fetchNextToApp, parseTable?: ParseTable): Promise<PackReport> {
  const report: PackReport = { loaded: [], updated: [], removed: [], problems: [] };
  const entries = await readIndex(fetchFile, report.problems);
  if (!entries) return report;
  const state: PackState = { ...((await getSetting<PackState>(db, PACK_STATE_SETTING)) ?? {}) };

  const hashes = new Map<string, string>();
  const bytesByFile = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (!needsDownload(entry, state)) {
      hashes.set(entry.file, entry.hash!);
      continue;
    }
    const file = await fetchFile(PACK_DIR + entry.file, 'data');
    if (file === 'offline') continue;
    if (file === 'missing') {
      report.problems.push(`机构数据「${entry.name}」：找不到文件 ${PACK_DIR}${entry.file}。`);
      continue;
    }
    hashes.set(entry.file, contentHash(file.bytes));
    bytesByFile.set(entry.file, file.bytes);
  }

  const plan = planPacks(entries, hashes, state);
  for (const { entry, hash, previous } of plan.load) {
    const read = await readPack(entry, bytesByFile.get(entry.file)!, catalog, parseTable);
    if (!read.ok) {
      report.problems.push(read.message);
      continue;
    }
    const record: PackRecord = {
      file: entry.file,
      name: entry.name,
      version: entry.version,
      hash,
      datasetIds: read.datasets.map((d) => d.meta.id),
      loadedAt: Date.now(),
    };
    try {
      await writePack(read.datasets, { ...state, [entry.file]: record }, !!previous);
    } catch (e) {
      report.problems.push(`机构数据「${entry.name}」未能保存：${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    state[entry.file] = record;
    for (const id of previous?.datasetIds ?? []) if (!record.datasetIds.includes(id)) await deleteDataset(db, id);
    (previous ? report.updated : report.loaded).push(record);
  }
  if (plan.removed.length) {
    // Reported once; the datasets stay until the user deletes them.
    for (const r of plan.removed) delete state[r.file];
    await putSetting(db, PACK_STATE_SETTING, state);
    report.removed = plan.removed;
  }
  return report;
}
