// 矩阵: departments × indicators for one year, coloured by rank or by change.
import '../../lib/echarts-extra';
import { useCallback, useMemo, useState } from 'react';
import type { MatrixColumnSort, MatrixRowSort } from '../../domain/charts/models/matrix-model';
import { buildMatrixOption, type MatrixInput } from '../../domain/charts/options/matrix-option';
import { useI18n } from '../../i18n/i18n';
import { observationsForRows } from '../../queries/view-export';
import { CheckControl, SelectControl } from './chart-controls';
import { PaletteControls } from './trend-view';
import { useSourceClick, type ClickParams } from './use-source-click';
import { useViewRows } from './use-view-rows';
import { datasetFilter, exportTitles, type ViewProps } from './view-context';
import { ViewFrame } from './view-frame';
import { datasetLookup, hasSimulated } from '../../domain/charts/common';

export function MatrixView(props: ViewProps) {
  const { state, update, data } = props;
  const { t, lang } = useI18n();
  const { effective, catalog, derived, snapshot } = data;
  const year = effective!.year;
  const [rowSort, setRowSort] = useState<MatrixRowSort>('score');
  const [columnSort, setColumnSort] = useState<MatrixColumnSort>('catalog');
  const [group, setGroup] = useState(true);
  const filter = useMemo(
    () => ({
      departments: state.departments.length ? state.departments : undefined,
      yearFrom: year - 1,
      yearTo: year,
      datasets: datasetFilter(state),
    }),
    [state, year],
  );
  const { rows } = useViewRows(snapshot, filter);
  const indicators = useMemo(() => {
    const ids = new Set(rows.map((r) => r.indicatorId));
    const inCatalog = catalog!.indicators.filter((i) => ids.has(i.id));
    const others = [...ids].filter((id) => !catalog!.get(id)).map((id) => catalog!.resolve(id, rows.find((r) => r.indicatorId === id)?.unit));
    return [...inCatalog, ...others];
  }, [rows, catalog]);
  const departments = useMemo(() => {
    const present = new Set(rows.map((r) => r.department));
    return derived!.departments.filter((d) => present.has(d.name));
  }, [rows, derived]);
  const input: MatrixInput = useMemo(
    () => ({
      rows,
      indicators,
      departments,
      year,
      colourBy: state.colourBy,
      rowSort,
      columnSort,
      groupRows: group,
      groupColumns: group,
      lang,
      palette: state.palette,
      decal: state.decal,
      datasets: derived!.datasetInfos,
    }),
    [rows, indicators, departments, year, state.colourBy, rowSort, columnSort, group, lang, state.palette, state.decal, derived],
  );
  const built = useMemo(() => buildMatrixOption(input), [input]);
  const title = t('chartTitleMatrix', { year });
  const subtitle = `${t('departments')}：${departments.length} · ${t('indicator')}：${indicators.length}`;
  const rowAt = useCallback(
    // Heatmap data carry the cell index as their fourth value.
    (p: ClickParams) => {
      const k = Array.isArray(p.value) ? Number(p.value[3]) : -1;
      return built.model.cells[k]?.row ?? null;
    },
    [built],
  );
  const onEvents = useSourceClick(props, rowAt);
  const current = rows.filter((r) => r.year === year);
  const exportSpec = {
    fileBase: `部门指标矩阵-${year}`,
    buildOption: () => buildMatrixOption({ ...input, titles: exportTitles(t, title, subtitle, current, derived!.datasetInfos) }).option,
    rows: () => observationsForRows(snapshot!, current),
  };
  return (
    <ViewFrame
      title={title}
      subtitle={subtitle}
      demo={hasSimulated(current, datasetLookup(derived!.datasetInfos))}
      option={current.length ? built.option : null}
      summary={built.summary}
      height={built.height}
      exportSpec={current.length ? exportSpec : null}
      onEvents={onEvents}
      controls={
        <>
          <SelectControl label={t('year')} value={year} options={derived!.allYears.map((y) => ({ value: y, label: String(y) }))} onChange={(y) => update({ year: y })} />
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
    />
  );
}
