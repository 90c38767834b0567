// Clicking a data point opens where its value came from.
import { useMemo } from 'react';
import type { ChartRow } from '../../domain/observations/chart-row';
import type { ViewProps } from './view-context';

export interface ClickParams {
  seriesIndex?: number;
  dataIndex: number;
  value?: unknown;
}

export function useSourceClick(props: ViewProps, rowAt: (params: ClickParams) => ChartRow | null) {
  const { data, onOpenSource } = props;
  return useMemo(
    () => ({
      click: (params: unknown) => {
        const row = rowAt(params as ClickParams);
        const snapshot = data.snapshot;
        if (!row || !snapshot) return;
        // Loaded on the first click, not with the page.
        void import('../../queries/source-target').then((m) => m.sourceTargetFor(snapshot, row, data.datasets ?? []).then(onOpenSource));
      },
    }),
    [rowAt, data.snapshot, data.datasets, onOpenSource],
  );
}
