// The sheets of an imported workbook: each sheet with data is offered (pre-selected);
// unticking one parses the workbook again without it. Text-only and empty sheets are listed
// with why they are skipped, and each sheet with the rows that are not data.
import type { SheetSummary } from '../../domain/csv/import-types';
import { useI18n } from '../../i18n/i18n';

export function SheetList({ sheets, onChange }: { sheets: readonly SheetSummary[]; onChange: (selected: string[]) => void }) {
  const { t } = useI18n();
  const selected = sheets.filter((s) => s.selected).map((s) => s.name);
  const toggle = (name: string, on: boolean) =>
    onChange(on ? sheets.filter((s) => s.selected || s.name === name).map((s) => s.name) : selected.filter((n) => n !== name));
  return (
    <fieldset className="sheet-list" data-testid="sheet-list">
      <legend>{t('excelSheets')}</legend>
      <ul>
        {sheets.map((s) => (
          <li key={s.name}>
            {s.status === 'data' ? (
              <label>
                <input
                  type="checkbox"
                  checked={s.selected}
                  onChange={(e) => toggle(s.name, e.target.checked)}
                  aria-label={`${t('excelSheets')} ${s.name}`}
                />
                <strong>{s.name}</strong>
              </label>
            ) : (
              <strong>{s.name}</strong>
            )}{' '}
            <span className="muted">
              {s.status === 'data' && t('excelSheetRows', { n: s.dataRows })}
              {s.status === 'text-only' && t('excelSheetTextOnly')}
              {s.status === 'no-header' && t('excelSheetNoHeader')}
              {s.status === 'empty' && t('excelSheetEmpty')}
              {s.year !== undefined &&
                ` · ${t('excelSheetYear', { year: s.year, from: t(s.yearFrom === 'title' ? 'excelYearFromTitle' : 'excelYearFromName') })}`}
            </span>
            {s.skipped.length > 0 && (
              <div className="muted" data-testid="skipped-rows">
                {t('excelSkippedRows', { rows: s.skipped.join('，') })}
              </div>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
