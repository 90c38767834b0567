// A number of 解读 that shows, on hover or keyboard focus, the rows it came from: department,
// year, indicator, value, dataset and the sentence of the report (read from the store when
// shown). A computed number (a total, a change, a count) lists its input rows. Text only.
import { useId, useMemo, useState } from 'react';
import { indicatorLabel } from '../../domain/charts/common';
import { formatValue } from '../../domain/charts/format';
import type { NumberLink } from '../../domain/narrative/narrative-text';
import type { ChartRow } from '../../domain/observations/chart-row';
import { useI18n } from '../../i18n/i18n';
import type { DashboardData } from '../../queries/use-dashboard-data';
import { useRowTexts } from '../../queries/store-queries';
import '../../i18n/messages/narrative'; // this feature's strings (i18n/registry.ts)

function RowSource({ row, evidence, data }: { row: ChartRow; evidence: string | undefined; data: DashboardData }) {
  const { t, lang } = useI18n();
  const indicator = indicatorLabel(data.catalog!.resolve(row.indicatorId, row.unit), lang);
  const dataset = data.derived?.datasetInfos.find((d) => d.id === row.datasetId)?.name ?? '';
  return (
    <span className="narrative-row">
      <span className="narrative-row-head" data-user-text="">
        {row.department} · {t('narrativeYear', { year: row.year })} · {indicator}
        {t('labelColon')}
        {formatValue(row.value, row.unit, row.qualifier, lang, 6)}
        {row.derived ? ` ${t('narrativeDerived')}` : ''}
      </span>
      <span className="narrative-evidence" data-user-text="">
        {evidence ? `「${evidence}」` : evidence === '' ? t('narrativeNoEvidence') : t('loading')}
      </span>
      {dataset && (
        <span className="hint" data-user-text={dataset}>
          {t('dataset')}
          {t('labelColon')}
          {dataset}
        </span>
      )}
    </span>
  );
}

function Sources({ id, link, data }: { id: string; link: NumberLink; data: DashboardData }) {
  const { t } = useI18n();
  const ids = useMemo(() => link.rows.map((r) => r.rowId), [link]);
  const texts = useRowTexts(data.snapshot, ids);
  return (
    <span role="tooltip" id={id} className="narrative-sources">
      <span className="narrative-sources-head">
        {link.computed ? t('narrativeComputedFrom', { n: link.rows.length + link.more }) : t('narrativeReadFrom')}
      </span>
      {link.rows.map((r) => (
        <RowSource key={r.rowId} row={r} evidence={r.evidence || texts?.get(r.rowId)?.evidence} data={data} />
      ))}
      {link.more > 0 && <span className="hint">{t('narrativeMoreRows', { n: link.more })}</span>}
    </span>
  );
}

export function NarrativeNumber({ link, data }: { link: NumberLink; data: DashboardData }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span
      className="narrative-number"
      tabIndex={0}
      aria-describedby={open ? id : undefined}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      {link.text}
      {open && <Sources id={id} link={link} data={data} />}
    </span>
  );
}
