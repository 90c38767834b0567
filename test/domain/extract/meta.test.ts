import { describe, expect, it } from 'vitest';
import { abbreviates, departmentOfFileName, detectDepartment, detectMeta, detectYear } from '../../../src/domain/extract/detect-meta';
import { normalizeReport } from '../../../src/domain/extract/normalize-report';
import { readProjectFile } from '../../helpers/project-files';
import { extract, values } from './helpers';

const paragraphs = (text: string) => normalizeReport(text).text.split('\n');

describe('department and year of the sample reports, without options', () => {
  it.each([
    ['2024_wuhan-etdz_finance', ['武汉经济技术开发区财政局'], 2024],
    ['2024_hanyang_finance', ['武汉市汉阳区财政局', '汉阳区财政局'], 2024],
    ['2024_xinzhou_economy-tech', ['武汉市新洲区经济信息化和科技创新局'], 2024],
    ['2023_jiefang_finance', ['解放区财政局', '焦作市解放区财政局'], 2023],
    ['2023_wuhan-etdz_development-reform', ['武汉经济技术开发区发展和改革局'], 2023],
  ])('%s', (name, departments, year) => {
    const r = extract(readProjectFile(`data/reports/${name}.txt`), {});
    expect(departments).toContain(r.department);
    expect(r.year).toBe(year);
  });
});

describe('detectYear', () => {
  it('reads the title, never the publishing date', () => {
    const text = '发布日期：2025-02-12\n青山区市场监督管理局2024年法治政府建设年度报告\n2025年2月12日';
    expect(detectYear(paragraphs(text)).year).toBe(2024);
  });

  it('reads 「关于…年度」 titles broken over two lines', () => {
    expect(detectYear(paragraphs(' 解放区财政局关于\n2023 年法治政府建设情况的报告')).year).toBe(2023);
  });

  it('reads the opening sentence when there is no title', () => {
    expect(detectYear(paragraphs('2024年，我局坚持依法行政。\n一、主要成效\n2025年1月6日')).year).toBe(2024);
  });

  it('reads a year written in Chinese numerals', () => {
    expect(detectYear(paragraphs('二〇二三年度法治政府建设情况报告\n某某县司法局\n二〇二四年一月十日')).year).toBe(2023);
  });

  it('has no year rather than a guess', () => {
    expect(detectYear(paragraphs('我局坚持依法行政。\n2025年1月6日印发')).year).toBeNull();
    const r = extract('我局坚持依法行政,全年开展培训3次。', {});
    expect(r.year).toBeNull();
    expect(r.issues.map((i) => i.code)).toContain('E_YEAR_UNDETECTED');
  });
});

describe('detectDepartment', () => {
  it('strips 中共…党组 and 文件 from the red header', () => {
    expect(detectDepartment(paragraphs('中共武汉经济技术开发区财政局党组文件\n武开财党组〔2025〕1号')).department).toBe(
      '武汉经济技术开发区财政局',
    );
  });

  it('expands the short name of the title with the full name of the signature', () => {
    const text =
      '新洲区经科局关于2024年度法治政府建设情况的报告\n2024年,我局坚持依法行政。\n中共武汉市新洲区经济信息化和科技创新局党组\n2025年1月21日';
    expect(detectDepartment(paragraphs(text)).department).toBe('武汉市新洲区经济信息化和科技创新局');
  });

  it('expands 经开区 and 发改局 from the signature', () => {
    const text =
      '2023年,武汉经开区发改局党组坚持以习近平新时代中国特色社会主义思想为指导。\n中共武汉经济技术开发区发展和改革局党组\n2024年2月18日\n主办单位:中共武汉经济技术开发区工委(汉南区委)党政办公室';
    expect(detectDepartment(paragraphs(text)).department).toBe('武汉经济技术开发区发展和改革局');
  });

  it('takes the office for a place (街道 → 街道办事处)', () => {
    const text =
      '中南路街道2023年法治建设工作总结\n2023年,中南路街道党工委、办事处深入学习。\n中共武汉市武昌区中南路街道工作委员会\n武汉市武昌区中南路街道办事处\n2024年1月10日';
    expect(detectDepartment(paragraphs(text)).department).toBe('武汉市武昌区中南路街道办事处');
  });

  it('ignores the addressee line', () => {
    expect(detectDepartment(paragraphs('十堰市人民政府：\n房县人民政府关于2022年度法治政府建设情况的报告')).department).toBe(
      '房县人民政府',
    );
  });

  it('abbreviates', () => {
    expect(abbreviates('武汉经开区发改局', '武汉经济技术开发区发展和改革局')).toBe(true);
    expect(abbreviates('财政局', '武汉经济技术开发区财政局')).toBe(true);
    expect(abbreviates('财政局', '武汉经济技术开发区发展和改革局')).toBe(false);
  });

  it('options win over detection', () => {
    const r = extract(readProjectFile('data/reports/2024_xinzhou_economy-tech.txt'), { department: '新洲区经科局', year: 2030 });
    expect(r.department).toBe('新洲区经科局');
    expect(r.year).toBe(2030);
    expect(r.rows.every((row) => row.department === '新洲区经科局' && row.year === 2030)).toBe(true);
  });
});

describe('sections', () => {
  const report = (heading: string) => `一、2024年度主要成效\n全年开展法治培训8次。\n${heading}\n组织法治培训10次,开展普法活动20场。`;

  it.each([
    '二、下一年度工作计划',
    '二、2025年工作安排',
    '二、2025年度推进法治政府建设的初步安排',
    '二、2025年工作思路',
    '二、下一步工作打算',
    '四、2024年度推进法治政府建设的主要安排',
  ])('excludes the plan under 「%s」', (heading) => {
    expect(values(report(heading))).toEqual(['8次']);
  });

  it('keeps results under a heading that reports them', () => {
    expect(values(report('二、2024年度法治政府建设工作计划完成情况'))).toEqual(['8次', '10次', '20场']);
  });

  it('excludes a 下一步 sentence inside a results section', () => {
    expect(values('（一）执法人员占比低。全年培训执法人员120人次。下一步，我局将组织培训3期。')).toEqual(['120人次']);
  });

  it('the plan ends at the next top-level heading', () => {
    expect(values('一、2025年工作安排\n组织培训10次。\n二、主要负责人履行职责情况\n听取法治工作汇报2次。')).toEqual(['2次']);
  });
});

describe('hanyang (a report without figures)', () => {
  it('yields no value at all', () => {
    const r = extract(readProjectFile('data/reports/2024_hanyang_finance.txt'), {});
    expect(r.rows).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['W_NO_VALUES']);
  });
});

describe('department from the file name, when the text never names the unit', () => {
  const onlyWe = '2023年，我局深入推进法治政府建设，现将有关情况报告如下。\n一、主要工作\n全年我局办理行政复议案件3件。';

  it('takes the unit the file is named after: a title or the unit itself, with any path and extension', () => {
    expect(detectDepartment(paragraphs(onlyWe)).department).toBe('');
    expect(detectMeta(paragraphs(onlyWe), { sourceName: '某区司法局2023年度法治政府建设情况报告.docx' })).toMatchObject({
      department: '某区司法局',
      departmentSource: 'file',
    });
    expect(extract(onlyWe, { sourceName: 'D:\\年报\\某区财政局.pdf' }).department).toBe('某区财政局');
    expect(departmentOfFileName('2023年度某区市场监督管理局法治政府建设工作报告.txt')).toBe('某区市场监督管理局');
  });

  it('takes nothing from a name that names no unit, and never overrides the text', () => {
    for (const name of ['report.docx', '法治政府建设年度报告.docx', '粘贴的文本', '附件1.pdf'])
      expect(departmentOfFileName(name), name).toBe('');
    const named = '某区市场监督管理局2023年法治政府建设情况报告\n2023年，我局深入推进法治政府建设。';
    expect(detectMeta(paragraphs(named), { sourceName: '某区司法局.docx' }).department).toBe('某区市场监督管理局');
  });
});
