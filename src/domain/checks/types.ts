// Data checks (数据核查): what makes a stored figure impossible or suspicious. Pure types.

/** 错误: cannot be right; 需核实: may be right, a person should look. */
export type Severity = 'error' | 'warning';

export type RuleKind = 'bounds' | 'exempt-upper' | 'at-most' | 'outlier-years' | 'outlier-departments' | 'jump' | 'conflict' | 'yoy';

/** One line of data/check-rules.csv. */
export interface CheckRule {
  id: string;
  kind: RuleKind;
  /** An indicator id, `*` (every row), `unit:%` (rows in that unit) or `text:re` (ids matching). */
  left: string;
  /** The other side of a relation (an indicator id). */
  right: string;
  min: number | null;
  max: number | null;
  severity: Severity;
  note: string;
}

/**
 * One finding. `rows` are positions in the stored table the checks ran on: the flagged row
 * first, then the rows of the other side (the total, the other dataset's row, the row the
 * 同比 value was derived for). `expected` is what the rule compares with (a bound, the total,
 * the median, the other value), so the message can state both sides.
 */
export interface Finding {
  rule: string;
  kind: RuleKind;
  severity: Severity;
  department: string;
  indicator: string;
  year: number;
  value: number;
  unit: string;
  rows: number[];
  expected: number | null;
  /** Modified z-score of an outlier, the factor of a jump. */
  score?: number;
  /** The year of the other side where it differs (a jump's previous year). */
  otherYear?: number;
}

/**
 * The findings beyond a rule's cap, compact (typed arrays, one entry each), sorted by `cell` (the
 * flagged row's cell-code.ts key) for a binary search: not listed in the panel, but every figure
 * they flag is marked. `rule` indexes `rules`; -1 / NaN: none.
 */
export interface UnlistedFindings {
  rules: Pick<CheckRule, 'id' | 'kind' | 'severity'>[];
  cell: Float64Array;
  rule: Uint16Array;
  row: Uint32Array;
  other: Int32Array;
  expected: Float64Array;
  score: Float64Array;
  otherYear: Int32Array;
}

export interface CheckReport {
  findings: Finding[];
  /** Findings per rule before the cap (the list keeps at most `cap` per rule). */
  counts: Record<string, number>;
  /** The findings the list leaves out. */
  unlisted?: UnlistedFindings;
  ms: number;
}
