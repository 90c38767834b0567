// A finding a person has looked at and accepted, with their explanation (说明). Kept in the
// settings table under one key, so workspace backups carry it. The key holds the value: when
// the value changes, the old explanation no longer covers it and the finding shows again.
import type { Finding } from './types';

export const CHECK_NOTES_SETTING = 'check-notes';

export interface CheckNote {
  note: string;
  at: number;
}

export type CheckNotes = Record<string, CheckNote>;

export function findingKey(f: Pick<Finding, 'rule' | 'department' | 'indicator' | 'year' | 'value'>): string {
  return [f.rule, f.department, f.indicator, f.year, f.value].join('|');
}

/** Whether a settings value read back (from IndexedDB or a backup) is a notes record. */
export function asCheckNotes(v: unknown): CheckNotes {
  if (!v || typeof v !== 'object') return {};
  const out: CheckNotes = {};
  for (const [k, n] of Object.entries(v as Record<string, unknown>)) {
    const note = (n as CheckNote | null)?.note;
    if (typeof note === 'string' && note.trim()) out[k] = { note, at: Number((n as CheckNote).at) || 0 };
  }
  return out;
}
