import { describe, expect, it } from 'vitest';
import { boardToCsv } from '../../../src/domain/round/board-csv';
import { boardYears, buildBoard, filterBoard, sortBoard, type BoardReport } from '../../../src/domain/round/board';
import { DEFAULT_DEADLINES } from '../../../src/domain/round/deadlines';
import type { FoundPart, ReportParts } from '../../../src/domain/round/report-parts';
import type { Department } from '../../../src/domain/types';

const part = (heading: string): FoundPart => ({ heading, start: 0, end: heading.length, how: 'heading' });
const ALL: ReportParts = {
  measures: part('一、主要举措和成效'),
  shortcomings: part('二、存在的不足和原因'),
  leader_duty: part('三、党政主要负责人履行推进法治建设第一责任人职责情况'),
  next_year: part('四、2025年工作安排'),
  other: null,
};

function report(id: string, department: string, patch: Partial<BoardReport['round']> = {}): BoardReport {
  return {
    documentId: id,
    datasetId: 'ds',
    file: `${id}.txt`,
    round: {
      hash: id,
      department,
      year: 2024,
      signedDate: '2025-01-20',
      receivedDate: '2025-02-01',
      publishedDate: null,
      url: null,
      parts: ALL,
      figures: 12,
      needsConfirmation: 0,
      ...patch,
    },
  };
}

const dept = (name: string, mustReport: boolean, aliases: string[] = []): Department => ({
  name,
  region: '',
  type: '',
  aliases,
  mustReport,
});
const registry = [
  dept('武汉市汉阳区财政局', true, ['汉阳区财政局']),
  dept('武汉市汉阳区司法局', true),
  dept('武汉市汉阳区教育局', true),
  dept('武汉市汉阳区统计局', false),
];

describe('filing board', () => {
  const reports = [
    report('a', '汉阳区财政局'), // alias → registry name
    report('b', '武汉市汉阳区司法局', { receivedDate: '2025-03-05', parts: { ...ALL, leader_duty: null }, figures: 0 }),
    report('c', '武汉市汉阳区统计局', { receivedDate: null, signedDate: '2025-03-02' }),
    report('d', '武汉市汉阳区财政局', { year: 2023 }),
  ];
  const board = buildBoard(registry, reports, 2024, DEFAULT_DEADLINES);

  it('lists departments that must report and those that sent one, with the summary', () => {
    expect(board.rows.map((r) => [r.department, r.mustReport, r.report?.file ?? null, r.submit, r.missing])).toEqual([
      ['武汉市汉阳区财政局', true, 'a.txt', 'on-time', []],
      ['武汉市汉阳区司法局', true, 'b.txt', 'late', ['leader_duty']],
      ['武汉市汉阳区教育局', true, null, 'unknown', []],
      ['武汉市汉阳区统计局', false, 'c.txt', 'late', []],
    ]);
    expect(board.summary).toEqual({ due: 3, received: 2, late: 2, incomplete: 1, unlisted: 1 });
    expect(boardYears(reports)).toEqual([2024, 2023]);
  });

  it('keeps the latest of two reports of one department and year', () => {
    const two = buildBoard(
      registry,
      [report('a', '武汉市汉阳区财政局'), report('z', '武汉市汉阳区财政局', { receivedDate: '2025-02-20' })],
      2024,
      DEFAULT_DEADLINES,
    );
    expect(two.rows[0]).toMatchObject({ report: { documentId: 'z' }, others: 1 });
  });

  it('filters and sorts', () => {
    expect(filterBoard(board.rows, 'missing-report').map((r) => r.department)).toEqual(['武汉市汉阳区教育局']);
    expect(filterBoard(board.rows, 'late').map((r) => r.report?.file)).toEqual(['b.txt', 'c.txt']);
    expect(filterBoard(board.rows, 'incomplete').map((r) => r.report?.file)).toEqual(['b.txt']);
    expect(filterBoard(board.rows, 'all', '统计').map((r) => r.report?.file)).toEqual(['c.txt']);
    expect(sortBoard(board.rows, 'status').map((r) => r.report?.file ?? '-')).toEqual(['-', 'b.txt', 'c.txt', 'a.txt']);
    expect(sortBoard(board.rows, 'figures', true).map((r) => r.report?.round.figures ?? null)).toEqual([12, 12, 0, null]);
  });

  it('exports CSV with formula cells neutralised', () => {
    const evil = buildBoard(
      [dept('=HYPERLINK("x")局', true)],
      [report('e', '=HYPERLINK("x")局', { url: '@cmd', figures: 3 })],
      2024,
      DEFAULT_DEADLINES,
    );
    const csv = boardToCsv(evil);
    expect(csv.startsWith('\uFEFF部门,年度,须报送,文件')).toBe(true);
    const line = csv.split('\r\n')[1]!;
    expect(line.startsWith(`"'=HYPERLINK(""x"")局",2024,是,e.txt,2025-01-20,2025-02-01,按时,,'@cmd,未知,`)).toBe(true);
    expect(csv.split('\r\n')[2]).toBe('');
    const missing = boardToCsv(board).split('\r\n')[3]!;
    expect(missing).toBe('武汉市汉阳区教育局,2024,是,未报送,,,,,,,,,,,,0,,');
  });
});
