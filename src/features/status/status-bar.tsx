// Footer status: network state, storage used and free, demo-data notice.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DatasetMeta } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { formatBytes } from '../../lib/format';
import { storeKeys } from '../../queries/keys';

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

export function StatusBar({ datasets }: { datasets: DatasetMeta[] }) {
  const { t } = useI18n();
  const online = useOnline();
  const estimate = useQuery({
    queryKey: [...storeKeys.storage(), datasets.length, datasets.reduce((s, d) => s + d.rowCount, 0)],
    queryFn: async () => (navigator.storage?.estimate ? navigator.storage.estimate() : null),
  });
  const used = estimate.data?.usage ?? 0;
  const quota = estimate.data?.quota ?? 0;
  return (
    <footer className="status-bar">
      <span className={online ? 'online' : 'offline'} role="status" data-testid="network-status">
        {online ? t('online') : t('offline')}
      </span>
      {estimate.data && <span>{t('storageUsed', { used: formatBytes(used), free: formatBytes(Math.max(0, quota - used)) })}</span>}
      {datasets.some((d) => d.kind === 'simulated') && <span className="badge demo">{t('demoBadge')}</span>}
    </footer>
  );
}
