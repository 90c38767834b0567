// 趋势: one indicator, the chosen departments over the years.
import type { ImageSize } from '../../image-export/image-size';
import { useCallback, useMemo } from 'react';
import { buildTrendOption, type TrendInput } from '../../domain/charts/options/trend-option';
import type { TrendMode } from '../../domain/charts/models/trend-model';
import { useElementWidth } from '../../components/chart/use-element-width';
import { paintLineChart } from '../../components/chart/line-chart-painting';
import { useI18n } from '../../i18n/i18n';
import { observationsForRows } from '../../queries/view-export';
import { CheckControl, SelectControl } from './chart-controls';
import { useSourceClick } from './use-source-click';
import { useEvidenceReader } from './use-view-rows';
import { trendRows } from '../../domain/charts/models/trend-rows';
import { selectRows } from '../../domain/observations/select-rows';
import type { ChartRow } from '../../domain/observations/chart-row';
import { datasetFilter, exportTitles, modeLabel, shownYearRange, trendTitle, type ViewProps } from './view-context';
import { ViewFrame } from './view-frame';
import { datasetLookup, hasSimulated } from '../../domain/charts/common';
import type { NarrativeSource } from '../../domain/narrative/view-narrative';
import { encodeState } from '../../domain/url-state';
import { useKeepFirstView } from '../../queries/first-view';

const NO_ROWS: ChartRow[] = [];

export function TrendView(props: ViewProps) {
  const { state, update, data } = props;
  const { t, lang } = useI18n();
  const { effective, catalog, derived, snapshot } = data;
  const indicator = catalog!.resolve(effective!.indicator);
  const [from, to] = [Math.min(effective!.yearFrom, effective!.yearTo), Math.max(effective!.yearFrom, effective!.yearTo)];
  const filter = useMemo(
    () => ({
      indicators: [indicator.id],
      departments: state.departments.length ? state.departments : undefined,
      yearFrom: from,
      yearTo: to,
      datasets: datasetFilter(state),
    }),
    [indicator.id, state, from, to],
  );
  // Only the drawn departments' rows become row objects; the CSV export selects them all.
  const filterKey = JSON.stringify(filter);
  const picked = useMemo(
    () => (snapshot ? trendRows(snapshot.table, filter) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter is compared by value (filterKey)
    [snapshot, filterKey],
  );
  const rows = picked?.rows ?? NO_ROWS;
  const readEvidence = useEvidenceReader(snapshot);
  // Small multiples shorten their titles to the cells, so that layout follows the chart's width.
  const [chartRef, measured] = useElementWidth();
  const width = state.layout === 'small-multiples' ? measured : undefined;
  const departments = useMemo(
    () => (state.departments.length ? state.departments : (picked?.departments ?? [])),
    [state.departments, picked],
  );
  const input: TrendInput = useMemo(
    () => ({
      rows,
      reportedYears: picked?.years,
      indicator,
      departments,
      years: [from, to] as const,
      mode: state.mode,
      layout: state.layout,
      sharedY: state.sharedY,
      lang,
      palette: state.palette,
      decal: state.decal,
      datasets: derived!.datasetInfos,
      width,
    }),
    [
      rows,
      picked,
      indicator,
      departments,
      from,
      to,
      state.mode,
      state.layout,
      state.sharedY,
      lang,
      state.palette,
      state.decal,
      derived,
      width,
    ],
  );
  const built = useMemo(() => buildTrendOption({ ...input, readEvidence }), [input, readEvidence]);
  const unit = indicator.unit || rows[0]?.unit || '';
  // The years the chart draws (the data's, within the filter), in the title and the file name.
  const [first, last] = shownYearRange(built.model.years, [from, to]);
  const title = trendTitle(t, lang, indicator, unit, [first, last]);
  const label = lang === 'en' ? indicator.labelEn : indicator.labelZh;
  const narrative = useMemo<NarrativeSource>(() => ({ view: 'trend', model: built.model, label }), [built, label]);
  const subtitle = `${t('departments')}${t('labelColon')}${departments.length} · ${t('mode')}${t('labelColon')}${modeLabel(t, state.mode)}`;
  const rowAt = useCallback(
    (p: { seriesIndex?: number; dataIndex: number }) => built.model.series[p.seriesIndex ?? -1]?.points[p.dataIndex]?.row ?? null,
    [built],
  );
  const onEvents = useSourceClick(props, rowAt);
  const demo = hasSimulated(rows, datasetLookup(derived!.datasetInfos));
  // Drawn first at the next start, while the table loads (queries/first-view.ts).
  const firstView = useMemo(() => ({ model: built.model, input, title, subtitle, demo }), [built, input, title, subtitle, demo]);
  useKeepFirstView(snapshot?.table.storeVersion, encodeState(state), firstView);
  const exportSpec = {
    fileBase: `${indicator.labelZh}-趋势-${first}-${last}`,
    buildOption: (size: ImageSize) =>
      buildTrendOption({ ...input, titles: exportTitles(title, subtitle, rows, derived!.datasetInfos, size) }).option,
    rows: () => observationsForRows(snapshot!, selectRows(snapshot!.table, filter)),
  };
  return (
    <ViewFrame
      title={title}
      subtitle={subtitle}
      demo={demo}
      option={rows.length ? built.option : null}
      summary={built.summary}
      height={built.height}
      exportSpec={rows.length ? exportSpec : null}
      onEvents={onEvents}
      marks={{ snapshot, rowAt }}
      chartRef={chartRef}
      painter={paintLineChart}
      controls={<TrendControls state={state} update={update} />}
      narrative={{ source: narrative, data }}
    />
  );
}

/** The trend's controls; also drawn (disabled) over the kept first view, so the chart does not move when the dashboard replaces it. */
export function TrendControls({ state, update }: Pick<ViewProps, 'state' | 'update'>) {
  const { t } = useI18n();
  return (
    <>
      <SelectControl
        label={t('mode')}
        value={state.mode}
        options={TREND_MODES.map((m) => ({ value: m, label: modeLabel(t, m) }))}
        onChange={(mode) => update({ mode })}
      />
      <SelectControl
        label={t('layout')}
        value={state.layout}
        options={[
          { value: 'single', label: t('layoutSingle') },
          { value: 'small-multiples', label: t('layoutSmall') },
        ]}
        onChange={(layout) => update({ layout })}
      />
      {state.layout === 'small-multiples' && (
        <CheckControl label={t('sharedAxis')} checked={state.sharedY} onChange={(sharedY) => update({ sharedY })} />
      )}
      <PaletteControls state={state} update={update} />
    </>
  );
}

const TREND_MODES: TrendMode[] = ['absolute', 'yoy-abs', 'yoy-pct', 'index'];

export function PaletteControls({ state, update }: Pick<ViewProps, 'state' | 'update'>) {
  const { t } = useI18n();
  return (
    <>
      <SelectControl
        label={t('palette')}
        value={state.palette}
        options={[
          { value: 'default', label: t('paletteDefault') },
          { value: 'cb-safe', label: t('paletteCb') },
        ]}
        onChange={(palette) => update({ palette })}
      />
      <CheckControl label={t('decal')} checked={state.decal} onChange={(decal) => update({ decal })} />
    </>
  );
}
