// The configurable deadlines (month and day of the year after the report year).
import type { MonthDay, RoundDeadlines } from '../../domain/round/deadlines';
import { useI18n } from '../../i18n/i18n';
import { saveDeadlines } from '../../queries/round-queries';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

function MonthDayInput({ label, value, onChange }: { label: string; value: MonthDay; onChange: (v: MonthDay) => void }) {
  const { t } = useI18n();
  const set = (patch: Partial<MonthDay>) => {
    const next = { ...value, ...patch };
    if (next.month >= 1 && next.month <= 12 && next.day >= 1 && next.day <= 31) onChange(next);
  };
  return (
    <span className="month-day">
      {label}
      <input
        type="number"
        min={1}
        max={12}
        className="narrow"
        aria-label={`${label} ${t('roundMonth')}`}
        value={value.month}
        onChange={(e) => set({ month: Number(e.target.value) })}
      />
      {t('roundMonth')}
      <input
        type="number"
        min={1}
        max={31}
        className="narrow"
        aria-label={`${label} ${t('roundDay')}`}
        value={value.day}
        onChange={(e) => set({ day: Number(e.target.value) })}
      />
      {t('roundDay')}
    </span>
  );
}

export function DeadlineInputs({ value, onSaved }: { value: RoundDeadlines; onSaved: () => Promise<unknown> }) {
  const { t } = useI18n();
  const save = (next: RoundDeadlines) => void saveDeadlines(next).then(onSaved);
  return (
    <fieldset className="round-deadlines">
      <legend>{t('roundDeadlines')}</legend>
      <MonthDayInput label={t('roundSubmitDeadline')} value={value.submit} onChange={(submit) => save({ ...value, submit })} />
      <MonthDayInput label={t('roundPublishDeadline')} value={value.publish} onChange={(publish) => save({ ...value, publish })} />
    </fieldset>
  );
}
