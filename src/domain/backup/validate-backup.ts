// Checks a parsed backup file completely before anything is written: wrong files,
// files from a newer version and damaged files are refused with a message saying why.
import { QUALIFIERS, type DatasetKind } from '../types';
import { BACKUP_FORMAT, BACKUP_VERSION, type WorkspaceBackup } from './backup-format';

export type BackupCheck = { ok: true; backup: WorkspaceBackup } | { ok: false; message: string };

class Invalid extends Error {}

const KINDS: readonly DatasetKind[] = ['sample', 'imported', 'simulated', 'extracted'];
const DIRECTIONS = ['up', 'down', 'neutral'];
const INT32 = 2 ** 31;
const MAX_ROWS = 20_000_000;

type Obj = Record<string, unknown>;

function fail(message: string): never {
  throw new Invalid(message);
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') fail(`备份文件已损坏：${what}不是文本。`);
  return v;
}

function strArray(v: unknown, what: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`备份文件已损坏：${what}不是文本列表。`);
  return v as string[];
}

function list(v: unknown, what: string): unknown[] {
  if (!Array.isArray(v)) fail(`备份文件已损坏：缺少${what}。`);
  return v;
}

function checkMeta(v: unknown, k: number): void {
  if (!isObj(v)) fail(`备份文件已损坏：第 ${k + 1} 个数据集缺少说明。`);
  const what = `第 ${k + 1} 个数据集的`;
  if (str(v.id, `${what}编号`) === '') fail(`备份文件已损坏：${what}编号为空。`);
  str(v.name, `${what}名称`);
  str(v.sourceFile, `${what}文件名`);
  if (typeof v.importedAt !== 'number' || !Number.isFinite(v.importedAt)) fail(`备份文件已损坏：${what}导入时间无效。`);
  if (typeof v.rowCount !== 'number' || !Number.isInteger(v.rowCount) || v.rowCount < 0) fail(`备份文件已损坏：${what}行数无效。`);
  if (!KINDS.includes(v.kind as DatasetKind)) fail(`备份文件已损坏：${what}类型「${String(v.kind)}」未知。`);
  if (v.encoding !== undefined) str(v.encoding, `${what}编码`);
  if (v.documentIds !== undefined) strArray(v.documentIds, `${what}原文列表`);
}

function checkObservations(v: unknown, name: string): void {
  if (!isObj(v) || !isObj(v.dictionaries) || !isObj(v.columns)) fail(`备份文件已损坏：数据集「${name}」缺少数据。`);
  const n = v.count;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_ROWS) fail(`备份文件已损坏：数据集「${name}」的行数无效。`);
  const d = v.dictionaries;
  const c = v.columns;
  const dict: Record<string, string[]> = {};
  for (const key of ['department', 'indicator', 'unit', 'qualifier', 'indicatorText', 'evidence', 'file'])
    dict[key] = strArray(d[key], `数据集「${name}」的 ${key} 字典`);
  for (const q of dict.qualifier!)
    if (!(QUALIFIERS as readonly string[]).includes(q)) fail(`备份文件已损坏：数据集「${name}」含未知限定词「${q}」。`);
  const column = (key: string, ok: (x: number) => boolean): void => {
    const a = c[key];
    if (!Array.isArray(a) || a.length !== n) fail(`备份文件已损坏：数据集「${name}」的 ${key} 列长度不符。`);
    for (let i = 0; i < n; i++) {
      const x: unknown = a[i];
      if (typeof x !== 'number' || !ok(x)) fail(`备份文件已损坏：数据集「${name}」的 ${key} 列第 ${i + 1} 个值无效。`);
    }
  };
  const code = (size: number) => (x: number) => Number.isInteger(x) && x >= 0 && x < size;
  column('department', code(dict.department!.length));
  column('indicator', code(dict.indicator!.length));
  column('unit', code(dict.unit!.length));
  column('qualifier', code(dict.qualifier!.length));
  column('indicatorText', code(dict.indicatorText!.length));
  column('evidence', code(dict.evidence!.length));
  column('file', code(dict.file!.length));
  column('year', (x) => Number.isInteger(x) && x >= 1 && x <= 65535);
  column('value', Number.isFinite);
  column('derived', (x) => x === 0 || x === 1);
  for (const key of ['line', 'start', 'end']) column(key, (x) => Number.isInteger(x) && x >= -INT32 && x < INT32);
}

function checkIndicator(v: unknown, k: number): void {
  const what = `第 ${k + 1} 个自定义指标的`;
  if (!isObj(v)) fail(`备份文件已损坏：${what}内容无效。`);
  if (str(v.id, `${what}编号`) === '') fail(`备份文件已损坏：${what}编号为空。`);
  for (const key of ['category', 'labelZh', 'labelEn', 'unit']) str(v[key], `${what}${key}`);
  if (!DIRECTIONS.includes(v.direction as string)) fail(`备份文件已损坏：${what}方向无效。`);
  strArray(v.aliases, `${what}别名`);
  if (v.target !== undefined && (typeof v.target !== 'number' || !Number.isFinite(v.target))) fail(`备份文件已损坏：${what}目标值无效。`);
}

function checkAll(v: unknown): WorkspaceBackup {
  if (!isObj(v) || v.format !== BACKUP_FORMAT) fail('这不是法治年报看板的工作区备份文件。');
  if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1) fail('备份文件已损坏：格式版本无效。');
  if (v.version > BACKUP_VERSION) fail(`此备份由更新版本的法治年报看板创建（格式版本 ${v.version}），请先更新本程序再恢复。`);
  str(v.createdAt, '备份时间');
  const ids = new Set<string>();
  list(v.datasets, '数据集列表').forEach((d, k) => {
    if (!isObj(d)) fail(`备份文件已损坏：第 ${k + 1} 个数据集无效。`);
    checkMeta(d.meta, k);
    const meta = d.meta as Obj;
    if (ids.has(meta.id as string)) fail(`备份文件已损坏：数据集编号「${String(meta.id)}」重复。`);
    ids.add(meta.id as string);
    checkObservations(d.observations, meta.name as string);
  });
  list(v.documents, '原文列表').forEach((doc, k) => {
    if (!isObj(doc)) fail(`备份文件已损坏：第 ${k + 1} 份原文无效。`);
    for (const key of ['id', 'datasetId', 'name', 'text']) str(doc[key], `第 ${k + 1} 份原文的 ${key}`);
  });
  list(v.departments, '部门列表').forEach((dep, k) => {
    if (!isObj(dep) || str(dep.name, `第 ${k + 1} 个部门的名称`) === '') fail(`备份文件已损坏：第 ${k + 1} 个部门无效。`);
    str(dep.region, `部门「${dep.name as string}」的地区`);
    str(dep.type, `部门「${dep.name as string}」的类型`);
    strArray(dep.aliases, `部门「${dep.name as string}」的别名`);
  });
  list(v.indicators, '自定义指标列表').forEach(checkIndicator);
  list(v.settings, '设置列表').forEach((s, k) => {
    if (!isObj(s) || typeof s.key !== 'string') fail(`备份文件已损坏：第 ${k + 1} 项设置无效。`);
  });
  return v as unknown as WorkspaceBackup;
}

export function validateBackup(value: unknown): BackupCheck {
  try {
    return { ok: true, backup: checkAll(value) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, message: e.message };
    throw e;
  }
}
