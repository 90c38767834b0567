// Collects findings, at most `cap` per rule (a million simulated rows can break a rule
// thousands of times; the list stays readable, the counts stay true). The rest are kept as
// numbers only, so that every flagged figure can still be marked.
import { rowCellCode } from './cell-code';
import type { CheckTable } from './check-table';
import type { CheckRule, Finding, UnlistedFindings } from './types';

/** A finding of `rule` on the table's `row`, named by the row's department, indicator, year and value. */
export function findingAt(
  t: Pick<CheckTable, 'departments' | 'dept' | 'indicators' | 'ind' | 'year' | 'value' | 'units' | 'unit'>,
  rule: Pick<CheckRule, 'id' | 'kind' | 'severity'>,
  row: number,
  others: number[],
  expected: number | null,
  extra: Partial<Pick<Finding, 'score' | 'otherYear'>> = {},
): Finding {
  return {
    rule: rule.id,
    kind: rule.kind,
    severity: rule.severity,
    department: t.departments[t.dept[row]!]!,
    indicator: t.indicators[t.ind[row]!]!,
    year: t.year[row]!,
    value: t.value[row]!,
    unit: t.units[t.unit[row]!]!,
    rows: [row, ...others],
    expected,
    ...extra,
  };
}

export class FindingSink {
  readonly findings: Finding[] = [];
  readonly counts: Record<string, number> = {};
  private readonly more = { rules: [] as CheckRule[], rule: [] as number[], row: [] as number[], other: [] as number[] };
  private readonly moreValues = { expected: [] as number[], score: [] as number[], otherYear: [] as number[] };

  constructor(
    private readonly t: CheckTable,
    private readonly cap: number,
  ) {}

  add(
    rule: CheckRule,
    row: number,
    others: number[],
    expected: number | null,
    extra: Partial<Pick<Finding, 'score' | 'otherYear'>> = {},
  ): void {
    const n = (this.counts[rule.id] ?? 0) + 1;
    this.counts[rule.id] = n;
    if (n > this.cap) {
      this.unlist(rule, row, others, expected, extra);
      return;
    }
    this.findings.push(findingAt(this.t, rule, row, others, expected, extra));
  }

  private unlist(
    rule: CheckRule,
    row: number,
    others: number[],
    expected: number | null,
    extra: Partial<Pick<Finding, 'score' | 'otherYear'>>,
  ) {
    const m = this.more;
    let k = m.rules.indexOf(rule);
    if (k < 0) k = m.rules.push(rule) - 1;
    m.rule.push(k);
    m.row.push(row);
    m.other.push(others[0] ?? -1);
    this.moreValues.expected.push(expected ?? NaN);
    this.moreValues.score.push(extra.score ?? NaN);
    this.moreValues.otherYear.push(extra.otherYear ?? -1);
  }

  /** The findings beyond the cap sorted by cell (here, off the page), or undefined when every one is listed. */
  unlisted(): UnlistedFindings | undefined {
    const m = this.more;
    const n = m.row.length;
    if (!n) return undefined;
    const cells = m.row.map((r) => rowCellCode(this.t, r));
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => cells[a]! - cells[b]! || a - b);
    const pick = (xs: number[]) => order.map((k) => xs[k]!);
    return {
      rules: m.rules.map(({ id, kind, severity }) => ({ id, kind, severity })),
      cell: Float64Array.from(pick(cells)),
      rule: Uint16Array.from(pick(m.rule)),
      row: Uint32Array.from(pick(m.row)),
      other: Int32Array.from(pick(m.other)),
      expected: Float64Array.from(pick(this.moreValues.expected)),
      score: Float64Array.from(pick(this.moreValues.score)),
      otherYear: Int32Array.from(pick(this.moreValues.otherYear)),
    };
  }
}
