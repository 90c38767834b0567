// Reviewed reports into the store as one extracted dataset (the review dialog and the batch).
import { commitImport, type CommitRequest, type CommitResult } from '../../queries/import-commit';
import { describeWriteError } from '../import/use-import-flow';

type ReportsCommit = Omit<CommitRequest, 'fileName' | 'kind' | 'encoding'> & { documents: NonNullable<CommitRequest['documents']> };

/**
 * Commits the reports (the dataset's file name lists them), then `done` reacts to what was
 * written and says so; a failed write (or `done`) becomes the error in the user's words.
 */
export async function commitReports(
  commit: ReportsCommit,
  done: (result: CommitResult) => Promise<string>,
): Promise<{ kind: 'ok' | 'error'; text: string }> {
  try {
    const result = await commitImport({
      ...commit,
      fileName: commit.documents
        .map((d) => d.name)
        .join('、')
        .slice(0, 200),
      kind: 'extracted',
      encoding: 'UTF-8',
    });
    return { kind: 'ok', text: await done(result) };
  } catch (e) {
    return { kind: 'error', text: describeWriteError(e) };
  }
}
