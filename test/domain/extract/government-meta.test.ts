import { describe, expect, it } from 'vitest';
import { detectDepartment, detectYear } from '../../../src/domain/extract/detect-meta';
import { governmentOf, mostNamedPlace, qualifyRelative } from '../../../src/domain/extract/government-meta';
import { normalizeReport } from '../../../src/domain/extract/normalize-report';

const paragraphs = (text: string) => normalizeReport(text).text.split('\n');
const department = (text: string) => detectDepartment(paragraphs(text)).department;

describe('reporting units that are governments', () => {
  it('a city or district government named by its place in the opening', () => {
    expect(department('2020年,通州区以习近平新时代中国特色社会主义思想为指导,全面推进依法行政。')).toBe('通州区人民政府');
    expect(department('在市委、市政府的坚强领导下,静海区坚持以习近平法治思想为指导。')).toBe('静海区人民政府');
  });

  it('a title that names the place only, after page chrome', () => {
    const chrome = '首页\n>政府信息公开>工作信息\n索引号002969771/2025-125341\n组配分类政府建设发布机构区司法局\n生成日期2025-03-25\n';
    const text = `${chrome}2024年度鄞州区法治政府建设工作报告\n2024年,鄞州区政府全面贯彻落实党的二十大精神。`;
    expect(department(text)).toBe('鄞州区人民政府');
    expect(detectYear(paragraphs(text)).year).toBe(2024);
  });

  it('a town and a street', () => {
    // A town or street that names itself in the title keeps the title's words.
    expect(department('大岚镇2024年法治建设总结和2025年工作计划\n今年以来,我镇深入学习贯彻习近平法治思想。')).toBe('大岚镇');
    expect(department('2024年,鹤龙街坚持以习近平新时代中国特色社会主义思想为指导。')).toBe('鹤龙街');
    const street =
      '一、主要举措\n笃学践行习近平法治思想。西兴街道深入学习贯彻习近平法治思想。\n落实第一责任人职责。西兴街道严格履行法治建设第一责任人职责。';
    expect(department(street)).toBe('西兴街道办事处');
  });

  it('「现将省政府…」 and 「我区」: the place of that level the report names', () => {
    const text = '根据有关规定,现将省政府2024年度法治政府建设情况报告如下。\n一、坚持党的领导\n湖南省人民政府省长高度重视法治政府建设。';
    expect(department(text)).toBe('湖南省人民政府');
    const district =
      '2025年,在市政府的正确领导下,我区深入学习贯彻习近平法治思想。\n郑东新区成立企业服务法律联络点。\n郑东新区整合部门窗口。';
    expect(department(district)).toBe('郑东新区人民政府');
  });

  it('a superior named in the opening is not the reporting unit', () => {
    expect(department('2025年,在市政府的正确领导下,我局坚持依法行政。')).toBe('');
  });

  it('the office of a government (县人民政府办)', () => {
    expect(department('2022年,在县委、县政府的坚强领导下,在县司法局的有力指导下,武定县人民政府办公室坚持以习近平法治思想为指导。')).toBe(
      '武定县人民政府办公室',
    );
  });

  it('a department named relatively (市市场监管局) takes the city the report names', () => {
    expect(qualifyRelative('市市场监管局', '绍兴市电梯安全管理规定施行;绍兴市食品安全示范城市创建')).toBe('绍兴市市场监管局');
    expect(qualifyRelative('市市场监管局', '只提到一次绍兴市')).toBe('市市场监管局');
  });

  it('a county, city or district whose name ends in 山 is a place; a mountain area (山区) named in passing is not', () => {
    expect(mostNamedPlace('竹山县持续深化改革。竹山县开展普法。', '县')).toBe('竹山县');
    expect(mostNamedPlace('佛山市持续深化改革,佛山市开展普法。', '市')).toBe('佛山市');
    expect(mostNamedPlace('深入山区开展普法,山区群众受益,山区道路。', '区')).toBe('');
    expect(department('2023年法治政府建设工作报告\n2023年,县政府坚持依法行政。竹山县持续深化改革。竹山县开展普法。')).toBe(
      '竹山县人民政府',
    );
    // 「区政府在区委的坚强领导下」 is not a unit named 区政府在区委.
    expect(
      department('2024年法治政府建设情况报告\n2024年,区政府在区委的坚强领导下,坚持依法行政。洪山区深化改革。洪山区优化营商环境。'),
    ).toBe('洪山区人民政府');
  });

  it('places: 全区 and 社区 are not places; a province named once is', () => {
    expect(mostNamedPlace('全区各社区、全区各街道,全区推进', '区')).toBe('');
    expect(mostNamedPlace('湖南省人民政府', '省')).toBe('湖南省');
    expect(governmentOf('中南路街道')).toBe('中南路街道办事处');
    expect(governmentOf('北京市人民政府')).toBe('北京市人民政府');
  });
});

describe('streets, ministries and reports that open with their addressee', () => {
  it('a report addressed to a committee, opening without a year, names the street office acting', () => {
    const text =
      '区委依法治区办:\n在区委、区政府的坚强领导下,东关街道办事处深入学习贯彻习近平法治思想,现将2024年度法治政府建设工作情况报告如下:\n一、主要成效';
    expect(department(text)).toBe('东关街道办事处');
    expect(detectYear(paragraphs(text)).year).toBe(2024);
  });

  it('「现将2025年工作情况总结如下」 gives the year when no title or opening does', () => {
    expect(detectYear(paragraphs('各位领导:\n我街道认真履职。现将2025年工作情况总结如下:')).year).toBe(2025);
  });

  it('a street office named under its government in the title is the street office', () => {
    expect(department('思明区人民政府鼓浪屿街道办事处关于2023年度法治政府建设情况的报告\n2023年,召开会议3次。')).toBe(
      '思明区鼓浪屿街道办事处',
    );
    // The government's own office keeps its name.
    expect(department('2022年,在县委的领导下,武定县人民政府办公室坚持依法行政。')).toBe('武定县人民政府办公室');
  });

  it('a ministry (…部), but not 干部 or 全部', () => {
    expect(department('2023年,司法部坚持以习近平法治思想为指导,扎实推进法治政府建设。')).toBe('司法部');
    expect(department('2023年,全部干部坚持以习近平法治思想为指导。')).toBe('');
  });

  it('a page that joins a joint title, the addressee and the text on one line: the government', () => {
    const text =
      '中共龙港镇委员会龙港镇人民政府关于报送2023年度法治政府建设情况的报告 中共某市委、某市人民政府: 2023年,在市委市政府的坚强领导下,龙港镇扎实开展法治政府建设。';
    expect(department(text)).toBe('龙港镇人民政府');
  });

  it('the object of a preposition in the opening is not the reporting unit, nor 全区…委员会', () => {
    expect(department('2024年,对市政府规章和行政规范性文件进行集中清理。')).toBe('');
    expect(department('2024年,全区共有人民调解委员会186个。')).toBe('');
  });
});
