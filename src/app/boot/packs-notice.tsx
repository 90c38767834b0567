// Office data packs are synchronised once the app has booted (never before the first
// chart), and what changed is announced: loaded, updated, withdrawn, or not readable.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n';
import { catalogQuery } from '../../queries/store-queries';
import { storeKeys } from '../../queries/keys';
import type { PackRecord } from '../../domain/packs/pack-plan';
import { isFileEdition } from './file-edition';
import '../../i18n/messages/deploy'; // this feature's strings (i18n/registry.ts)

export function PacksNotice({ ready }: { ready: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [dismissed, setDismissed] = useState(false);
  const sync = useQuery({
    queryKey: ['packs'],
    enabled: ready,
    staleTime: Infinity,
    retry: false,
    queryFn: async () => {
      const catalog = await qc.ensureQueryData(catalogQuery);
      const { syncPacks } = await import('./packs');
      // From file:// the pack files cannot be fetched: their scripts hand them over instead.
      const fetchFile = isFileEdition ? (await import('./pack-scripts')).loadPackScript : undefined;
      const report = await syncPacks(catalog, fetchFile);
      if (report.loaded.length || report.updated.length) await qc.invalidateQueries({ queryKey: storeKeys.all });
      return report;
    },
  });
  const r = sync.data;
  if (dismissed || !r || !(r.loaded.length || r.updated.length || r.removed.length || r.problems.length)) return null;
  const names = (list: PackRecord[]) =>
    list.map((p) => (p.version ? t('deployPackVersion', { name: p.name, version: p.version }) : p.name)).join('、');
  return (
    <div
      className={`banner ${r.problems.length ? 'warning' : 'info'}`}
      role="status"
      aria-label={t('deployPacksNotice')}
      data-testid="packs-notice"
    >
      <div>
        {r.loaded.length > 0 && <div>{t('deployPacksLoaded', { names: names(r.loaded) })}</div>}
        {r.updated.length > 0 && <div>{t('deployPacksUpdated', { names: names(r.updated) })}</div>}
        {r.removed.length > 0 && <div>{t('deployPacksRemoved', { names: names(r.removed) })}</div>}
        {r.problems.length > 0 && (
          <>
            <div>{t('deployPacksProblems')}</div>
            <ul style={{ margin: 0 }}>
              {r.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('deployDismiss')}
      </button>
    </div>
  );
}
