// A module that is not part of the first chunk but is fetched at once, while the app reads its
// data: by the time a component renders it is usually there, and renders in the same pass (no
// Suspense fallback, no layout shift); otherwise the component renders again when it arrives.
import { useSyncExternalStore } from 'react';

export function preloadedModule<T>(load: () => Promise<T>): () => T | null {
  let loaded: T | null = null;
  const listeners = new Set<() => void>();
  void load().then((m) => {
    loaded = m;
    for (const l of listeners) l();
  });
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const get = () => loaded;
  return () => useSyncExternalStore(subscribe, get);
}
