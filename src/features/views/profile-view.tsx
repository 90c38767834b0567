// 部门画像: one department, all its indicators over the years, each with its rank among peers.
import type { ImageSize } from '../../image-export/image-size';
import '../../lib/echarts-extra';
import { useCallback, useMemo } from 'react';
import { buildProfileOption, type ProfileInput } from '../../domain/charts/options/profile-option';
import { useElementWidth } from '../../components/chart/use-element-width';
import { useI18n } from '../../i18n/i18n';
import { observationsForRows } from '../../queries/view-export';
import { SelectControl } from './chart-controls';
import { PaletteControls } from './trend-view';
import { useSourceClick, type ClickParams } from './use-source-click';
import { useEvidenceReader, useViewRows } from './use-view-rows';
import { datasetFilter, exportTitles, type ViewProps } from './view-context';
import { ViewFrame } from './view-frame';
import { datasetLookup, hasSimulated } from '../../domain/charts/common';
import type { NarrativeSource } from '../../domain/narrative/view-narrative';

export function ProfileView(props: ViewProps) {
  const { state, update, data } = props;
  const { t, lang } = useI18n();
  const { effective, catalog, derived, snapshot } = data;
  const all = derived!.departments;
  const department = state.departments.find((d) => all.some((x) => x.name === d)) ?? all[0]?.name ?? '';
  const type = all.find((d) => d.name === department)?.type ?? '';
  // Peers of the same type are read too: ranks need them.
  const peers = useMemo(
    () => all.filter((d) => d.name === department || (type && d.type === type)).map((d) => d.name),
    [all, department, type],
  );
  const filter = useMemo(
    () => ({ departments: peers, yearFrom: effective!.yearFrom, yearTo: effective!.yearTo, datasets: datasetFilter(state) }),
    [peers, effective, state],
  );
  const rows = useViewRows(snapshot, filter);
  const readEvidence = useEvidenceReader(snapshot);
  // Each panel's title is fitted to its cell, so the option follows the chart's width.
  const [chartRef, width] = useElementWidth();
  const input: ProfileInput = useMemo(
    () => ({
      rows,
      department,
      departments: all,
      indicators: catalog!.indicators,
      lang,
      palette: state.palette,
      decal: state.decal,
      datasets: derived!.datasetInfos,
      width,
    }),
    [rows, department, all, catalog, lang, state.palette, state.decal, derived, width],
  );
  const built = useMemo(() => buildProfileOption({ ...input, readEvidence }), [input, readEvidence]);
  const own = rows.filter((r) => r.department === department);
  const narrative = useMemo<NarrativeSource>(() => ({ view: 'profile', model: built.model }), [built]);
  const title = t('chartTitleProfile', { department });
  const subtitle = `${t('departmentType')}${t('labelColon')}${type || '—'} · ${t('peersNote')}`;
  const rowAt = useCallback(
    (p: ClickParams) => {
      // Each panel has its own line, followed by a peer-median line when peers exist.
      const panelOfSeries: number[] = [];
      built.model.panels.forEach((panel, i) => {
        panelOfSeries.push(i);
        if (panel.points.some((x) => x.peerMedian !== null)) panelOfSeries.push(-1);
      });
      return built.model.panels[panelOfSeries[p.seriesIndex ?? -1] ?? -1]?.points[p.dataIndex]?.row ?? null;
    },
    [built],
  );
  const onEvents = useSourceClick(props, rowAt);
  const exportSpec = {
    fileBase: `${department}-部门画像`,
    buildOption: (size: ImageSize) =>
      buildProfileOption({ ...input, titles: exportTitles(title, subtitle, own, derived!.datasetInfos, size) }).option,
    rows: () => observationsForRows(snapshot!, own),
  };
  return (
    <ViewFrame
      title={title}
      subtitle={subtitle}
      demo={hasSimulated(own, datasetLookup(derived!.datasetInfos))}
      option={own.length ? built.option : null}
      summary={built.summary}
      height={built.height}
      exportSpec={own.length ? exportSpec : null}
      onEvents={onEvents}
      marks={{ snapshot, rowAt }}
      chartRef={chartRef}
      controls={
        <>
          <SelectControl
            label={t('profileDepartment')}
            value={department}
            options={all.map((d) => ({ value: d.name, label: d.name }))}
            onChange={(name) => update({ departments: [name, ...state.departments.filter((d) => d !== name)] })}
          />
          <PaletteControls state={state} update={update} />
        </>
      }
      narrative={{ source: narrative, data }}
    />
  );
}
