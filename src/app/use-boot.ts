// Start-up: open the database, load bundled data once, then everything reads the store.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogQuery } from '../queries/store-queries';
import { storeKeys } from '../queries/keys';
import { missingBundledData } from './boot/bundled-settings';

export function useBoot() {
  const qc = useQueryClient();
  return useQuery({
    queryKey: ['boot'],
    staleTime: Infinity,
    queryFn: async () => {
      if (typeof indexedDB === 'undefined') throw new Error('indexeddb-unavailable');
      const catalog = await qc.ensureQueryData(catalogQuery);
      const missing = await missingBundledData();
      if (missing.sample || missing.demo) {
        const { loadBundledData } = await import('./boot/bundled-data');
        await loadBundledData(catalog, missing);
        await qc.invalidateQueries({ queryKey: storeKeys.all });
      }
      return true;
    },
  });
}
