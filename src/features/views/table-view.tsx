// 数据表: the rows behind the current indicator and years, sortable, virtualised;
import '../../lib/echarts-extra';
// a click opens the source. The accessible alternative to every chart.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import {
  buildTableModel,
  evidenceCell,
  sortTable,
  tableCell,
  type TableCell,
  type TableColumnKey,
  type TableRow,
  type TableSort,
} from '../../domain/charts/models/table-model';
import { useRowTexts } from '../../queries/store-queries';
import { evidenceBlocks, evidenceRowId, evidenceRowIds } from './table-evidence';
import { useI18n } from '../../i18n/i18n';
import { observationsForRows } from '../../queries/view-export';
import { sourceTargetFor } from '../../queries/source-target';
import { CheckControl } from './chart-controls';
import { useRowsWithEvidence, useViewRows } from './use-view-rows';
import { datasetFilter, exportTitles, rankingSubtitle, rankingTitle, shownYearRange, type ViewProps } from './view-context';
import { labelsFor } from '../../domain/charts/labels';
import { ExportBar } from '../export/export-bar';
import { columnMinWidths, DATA_COLUMNS, track } from './table-columns';
import { buildRankingModel } from '../../domain/charts/models/ranking-model';
import { rankingImages } from '../export/ranking-images';
import type { ExportSpec } from '../export/export-spec';
import { useCheckMarker } from '../checks/use-check-marker';
import { cellMark, CellMarkIcon } from './table-marks';

const ROW_PX = 34;

export function TableView(props: ViewProps) {
  const { state, data, onOpenSource } = props;
  const { t, lang } = useI18n();
  const { effective, catalog, derived, snapshot } = data;
  const [allIndicators, setAllIndicators] = useState(false);
  const [sort, setSort] = useState<TableSort | null>(null);
  const indicator = catalog!.resolve(effective!.indicator);
  const from = Math.min(effective!.yearFrom, effective!.yearTo);
  const to = Math.max(effective!.yearFrom, effective!.yearTo);
  const filter = useMemo(
    () => ({
      indicators: allIndicators ? undefined : [indicator.id],
      departments: state.departments.length ? state.departments : undefined,
      yearFrom: from,
      yearTo: to,
      datasets: datasetFilter(state),
    }),
    [allIndicators, indicator.id, state, from, to],
  );
  // Sorted by evidence, the table needs every row's; otherwise it reads the scroll window's.
  const rows = useRowsWithEvidence(snapshot, useViewRows(snapshot, filter), sort?.key === 'evidence');
  const base = useMemo(
    () =>
      buildTableModel({
        rows,
        indicators: catalog!.indicators,
        datasets: derived!.datasetInfos,
        departments: derived!.departments,
        lang,
        years: from < to ? [from, to] : null,
      }),
    [rows, catalog, derived, lang, from, to],
  );
  const model = useMemo(() => (sort ? sortTable(base, sort.key, sort.dir) : base), [base, sort]);
  const marker = useCheckMarker(snapshot);
  const parentRef = useRef<HTMLDivElement>(null);
  // Rows are measured: long names wrap onto more lines instead of being cut.
  const virtual = useVirtualizer({
    count: model.rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_PX,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  const [firstBlock, lastBlock] = evidenceBlocks(items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);
  const windowIds = useMemo(() => evidenceRowIds(model.rows, [firstBlock, lastBlock]), [model, firstBlock, lastBlock]);
  const windowTexts = useRowTexts(snapshot, windowIds);
  const cellOf = (r: TableRow, key: TableColumnKey): TableCell => {
    const tx = key === 'evidence' ? windowTexts?.get(evidenceRowId(r) ?? -1) : undefined;
    return tx ? evidenceCell(tx.evidence, '') : tableCell(r, key);
  };
  const toggleSort = (key: TableColumnKey) =>
    setSort((s) => (s?.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));
  const open = (rowIds: number[]) => {
    const id = rowIds[rowIds.length - 1];
    const row = rows.find((r) => r.rowId === id);
    if (row && snapshot) void sourceTargetFor(snapshot, row, data.datasets ?? []).then(onOpenSource);
  };
  // The years the table holds figures for (within the filter), in its hint, file name and image.
  const [first, last] = shownYearRange(model.years, [from, to]);
  // The table's image is the ranking of its indicator in the last year, titled as the ranking's.
  const rankingInput = { rows, indicator, year: last, lang, palette: state.palette, decal: state.decal, datasets: derived!.datasetInfos };
  const unit = indicator.unit || rows.find((r) => r.indicatorId === indicator.id)?.unit || '';
  const title = rankingTitle(t, lang, indicator, unit, last);
  const images = rankingImages(
    (size, ranking) => ({
      ...rankingInput,
      titles: exportTitles(
        title,
        rankingSubtitle(t, ranking.reportedCount),
        rows.filter((r) => r.indicatorId === indicator.id && r.year === last),
        derived!.datasetInfos,
        size,
      ),
    }),
    () => buildRankingModel(rankingInput),
  );
  const unmarked: ExportSpec = {
    fileBase: `${allIndicators ? '全部指标' : indicator.labelZh}-数据表-${first}-${last}`,
    ...images,
    rows: () => observationsForRows(snapshot!, rows),
  };
  const exportSpec = marker ? marker.spec(unmarked, images.rowAt) : unmarked;
  const cols = model.columns;
  const minPx = useMemo(() => columnMinWidths(base.columns, base.rows), [base]);
  // Columns share the width down to a minimum, then the table scrolls sideways; names wrap.
  const template = cols.map((c, i) => `minmax(${minPx[i]}px, ${track(c)[1]}fr)`).join(' ');
  const minWidth = minPx.reduce((w, px) => w + px, 0);
  return (
    <div id="view-panel" role="tabpanel" className="view">
      <div className="view-head">
        <div className="view-title">
          <h2>{t('chartTitleTable')}</h2>
          <span className="hint">
            {allIndicators ? t('all') : lang === 'en' ? indicator.labelEn : indicator.labelZh} · {labelsFor(lang).yearRange(first, last)} ·{' '}
            {t('viewsTableCount', { rows: model.rows.length, values: model.observationCount })}
          </span>
        </div>
        <ExportBar spec={exportSpec} title={t('chartTitleTable')} />
      </div>
      <div className="view-controls">
        <CheckControl label={t('tableAllIndicators')} checked={allIndicators} onChange={setAllIndicators} />
      </div>
      <div className="vtable" role="table" aria-label={t('chartTitleTable')} aria-rowcount={model.rows.length + 1} data-testid="data-table">
        <div role="rowgroup" style={{ minWidth }}>
          <div role="row" className="vrow vhead" style={{ gridTemplateColumns: template }}>
            {cols.map((c) => (
              <div
                role="columnheader"
                key={c.key}
                aria-sort={sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                className={c.numeric ? 'num' : undefined}
              >
                <button type="button" className="link" onClick={() => toggleSort(c.key)}>
                  {c.label}
                  {sort?.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              </div>
            ))}
          </div>
        </div>
        <div ref={parentRef} className="vbody" role="rowgroup" style={{ minWidth }}>
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const r = model.rows[v.index]!;
              return (
                <div
                  role="row"
                  key={r.key}
                  data-index={v.index}
                  ref={virtual.measureElement}
                  aria-rowindex={v.index + 2}
                  className={r.simulated ? 'vrow simulated' : 'vrow'}
                  style={{ gridTemplateColumns: template, transform: `translateY(${v.start}px)` }}
                  tabIndex={0}
                  onClick={() => open(r.rowIds)}
                  onKeyDown={(e) => e.key === 'Enter' && open(r.rowIds)}
                  title={t('openSource')}
                >
                  {cols.map((c) => {
                    const cell = cellOf(r, c.key);
                    const mark = c.numeric ? cellMark(marker, snapshot?.table, r, c.key) : null;
                    return (
                      <div
                        role="cell"
                        key={c.key}
                        title={mark ? `${cell.text}\n${mark.text}` : cell.text}
                        data-user-text={DATA_COLUMNS.has(c.key) ? '' : undefined}
                        className={[
                          c.numeric ? 'num' : '',
                          cell.sort === null && c.numeric ? 'missing' : '',
                          c.key === 'evidence' ? 'clamp' : '',
                          c.key === 'span' ? 'nowrap' : '',
                          mark ? `flagged ${mark.status}` : '',
                        ].join(' ')}
                      >
                        {mark && <CellMarkIcon mark={mark} />}
                        {cell.text}
                        {c.key === 'dataset' && r.simulated ? <span className="badge demo">{t('demoBadge')}</span> : null}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
