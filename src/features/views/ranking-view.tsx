// 排名: one indicator, one year, departments as sorted bars with the change since last year.
import type { ImageSize } from '../../image-export/image-size';
import '../../lib/echarts-extra';
import { useCallback, useMemo, useState } from 'react';
import { buildRankingOption, type RankingInput } from '../../domain/charts/options/ranking-option';
import { buildRankingModel } from '../../domain/charts/models/ranking-model';
import { ChartScroll } from './chart-scroll';
import { rankingImages } from '../export/ranking-images';
import { useStatePerKey } from '../../lib/use-state-per-key';
import { useI18n } from '../../i18n/i18n';
import { observationsForRows } from '../../queries/view-export';
import { SelectControl } from './chart-controls';
import { PaletteControls } from './trend-view';
import { useSourceClick } from './use-source-click';
import { useEvidenceReader, useViewRows } from './use-view-rows';
import { datasetFilter, exportTitles, rankingSubtitle, rankingTitle, type ViewProps } from './view-context';
import { ViewFrame } from './view-frame';
import { datasetLookup, hasSimulated } from '../../domain/charts/common';
import type { NarrativeSource } from '../../domain/narrative/view-narrative';

export function RankingView(props: ViewProps) {
  const { state, update, data } = props;
  const { t, lang } = useI18n();
  const { effective, catalog, derived, snapshot } = data;
  const indicator = catalog!.resolve(effective!.indicator);
  const year = effective!.year;
  const filter = useMemo(
    () => ({
      indicators: [indicator.id],
      departments: state.departments.length ? state.departments : undefined,
      yearFrom: year - 1,
      yearTo: year,
      datasets: datasetFilter(state),
    }),
    [indicator.id, state, year],
  );
  const rows = useViewRows(snapshot, filter);
  const readEvidence = useEvidenceReader(snapshot);
  const input: RankingInput = useMemo(
    () => ({
      rows,
      indicator,
      year,
      departments: state.departments.length ? state.departments : undefined,
      lang,
      palette: state.palette,
      decal: state.decal,
      datasets: derived!.datasetInfos,
    }),
    [rows, indicator, year, state.departments, lang, state.palette, state.decal, derived],
  );
  // The model does not change with the colours or the language: a new palette keeps the window.
  const model = useMemo(
    () => buildRankingModel({ rows, indicator, year, departments: input.departments }),
    [rows, indicator, year, input.departments],
  );
  // The first bar in view, kept per model: a new ranking starts at its top.
  const [first, setFirst] = useStatePerKey(model, 0);
  const built = useMemo(
    () => buildRankingOption({ ...input, readEvidence, windowStart: first }, model),
    [input, readEvidence, model, first],
  );
  const [frame, setFrame] = useState<HTMLElement | null>(null);
  const shown = built.window;
  const unit = indicator.unit || rows[0]?.unit || '';
  const title = rankingTitle(t, lang, indicator, unit, year);
  const subtitle = rankingSubtitle(t, built.model.reportedCount);
  const label = lang === 'en' ? indicator.labelEn : indicator.labelZh;
  // 解读 covers the whole ranking: a scroll leaves it as it is.
  const narrative = useMemo<NarrativeSource>(() => ({ view: 'ranking', model, label }), [model, label]);
  // A bar's index counts from the window's first bar.
  const rowAt = useCallback(
    (p: { dataIndex: number }) => built.model.entries[(built.window?.first ?? 0) + p.dataIndex]?.row ?? null,
    [built],
  );
  const onEvents = useSourceClick(props, rowAt);
  const current = rows.filter((r) => r.year === year);
  const exportSpec = {
    fileBase: `${indicator.labelZh}-排名-${year}`,
    ...rankingImages(
      (size: ImageSize) => ({ ...input, titles: exportTitles(title, subtitle, current, derived!.datasetInfos, size) }),
      () => model,
    ),
    rows: () => observationsForRows(snapshot!, current),
    ranking: built.model.entries,
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
      marks={{ snapshot, rowAt }}
      chartRef={setFrame}
      overlay={
        shown ? (
          <ChartScroll
            window={shown}
            frame={frame}
            label={t('viewsRankingScroll', { first: shown.first + 1, last: shown.first + shown.visible, total: shown.total })}
            onFirst={setFirst}
          />
        ) : null
      }
      controls={
        <>
          <SelectControl
            label={t('year')}
            value={year}
            options={effective!.years.map((y) => ({ value: y, label: String(y) }))}
            onChange={(y) => update({ year: y })}
          />
          <PaletteControls state={state} update={update} />
        </>
      }
      narrative={{ source: narrative, data }}
    />
  );
}
