// Learned indicator aliases live in the `settings` table, one record per wording
// (key 「learnedAlias:<wording key>」), so that workspace backups carry them and a merge
// restore adds another computer's aliases to this one's instead of replacing them all.
import type { AppDB } from '../app-db';
import { parseLearnedAlias, wordingKey, type LearnedAlias } from '../../domain/extract/learned-aliases';

const LEARNED_ALIAS_PREFIX = 'learnedAlias:';

function learnedAliasKey(wording: string): string {
  return LEARNED_ALIAS_PREFIX + wordingKey(wording);
}

export async function listLearnedAliases(db: AppDB): Promise<LearnedAlias[]> {
  const records = await db.settings.where('key').startsWith(LEARNED_ALIAS_PREFIX).toArray();
  const out: LearnedAlias[] = [];
  for (const r of records) {
    const a = parseLearnedAlias(r.value);
    if (a) out.push(a);
  }
  return out.sort((x, y) => y.at - x.at);
}

/** Remembers (or replaces) the aliases of their wordings, in one transaction. */
export async function saveLearnedAliases(db: AppDB, aliases: readonly LearnedAlias[]): Promise<void> {
  const records = aliases.filter((a) => wordingKey(a.wording)).map((a) => ({ key: learnedAliasKey(a.wording), value: a }));
  if (records.length) await db.transaction('rw', db.settings, () => db.settings.bulkPut(records));
}

export async function removeLearnedAlias(db: AppDB, wording: string): Promise<void> {
  await db.settings.delete(learnedAliasKey(wording));
}
