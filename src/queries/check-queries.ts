// The data checks of the current table, and the explanations people gave for findings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { db } from '../db/db';
import { asCheckNotes, CHECK_NOTES_SETTING, findingKey, type CheckNotes } from '../domain/checks/notes';
import type { Finding } from '../domain/checks/types';
import { loadChecks } from '../workers/store-worker-client';
import { storeKeys } from './keys';
import type { TableSnapshot } from './store-queries';

export function useChecks(snapshot: TableSnapshot | undefined) {
  return useQuery({
    queryKey: storeKeys.checks(snapshot?.version ?? 0),
    enabled: !!snapshot,
    staleTime: Infinity,
    queryFn: () => loadChecks(snapshot!.table),
  });
}

export async function readCheckNotes(): Promise<CheckNotes> {
  return asCheckNotes((await db.settings.get(CHECK_NOTES_SETTING))?.value);
}

export function useCheckNotes() {
  return useQuery({ queryKey: storeKeys.checkNotes(), queryFn: readCheckNotes });
}

/** Accepts a finding with an explanation; an empty explanation withdraws the acceptance. */
export async function saveCheckNote(f: Finding, note: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const notes = asCheckNotes((await db.settings.get(CHECK_NOTES_SETTING))?.value);
    const key = findingKey(f);
    if (note.trim()) notes[key] = { note: note.trim(), at: Date.now() };
    else delete notes[key];
    await db.settings.put({ key: CHECK_NOTES_SETTING, value: notes });
  });
}

export function useSaveCheckNote() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ finding, note }: { finding: Finding; note: string }) => saveCheckNote(finding, note),
    onSuccess: () => qc.invalidateQueries({ queryKey: storeKeys.checkNotes() }),
  });
}
