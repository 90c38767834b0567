// The annual round's reads and writes: stored reports with round facts, deadlines (a setting).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { db } from '../db/db';
import { getSetting, putSetting } from '../db/repositories/meta-repo';
import { listLearnedAliases } from '../db/repositories/learned-alias-repo';
import { importedHashes, listRoundReports, setMustReport, updateRoundRecord, type RoundEdit } from '../db/repositories/round-repo';
import { readDeadlines, type RoundDeadlines } from '../domain/round/deadlines';
import { storeKeys } from './keys';

const DEADLINES_SETTING = 'round.deadlines';

const roundReportsQuery = queryOptions({ queryKey: [...storeKeys.all, 'round-reports'], queryFn: () => listRoundReports(db) });
const deadlinesQuery = queryOptions({
  queryKey: [...storeKeys.all, 'round-deadlines'],
  queryFn: async () => readDeadlines(await getSetting(db, DEADLINES_SETTING)),
});

export const useRoundReports = () => useQuery(roundReportsQuery);
export const useDeadlines = () => useQuery(deadlinesQuery);

export function saveDeadlines(d: RoundDeadlines): Promise<void> {
  return putSetting(db, DEADLINES_SETTING, d);
}

/** Edits of a received report's round facts (dates, address), and the 须报送 flag. */
export const updateRound = (documentId: string, patch: RoundEdit) => updateRoundRecord(db, documentId, patch);
export const markMustReport = (names: readonly string[], flag: boolean) => setMustReport(db, names, flag);
/** Texts already stored (by hash), and the wordings the user taught: what a batch needs first. */
export const batchContext = () => Promise.all([importedHashes(db), listLearnedAliases(db)]);
export type { RoundEdit };
