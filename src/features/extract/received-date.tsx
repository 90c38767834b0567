// The date the office received a report under review: the day it was added unless the user
// sets it. The file's date is offered when it could be the day it came; a date that makes the
// report late says so before it is imported.
import { useState } from 'react';
import { deadlineDate, submitTimeliness } from '../../domain/round/deadlines';
import { useI18n } from '../../i18n/i18n';
import { useDeadlines } from '../../queries/round-queries';
import { fileDateHint, localIsoDate, type BatchItem } from './batch-model';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

interface Props {
  item: BatchItem;
  year: number | null;
  signed: string | null;
  onChange: (fn: (i: BatchItem) => BatchItem) => void;
}

export function ReceivedDate({ item, year, signed, onChange }: Props) {
  const { t } = useI18n();
  const deadlines = useDeadlines().data;
  const set = (date: string | null) => onChange((i) => ({ ...i, receivedDate: date }));
  const [today] = useState(() => localIsoDate(Date.now()) ?? '');
  const hint = fileDateHint(item, year, today);
  const late = year !== null && deadlines && submitTimeliness(year, item.receivedDate, signed, deadlines) === 'late';
  return (
    <div className="received-date">
      <label>
        {t('roundColReceived')}
        <input
          aria-label={t('roundColReceived')}
          aria-describedby={`received-note-${item.key}`}
          type="date"
          value={item.receivedDate ?? ''}
          onChange={(e) => set(e.target.value || null)}
        />
      </label>
      <div id={`received-note-${item.key}`} className={late ? 'warning' : 'hint'}>
        {late ? t('roundReceivedLate', { deadline: deadlineDate(year, deadlines.submit) }) : t('roundReceivedDefault')}
      </div>
      {hint && (
        <button type="button" className="link" onClick={() => set(hint)}>
          {t('roundUseFileDate', { date: hint })}
        </button>
      )}
    </div>
  );
}
