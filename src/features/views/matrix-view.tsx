// 矩阵: departments × indicators for one year, coloured by rank or by change.
import type { ImageSize } from '../../image-export/image-size';
import '../../lib/echarts-extra';
import { useCallback, useMemo, useState } from 'react';
import { useWindowHeight } from '../../lib/use-window-height';
import { useStatePerKey } from '../../lib/use-state-per-key';
import { buildMatrixModel, matrixCellRows, type MatrixColumnSort, type MatrixRowSort } from '../../domain/charts/models/matrix-model';
import { yearPresence } from '../../domain/charts/models/matrix-year-cells';
import { codeSet } from '../../domain/observations/select-rows';
import { buildMatrixExportOptions } from '../../domain/charts/options/matrix-export';
import { buildMatrixOption, type MatrixInput } from '../../domain/charts/options/matrix-option';
import { anySimulated, datasetLookup } from '../../domain/charts/common';
import type { ChartRow } from '../../domain/observations/chart-row';
import { useI18n } from '../../i18n/i18n';
import { observationsForRows } from '../../queries/view-export';
import { CheckControl, SelectControl } from './chart-controls';
import { ChartScroll } from './chart-scroll';
import { PaletteControls } from './trend-view';
import { useSourceClick, type ClickParams } from './use-source-click';
import { useColumnsWithEvidence, useTableColumns } from './use-view-columns';
import { useMatrixCells } from './use-matrix-cells';
import { datasetFilter, exportTitles, type ViewProps } from './view-context';
import { ViewFrame } from './view-frame';
import type { NarrativeSource } from '../../domain/narrative/view-narrative';
import { paintHeatmapCells } from '../../components/chart/heatmap-painting';

/** Room kept above and below the chart when it is scrolled into view. */
const WINDOW_MARGIN_PX = 24;

export function MatrixView(props: ViewProps) {
  const { state, update, data } = props;
  const { t, lang } = useI18n();
  const { effective, catalog, derived, snapshot } = data;
  const year = effective!.year;
  const [rowSort, setRowSort] = useState<MatrixRowSort>('score');
  const [columnSort, setColumnSort] = useState<MatrixColumnSort>('catalog');
  const [group, setGroup] = useState(true);
  // Cells are picked from the years' cells built once per table (and datasets in view); the
  // departments chosen in the filter pick the matrix's rows.
  const cells = useMatrixCells(snapshot!, datasetFilter(state));
  const columns = useTableColumns(snapshot);
  // Which indicators and departments hold a cell this year. Last year's cells only colour
  // changes: a department or indicator without a figure this year is not listed as a row
  // or column of empty cells.
  const present = useMemo(() => {
    const wanted = codeSet(state.departments.length ? state.departments : undefined, columns.departments);
    return yearPresence(cells, columns, year, wanted);
  }, [cells, columns, year, state.departments]);
  const indicators = useMemo(() => {
    // Catalog indicators in catalog order, then uncatalogued ones with the unit of one of their rows.
    const firstAt = new Map<string, number>();
    present.ind.forEach((i, code) => i >= 0 && firstAt.set(columns.indicators[code]!, i));
    const inCatalog = catalog!.indicators.filter((i) => firstAt.has(i.id));
    const others = [...firstAt].filter(([id]) => !catalog!.get(id)).map(([id, i]) => catalog!.resolve(id, columns.row(i).unit));
    return [...inCatalog, ...others];
  }, [present, columns, catalog]);
  const departments = useMemo(() => {
    const names = new Set<string>();
    present.dept.forEach((on, code) => on && names.add(columns.departments[code]!));
    return derived!.departments.filter((d) => names.has(d.name));
  }, [present, columns, derived]);
  const modelInput = {
    rows: columns,
    cells,
    indicators,
    departments,
    year,
    colourBy: state.colourBy,
    rowSort,
    columnSort,
    groupRows: group,
    groupColumns: group,
  };
  const model = useMemo(
    () => buildMatrixModel(modelInput),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- modelInput is a new object each render; these are its parts
    [columns, cells, indicators, departments, year, state.colourBy, rowSort, columnSort, group],
  );
  // The first row in view, kept per model: any change of data or sorting starts at the top.
  const [first, setFirst] = useStatePerKey(model, 0);
  const windowHeight = useWindowHeight();
  const input: MatrixInput = {
    ...modelInput,
    // The chart fits the window: its rows, scroll bars and legend are seen at once.
    fitHeight: windowHeight - WINDOW_MARGIN_PX,
    lang,
    palette: state.palette,
    decal: state.decal,
    datasets: derived!.datasetInfos,
  };
  // Tooltips and clicks read rows from `shown`, which carries the evidence tooltips have read.
  const { shown, readEvidence } = useColumnsWithEvidence(snapshot, columns);
  const built = useMemo(
    () => buildMatrixOption({ ...input, rows: shown, readEvidence, windowStart: first }, model),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- input is a new object each render; these are its parts
    [model, shown, readEvidence, first, lang, state.palette, state.decal, derived, windowHeight],
  );
  const [frame, setFrame] = useState<HTMLElement | null>(null);
  const rowsInView = built.window;
  const title = t('chartTitleMatrix', { year });
  // 解读 covers the whole matrix, not only the rows in view.
  const narrative = useMemo<NarrativeSource>(() => ({ view: 'matrix', model, rows: columns }), [model, columns]);
  // What the chart holds: the departments and the indicators with a value this year.
  const unlisted = present.withoutYear ? ` · ${t('viewsMatrixUnlisted', { n: present.withoutYear, year })}` : '';
  const subtitle = `${t('departments')}${t('labelColon')}${model.rows.length} · ${t('indicator')}${t('labelColon')}${model.columns.length}${unlisted}`;
  // Each cell's source row (read for every cell when the flagged ones are marked: no full cell description).
  const cellRows = model.current;
  // Heatmap data carry the cell index as their fourth value.
  const rowIndexAt = useCallback(
    (p: ClickParams) => {
      const k = Array.isArray(p.value) ? Number(p.value[3]) : -1;
      return k >= 0 && k < cellRows.length ? cellRows[k]! : -1;
    },
    [cellRows],
  );
  const rowAt = useCallback(
    (p: ClickParams) => {
      const at = rowIndexAt(p);
      return at >= 0 ? shown.row(at) : null;
    },
    [rowIndexAt, shown],
  );
  // The marks pass over unflagged cells by their table row, without making the row.
  const rowIdAt = useCallback(
    (p: ClickParams) => {
      const at = rowIndexAt(p);
      return at >= 0 ? shown.rowId(at) : null;
    },
    [rowIndexAt, shown],
  );
  const onEvents = useSourceClick(props, rowAt);
  const hasCurrent = model.reportedCount > 0;
  const currentRows = (): ChartRow[] => matrixCellRows(model).map((i) => columns.row(i));
  const exportPages = (size: ImageSize) =>
    buildMatrixExportOptions({ ...input, titles: exportTitles(title, subtitle, currentRows(), derived!.datasetInfos, size) }, model, size);
  const exportSpec = {
    fileBase: `部门指标矩阵-${year}`,
    buildOption: (size: ImageSize) => exportPages(size)[0]!,
    // The whole matrix, paged into several images when it does not fit one (never the scroll window).
    buildPages: (size: ImageSize) => exportPages(size).map((option) => ({ option })),
    rows: () => observationsForRows(snapshot!, currentRows()),
  };
  return (
    <ViewFrame
      title={title}
      subtitle={subtitle}
      demo={anySimulated(model.datasetIds, datasetLookup(derived!.datasetInfos))}
      option={hasCurrent ? built.option : null}
      summary={built.summary}
      height={built.height}
      exportSpec={hasCurrent ? exportSpec : null}
      onEvents={onEvents}
      marks={{ snapshot, rowAt, rowIdAt }}
      painter={paintHeatmapCells}
      chartRef={setFrame}
      overlay={
        rowsInView ? (
          <ChartScroll
            window={rowsInView}
            frame={frame}
            label={t('viewsMatrixScroll', {
              first: rowsInView.first + 1,
              last: rowsInView.first + rowsInView.visible,
              total: rowsInView.total,
            })}
            onFirst={setFirst}
          />
        ) : null
      }
      controls={
        <>
          <SelectControl
            label={t('year')}
            value={year}
            options={derived!.allYears.map((y) => ({ value: y, label: String(y) }))}
            onChange={(y) => update({ year: y })}
          />
          <SelectControl
            label={t('colourBy')}
            value={state.colourBy}
            options={[
              { value: 'rank', label: t('colourRank') },
              { value: 'change', label: t('colourChange') },
            ]}
            onChange={(colourBy) => update({ colourBy })}
          />
          <SelectControl
            label={t('sortRows')}
            value={rowSort}
            options={[
              { value: 'score', label: t('sortScore') },
              { value: 'name', label: t('sortName') },
              { value: 'coverage', label: t('sortCoverage') },
            ]}
            onChange={setRowSort}
          />
          <SelectControl
            label={t('sortColumns')}
            value={columnSort}
            options={[
              { value: 'catalog', label: t('sortCatalog') },
              { value: 'name', label: t('sortName') },
              { value: 'coverage', label: t('sortCoverage') },
            ]}
            onChange={setColumnSort}
          />
          <CheckControl label={t('groupByType')} checked={group} onChange={setGroup} />
          <PaletteControls state={state} update={update} />
        </>
      }
      narrative={{ source: narrative, data }}
    />
  );
}
