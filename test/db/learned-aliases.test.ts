// The learning loop in Node: a correction in the review of report A becomes a learned
// alias in IndexedDB, the next extraction (report B, same wording) is mapped by it, and
// workspace backups carry the aliases to another computer.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/app-db';
import { readWorkspace, restoreWorkspace } from '../../src/db/repositories/backup-repo';
import { listLearnedAliases, removeLearnedAlias, saveLearnedAliases } from '../../src/db/repositories/learned-alias-repo';
import { decodeBackup, encodeBackup } from '../../src/domain/backup/backup-codec';
import { buildBackup } from '../../src/domain/backup/backup-format';
import { extractReport } from '../../src/domain/extract';
import { applyLearnedAliases } from '../../src/domain/extract/learned-aliases';
import { chooseIndicator, draftFromResult } from '../../src/features/extract/review-model';
import { loadCatalog } from '../helpers/project-files';

const catalog = loadCatalog();
const isCatalogId = (id: string) => catalog.get(id) !== undefined;
const REPORT_A = '2024年，我局组织“法润江城”志愿服务9次。';
const REPORT_B = '2025年，我局继续组织“法润江城”志愿服务12次，开展主题宣传活动45场。';

const open: AppDB[] = [];
let n = 0;
async function newDb(): Promise<AppDB> {
  const db = new AppDB(`learned-alias-test-${n++}`);
  await db.open();
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** What the app does when a report comes back from the worker. */
async function extractWithAliases(db: AppDB, text: string) {
  return applyLearnedAliases(extractReport(text, catalog, { department: '测试局' }), await listLearnedAliases(db), isCatalogId);
}

describe('learned aliases', () => {
  it('a correction in report A maps the same wording in report B', async () => {
    const db = await newDb();
    const draftA = draftFromResult('a.txt', REPORT_A, await extractWithAliases(db, REPORT_A), 1, catalog);
    const rowA = draftA.rows.find((r) => r.value === 9)!;
    expect(rowA.indicatorId).not.toBe('pufa_events');
    // The user chooses 普法宣传活动场次 for the row; the review table remembers the wording.
    expect(chooseIndicator(catalog, rowA, 'pufa_events').indicatorId).toBe('pufa_events');
    await saveLearnedAliases(db, [{ wording: rowA.indicatorText, indicatorId: 'pufa_events', at: 1000, source: 'a.txt' }]);

    const resultB = await extractWithAliases(db, REPORT_B);
    const rowB = resultB.rows.find((r) => r.value === 12)!;
    expect(rowB.indicatorId).toBe('pufa_events');
    expect(rowB.mapping).toEqual({ score: 1, candidates: [{ id: 'pufa_events', score: 1 }], needsConfirmation: false });
    const draftB = draftFromResult('b.txt', REPORT_B, resultB, 1, catalog);
    expect(draftB.rows.find((r) => r.value === 12)!.mapping!.needsConfirmation).toBe(false);

    // Forgotten, the wording goes back to what the engine says.
    await removeLearnedAlias(db, rowA.indicatorText);
    expect((await extractWithAliases(db, REPORT_B)).rows.find((r) => r.value === 12)!.indicatorId).not.toBe('pufa_events');
  });

  it('skips damaged records and keeps the latest alias of a wording', async () => {
    const db = await newDb();
    await db.settings.bulkPut([
      { key: 'learnedAlias:坏', value: { wording: 3 } },
      { key: 'other-setting', value: { wording: '甲', indicatorId: 'inspections' } },
    ]);
    await saveLearnedAliases(db, [{ wording: '“双随机”抽查批次', indicatorId: 'pufa_events', at: 1, source: 'a.txt' }]);
    await saveLearnedAliases(db, [{ wording: '双随机抽查批次', indicatorId: 'inspections', at: 2, source: 'b.txt' }]);
    expect(await listLearnedAliases(db)).toEqual([{ wording: '双随机抽查批次', indicatorId: 'inspections', at: 2, source: 'b.txt' }]);
  });

  it('travels in a workspace backup and merges with the aliases of the computer it is restored on', async () => {
    const a = await newDb();
    await saveLearnedAliases(a, [{ wording: '“法润江城”志愿服务次数', indicatorId: 'pufa_events', at: 5, source: 'a.txt' }]);
    const bytes = encodeBackup(buildBackup(await readWorkspace(a)));
    const check = decodeBackup(bytes);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const b = await newDb();
    await saveLearnedAliases(b, [{ wording: '双随机抽查批次', indicatorId: 'inspections', at: 7, source: 'c.txt' }]);
    await restoreWorkspace(b, check.backup, 'merge');
    expect((await listLearnedAliases(b)).map((x) => `${x.wording}→${x.indicatorId}@${x.source}`)).toEqual([
      '双随机抽查批次→inspections@c.txt',
      '“法润江城”志愿服务次数→pufa_events@a.txt',
    ]);
    expect((await extractWithAliases(b, REPORT_B)).rows.find((r) => r.value === 12)!.indicatorId).toBe('pufa_events');
  });
});
