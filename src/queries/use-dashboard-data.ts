// Everything the filters and views read, derived once per store version.
import { useDeferredValue, useMemo, useState } from 'react';
import { describeDepartments } from '../domain/departments/registry';
import type { DatasetInfo, DepartmentInfo } from '../domain/observations/chart-row';
import { isOtherIndicator } from '../domain/catalog/catalog';
import { datasetScope, statedUnits } from '../domain/observations/dataset-scope';
import type { UrlState } from '../domain/url-state';
import { useCatalog, useDatasets, useDepartments, useTable } from './store-queries';

const PREFERRED_INDICATOR = 'normative_docs_cleaned';

export function useDashboardData(state: UrlState, booted: boolean) {
  const table = useTable();
  const catalogQ = useCatalog();
  const datasetsQ = useDatasets();
  const registryQ = useDepartments();
  // After a write every store query refetches, each finishing at its own time. Keep showing
  // the last complete set until all have: one redraw with the new data, not one per query.
  const fetching = table.isFetching || catalogQ.isFetching || datasetsQ.isFetching || registryQ.isFetching;
  const latest = useMemo(
    () => ({ table: table.data, catalog: catalogQ.data, datasets: datasetsQ.data, registry: registryQ.data }),
    [table.data, catalogQ.data, datasetsQ.data, registryQ.data],
  );
  // The last complete set, kept in state and updated during render (React's pattern for
  // a value derived from earlier renders): React re-renders at once, before any child.
  const [settled, setSettled] = useState(latest);
  const shown = !fetching || !settled.table ? latest : settled;
  if (shown !== settled) setSettled(shown);
  // New data (after an import, at start-up) render as a transition: React works through
  // the dashboard in slices the page can interrupt, instead of one long task. Filter
  // changes are not deferred.
  const { table: tableData, catalog, datasets, registry } = useDeferredValue(shown);
  const snapshot = booted ? tableData : undefined;

  const base = useMemo(() => {
    if (!snapshot || !catalog || !datasets || !registry) return null;
    const t = snapshot.table;
    const all = datasetScope(t, undefined);
    const everyDepartment: DepartmentInfo[] = describeDepartments(all.departments.keys(), registry).map((d) => ({
      name: d.name,
      region: d.region,
      type: d.type,
    }));
    const datasetInfos: DatasetInfo[] = datasets.map((d) => ({ id: d.id, name: d.name, kind: d.kind }));
    const demoIds = new Set(datasets.filter((d) => d.kind === 'simulated').map((d) => d.id));
    const demoDepartments = new Set<string>();
    if (demoIds.size) {
      // Codes, not strings, in the loop over every stored row.
      const demoDs = Uint8Array.from(t.datasetIds, (id) => (demoIds.has(id) ? 1 : 0));
      const seen = new Uint8Array(t.departments.length);
      for (let i = 0; i < t.length; i++) if (demoDs[t.ds[i]!]) seen[t.dept[i]!] = 1;
      t.departments.forEach((name, c) => seen[c] && demoDepartments.add(name));
    }
    // Uncatalogued indicators have no catalog unit: the lists show the unit their figures state.
    const otherUnits = statedUnits(t, isOtherIndicator);
    return { all, everyIndicator: all.indicators, everyDepartment, datasetInfos, demoDepartments, otherUnits };
  }, [snapshot, catalog, datasets, registry]);

  // The filters list what the chosen datasets hold (every dataset when none is chosen).
  const datasetKey = state.datasets.join('\u0000');
  const derived = useMemo(() => {
    if (!base || !snapshot) return null;
    // Every dataset: the scope counted above (one pass over a million rows less at start-up).
    const scope = state.datasets.length ? datasetScope(snapshot.table, state.datasets) : base.all;
    const departments = base.everyDepartment.filter((d) => scope.departments.has(d.name));
    return { ...base, indicators: scope.indicators, departments, allYears: scope.years, yearsOf: scope.yearsOf };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the dataset list is compared by value (datasetKey)
  }, [base, snapshot, datasetKey]);

  // Defaults for whatever the URL leaves open.
  const effective = useMemo(() => {
    if (!derived || !snapshot) return null;
    const ids = [...derived.indicators.keys()];
    const indicator = derived.indicators.has(state.indicator)
      ? state.indicator
      : derived.indicators.has(PREFERRED_INDICATOR)
        ? PREFERRED_INDICATOR
        : (ids.sort((a, b) => derived.indicators.get(b)! - derived.indicators.get(a)!)[0] ?? '');
    const years = derived.yearsOf(indicator);
    const minYear = years[0] ?? new Date().getFullYear();
    const maxYear = years[years.length - 1] ?? minYear;
    // The range fits the data: years before the first or after the last report are not drawn.
    const fit = (y: number) => Math.min(maxYear, Math.max(minYear, y));
    const yearFrom = fit(state.yearFrom ?? minYear);
    const yearTo = fit(state.yearTo ?? maxYear);
    const year = state.year && years.includes(state.year) ? state.year : maxYear;
    const known = new Set(derived.everyDepartment.map((d) => d.name));
    const missing = [
      ...(state.indicator && !derived.everyIndicator.has(state.indicator) ? [state.indicator] : []),
      ...state.departments.filter((d) => !known.has(d)),
    ];
    return { indicator, years, yearFrom, yearTo, year, missing };
  }, [derived, snapshot, state]);

  return {
    ready: !!derived && !!effective,
    snapshot,
    catalog,
    datasets,
    registry,
    derived,
    effective,
  };
}

export type DashboardData = ReturnType<typeof useDashboardData>;
