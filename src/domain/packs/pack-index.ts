// Office data packs: files an administrator puts next to the app in `datasets/`, listed in
// `datasets/index.json`. This module reads and checks that list; nothing here fetches.
//
// { "packs": [ { "name": "全区2024年度数据", "file": "2024.csv",
//                "description": "依法治区办汇总", "version": "2025-03", "hash": "…" } ] }
//
// `hash` is optional (written by `npm run pack`): when it equals the hash of what is
// stored, the app does not download the file again.

export const PACK_DIR = 'datasets/';
export const PACK_INDEX = `${PACK_DIR}index.json`;

/** How a pack file is read: a table (CSV text or an Excel workbook, told apart by its bytes) or a backup. */
export type PackFormat = 'table' | 'backup';

export interface PackEntry {
  name: string;
  file: string;
  description: string;
  version: string;
  format: PackFormat;
  hash?: string;
}

const BACKUP_EXTENSION = /\.json(?:\.gz)?$/i;
/** The import's tables (a folder's .txt is more often a note than a table): CSV, Excel and WPS workbooks. */
const TABLE_EXTENSION = /\.(?:csv|tsv|xlsx|xls|et)$/i;

export function packFormat(file: string): PackFormat | null {
  if (BACKUP_EXTENSION.test(file)) return 'backup';
  if (TABLE_EXTENSION.test(file)) return 'table';
  return null;
}

/** A pack file's name without its folder and its pack extension: the name a new pack is given. */
export function packBaseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(BACKUP_EXTENSION, '').replace(TABLE_EXTENSION, '');
}

/** A pack path as a relative URL: each part encoded, so that a '#', '?' or '%' in a file name stays part of it. */
export function packUrl(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A file name inside datasets/: no absolute URL, no parent folder, no backslash. */
function isSafeFile(file: string): boolean {
  return (
    !/^[a-z][a-z0-9+.-]*:|^\/|\\/i.test(file) && !file.split('/').some((part) => part === '..' || part === '') && file !== 'index.json'
  );
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

export interface PackIndex {
  entries: PackEntry[];
  /** One Chinese sentence per entry that was skipped, naming index.json and the entry. */
  problems: string[];
}

export function parsePackIndex(json: unknown): PackIndex {
  const list: unknown = Array.isArray(json) ? json : json && typeof json === 'object' ? (json as { packs?: unknown }).packs : undefined;
  if (!Array.isArray(list)) return { entries: [], problems: [`${PACK_INDEX}：应为 {"packs": [...]} 格式，未读取任何机构数据。`] };
  const entries: PackEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of (list as unknown[]).entries()) {
    const where = `${PACK_INDEX} 第 ${i + 1} 项`;
    const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const name = text(o.name);
    const file = text(o.file);
    const format = packFormat(file);
    let problem = '';
    if (!name || !file) problem = `${where}：缺少 name 或 file。`;
    else if (!isSafeFile(file)) problem = `${where}（${name}）：文件名「${file}」无效，只能是 datasets 文件夹中的文件。`;
    else if (!format)
      problem = `${where}（${name}）：不支持的文件类型「${file}」（可用 .csv、Excel 工作簿 .xlsx/.xls 或工作区备份 .json.gz）。`;
    else if (seen.has(file)) problem = `${where}（${name}）：文件「${file}」重复列出。`;
    if (problem || !format) {
      problems.push(problem);
      continue;
    }
    seen.add(file);
    const hash = text(o.hash);
    entries.push({ name, file, description: text(o.description), version: text(o.version), format, ...(hash ? { hash } : {}) });
  }
  return { entries, problems };
}
