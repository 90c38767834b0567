// Start-up: open the database, load bundled data once, then everything reads the store.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogQuery } from '../queries/store-queries';
import { storeKeys } from '../queries/keys';
import { ensureBundledData } from './boot/bundled-data';

export function useBoot() {
  const qc = useQueryClient();
  return useQuery({
    queryKey: ['boot'],
    staleTime: Infinity,
    queryFn: async () => {
      if (typeof indexedDB === 'undefined') throw new Error('indexeddb-unavailable');
      const catalog = await qc.ensureQueryData(catalogQuery);
      const wrote = await ensureBundledData(catalog);
      if (wrote) await qc.invalidateQueries({ queryKey: storeKeys.all });
      return true;
    },
  });
}
