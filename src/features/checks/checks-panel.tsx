// 数据核查: every finding of the checks over the stored data, filterable; a finding opens
// both sides with their sentences and can be accepted with an explanation or corrected.
import { useMemo, useState } from 'react';
import { Modal } from '../../components/ui/modal';
import type { Catalog } from '../../domain/catalog/catalog';
import { indicatorLabel } from '../../domain/charts/common';
import { findingKey, type CheckNotes } from '../../domain/checks/notes';
import { DEFAULT_CAP as cap } from '../../domain/checks/run-checks';
import type { Finding } from '../../domain/checks/types';
import type { DatasetMeta } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { useCheckNotes, useChecks } from '../../queries/check-queries';
import { useRowTexts, type TableSnapshot } from '../../queries/store-queries';
import { filterFindings, NO_FILTER, sortFindings, type FindingFilter } from './finding-filters';
import { FindingResolve, type Notice } from './finding-resolve';
import { FindingSides } from './finding-sides';
import { findingMessage } from '../../i18n/finding-message';
import './checks.css';
import '../../i18n/messages/checks'; // this feature's strings (i18n/registry.ts)

/** Rows the list renders at once; the filters narrow a longer list. */
const LIST_LIMIT = 400;
const NO_NOTES: CheckNotes = {};
const NO_ROWS: readonly number[] = [];

interface Props {
  snapshot: TableSnapshot;
  catalog: Catalog;
  datasets: readonly DatasetMeta[];
  onClose: () => void;
  onOpenSource: (rowId: number) => void;
  onChanged: () => Promise<unknown>;
}

export function ChecksPanel({ snapshot, catalog, datasets, onClose, onOpenSource, onChanged }: Props) {
  const { t, lang } = useI18n();
  const report = useChecks(snapshot).data;
  const notes = useCheckNotes().data ?? NO_NOTES;
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  // The key, not the finding: after a write the checks run again and rows are renumbered.
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const findings = report?.findings;
  const selected = useMemo(
    () => (selectedKey === null ? null : ((findings ?? []).find((f) => findingKey(f) === selectedKey) ?? null)),
    [findings, selectedKey],
  );
  // Both sides' sentences, read once for the sides and the correction.
  const texts = useRowTexts(snapshot, selected?.rows ?? NO_ROWS);
  const shown = useMemo(() => sortFindings(filterFindings(findings ?? [], filter, notes)), [findings, filter, notes]);
  const departments = useMemo(
    () => [...new Set((findings ?? []).map((f) => f.department))].sort((a, b) => a.localeCompare(b, 'zh')),
    [findings],
  );
  const indicators = useMemo(() => [...new Set((findings ?? []).map((f) => f.indicator))], [findings]);
  const tb = snapshot.table;
  const label = (id: string) => indicatorLabel(catalog.resolve(id), lang);
  const message = (f: Finding) => findingMessage(f, f.kind === 'at-most' ? label(tb.indicators[tb.ind[f.rows[1]!]!]!) : '', t);
  const errors = (findings ?? []).filter((f) => f.severity === 'error').length;
  const explained = (findings ?? []).filter((f) => notes[findingKey(f)]).length;
  const set = (patch: Partial<FindingFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <Modal title={t('checksPanel')} onClose={onClose} closeLabel={t('close')} wide>
      {!report ? (
        <p role="status">{t('checksRunning')}</p>
      ) : (
        <>
          <p role="status" data-testid="checks-summary">
            {report.findings.length
              ? t('checksSummary', { errors, warnings: report.findings.length - errors, explained })
              : t('checksNone')}
          </p>
          {Object.entries(report.counts)
            .filter(([, n]) => n > cap)
            .map(([rule, n]) => (
              <p key={rule} className="hint">
                {t('checksCapped', { rule, n, cap })}
              </p>
            ))}
          <div className="row check-filters">
            <select
              aria-label={t('checksSeverity')}
              value={filter.severity}
              onChange={(e) => set({ severity: e.target.value as FindingFilter['severity'] })}
            >
              <option value="">{t('checksSeverityAll')}</option>
              <option value="error">{t('checksSeverityError')}</option>
              <option value="warning">{t('checksSeverityWarning')}</option>
            </select>
            <select
              aria-label={t('checksFilterDepartment')}
              value={filter.department}
              onChange={(e) => set({ department: e.target.value })}
            >
              <option value="">{t('checksAllDepartments')}</option>
              {departments.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
            <select aria-label={t('checksFilterIndicator')} value={filter.indicator} onChange={(e) => set({ indicator: e.target.value })}>
              <option value="">{t('checksAllIndicators')}</option>
              {indicators.map((id) => (
                <option key={id} value={id}>
                  {label(id)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('checksColStatus')}
              value={filter.status}
              onChange={(e) => set({ status: e.target.value as FindingFilter['status'] })}
            >
              <option value="">{t('checksStatusAll')}</option>
              <option value="open">{t('checksStatusOpen')}</option>
              <option value="explained">{t('checksStatusExplained')}</option>
            </select>
          </div>
          <div className="check-list">
            <table aria-label={t('checksListLabel')}>
              <thead>
                <tr>
                  <th>{t('checksColSeverity')}</th>
                  <th>{t('checksColDepartment')}</th>
                  <th>{t('checksColIndicator')}</th>
                  <th>{t('checksColYear')}</th>
                  <th>{t('checksColProblem')}</th>
                  <th>{t('checksColStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.slice(0, LIST_LIMIT).map((f) => {
                  const key = findingKey(f);
                  const isSelected = key === selectedKey;
                  return (
                    <tr key={key + f.rows.join(',')} className={isSelected ? 'selected' : undefined} aria-selected={isSelected}>
                      <td>
                        <span className={`check-badge ${f.severity}`}>
                          {f.severity === 'error' ? t('checksSeverityError') : t('checksSeverityWarning')}
                        </span>
                      </td>
                      <td>{f.department}</td>
                      <td>{label(f.indicator)}</td>
                      <td>{f.year}</td>
                      <td>
                        <button
                          type="button"
                          className="link"
                          onClick={() => {
                            setSelectedKey(key);
                            setNotice(null);
                          }}
                        >
                          {message(f)}
                        </button>
                      </td>
                      <td>{notes[key] ? t('checksStatusExplained') : t('checksStatusOpen')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {notice && (
            <p className={notice.kind} role="status">
              {notice.text}
            </p>
          )}
          {selected && (
            <section className="check-detail" aria-label={t('checksDetail')}>
              <h3>{message(selected)}</h3>
              <FindingSides
                finding={selected}
                snapshot={snapshot}
                texts={texts}
                catalog={catalog}
                datasets={datasets}
                onOpenSource={onOpenSource}
              />
              <FindingResolve
                key={findingKey(selected)}
                finding={selected}
                notes={notes}
                snapshot={snapshot}
                texts={texts}
                onChanged={onChanged}
                onNotice={setNotice}
              />
            </section>
          )}
        </>
      )}
    </Modal>
  );
}
