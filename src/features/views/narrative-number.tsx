// A number of 解读 that shows, on hover or keyboard focus, the rows it came from: department,
// year, indicator, value, dataset and the sentence of the report (read from the store when
// shown). A computed number (a total, a change, a count) lists its input rows. Text only.
import { useId, useMemo, useState, type SyntheticEvent } from 'react';
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

/** Where the box opens: above the number when there is room (解读 sits low on the page), leftwards near the right edge. */
interface Placement {
  up: boolean;
  left: boolean;
}

/** The box's width in CSS (.narrative-sources). */
const BOX_WIDTH = 460;

function placementOf(el: Element): Placement {
  const r = el.getBoundingClientRect();
  return { up: r.top > window.innerHeight / 2, left: r.left + BOX_WIDTH > window.innerWidth - 16 };
}

function Sources({ id, link, data, place }: { id: string; link: NumberLink; data: DashboardData; place: Placement }) {
  const { t } = useI18n();
  const ids = useMemo(() => link.rows.map((r) => r.rowId), [link]);
  const texts = useRowTexts(data.snapshot, ids);
  return (
    <span role="tooltip" id={id} className={`narrative-sources${place.up ? ' up' : ''}${place.left ? ' left' : ''}`}>
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
  const [open, setOpen] = useState<Placement | null>(null);
  const show = (e: SyntheticEvent) => setOpen(placementOf(e.currentTarget));
  const hide = () => setOpen(null);
  return (
    <span
      className="narrative-number"
      tabIndex={0}
      aria-describedby={open ? id : undefined}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onKeyDown={(e) => e.key === 'Escape' && hide()}
    >
      {link.text}
      {open && <Sources id={id} link={link} data={data} place={open} />}
    </span>
  );
}
