// Every string the charts draw, in Chinese and English. Both tables implement
// the same interface, so neither can miss a key.

export type Lang = 'zh' | 'en';

export interface ChartLabels {
  views: { trend: string; ranking: string; matrix: string; profile: string; table: string; compare: string };
  modes: { absolute: string; 'yoy-abs': string; 'yoy-pct': string; index: string };
  layouts: { single: string; 'small-multiples': string };
  colourBy: { rank: string; change: string };
  palettes: { default: string; 'cb-safe': string };
  axisYear: string;
  axisValue: string;
  axisDepartment: string;
  axisIndicator: string;
  axisChangePct: string;
  axisIndex: string;
  department: string;
  indicator: string;
  departmentType: string;
  category: string;
  year: string;
  value: string;
  unit: string;
  qualifier: string;
  dataset: string;
  evidence: string;
  /** Column of one year's values in the data table. */
  yearValue: (year: number) => string;
  /** Column naming the first and last reported years a row's change is computed over. */
  firstLastYears: string;
  deltaFirstLast: string;
  deltaPctFirstLast: string;
  deltaAbs: string;
  deltaPct: string;
  notReported: string;
  demoBadge: string;
  source: string;
  exportedAt: string;
  median: string;
  target: string;
  peerMedian: string;
  derived: string;
  derivedNote: string;
  qualifiedNote: string;
  changeSincePrev: string;
  changeBetween: (from: number, to: number) => string;
  noChange: string;
  notComparable: (year: number) => string;
  zeroBase: (year: number) => string;
  cannotCompute: string;
  zeroBaseShort: string;
  evidenceLoading: string;
  /** Hint that a click on the point opens the report or file it came from. */
  clickForSource: string;
  noEvidence: string;
  percentagePoints: string;
  yearLabel: (year: number) => string;
  yearRange: (from: number, to: number) => string;
  indexBase: (year: number) => string;
  rankOf: (rank: number, of: number) => string;
  peerRankOf: (type: string, rank: number, of: number) => string;
  percentileLabel: (pct: number) => string;
  higherIsBetter: string;
  lowerIsBetter: string;
  noDirection: string;
  seriesCapped: (shown: number, total: number, year: number) => string;
  markerNote: string;
  approxBarNote: string;
  peerMedianNote: string;
  rank: string;
  gapNote: string;
  missingCellNote: string;
  noPreviousCellNote: string;
  scaleEnds: { rank: [string, string]; change: [string, string]; neutralRank: [string, string]; neutralChange: [string, string] };
  rankWithin: string;
  matrixColourNote: (by: 'rank' | 'change', cbSafe: boolean) => string;
  unreportedCount: (n: number) => string;
  noData: string;
  highest: string;
  lowest: string;
  best: string;
  worst: string;
  departmentsCount: (n: number) => string;
  indicatorsCount: (n: number) => string;
  rowsCount: (n: number) => string;
  listSeparator: string;
  /** 「（x）」 / " (x)". */
  paren: (text: string) => string;
  /** Joins names: 「、」 / ", ". */
  enumSeparator: string;
  andMore: (total: number, shown: number) => string;
  cellCounts: (reported: number, missing: number) => string;
  bestWorstAverage: (best: string, worst: string) => string;
  clauseSeparator: string;
  sentenceEnd: string;
  colon: string;
  otherType: string;
  /** Appended to a group header repeated at the top of a page. */
  continued: string;
}

const zh: ChartLabels = {
  views: { trend: '趋势', ranking: '排名', matrix: '矩阵', profile: '部门画像', table: '数据表', compare: '对比' },
  modes: { absolute: '数值', 'yoy-abs': '同比变化量', 'yoy-pct': '同比变化率', index: '指数（首年=100）' },
  layouts: { single: '合并', 'small-multiples': '分面小图' },
  colourBy: { rank: '按排名着色', change: '按较上年变化着色' },
  palettes: { default: '默认配色', 'cb-safe': '色觉友好配色' },
  axisYear: '年份',
  axisValue: '数值',
  axisDepartment: '部门',
  axisIndicator: '指标',
  axisChangePct: '变化率（%）',
  axisIndex: '指数',
  department: '部门',
  indicator: '指标',
  departmentType: '部门类型',
  category: '类别',
  year: '年份',
  value: '数值',
  unit: '单位',
  qualifier: '限定词',
  dataset: '数据集',
  evidence: '原文',
  yearValue: (y) => `${y}年`,
  firstLastYears: '首报→末报年度',
  deltaFirstLast: '变化量（首报→末报）',
  deltaPctFirstLast: '变化率（首报→末报）',
  deltaAbs: '变化量',
  deltaPct: '变化率',
  notReported: '未报告',
  demoBadge: '演示数据（模拟）',
  source: '数据来源',
  exportedAt: '导出时间',
  median: '中位数',
  target: '目标',
  peerMedian: '同类中位数',
  derived: '推算值',
  derivedNote: '推算值（由同比等推算，非年报直接报告）',
  qualifiedNote: '含限定词（约、余、以上等），为近似值',
  changeSincePrev: '较上年',
  changeBetween: (a, b) => `${a}—${b}年变化`,
  noChange: '持平',
  notComparable: (y) => `${y}年未报告，无法比较`,
  zeroBase: (y) => `${y}年为0，无法计算变化率`,
  cannotCompute: '无法计算',
  zeroBaseShort: '基数为0',
  evidenceLoading: '原文加载中…',
  clickForSource: '点击数据点查看出处（原文全文）',
  noEvidence: '无原文',
  percentagePoints: '个百分点',
  yearLabel: (y) => `${y}年`,
  yearRange: (a, b) => (a === b ? `${a}年` : `${a}—${b}年`),
  indexBase: (y) => `以${y}年为100`,
  // One department is not a ranking.
  rankOf: (r, n) => (n === 1 ? '仅1个部门有数据' : `第${r}/${n}名`),
  peerRankOf: (t, r, n) => (n === 1 ? `${t ? `同类（${t}）` : ''}仅1个部门有数据` : `${t ? `同类（${t}）` : '全部部门'}第${r}/${n}名`),
  percentileLabel: (p) => `优于${p}%的部门`,
  higherIsBetter: '数值越高越好',
  lowerIsBetter: '数值越低越好',
  noDirection: '数值高低无优劣之分',
  seriesCapped: (s, t, y) => `仅显示${y}年数值最高的${s}个部门（共${t}个）`,
  markerNote: '空心点：约数；虚线空心点：推算值',
  approxBarNote: '浅色虚线边框条：约数或推算值',
  peerMedianNote: '灰色虚线：同类中位数',
  rank: '排名',
  gapNote: '断开处：该年未报告',
  missingCellNote: '斜线格：未报告',
  noPreviousCellNote: '浅灰格：上年未报告，无法比较',
  scaleEnds: { rank: ['好', '差'], change: ['改善', '变差'], neutralRank: ['大', '小'], neutralChange: ['增加', '减少'] },
  rankWithin: '指标内排名',
  matrixColourNote: (by, cb) => {
    const [good, bad, neutral] = cb ? ['蓝', '橙', '灰'] : ['绿', '红', '紫'];
    return by === 'rank'
      ? `颜色：指标内排名（${good}好${bad}差，${neutral}色为无优劣方向指标）`
      : `颜色：较上年变化（${good}为改善，${bad}为变差，${neutral}色为无优劣方向指标）`;
  },
  unreportedCount: (n) => `${n}个部门未报告`,
  noData: '无数据',
  highest: '最高',
  lowest: '最低',
  best: '最好',
  worst: '最差',
  departmentsCount: (n) => `${n}个部门`,
  indicatorsCount: (n) => `${n}项指标`,
  rowsCount: (n) => `${n}行`,
  listSeparator: '，',
  paren: (t) => `（${t}）`,
  enumSeparator: '、',
  andMore: (total) => `等${total}个`,
  cellCounts: (r, m) => `已报告${r}格，未报告${m}格`,
  bestWorstAverage: (b, w) => `平均排名最好：${b}，最差：${w}`,
  clauseSeparator: '；',
  sentenceEnd: '。',
  colon: '：',
  otherType: '未分类',
  continued: '（续）',
};

const en: ChartLabels = {
  views: { trend: 'Trend', ranking: 'Ranking', matrix: 'Matrix', profile: 'Department profile', table: 'Data table', compare: 'Compare' },
  modes: {
    absolute: 'Value',
    'yoy-abs': 'Change on previous year',
    'yoy-pct': 'Change on previous year (%)',
    index: 'Index (first year = 100)',
  },
  layouts: { single: 'Combined', 'small-multiples': 'Small multiples' },
  colourBy: { rank: 'Coloured by rank', change: 'Coloured by change on previous year' },
  palettes: { default: 'Default colours', 'cb-safe': 'Colour-blind-safe colours' },
  axisYear: 'Year',
  axisValue: 'Value',
  axisDepartment: 'Department',
  axisIndicator: 'Indicator',
  axisChangePct: 'Change (%)',
  axisIndex: 'Index',
  department: 'Department',
  indicator: 'Indicator',
  departmentType: 'Department type',
  category: 'Category',
  year: 'Year',
  value: 'Value',
  unit: 'Unit',
  qualifier: 'Qualifier',
  dataset: 'Dataset',
  evidence: 'Source text',
  yearValue: (y) => String(y),
  firstLastYears: 'First → last reported',
  deltaFirstLast: 'Change (first → last)',
  deltaPctFirstLast: 'Change % (first → last)',
  deltaAbs: 'Change',
  deltaPct: 'Change (%)',
  notReported: 'Not reported',
  demoBadge: 'Demo data (simulated)',
  source: 'Source',
  exportedAt: 'Exported',
  median: 'Median',
  target: 'Target',
  peerMedian: 'Peer median',
  derived: 'Derived',
  derivedNote: 'Derived value (computed, e.g. from a year-on-year rate; not stated in the report)',
  qualifiedNote: 'Approximate (stated with a qualifier such as "about" or "more than")',
  changeSincePrev: 'Change on previous year',
  changeBetween: (a, b) => `Change ${a}–${b}`,
  noChange: 'No change',
  notComparable: (y) => `${y} not reported, no comparison`,
  zeroBase: (y) => `${y} was 0, no percentage change`,
  cannotCompute: 'n/a',
  zeroBaseShort: 'zero base',
  evidenceLoading: 'Loading source text…',
  clickForSource: 'Click the point to open its source',
  noEvidence: 'No source text',
  percentagePoints: ' pp',
  yearLabel: (y) => `${y}`,
  yearRange: (a, b) => (a === b ? `${a}` : `${a}–${b}`),
  indexBase: (y) => `${y} = 100`,
  rankOf: (r, n) => (n === 1 ? 'only 1 department has data' : `rank ${r} of ${n}`),
  peerRankOf: (t, r, n) =>
    n === 1 ? `only 1 department${t ? ` among ${t}` : ''} has data` : `rank ${r} of ${n} ${t ? `among ${t}` : 'among all departments'}`,
  percentileLabel: (p) => `better than ${p}% of departments`,
  higherIsBetter: 'higher is better',
  lowerIsBetter: 'lower is better',
  noDirection: 'neither higher nor lower is better',
  seriesCapped: (s, t, y) => `Showing the ${s} departments with the highest ${y} values (of ${t})`,
  markerNote: 'Hollow point: approximate; dashed hollow point: derived',
  approxBarNote: 'Light bar with dashed border: approximate or derived',
  peerMedianNote: 'Grey dashed line: peer median',
  rank: 'Rank',
  gapNote: 'Gaps: year not reported',
  missingCellNote: 'Hatched cell: not reported',
  noPreviousCellNote: 'Light grey cell: previous year not reported, no comparison',
  scaleEnds: { rank: ['good', 'bad'], change: ['improved', 'worsened'], neutralRank: ['large', 'small'], neutralChange: ['up', 'down'] },
  rankWithin: 'Rank within indicator',
  matrixColourNote: (by, cb) => {
    const [good, bad, neutral] = cb ? ['blue', 'orange', 'grey'] : ['green', 'red', 'purple'];
    return by === 'rank'
      ? `Colour: rank within the indicator (${good} good, ${bad} bad; ${neutral}: no better direction)`
      : `Colour: change on previous year (${good} improved, ${bad} worsened; ${neutral}: no better direction)`;
  },
  unreportedCount: (n) => `${n} not reported`,
  noData: 'No data',
  highest: 'highest',
  lowest: 'lowest',
  best: 'best',
  worst: 'worst',
  departmentsCount: (n) => `${n} department${n === 1 ? '' : 's'}`,
  indicatorsCount: (n) => `${n} indicator${n === 1 ? '' : 's'}`,
  rowsCount: (n) => `${n} row${n === 1 ? '' : 's'}`,
  listSeparator: ', ',
  paren: (t) => ` (${t})`,
  enumSeparator: ', ',
  andMore: (total, shown) => `and ${total - shown} more`,
  cellCounts: (r, m) => `${r} cells reported, ${m} not reported`,
  bestWorstAverage: (b, w) => `best average rank: ${b}, worst: ${w}`,
  clauseSeparator: '; ',
  sentenceEnd: '.',
  colon: ': ',
  otherType: 'Unclassified',
  continued: ' (cont.)',
};

export const CHART_LABELS: Record<Lang, ChartLabels> = { zh, en };

export function labelsFor(lang: Lang): ChartLabels {
  return CHART_LABELS[lang] ?? zh;
}
