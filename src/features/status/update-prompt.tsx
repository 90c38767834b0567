// Offline support: the service worker precaches the app; a new version is announced
// and activated only when the user clicks, never swapped in silently. Both notices come
// while the page is in use: the app shows them in its notice stack, over the page's corner
// (in the page's flow they pushed everything down by a line, under a pointer about to click).
import { useEffect, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/i18n';
import { dismissOfflineReady, serviceWorkerStatus, startServiceWorker, subscribeServiceWorker, switchToNewVersion } from './service-worker';

export function UpdatePrompt() {
  const { lang } = useI18n();
  useEffect(startServiceWorker, []);
  const { needRefresh, offlineReady } = useSyncExternalStore(subscribeServiceWorker, serviceWorkerStatus);
  if (needRefresh) {
    return (
      <div className="banner info" role="alert">
        {lang === 'en' ? 'A new version is available.' : '发现新版本。'}
        <button type="button" onClick={switchToNewVersion}>
          {lang === 'en' ? 'Reload to update' : '点击刷新'}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="banner info" role="status" data-testid="offline-ready">
        {lang === 'en' ? 'Ready to work offline.' : '已可离线使用。'}
        <button type="button" onClick={dismissOfflineReady}>
          {lang === 'en' ? 'OK' : '知道了'}
        </button>
      </div>
    );
  }
  return null;
}
