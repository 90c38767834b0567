// The annual round's stored facts: round records on report documents and the 须报送 flag
// on departments.
import type { AppDB } from '../app-db';
import type { BoardReport } from '../../domain/round/board';
import type { RoundRecord } from '../../domain/round/round-record';
import { describeDepartments } from '../../domain/departments/registry';

/** Every stored report with round facts (texts are read and dropped: a year is ~60 reports). */
export async function listRoundReports(db: AppDB): Promise<BoardReport[]> {
  const out: BoardReport[] = [];
  await db.documents.each((d) => {
    if (d.round) out.push({ documentId: d.id, datasetId: d.datasetId, file: d.name, round: d.round });
  });
  return out;
}

/** Hash → stored report, for recognising reports already imported. */
export async function importedHashes(db: AppDB): Promise<Map<string, { documentId: string; file: string }>> {
  const m = new Map<string, { documentId: string; file: string }>();
  for (const r of await listRoundReports(db)) m.set(r.round.hash, { documentId: r.documentId, file: r.file });
  return m;
}

export type RoundEdit = Partial<Pick<RoundRecord, 'receivedDate' | 'publishedDate' | 'url'>>;

export async function updateRoundRecord(db: AppDB, documentId: string, patch: RoundEdit): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const doc = await db.documents.get(documentId);
    if (!doc?.round) return;
    await db.documents.update(documentId, { round: { ...doc.round, ...patch } });
  });
}

/**
 * Sets 须报送 on the named departments (one transaction); names the registry does not know
 * become new records with region and type inferred from the name.
 */
export async function setMustReport(db: AppDB, names: readonly string[], mustReport: boolean): Promise<void> {
  await db.transaction('rw', db.departments, async () => {
    const known = await db.departments.bulkGet([...names]);
    const fresh = describeDepartments(
      names.filter((_, i) => !known[i]),
      [],
    );
    const records = [...known.filter((d) => d !== undefined), ...fresh].map((d) => ({ ...d, mustReport }));
    if (records.length) await db.departments.bulkPut(records);
  });
}
