import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../src/domain/extract/chinese-numerals';
import { findNumbers } from '../../../src/domain/extract/find-numbers';

describe('parseChineseNumeral', () => {
  it.each([
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['三千零五', 3005],
    ['两千', 2000],
    ['一万', 10000],
    ['十二万三千', 123000],
    ['二〇二四', 2024],
    ['零', 0],
  ])('%s → %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it('rejects runs that are not numbers', () => {
    expect(parseChineseNumeral('二三')).toBeNull();
    expect(parseChineseNumeral('万')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

function first(text: string) {
  const t = findNumbers(text)[0]!;
  return { text: text.slice(t.start, t.end), value: t.value, unit: t.unit, qualifier: t.qualifier, form: t.form, high: t.high };
}

describe('findNumbers', () => {
  it.each([
    ['处理平台案件30件', { value: 30, unit: '件', qualifier: '' }],
    ['发放宣传资料1,234份', { value: 1234, unit: '份' }],
    ['罚没款金额合计122.4552万元', { value: 122.4552, unit: '万元' }],
    ['追发工资2.17亿元', { value: 2.17, unit: '亿元' }],
    ['满意度100%', { value: 100, unit: '%' }],
    ['较上年下降4.2个百分点', { value: 4.2, unit: '个百分点' }],
    ['依法答复率百分之九十五', { value: 95, unit: '%' }],
    ['局党组两次研究', { value: 2, unit: '次', form: 'chinese' }],
    ['开展宣传活动十余场', { value: 10, unit: '场', qualifier: '余' }],
    ['服务企业一百二十家', { value: 120, unit: '家' }],
    ['调解10余人次', { value: 10, unit: '人次', qualifier: '余' }],
    ['发放资料近5000份', { value: 5000, unit: '份', qualifier: '近' }],
    ['受众约3万人次', { value: 3, unit: '万人次', qualifier: '约' }],
    ['发放宣传资料1.2万余份', { value: 1.2, unit: '万份', qualifier: '余' }],
    ['参训人员达420余人次', { value: 420, unit: '人次', qualifier: '余' }],
    ['培训100人次以上', { value: 100, unit: '人次', qualifier: '以上' }],
    ['每年学法不少于4次', { value: 4, unit: '次', qualifier: '不少于' }],
    ['超过300家', { value: 300, unit: '家', qualifier: '超过' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  it('reads ranges, dates, commemorative days and phone numbers as such', () => {
    expect(first('每月开展3—5次')).toMatchObject({ form: 'range', value: 3, high: 5, unit: '次' });
    expect(first('纲要（2021—2025年）')).toMatchObject({ form: 'range', value: 2021, high: 2025, unit: '年' });
    expect(first('2024年6月12日')).toMatchObject({ form: 'date' });
    expect(first('于7月23日完成')).toMatchObject({ form: 'date' });
    expect(first('发布日期2024-03-01')).toMatchObject({ form: 'date' });
    expect(first('“12·4”国家宪法日')).toMatchObject({ form: 'festival' });
    expect(first('电话027-84298000')).toMatchObject({ form: 'phone' });
    expect(first('十几个')).toMatchObject({ form: 'vague' });
  });
});
