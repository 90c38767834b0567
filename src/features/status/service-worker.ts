// The service worker is registered once per page, outside React. The plugin's hook
// registers from a state initializer: every render React throws away (a sibling
// suspending on first load) made another Workbox, whose callbacks reached no component,
// and the one left mounted could register after the install had been announced, so the
// page never said it works offline.
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerStatus {
  /** The first install is done: the app opens with no network from now on. */
  offlineReady: boolean;
  /** A new version is installed and waits for the user to switch to it. */
  needRefresh: boolean;
}

let status: ServiceWorkerStatus = { offlineReady: false, needRefresh: false };
const listeners = new Set<() => void>();
let update: ((reloadPage?: boolean) => Promise<void>) | undefined;

function set(next: Partial<ServiceWorkerStatus>): void {
  status = { ...status, ...next };
  for (const l of listeners) l();
}

/** A worker waits as a new version only beside an active one: Workbox also calls the
 *  very first worker "waiting" when its activation reaches a busy page late. */
async function isUpdateWaiting(): Promise<boolean> {
  const reg = await navigator.serviceWorker.getRegistration();
  return !!(reg?.waiting && reg.active);
}

export function startServiceWorker(): void {
  if (update) return;
  update = registerSW({
    immediate: true,
    onOfflineReady: () => set({ offlineReady: true }),
    onNeedRefresh: () => void isUpdateWaiting().then((waiting) => waiting && set({ needRefresh: true })),
  });
}

export function subscribeServiceWorker(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const serviceWorkerStatus = (): ServiceWorkerStatus => status;

export const dismissOfflineReady = (): void => set({ offlineReady: false });

/** Activates the waiting version; the page reloads when it takes control. */
export const switchToNewVersion = (): void => void update?.(true);
