// Resolving a finding: accept the value with a written explanation (说明), or correct it
// through the normal atomic import commit, superseding the flagged row.
import { useState } from 'react';
import { findingKey, type CheckNotes } from '../../domain/checks/notes';
import type { Finding } from '../../domain/checks/types';
import { useI18n } from '../../i18n/i18n';
import { correctFinding } from '../../queries/check-correction';
import { useSaveCheckNote } from '../../queries/check-queries';
import type { TableSnapshot } from '../../queries/store-queries';
import type { RowText } from '../../domain/observations/stored-table';
import '../../i18n/messages/checks'; // this feature's strings (i18n/registry.ts)

interface Props {
  finding: Finding;
  notes: CheckNotes;
  snapshot: TableSnapshot;
  /** Evidence of the finding's rows, read once by the panel (undefined while loading). */
  texts: ReadonlyMap<number, RowText> | undefined;
  onChanged: () => Promise<unknown>;
  /** Reports the outcome to the panel: the finding itself may be gone after a correction. */
  onNotice: (n: Notice) => void;
}

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export function FindingResolve({ finding, notes, snapshot, texts, onChanged, onNotice }: Props) {
  const { t } = useI18n();
  const saved = notes[findingKey(finding)];
  const [note, setNote] = useState(saved?.note ?? '');
  const [value, setValue] = useState('');
  const save = useSaveCheckNote();

  const correct = async () => {
    const v = Number(value.trim());
    if (value.trim() === '' || !Number.isFinite(v)) {
      onNotice({ kind: 'error', text: t('checksInvalidNumber') });
      return;
    }
    const datasetName = t('checksCorrectionDataset');
    try {
      await correctFinding(snapshot, { finding, text: texts?.get(finding.rows[0]!), value: v, datasetName });
      onNotice({ kind: 'ok', text: t('checksCorrected', { value: v, name: datasetName }) });
      await onChanged();
    } catch (e) {
      onNotice({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="check-resolve">
      {saved && <p className="ok">{t('checksExplained', { note: saved.note })}</p>}
      <label className="check-note">
        {t('checksExplainLabel')}
        <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="row">
        <button type="button" disabled={!note.trim() || save.isPending} onClick={() => save.mutate({ finding, note })}>
          {t('checksAccept')}
        </button>
        {saved && (
          <button
            type="button"
            onClick={() => {
              setNote('');
              save.mutate({ finding, note: '' });
            }}
          >
            {t('checksWithdraw')}
          </button>
        )}
        <label>
          {t('checksCorrectLabel')}
          <input type="text" inputMode="decimal" size={8} value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <button type="button" onClick={() => void correct()}>
          {t('checksCorrect')}
        </button>
      </div>
    </div>
  );
}
