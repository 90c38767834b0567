// Collects findings, at most `cap` per rule (a million simulated rows can break a rule
// thousands of times; the list stays readable, the counts stay true).
import type { CheckTable } from './check-table';
import type { CheckRule, Finding } from './types';

export class FindingSink {
  readonly findings: Finding[] = [];
  readonly counts: Record<string, number> = {};

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
    if (n > this.cap) return;
    const t = this.t;
    this.findings.push({
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
    });
  }
}
