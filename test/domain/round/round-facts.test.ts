import { describe, expect, it } from 'vitest';
import { parseDepartmentsCsv } from '../../../src/domain/departments/parse-departments-csv';
import { extractReport } from '../../../src/domain/extract';
import { normalizeReport } from '../../../src/domain/extract/normalize-report';
import { DEFAULT_DEADLINES, deadlineDate, publishTimeliness, readDeadlines, submitTimeliness } from '../../../src/domain/round/deadlines';
import { DepartmentMatcher } from '../../../src/domain/round/match-department';
import { countNeedsConfirmation, reviewLine, roundFacts } from '../../../src/domain/round/review-report';
import { signatureDate } from '../../../src/domain/round/signature-date';
import { textHash } from '../../../src/domain/round/text-hash';
import { webPageMeta } from '../../../src/domain/round/web-page-meta';
import { loadCatalog, readProjectFile } from '../../helpers/project-files';

const signed = (tail: string) => signatureDate(normalizeReport(`一、主要举措和成效\n我局全年开展培训3次。\n${tail}`).text);

describe('signature date', () => {
  it('reads the 落款 in Arabic or Chinese numerals', () => {
    expect(signed('中共某某局党组\n2025年1月20日')).toBe('2025-01-20');
    expect(signed('某某局\n二〇二五年一月二十日')).toBe('2025-01-20');
    expect(signed('某某局\n二○二四年十二月三十一日')).toBe('2024-12-31');
    expect(signed('中共某某局党组\n\n2025 年 1 月 6 日印发')).toBe('2025-01-06');
  });

  it('finds no date where the report ends without one, and rejects impossible days', () => {
    expect(signed('营造学法、守法、用法的法治氛围。')).toBeNull();
    expect(signed('某某局\n2025年2月30日')).toBeNull();
    // A date at the top of the page (publishing time) is not the signature.
    expect(signatureDate(normalizeReport('发布时间:2025年3月5日\n一、主要举措和成效\n' + '我局开展培训。\n'.repeat(20)).text)).toBeNull();
  });

  it('on the sample reports', () => {
    const of = (name: string) => signatureDate(normalizeReport(readProjectFile(`data/reports/${name}.txt`)).text);
    expect(of('2024_xinzhou_economy-tech')).toBe('2025-01-21');
    expect(of('2023_wuhan-etdz_development-reform')).toBe('2024-02-18'); // before the web page footer
    expect(of('2024_wuhan-etdz_finance')).toBe('2025-01-06');
    expect(of('2024_hanyang_finance')).toBeNull();
  });
});

describe('deadlines', () => {
  it('are days of the year after the report year, inclusive', () => {
    expect(deadlineDate(2024, DEFAULT_DEADLINES.submit)).toBe('2025-03-01');
    expect(submitTimeliness(2024, '2025-03-01', null)).toBe('on-time');
    expect(submitTimeliness(2024, '2025-03-02', '2025-01-20')).toBe('late');
    expect(publishTimeliness(2024, '2025-04-01')).toBe('on-time');
    expect(publishTimeliness(2024, '2025-04-02')).toBe('late');
    expect(publishTimeliness(2024, null)).toBe('unknown');
  });

  it('without a received date: late only when signed after the deadline', () => {
    expect(submitTimeliness(2024, null, '2025-03-10')).toBe('late');
    expect(submitTimeliness(2024, null, '2025-01-10')).toBe('unknown');
    expect(submitTimeliness(2024, null, null)).toBe('unknown');
  });

  it('are configurable, and bad settings fall back to the defaults', () => {
    const d = readDeadlines({ submit: { month: 1, day: 31 }, publish: { month: 13, day: 1 } });
    expect(d).toEqual({ submit: { month: 1, day: 31 }, publish: DEFAULT_DEADLINES.publish });
    expect(submitTimeliness(2024, '2025-02-15', null, d)).toBe('late');
    expect(readDeadlines(undefined)).toEqual(DEFAULT_DEADLINES);
  });
});

describe('registry matching', () => {
  const registry = parseDepartmentsCsv(readProjectFile('data/departments.csv'));
  const m = new DepartmentMatcher([...registry, { name: '武汉市江岸区财政局', region: '武汉市江岸区', type: '财政局', aliases: [] }]);

  it('matches exact names, aliases and expanded abbreviations', () => {
    expect(m.match('武汉市汉阳区财政局')).toMatchObject({ name: '武汉市汉阳区财政局', how: 'exact' });
    expect(m.match('武汉经开区财政局')).toMatchObject({ name: '武汉经济技术开发区财政局', how: 'alias' });
    expect(m.match('新洲区经科局')).toMatchObject({ name: '武汉市新洲区经济信息化和科技创新局', how: 'alias' });
  });

  it('matches a name without its region prefix or an abbreviation of one name only', () => {
    expect(m.match('江岸区财政局')).toMatchObject({ name: '武汉市江岸区财政局', how: 'suffix' });
    expect(m.match('汉阳财政局')).toMatchObject({ name: '武汉市汉阳区财政局', how: 'abbreviation' });
    expect(m.match('江岸区财政')).toMatchObject({ name: '江岸区财政', how: 'none' });
  });

  it('leaves unknown and ambiguous names as detected', () => {
    expect(m.match('武汉市江夏区司法局')).toEqual({ name: '武汉市江夏区司法局', how: 'none', candidates: [] });
    const amb = m.match('财政局');
    expect(amb.how).toBe('ambiguous');
    expect(amb.candidates).toHaveLength(4);
    expect(m.match('  ')).toMatchObject({ how: 'none' });
  });
});

describe('saved web page metadata', () => {
  it('reads the publishing date and address', () => {
    const html =
      '<!-- saved from url=(0045)https://www.example.gov.cn/art/2025/2/11.html -->\n<html><head><meta name="PubDate" content="2025-02-11 09:30"></head><body>…</body></html>';
    expect(webPageMeta(html)).toEqual({ publishedDate: '2025-02-11', url: 'https://www.example.gov.cn/art/2025/2/11.html' });
    const canonical = '<link rel="canonical" href="http://a.gov.cn/x.html"><p>来源：某局 发布时间：2025年3月5日 10:00</p>';
    expect(webPageMeta(canonical)).toEqual({ publishedDate: '2025-03-05', url: 'http://a.gov.cn/x.html' });
  });

  it('never takes a script URL for the address', () => {
    expect(webPageMeta('<link rel="canonical" href="javascript:alert(1)">').url).toBeNull();
  });
});

describe('round facts and the review line', () => {
  it('counts rows to confirm only where the engine marks them', () => {
    expect(countNeedsConfirmation([{}, { mapping: { needsConfirmation: true } }, { mapping: { needsConfirmation: false } }])).toBe(1);
  });

  it('describes the xinzhou sample as the review command prints it', () => {
    const text = readProjectFile('data/reports/2024_xinzhou_economy-tech.txt');
    const result = extractReport(text, loadCatalog(), { sourceName: 'x.txt' });
    const line = reviewLine('x.txt', roundFacts(text, result));
    expect(line).toMatchObject({
      file: 'x.txt',
      department: '武汉市新洲区经济信息化和科技创新局',
      year: 2024,
      signed_date: '2025-01-21',
      parts: {
        measures: '一、法治政府建设推进情况',
        shortcomings: '二、当前法治政府建设工作存在的问题和建议',
        leader_duty: null,
        next_year: '三、2025年工作思路',
        other: null,
      },
      figures: result.rows.length,
    });
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('recognises the same text by its hash', () => {
    const a = readProjectFile('data/reports/2024_hanyang_finance.txt');
    expect(textHash(a)).toBe(textHash(a.slice()));
    expect(textHash(a)).not.toBe(textHash(a + ' '));
    expect(textHash(a)).not.toBe(textHash(a.replace('2024', '2023')));
  });
});
