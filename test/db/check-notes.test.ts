// An accepted finding's explanation survives a workspace backup and restore.
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/app-db';
import { readWorkspace, restoreWorkspace } from '../../src/db/repositories/backup-repo';
import { putCheckNote, readCheckNotes } from '../../src/db/repositories/check-notes-repo';
import { loadStoredTable, writeDataset } from '../../src/db/repositories/observations-repo';
import { decodeBackup, encodeBackup } from '../../src/domain/backup/backup-codec';
import { buildBackup } from '../../src/domain/backup/backup-format';
import { findingKey } from '../../src/domain/checks/notes';
import { parseCheckRules } from '../../src/domain/checks/parse-rules';
import { runChecks } from '../../src/domain/checks/run-checks';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import { observation } from '../helpers/observation';

const rules = parseCheckRules(readFileSync(new URL('../../data/check-rules.csv', import.meta.url), 'utf8'));
const dbs: AppDB[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});
async function newDb(name: string): Promise<AppDB> {
  const d = new AppDB(`check-notes-${name}-${Math.random()}`);
  await d.open();
  dbs.push(d);
  return d;
}

const row = (indicatorId: string, value: number) => observation('区城管局', 2024, indicatorId, value);

describe('check explanations', () => {
  it('survive backup → restore, and lapse when the value changes', async () => {
    const src = await newDb('src');
    await writeDataset(src, {
      meta: { id: 'd1', name: '城管', sourceFile: 'a.csv', importedAt: 1, rowCount: 2, kind: 'imported', documentIds: [] },
      columns: columnsFromObservations([row('litigation_cases', 8), row('litigation_lost', 12)]),
      departments: [],
      supersede: [],
    });
    const [finding] = runChecks(await loadStoredTable(src), rules).findings;
    expect(finding?.rule).toBe('relation.litigation_lost');
    await putCheckNote(src, finding!, '含上年结转案件', 42);

    const dst = await newDb('dst');
    const check = decodeBackup(encodeBackup(buildBackup(await readWorkspace(src))));
    if (!check.ok) throw new Error(check.message);
    await restoreWorkspace(dst, check.backup, 'replace');
    const notes = await readCheckNotes(dst);
    const again = runChecks(await loadStoredTable(dst), rules).findings[0]!;
    expect(notes[findingKey(again)]).toEqual({ note: '含上年结转案件', at: 42 });
    expect(notes[findingKey({ ...again, value: 13 })]).toBeUndefined();

    await putCheckNote(dst, again, '  ');
    expect(await readCheckNotes(dst)).toEqual({});
  });
});
