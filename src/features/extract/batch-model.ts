// The batch queue of 年报收取: one item per dropped file, from waiting to imported, and
// what one atomic import of the reviewed reports writes.
import type { Catalog } from '../../domain/catalog/catalog';
import { columnsFromObservations } from '../../domain/observations/columns';
import { compareWithStored } from '../../domain/observations/compare-with-stored';
import { prepareForStore } from '../../domain/observations/prepare-for-store';
import type { StoredTable } from '../../domain/observations/stored-table';
import type { DepartmentMatcher, DepartmentMatch } from '../../domain/round/match-department';
import type { RoundFacts } from '../../domain/round/review-report';
import type { RoundRecord } from '../../domain/round/round-record';
import type { RoundFileResult } from '../../workers/report-pool-client';
import { draftFromResult, draftProblems, draftsToObservations, withReportField, type ReportDraft } from './review-model';

/** 排队 → 提取中 → 待审核 / 待确认 → 已审核 → 已导入; 失败 with its reason. */
export type BatchStatus = 'waiting' | 'working' | 'review' | 'confirm' | 'reviewed' | 'imported' | 'failed';

export interface BatchItem {
  key: number;
  name: string;
  status: BatchStatus;
  reason?: string;
  /** When the office received the report (ISO): the day the file was added here unless the user sets it. */
  receivedDate: string | null;
  /** The file's modification date (ISO): offered as a hint for `receivedDate`, never applied by itself. */
  fileDate: string | null;
  publishedDate: string | null;
  url: string | null;
  draft?: ReportDraft;
  hash?: string;
  round?: RoundFacts;
  match?: DepartmentMatch;
  /** File name under which the same text is already stored. */
  importedAs?: string;
}

export type FileKind = 'txt' | 'html' | 'docx' | 'pdf';

/** The kind of a report file, or the reason it is refused (Chinese, naming the file). */
export function fileKind(name: string): { kind: FileKind } | { refused: string } {
  const ext = name.toLowerCase().slice(name.lastIndexOf('.') + 1);
  if (ext === 'txt' || ext === 'text' || ext === 'md') return { kind: 'txt' };
  if (ext === 'html' || ext === 'htm' || ext === 'shtml') return { kind: 'html' };
  if (ext === 'docx' || ext === 'pdf') return { kind: ext };
  if (ext === 'doc' || ext === 'wps') {
    return {
      refused: `「${name}」是 ${ext === 'doc' ? 'Word 97–2003（.doc）' : 'WPS（.wps）'}格式，本程序不能直接读取：请在 Word 或 WPS 中打开它，选择「文件 → 另存为」，保存类型选「Word 文档（*.docx）」，再导入保存的 .docx 文件。`,
    };
  }
  return { refused: `「${name}」不是支持的报告格式（可导入 .txt、.html、.docx、.pdf）。` };
}

export function localIsoDate(ms: number): string | null {
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A file as it enters the queue. It counts as received on the day it is added: its modification
 * date says when it was last saved (or copied), not when the office got it, so it is only a hint.
 */
export function queuedItem(key: number, name: string, lastModified: number, now: number): BatchItem {
  return {
    key,
    name,
    status: 'waiting',
    receivedDate: localIsoDate(now),
    fileDate: localIsoDate(lastModified),
    publishedDate: null,
    url: null,
  };
}

/**
 * The file's date, offered for the received date when it could be one: after the report's year
 * ended and not before its 落款 date, not later than `today`, and not the date already set.
 */
export function fileDateHint(item: BatchItem, year: number | null, today: string): string | null {
  const f = item.fileDate;
  if (!f || year === null || f === item.receivedDate) return null;
  const earliest = [`${year + 1}-01-01`, item.round?.signedDate ?? ''].reduce((a, b) => (b > a ? b : a));
  return f >= earliest && f <= today ? f : null;
}

/** The item once its file is read and extracted: matched to the registry, recognised if stored. */
export function withResult(
  item: BatchItem,
  res: RoundFileResult,
  catalog: Catalog,
  matcher: DepartmentMatcher,
  stored: ReadonlyMap<string, { file: string }>,
  earlier: readonly BatchItem[],
): BatchItem {
  const match = matcher.match(res.result.department);
  const draft = withReportField(draftFromResult(item.name, res.text, res.result, res.ms, catalog), { department: match.name });
  const base: BatchItem = {
    ...item,
    draft,
    hash: res.hash,
    round: res.round,
    match,
    publishedDate: res.page?.publishedDate ?? item.publishedDate,
    url: res.page?.url ?? item.url,
  };
  const same = stored.get(res.hash);
  if (same) return { ...base, status: 'imported', importedAs: same.file };
  const twin = earlier.find((e) => e.hash === res.hash && e.key !== item.key);
  if (twin) return { ...base, status: 'failed', reason: `与「${twin.name}」内容相同，已跳过。` };
  return { ...base, status: res.round.needsConfirmation > 0 ? 'confirm' : 'review' };
}

export function failed(item: BatchItem, e: unknown): BatchItem {
  const msg = e instanceof Error ? e.message : String(e);
  return { ...item, status: 'failed', reason: msg === 'cancelled' ? '已取消' : `「${item.name}」读取失败：${msg}` };
}

export function statusCounts(items: readonly BatchItem[]): Record<BatchStatus, number> {
  const c: Record<BatchStatus, number> = { waiting: 0, working: 0, review: 0, confirm: 0, reviewed: 0, imported: 0, failed: 0 };
  for (const i of items) c[i.status]++;
  return c;
}

function roundRecord(i: BatchItem): RoundRecord {
  const d = i.draft!;
  return {
    hash: i.hash!,
    department: d.department.trim(),
    year: d.year,
    signedDate: i.round!.signedDate,
    receivedDate: i.receivedDate,
    publishedDate: i.publishedDate,
    url: i.url,
    parts: i.round!.parts,
    figures: d.rows.length,
    needsConfirmation: i.round!.needsConfirmation,
  };
}

interface BatchCommit {
  problems: string[];
  keys: number[];
  documents: { name: string; text: string; round: RoundRecord }[];
  columns: ReturnType<typeof columnsFromObservations>;
  comparison: ReturnType<typeof compareWithStored>;
}

/**
 * What importing every reviewed report writes: their figures (one value per department,
 * year and indicator) and their texts with round records. Problems block the import.
 */
export function planBatchCommit(items: readonly BatchItem[], catalog: Catalog, table: StoredTable): BatchCommit {
  const reviewed = items.filter((i) => i.status === 'reviewed' && i.draft);
  const drafts = reviewed.map((i) => i.draft!);
  const problems = draftProblems(drafts).map((p) => p.message);
  for (const i of reviewed) {
    if (!i.draft!.department.trim()) problems.push(`报告“${i.name}”未识别出部门，请填写部门名称。`);
    if (i.draft!.year === null) problems.push(`报告“${i.name}”未识别出年度，请填写年度。`);
  }
  const columns = columnsFromObservations(prepareForStore(draftsToObservations(drafts), catalog).rows);
  return {
    problems: [...new Set(problems)],
    keys: reviewed.map((i) => i.key),
    documents: reviewed.map((i) => ({ name: i.name, text: i.draft!.text, round: roundRecord(i) })),
    columns,
    comparison: compareWithStored(columns, table),
  };
}
