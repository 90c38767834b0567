import { describe, expect, it } from 'vitest';
import { originalSpan } from '../../../src/domain/extract/mapped-text';
import { normalizeReport } from '../../../src/domain/extract/normalize-report';
import { classifyLine } from '../../../src/domain/extract/page-artifacts';
import { extract, row } from './helpers';

describe('normalizeReport', () => {
  it('removes spaces between CJK characters and numbers', () => {
    expect(normalizeReport('开展党组理论学习中心组学法活动 3 次').text).toBe('开展党组理论学习中心组学法活动3次');
  });

  it('joins a sentence broken by a PDF page break', () => {
    const text = '3.全面推行重大执法决定法制审核制度。重大执法决定法制审核制度执\n\n行率达 100%。\n\n（九）加强突发事件应对';
    expect(normalizeReport(text).text).toBe('3.全面推行重大执法决定法制审核制度。重大执法决定法制审核制度执行率达100%。\n(九)加强突发事件应对');
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
    expect(normalizeReport('竹 山 县 教 育 局\n关于２０２３年度法治政府建设情况的报告').text).toBe('竹山县教育局\n关于2023年度法治政府建设情况的报告');
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
    const text = '2023年,累计经办信访案件13件。\n主办单位:中共武汉经济技术开发区工委\n备案证编号:鄂ICP备2022016438号-1©1997- 版权所有\n鄂公网安备 42011302000122号 网站标识码:4201130014';
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
