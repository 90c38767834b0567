// Counts (件, 次, 人次 …) are whole numbers: their value axes tick at integers, never 0.3/0.6/0.9.

const COUNT_UNITS = new Set([
  '件',
  '次',
  '项',
  '份',
  '人次',
  '条',
  '场',
  '人',
  '个',
  '批次',
  '家',
  '户',
  '篇',
  '期',
  '起',
  '名',
  '所',
  '部',
  '本',
  '宗',
  '封',
  '批',
  '类',
  '套',
]);

export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit.trim());
}

/** Axis settings for a value axis of `unit`: integer ticks for counts, nothing otherwise. */
export function countAxis(unit: string): { minInterval?: number } {
  return isCountUnit(unit) ? { minInterval: 1 } : {};
}
