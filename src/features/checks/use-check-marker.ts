// The marks of flagged figures for a component: null until the checks have arrived (after the
// first chart), then a marker over their index. The index is built once per table version, in
// the marker's own chunk (loaded then), and combined with the current explanations.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useCheckNotes, useChecks } from '../../queries/check-queries';
import { storeKeys } from '../../queries/keys';
import { useCatalog, type TableSnapshot } from '../../queries/store-queries';
import type { CheckMarker } from './check-marker';

export type { CheckMarker };

export function useCheckMarker(snapshot: TableSnapshot | undefined): CheckMarker | null {
  const { t, lang } = useI18n();
  const report = useChecks(snapshot).data;
  const notes = useCheckNotes().data;
  const catalog = useCatalog().data;
  const indexed = useQuery({
    queryKey: storeKeys.checkIndex(snapshot?.version ?? 0),
    enabled: !!report,
    staleTime: Infinity,
    structuralSharing: false,
    queryFn: async () => {
      const t0 = performance.now();
      const marker = await (await import('./check-marker')).indexedMarkerSliced(report!.findings, snapshot!.table, report!.unlisted);
      // For the benchmark: the marks are drawn right after this (see bench/checks-timing.ts).
      performance.measure?.('fazhi:check-marks', { start: t0, end: performance.now(), detail: { findings: report!.findings.length } });
      return marker;
    },
  }).data;
  return useMemo(() => (indexed && notes && catalog ? indexed(notes, t, lang, catalog) : null), [indexed, notes, catalog, t, lang]);
}
