import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB } from '../../src/db/app-db';
import { mergeDepartments } from '../../src/db/repositories/meta-repo';
import { upsertDepartments, writeDataset } from '../../src/db/repositories/observations-repo';
import { importedHashes, listRoundReports, setMustReport, updateRoundRecord } from '../../src/db/repositories/round-repo';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import type { RoundRecord } from '../../src/domain/round/round-record';
import { buildBoard } from '../../src/domain/round/board';
import { DEFAULT_DEADLINES } from '../../src/domain/round/deadlines';

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`round-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const round = (hash: string): RoundRecord => ({
  hash,
  department: '武汉市汉阳区财政局',
  year: 2024,
  signedDate: null,
  receivedDate: '2025-02-01',
  publishedDate: null,
  url: null,
  parts: { measures: null, shortcomings: null, leader_duty: null, next_year: null, other: null },
  figures: 0,
  needsConfirmation: 0,
});

describe('round records and 须报送', () => {
  it('stores round facts with the documents of an import and edits them', async () => {
    const meta = { id: 'ds', name: 'x', sourceFile: 'a.txt', importedAt: 1, rowCount: 0, kind: 'extracted' as const };
    await writeDataset(db, {
      meta,
      columns: columnsFromObservations([]),
      documents: [
        { id: 'ds:a.txt', datasetId: 'ds', name: 'a.txt', text: '报告甲', round: round('h1') },
        { id: 'ds:b.csv', datasetId: 'ds', name: 'b.csv', text: 'csv' },
      ],
    });
    expect((await listRoundReports(db)).map((r) => [r.documentId, r.file, r.round.hash])).toEqual([['ds:a.txt', 'a.txt', 'h1']]);
    expect([...(await importedHashes(db)).keys()]).toEqual(['h1']);
    await updateRoundRecord(db, 'ds:a.txt', { publishedDate: '2025-03-20', url: 'https://a.gov.cn/r.html' });
    const [r] = await listRoundReports(db);
    expect(r!.round).toMatchObject({ hash: 'h1', receivedDate: '2025-02-01', publishedDate: '2025-03-20', url: 'https://a.gov.cn/r.html' });
    // The board's received date, edited: 按时 → 逾期 after 3月1日 and back.
    const submit = async () => buildBoard([], await listRoundReports(db), 2024, DEFAULT_DEADLINES).rows[0]!.submit;
    expect(await submit()).toBe('on-time');
    await updateRoundRecord(db, 'ds:a.txt', { receivedDate: '2025-03-02' });
    expect(await submit()).toBe('late');
    await updateRoundRecord(db, 'ds:a.txt', { receivedDate: '2025-03-01' });
    expect(await submit()).toBe('on-time');
  });

  it('sets the flag on known and new departments, and later writes keep it', async () => {
    await db.departments.put({ name: '武汉市汉阳区财政局', region: '武汉市汉阳区', type: '财政局', aliases: ['汉阳区财政局'] });
    await setMustReport(db, ['武汉市汉阳区财政局', '武汉市汉阳区司法局'], true);
    expect(await db.departments.get('武汉市汉阳区司法局')).toEqual({
      name: '武汉市汉阳区司法局',
      region: '武汉市汉阳区',
      type: '司法局',
      aliases: [],
      mustReport: true,
    });
    await upsertDepartments(db, [{ name: '武汉市汉阳区财政局', region: '', type: '', aliases: ['阳财'] }]);
    expect(await db.departments.get('武汉市汉阳区财政局')).toMatchObject({ aliases: ['汉阳区财政局', '阳财'], mustReport: true });
    await mergeDepartments(db, '武汉市汉阳区司法局', '汉阳区司法局新名', []);
    expect(await db.departments.get('汉阳区司法局新名')).toMatchObject({ mustReport: true });
    await setMustReport(db, ['武汉市汉阳区财政局'], false);
    expect((await db.departments.get('武汉市汉阳区财政局'))!.mustReport).toBe(false);
  });
});
