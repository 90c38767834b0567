// The batch queue's rules: which files are read, how a result enters the queue (recognised
// when its text is stored, skipped when it repeats one of the batch), and what the import writes.
import { describe, expect, it } from 'vitest';
import { buildStoredTable } from '../../../src/domain/observations/stored-table';
import { extractReport } from '../../../src/domain/extract';
import { DepartmentMatcher } from '../../../src/domain/round/match-department';
import { roundFacts } from '../../../src/domain/round/review-report';
import { textHash } from '../../../src/domain/round/text-hash';
import { parseDepartmentsCsv } from '../../../src/domain/departments/parse-departments-csv';
import { fileDateHint, fileKind, planBatchCommit, queuedItem, withResult, type BatchItem } from '../../../src/features/extract/batch-model';
import { DEFAULT_DEADLINES, submitTimeliness } from '../../../src/domain/round/deadlines';
import type { RoundFileResult } from '../../../src/workers/report-pool-client';
import { loadCatalog, readProjectFile } from '../../helpers/project-files';

const catalog = loadCatalog();
const matcher = new DepartmentMatcher(parseDepartmentsCsv(readProjectFile('data/departments.csv')));

function result(file: string): RoundFileResult {
  const text = readProjectFile(`data/reports/${file}`);
  const r = extractReport(text, catalog, { sourceName: file });
  return { type: 'round-read', id: 1, text, hash: textHash(text), page: null, result: r, round: roundFacts(text, r), ms: 1 };
}

const item = (key: number, name: string): BatchItem => ({
  key,
  name,
  status: 'working',
  receivedDate: '2025-02-01',
  fileDate: null,
  publishedDate: null,
  url: null,
});

describe('batch queue', () => {
  it('reads .txt, .html, .docx and .pdf and refuses .doc and .wps with how to save as .docx', () => {
    expect(fileKind('a.TXT')).toEqual({ kind: 'txt' });
    expect(fileKind('报告.htm')).toEqual({ kind: 'html' });
    expect(fileKind('x.docx')).toEqual({ kind: 'docx' });
    const doc = fileKind('旧报告.doc');
    expect('refused' in doc && doc.refused).toContain('「旧报告.doc」是 Word 97–2003');
    expect('refused' in doc && doc.refused).toContain('另存为');
    expect('refused' in fileKind('a.wps')).toBe(true);
    expect('refused' in fileKind('a.xlsx')).toBe(true);
  });

  it('matches the department to the registry, and recognises a stored or repeated text', () => {
    const r = result('2023_jiefang_finance.txt');
    const fresh = withResult(item(1, 'a.txt'), r, catalog, matcher, new Map(), []);
    // 待确认 when the engine is unsure of some figure's indicator, else 待审核.
    expect(fresh).toMatchObject({
      status: r.round.needsConfirmation > 0 ? 'confirm' : 'review',
      match: { how: 'alias' },
      draft: { department: '焦作市解放区财政局', year: 2023 },
    });
    expect(fresh.draft!.rows.every((row) => row.department === '焦作市解放区财政局')).toBe(true);
    expect(withResult(item(2, 'b.txt'), r, catalog, matcher, new Map([[r.hash, { file: 'old.txt' }]]), [])).toMatchObject({
      status: 'imported',
      importedAs: 'old.txt',
    });
    expect(withResult(item(3, 'c.txt'), r, catalog, matcher, new Map(), [fresh])).toMatchObject({
      status: 'failed',
      reason: '与「a.txt」内容相同，已跳过。',
    });
  });

  it('imports only reviewed reports, with their round records', () => {
    const a = {
      ...withResult(item(1, 'a.txt'), result('2024_xinzhou_economy-tech.txt'), catalog, matcher, new Map(), []),
      status: 'reviewed' as const,
    };
    const b = withResult(item(2, 'b.txt'), result('2024_hanyang_finance.txt'), catalog, matcher, new Map(), []);
    const plan = planBatchCommit([a, b], catalog, buildStoredTable([]));
    expect(plan.problems).toEqual([]);
    expect(plan.keys).toEqual([1]);
    expect(plan.documents.map((d) => d.round)).toEqual([
      expect.objectContaining({
        department: '武汉市新洲区经济信息化和科技创新局',
        year: 2024,
        signedDate: '2025-01-21',
        receivedDate: '2025-02-01',
        figures: a.draft!.rows.length,
      }),
    ]);
    expect(plan.documents[0]!.round.parts.leader_duty).toBeNull();
    expect(plan.comparison.newRows.length).toBe(plan.columns.numeric.length);
    const noYear = { ...a, draft: { ...a.draft!, year: null } };
    expect(planBatchCommit([noYear], catalog, buildStoredTable([])).problems.join()).toContain('未识别出年度');
  });

  it('counts a file as received on the day it is added, never on its modification date', () => {
    // Added on 2026-02-10; the file was last saved on 2025-06-30 (copied later, a test file…).
    const now = new Date('2026-02-10T15:00:00').getTime();
    const saved = new Date('2025-06-30T09:00:00').getTime();
    const queued = queuedItem(7, 'a.txt', saved, now);
    expect(queued).toMatchObject({ key: 7, name: 'a.txt', status: 'waiting', receivedDate: '2026-02-10', fileDate: '2025-06-30' });
    // So a 2025 report added before 3月1日 is on time, whatever the file's date.
    expect(submitTimeliness(2025, queued.receivedDate, null, DEFAULT_DEADLINES)).toBe('on-time');
    // A file without a usable date still gets today's.
    expect(queuedItem(8, 'b.txt', 0, now)).toMatchObject({ receivedDate: '2026-02-10', fileDate: null });
  });

  it("offers the file's date only when it could be the day the report came", () => {
    const at = (fileDate: string | null, receivedDate = '2026-02-10'): BatchItem => ({ ...item(1, 'a.txt'), fileDate, receivedDate });
    expect(fileDateHint(at('2026-01-20'), 2025, '2026-02-10')).toBe('2026-01-20');
    // Saved before the report's year ended: not the report as sent.
    expect(fileDateHint(at('2025-06-30'), 2025, '2026-02-10')).toBeNull();
    // Later than today (a wrong clock), the same as the date set, or no year yet: nothing to offer.
    expect(fileDateHint(at('2026-03-01'), 2025, '2026-02-10')).toBeNull();
    expect(fileDateHint(at('2026-02-10'), 2025, '2026-02-10')).toBeNull();
    expect(fileDateHint(at('2026-01-20'), null, '2026-02-10')).toBeNull();
    // Before the report's 落款 date: not the report as signed.
    const signed = (fileDate: string) => ({ ...at(fileDate), round: { signedDate: '2026-01-25' } as BatchItem['round'] });
    expect(fileDateHint(signed('2026-01-20'), 2025, '2026-02-10')).toBeNull();
    expect(fileDateHint(signed('2026-01-25'), 2025, '2026-02-10')).toBe('2026-01-25');
  });

  it('imports the received date as the user set it', () => {
    const now = new Date('2026-03-20T10:00:00').getTime();
    const queued = queuedItem(1, 'a.txt', new Date('2025-02-20T10:00:00').getTime(), now);
    const read = withResult(queued, result('2024_hanyang_finance.txt'), catalog, matcher, new Map(), []);
    expect(read.receivedDate).toBe('2026-03-20');
    const edited = { ...read, receivedDate: fileDateHint(read, read.draft!.year, '2026-03-20'), status: 'reviewed' as const };
    expect(edited.receivedDate).toBe('2025-02-20');
    const [doc] = planBatchCommit([edited], catalog, buildStoredTable([])).documents;
    expect(doc!.round.receivedDate).toBe('2025-02-20');
    expect(submitTimeliness(2024, doc!.round.receivedDate, doc!.round.signedDate, DEFAULT_DEADLINES)).toBe('on-time');
  });
});
