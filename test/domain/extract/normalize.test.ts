import { describe, expect, it } from 'vitest';
import { originalSpan } from '../../../src/domain/extract/mapped-text';
import { normalizeReport } from '../../../src/domain/extract/normalize-report';
import { classifyLine } from '../../../src/domain/extract/page-artifacts';
import { extract, row, values } from './helpers';

describe('normalizeReport', () => {
  it('removes spaces between CJK characters and numbers', () => {
    expect(normalizeReport('开展党组理论学习中心组学法活动 3 次').text).toBe('开展党组理论学习中心组学法活动3次');
  });

  it('joins a sentence broken by a PDF page break', () => {
    const text = '3.全面推行重大执法决定法制审核制度。重大执法决定法制审核制度执\n\n行率达 100%。\n\n（九）加强突发事件应对';
    expect(normalizeReport(text).text).toBe(
      '3.全面推行重大执法决定法制审核制度。重大执法决定法制审核制度执行率达100%。\n(九)加强突发事件应对',
    );
  });

  it('keeps headings, titles and signatures on their own lines', () => {
    const text = '（二）加强财政法治建设组织领导\n\n把党的领导贯穿到法治建设全过程各方面。\n\n武汉经济技术开发区财政局党组\n\n2025年1月6日';
    expect(normalizeReport(text).text.split('\n')).toEqual([
      '(二)加强财政法治建设组织领导',
      '把党的领导贯穿到法治建设全过程各方面。',
      '武汉经济技术开发区财政局党组',
      '2025年1月6日',
    ]);
  });

  it('joins letter-spaced titles and NFKC-normalises full-width characters', () => {
    expect(normalizeReport('竹 山 县 教 育 局\n关于２０２３年度法治政府建设情况的报告').text).toBe(
      '竹山县教育局\n关于2023年度法治政府建设情况的报告',
    );
  });

  it('drops page numbers between the two halves of a sentence', () => {
    expect(normalizeReport('全年共收到行政复议申请 87 件，受\n\n- 2 -\n\n理 72 件。').text).toBe('全年共收到行政复议申请87件,受理72件。');
  });

  it('maps every normalised span back to the original text', () => {
    const original = '2024 年处理平台案件 30 件，满意度\n\n100%。';
    const m = normalizeReport(original);
    const at = m.text.indexOf('满意度100%');
    const span = originalSpan(m, at, at + '满意度100%'.length);
    expect(original.slice(span.start, span.end)).toBe('满意度\n\n100%');
  });
});

describe('page artefacts', () => {
  it.each([
    ['- 2 -', 'page-number'],
    ['— 3 —', 'page-number'],
    ['第 2 页 共 3 页', 'page-number'],
    ['首页 > 政务公开 > 法治政府建设', 'chrome'],
    ['字号：大 中 小    分享到：', 'chrome'],
    ['索引号：011000001/2025-00023    发布机构：青山区市场监管局', 'chrome'],
    ['备案证编号:鄂ICP备2022016438号-1©1997- 版权所有', 'chrome'],
    ['鄂公网安备 42011302000122号 网站标识码:4201130014', 'chrome'],
    ['主办单位：武汉市青山区人民政府办公室', 'chrome'],
    ['2024年处理平台案件30件', 'text'],
  ])('%s → %s', (line, kind) => {
    expect(classifyLine(line.normalize('NFKC'))).toBe(kind);
  });

  it('never extracts values from an ICP/公网安备 footer', () => {
    const text =
      '2023年,累计经办信访案件13件。\n主办单位:中共武汉经济技术开发区工委\n备案证编号:鄂ICP备2022016438号-1©1997- 版权所有\n鄂公网安备 42011302000122号 网站标识码:4201130014';
    const r = extract(text, { department: '测试局', year: 2023 });
    expect(r.rows.map((x) => x.value)).toEqual([13]);
  });
});

describe('evidence', () => {
  it('is verbatim from the original text at the row offsets, line breaks included', () => {
    const original = '区财政局作出重大执法决定前均严格进行法制审核，重大执法决定法制审核制度执\n\n行率达 100%。';
    const r = row(extract(original).rows, 100, '%');
    expect(original.slice(r.source.start, r.source.end)).toBe(r.evidence);
    expect(r.evidence).toContain('执\n\n行率达 100%');
    expect(r.source.line).toBe(-1);
  });
});

describe('a number at the start of a wrapped line', () => {
  it('continues the sentence of the line before (PDF text read by pdf.js)', () => {
    const text = '开展“双随机、\u2f00公开”抽查213次，抽查市场主体\n1046\u2f3e次，抽查结果公示率100%。';
    expect(normalizeReport(text).text).toBe('开展“双随机、一公开”抽查213次,抽查市场主体1046户次,抽查结果公示率100%。');
    expect(values(text)).toEqual(['213次', '1046户次', '100%']);
  });

  it('is a value after a line that starts like a list item (一是 …)', () => {
    const text = '一是加强执法培训，全年组织执法人员参加法律知识培训\n1260 人次；二是开展案卷评查，评查案卷216卷。';
    expect(normalizeReport(text).text.split('\n')).toHaveLength(1);
    expect(values(text)).toEqual(['1260人次', '216卷']);
  });

  it('is not a list marker after a line that ends inside a phrase (排名第 / 、)', () => {
    const r = extract('在全市法治政府建设考核中，我局排名第\n一、全省第三。');
    expect(r.normalizedText).toBe('在全市法治政府建设考核中,我局排名第一、全省第三。');
    expect(r.rows.map((x) => [x.value, x.rule])).toEqual([[1, 'ranking']]);
  });

  it('is not a page number when it stands alone between the halves of a sentence', () => {
    expect(values('开展“双随机、一公开”抽查213次，受理投诉举报\n87\n件，办结率100%。')).toEqual(['213次', '87件', '100%']);
    expect(values('全年共组织法治培训，参训人员\n3\n批次共计120人次。')).toEqual(['3批次', '120人次']);
    expect(values('抽查市场主体\n1046\n户次，抽查结果公示率100%。')).toEqual(['1046户次', '100%']);
  });

  it('is still a page number when no unit follows or when it continues the page numbering', () => {
    expect(normalizeReport('全年共收到行政复议申请 87 件，受\n2\n理 72 件。').text).toBe('全年共收到行政复议申请87件,受理72件。');
    const paged = '全年共收到行政复议申请87件。\n1\n\n全年办理行政复议案\n2\n件数逐年下降。';
    expect(normalizeReport(paged).text).not.toContain('2件');
    expect(values(paged)).toEqual(['87件']);
  });

  it('leaves a paragraph that starts with a quantity after a heading alone', () => {
    expect(normalizeReport('（二）队伍建设\n35名执法人员全部取得执法证件。').text.split('\n')).toEqual([
      '(二)队伍建设',
      '35名执法人员全部取得执法证件。',
    ]);
  });
});

describe('report title', () => {
  it('stays a paragraph of its own when short lines of the same width look like a PDF wrap', () => {
    const text = [
      '江夏区住房和城乡建设局2023年法治政府建设年度报告',
      '2023年，区住建局坚持依法行政，全面推进住建领域法治建设。',
      '一、法治建设主要举措',
      '局党组中心组专题学法4次，举办讲座2期。',
      '全年办理行政许可事项1286件，均按时办结。',
      '开展建筑施工安全检查1326次，整改到位。',
      '办理行政复议案件5件，无被纠错情况发生。',
      '主动公开政府信息286条，均按期公开完毕。',
    ].join('\n');
    expect(normalizeReport(text).text.split('\n')[0]).toBe('江夏区住房和城乡建设局2023年法治政府建设年度报告');
    expect(extract(text, {}).department).toBe('江夏区住房和城乡建设局');
  });
});
