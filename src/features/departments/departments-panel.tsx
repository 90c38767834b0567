// 部门管理: region and type of every department, and merging two names of one department.
import { DataTable } from '../../components/ui/data-table';
import { useMemo, useState } from 'react';
import { Modal } from '../../components/ui/modal';
import type { Catalog } from '../../domain/catalog/catalog';
import { planMerge } from '../../domain/departments/merge-plan';
import { mergeConflictText } from './merge-conflict-text';
import type { DepartmentInfo } from '../../domain/observations/chart-row';
import type { StoredTable } from '../../domain/observations/stored-table';
import type { Department } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { mergeDepartments, putDepartment } from '../../queries/store-writes';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

interface Props {
  catalog: Catalog;
  departments: DepartmentInfo[];
  registry: Department[];
  table: StoredTable;
  onClose: () => void;
  onChanged: () => Promise<unknown>;
}

export function DepartmentsPanel({ catalog, departments, registry, table, onClose, onChanged }: Props) {
  const { t, lang } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const aliases = useMemo(() => new Map(registry.map((d) => [d.name, d.aliases])), [registry]);
  const mustReport = useMemo(() => new Set(registry.filter((d) => d.mustReport).map((d) => d.name)), [registry]);
  const plan = useMemo(() => (from && to && from !== to ? planMerge(table, from, to) : null), [table, from, to]);

  const save = async (d: DepartmentInfo, patch: Partial<DepartmentInfo> & { mustReport?: boolean }) => {
    const must = patch.mustReport ?? mustReport.has(d.name);
    await putDepartment({
      name: d.name,
      region: patch.region ?? d.region,
      type: patch.type ?? d.type,
      aliases: aliases.get(d.name) ?? [],
      ...(must ? { mustReport: true } : {}),
    });
    await onChanged();
  };
  const merge = async () => {
    if (!plan || plan.conflicts.length) return;
    try {
      await mergeDepartments(
        from,
        to,
        plan.duplicateRows.map((i) => ({ chunkId: table.chunk[i]!, pos: table.pos[i]! })),
      );
      await onChanged();
      setMessage({ kind: 'ok', text: t('mergeDone', { from, to }) });
      setFrom('');
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const options = departments.map((d) => (
    <option key={d.name} value={d.name}>
      {d.name}
    </option>
  ));
  return (
    <Modal title={t('departmentsPanel')} onClose={onClose} closeLabel={t('close')} wide>
      <fieldset className="merge">
        <legend>{t('mergeDepartments')}</legend>
        <label>
          {t('mergeFrom')}
          <select aria-label={t('mergeFrom')} value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="" />
            {options}
          </select>
        </label>
        <label>
          {t('mergeTo')}
          <select aria-label={t('mergeTo')} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="" />
            {options}
          </select>
        </label>
        <button type="button" className="primary" disabled={!plan || plan.conflicts.length > 0} onClick={() => void merge()}>
          {t('merge')}
        </button>
        {plan && (
          <p className={plan.conflicts.length ? 'error' : 'hint'} role="status">
            {plan.conflicts.length
              ? t('mergeConflicts', { n: plan.conflicts.length }) +
                plan.conflicts
                  .slice(0, 5)
                  .map((c) => mergeConflictText(c, catalog, lang))
                  .join(lang === 'en' ? '; ' : '；')
              : t('mergePlan', { moved: plan.movedRows, same: plan.duplicateRows.length })}
          </p>
        )}
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
            {message.text}
          </p>
        )}
      </fieldset>
      <DataTable
        className="data"
        testId="departments-table"
        headers={[t('departments'), t('region'), t('departmentType'), t('aliases'), t('roundColMustReport')]}
      >
        {departments.map((d) => (
          <tr key={d.name}>
            <td data-user-text="">{d.name}</td>
            <td>
              <input
                aria-label={`${t('region')} ${d.name}`}
                defaultValue={d.region}
                onBlur={(e) => e.target.value !== d.region && void save(d, { region: e.target.value.trim() })}
              />
            </td>
            <td>
              <input
                aria-label={`${t('departmentType')} ${d.name}`}
                defaultValue={d.type}
                onBlur={(e) => e.target.value !== d.type && void save(d, { type: e.target.value.trim() })}
              />
            </td>
            <td data-user-text="">{(aliases.get(d.name) ?? []).join('、')}</td>
            <td>
              <input
                type="checkbox"
                aria-label={t('roundMustReportToggle', { name: d.name })}
                checked={mustReport.has(d.name)}
                onChange={(e) => void save(d, { mustReport: e.target.checked })}
              />
            </td>
          </tr>
        ))}
      </DataTable>
    </Modal>
  );
}
