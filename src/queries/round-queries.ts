// The annual round's reads and writes: stored reports with round facts, deadlines (a setting).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { db } from '../db/db';
import { getSetting, putSetting } from '../db/repositories/meta-repo';
import { listRoundReports } from '../db/repositories/round-repo';
import { readDeadlines, type RoundDeadlines } from '../domain/round/deadlines';
import { storeKeys } from './keys';

const DEADLINES_SETTING = 'round.deadlines';

export const roundReportsQuery = queryOptions({ queryKey: [...storeKeys.all, 'round-reports'], queryFn: () => listRoundReports(db) });
const deadlinesQuery = queryOptions({
  queryKey: [...storeKeys.all, 'round-deadlines'],
  queryFn: async () => readDeadlines(await getSetting(db, DEADLINES_SETTING)),
});

export const useRoundReports = () => useQuery(roundReportsQuery);
export const useDeadlines = () => useQuery(deadlinesQuery);

export function saveDeadlines(d: RoundDeadlines): Promise<void> {
  return putSetting(db, DEADLINES_SETTING, d);
}
