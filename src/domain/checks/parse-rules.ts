// data/check-rules.csv → CheckRule[]: the checks are data, like the catalog.
import Papa from 'papaparse';
import type { CheckRule, RuleKind, Severity } from './types';

const KINDS: readonly RuleKind[] = ['bounds', 'exempt-upper', 'at-most', 'outlier-years', 'outlier-departments', 'jump', 'conflict', 'yoy'];

function num(s: string): number | null {
  if (s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function parseCheckRules(text: string): CheckRule[] {
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const out: CheckRule[] = [];
  for (const r of rows) {
    const kind = (r.kind ?? '').trim() as RuleKind;
    const id = (r.id ?? '').trim();
    if (!id || !KINDS.includes(kind)) continue;
    out.push({
      id,
      kind,
      left: (r.left ?? '').trim(),
      right: (r.right ?? '').trim(),
      min: num(r.min ?? ''),
      max: num(r.max ?? ''),
      severity: ((r.severity ?? '').trim() === 'error' ? 'error' : 'warning') satisfies Severity,
      note: (r.note ?? '').trim(),
    });
  }
  return out;
}
