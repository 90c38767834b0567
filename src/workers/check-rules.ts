// The bundled check rules (data/check-rules.csv), parsed once in the store worker or the page.
import rulesCsv from '../../data/check-rules.csv?raw';
import { parseCheckRules } from '../domain/checks/parse-rules';
import type { CheckRule } from '../domain/checks/types';

let parsed: CheckRule[] | null = null;

export function bundledCheckRules(): CheckRule[] {
  parsed ??= parseCheckRules(rulesCsv);
  return parsed;
}
