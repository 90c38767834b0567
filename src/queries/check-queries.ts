// The data checks of the current table, and the explanations people gave for findings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { db } from '../db/db';
import { putCheckNote, readCheckNotes } from '../db/repositories/check-notes-repo';
import type { Finding } from '../domain/checks/types';
import { loadChecks, StaleTableError } from '../workers/store-worker-client';
import { storeKeys } from './keys';
import type { TableSnapshot } from './store-queries';

export function useChecks(snapshot: TableSnapshot | undefined) {
  return useQuery({
    queryKey: storeKeys.checks(snapshot?.version ?? 0),
    enabled: !!snapshot,
    staleTime: Infinity,
    queryFn: () => loadChecks(snapshot!.table),
    // A replaced table's checks are not asked for again: the new table's come under its version.
    retry: (failures, error) => !(error instanceof StaleTableError) && failures < 3,
  });
}

export function useCheckNotes() {
  return useQuery({ queryKey: storeKeys.checkNotes(), queryFn: () => readCheckNotes(db) });
}

export function useSaveCheckNote() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ finding, note }: { finding: Finding; note: string }) => putCheckNote(db, finding, note),
    onSuccess: () => qc.invalidateQueries({ queryKey: storeKeys.checkNotes() }),
  });
}
