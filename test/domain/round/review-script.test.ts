// `npm run -s review -- FILE...`: one JSON line per report; a failing file does not stop the others.
import { describe, expect, it } from 'vitest';
import { runJsonLinesScript } from '../../helpers/run-script';

const review = (...args: string[]) => runJsonLinesScript('scripts/review.ts', ...args);

describe('scripts/review.ts', () => {
  it('prints the parts, signature date and figures of each report', () => {
    const { status, lines, stderr } = review(
      'data/reports/2024_xinzhou_economy-tech.txt',
      'test/fixtures/round/files/broken.doc',
      'data/reports/2023_jiefang_finance.txt',
      'test/fixtures/round/files/2024_xinzhou_economy-tech.html',
    );
    expect(status).toBe(1);
    expect(stderr).toContain('broken.doc');
    expect(stderr).toContain('另存为」.docx');
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0]!)).toEqual(['file', 'department', 'year', 'signed_date', 'parts', 'figures', 'needs_confirmation']);
    expect(lines[0]).toMatchObject({
      file: '2024_xinzhou_economy-tech.txt',
      department: '武汉市新洲区经济信息化和科技创新局',
      year: 2024,
      signed_date: '2025-01-21',
      parts: { measures: '一、法治政府建设推进情况', leader_duty: null, next_year: '三、2025年工作思路', other: null },
      needs_confirmation: 0,
    });
    expect(lines[0]!.figures).toBeGreaterThan(5);
    // 解放区财政局 as the bundled registry names it.
    expect(lines[1]).toMatchObject({
      department: '焦作市解放区财政局',
      year: 2023,
      signed_date: null,
      parts: { leader_duty: '一、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设有关情况' },
    });
    // The saved web page reads like the text file.
    expect({ ...lines[2], file: '' }).toEqual({ ...lines[0], file: '' });
  }, 30_000);
});
