// The batch queue's rules: which files are read, how a result enters the queue (recognised
// when its text is stored, skipped when it repeats one of the batch), and what the import writes.
import { describe, expect, it } from 'vitest';
import { buildStoredTable } from '../../../src/domain/observations/stored-table';
import { extractReport } from '../../../src/domain/extract';
import { DepartmentMatcher } from '../../../src/domain/round/match-department';
import { roundFacts } from '../../../src/domain/round/review-report';
import { textHash } from '../../../src/domain/round/text-hash';
import { parseDepartmentsCsv } from '../../../src/domain/departments/parse-departments-csv';
import { fileKind, planBatchCommit, withResult, type BatchItem } from '../../../src/features/extract/batch-model';
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
});
