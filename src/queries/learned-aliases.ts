// The user's learned indicator aliases (wording → indicator) as a query, and the writes
// that keep it current. Extraction applies them itself (workers/report-worker-client.ts).
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { db } from '../db/db';
import { listLearnedAliases, removeLearnedAlias, saveLearnedAliases } from '../db/repositories/learned-alias-repo';
import type { LearnedAlias } from '../domain/extract/learned-aliases';
import { storeKeys } from './keys';

const learnedAliasesQuery = queryOptions({ queryKey: storeKeys.learnedAliases(), queryFn: () => listLearnedAliases(db) });

export const useLearnedAliases = () => useQuery(learnedAliasesQuery);

/** Remember, forget and import aliases; each write refreshes the list. */
export function useLearnedAliasWrites() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: storeKeys.learnedAliases() });
  return {
    save: async (aliases: readonly LearnedAlias[]) => {
      await saveLearnedAliases(db, aliases);
      await refresh();
    },
    /** A correction made now, in review: stamped with the time of the write. */
    learn: async (alias: Omit<LearnedAlias, 'at'>) => {
      await saveLearnedAliases(db, [{ ...alias, at: Date.now() }]);
      await refresh();
    },
    remove: async (wording: string) => {
      await removeLearnedAlias(db, wording);
      await refresh();
    },
  };
}
