// Explanations of accepted findings, in the settings table (so backups carry them).
import { asCheckNotes, CHECK_NOTES_SETTING, findingKey, type CheckNotes } from '../../domain/checks/notes';
import type { Finding } from '../../domain/checks/types';
import type { AppDB } from '../app-db';

export async function readCheckNotes(db: AppDB): Promise<CheckNotes> {
  return asCheckNotes((await db.settings.get(CHECK_NOTES_SETTING))?.value);
}

/** Accepts a finding with an explanation; an empty explanation withdraws the acceptance. */
export async function putCheckNote(db: AppDB, f: Finding, note: string, at = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const notes = asCheckNotes((await db.settings.get(CHECK_NOTES_SETTING))?.value);
    const key = findingKey(f);
    if (note.trim()) notes[key] = { note: note.trim(), at };
    else delete notes[key];
    await db.settings.put({ key: CHECK_NOTES_SETTING, value: notes });
  });
}
