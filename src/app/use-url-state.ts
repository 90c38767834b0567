// View state lives in the URL hash: the back button works and a copied link reopens
// the same chart. Each change pushes a history entry; reading tolerates any hash.
import { useCallback, useEffect, useState } from 'react';
import { decodeState, encodeState, type UrlState } from '../domain/url-state';

export function useUrlState(): [UrlState, (patch: Partial<UrlState>, replace?: boolean) => void] {
  const [state, setState] = useState<UrlState>(() => decodeState(window.location.hash));
  useEffect(() => {
    const onHash = () => setState(decodeState(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const update = useCallback((patch: Partial<UrlState>, replace = false) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      const hash = '#' + encodeState(next);
      if (hash !== window.location.hash) {
        if (replace) history.replaceState(null, '', hash);
        else history.pushState(null, '', hash);
      }
      return next;
    });
  }, []);
  return [state, update];
}
