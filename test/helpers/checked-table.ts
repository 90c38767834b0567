// A stored table built from observations (one dataset each argument), checked with the bundled
// rules, and a Chinese translator for the checks' messages: what the marks are made from.
import { parseCheckRules } from '../../src/domain/checks/parse-rules';
import { runChecks } from '../../src/domain/checks/run-checks';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import { buildStoredTable } from '../../src/domain/observations/stored-table';
import type { Observation } from '../../src/domain/types';
import type { Translate } from '../../src/i18n/i18n';
import '../../src/i18n/messages/checks';
import { zhTable } from '../../src/i18n/registry';
import { readProjectFile } from './project-files';

const rules = parseCheckRules(readProjectFile('data/check-rules.csv'));

export function checkedTable(...datasets: Observation[][]) {
  return checkedTableCapped(undefined, ...datasets);
}

/** The same with at most `cap` findings listed per rule (the others are unlisted). */
export function checkedTableCapped(cap: number | undefined, ...datasets: Observation[][]) {
  const table = buildStoredTable(
    datasets.map((rows, k) => ({ chunkId: k + 1, datasetId: `ds${k + 1}`, columns: columnsFromObservations(rows).numeric })),
  );
  const report = runChecks(table, rules, cap);
  return { table, findings: report.findings, unlisted: report.unlisted };
}

/** The app's Chinese strings, with {placeholders} filled. */
export const zh: Translate = (key, vars = {}) =>
  Object.entries(vars).reduce((s, [k, v]) => s.split(`{${k}}`).join(String(v)), zhTable[key] ?? key);
