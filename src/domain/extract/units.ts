// Units that may follow a number in a report, and what kind of quantity each makes.

export type UnitKind =
  | 'count' // 次, 件, 项, 人, 人次 …: a counted result
  | 'money' // 元, 万元, 亿元
  | 'percent' // %, ‰
  | 'points' // 个百分点: a change of a rate
  | 'score' // 分
  | 'multiple' // 倍
  | 'measure' // 平方米, 公里, 吨 …
  | 'time' // 年, 月, 日, 小时, 天, 个月 …: dates and durations
  | 'ordinal' // 届, 号, 版, 岁 …: never a result
  | 'none';

/** Counted classifiers, longest first. */
const COUNT_UNITS = [
  '大类',
  '人次',
  '件次',
  '户次',
  '家次',
  '场次',
  '批次',
  '份次',
  '条次',
  '台次',
  '车次',
  '班次',
  '课时',
  '学时',
  '次',
  '人',
  '名',
  '位',
  '件',
  '项',
  '个',
  '份',
  '条',
  '家',
  '所',
  '户',
  '类',
  '篇',
  '部门',
  '部',
  '本',
  '册',
  '套',
  '张',
  '台',
  '辆',
  '起',
  '宗',
  '笔',
  '场',
  '期',
  '批',
  '轮',
  '处',
  '支',
  '门',
  '节',
  '堂',
  '种',
  '封',
  '块',
  '幅',
  '卷',
  '盒',
  '单',
  '例',
  '座',
  '栋',
  '间',
  '组',
  '队',
];
const TIME_UNITS = [
  '个工作日',
  '工作日',
  '个小时',
  '小时',
  '个月',
  '分钟',
  '季度',
  '周年',
  '周岁',
  '年度',
  '年',
  '月',
  '日',
  '天',
  '周',
  '秒',
  '号',
];
const ORDINAL_UNITS = ['届', '号', '版', '岁', '级', '层', '楼', '星', '档', '段', '步', '点', '线', '大', '方面'];
const MEASURE_UNITS = [
  '微克/立方米',
  '毫克/立方米',
  '毫克/升',
  '平方米',
  '平方公里',
  '立方米',
  '公顷',
  '千米',
  '公里',
  '公斤',
  '千克',
  '亩',
  '米',
  '吨',
  '兆瓦',
];
const MONEY_UNITS = ['元'];
const MULTIPLIERS = ['百万', '千万', '万', '亿', '千', '百'];

export interface UnitMatch {
  unit: string;
  kind: UnitKind;
  /** Length in the text, including a 余/多 inside (1万余人 → 「万余人」). */
  length: number;
  /** 余 or 多 found between a multiplier and the unit. */
  innerQualifier: '' | '余' | '多';
}

function startsWithAny(text: string, at: number, list: readonly string[]): string | undefined {
  for (const u of list) if (text.startsWith(u, at)) return u;
  return undefined;
}

function baseUnit(text: string, at: number): { unit: string; kind: UnitKind } | undefined {
  if (text.startsWith('个百分点', at)) return { unit: '个百分点', kind: 'points' };
  if (text.startsWith('百分点', at)) return { unit: '个百分点', kind: 'points' };
  if (text[at] === '%' || text[at] === '‰') return { unit: text[at], kind: 'percent' };
  const time = startsWithAny(text, at, TIME_UNITS);
  const count = startsWithAny(text, at, COUNT_UNITS);
  // 「个月」 and 「个工作日」 are time; 「个」 alone is a count.
  if (time && (!count || time.length > count.length)) return { unit: time, kind: time === '号' ? 'ordinal' : 'time' };
  if (count) return { unit: count, kind: 'count' };
  const money = startsWithAny(text, at, MONEY_UNITS);
  if (money) return { unit: money, kind: 'money' };
  const measure = startsWithAny(text, at, MEASURE_UNITS);
  if (measure) return { unit: measure, kind: 'measure' };
  if (text[at] === '倍') return { unit: '倍', kind: 'multiple' };
  if (text[at] === '分' && !text.startsWith('分钟', at) && !/[之别类期批管局工析]/.test(text[at + 1] ?? '')) {
    return { unit: '分', kind: 'score' };
  }
  const ordinal = startsWithAny(text, at, ORDINAL_UNITS);
  if (ordinal) return { unit: ordinal, kind: 'ordinal' };
  return undefined;
}

/** The unit at `at` (after a number and its 余/多), with an optional 万/亿 multiplier. */
export function matchUnit(text: string, at: number): UnitMatch {
  const mult = startsWithAny(text, at, MULTIPLIERS);
  if (mult && (mult === '万' || mult === '亿' || mult === '百万' || mult === '千万')) {
    let p = at + mult.length;
    let inner: '' | '余' | '多' = '';
    if (text[p] === '余' || text[p] === '多') {
      inner = text[p] as '余' | '多';
      p++;
    }
    const base = baseUnit(text, p);
    if (base && (base.kind === 'count' || base.kind === 'money' || base.kind === 'measure')) {
      return { unit: mult + base.unit, kind: base.kind, length: p - at + base.unit.length, innerQualifier: inner };
    }
    // 「10万」 alone: a count of ten thousand of what follows.
    return { unit: mult, kind: 'count', length: p - at, innerQualifier: inner };
  }
  const base = baseUnit(text, at);
  if (!base) return { unit: '', kind: 'none', length: 0, innerQualifier: '' };
  return { unit: base.unit, kind: base.kind, length: base.unit.length, innerQualifier: '' };
}
