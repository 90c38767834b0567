// View state lives in the URL hash: the back button works and a copied link reopens
// the same chart. Each change pushes a history entry; reading tolerates any hash.
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeState, encodeState, type UrlState } from '../domain/url-state';

export function useUrlState(): [UrlState, (patch: Partial<UrlState>, replace?: boolean) => void] {
  const [state, setState] = useState<UrlState>(() => decodeState(window.location.hash));
  // How the next state is recorded: null = not at all (it came from the URL).
  const pending = useRef<'push' | 'replace' | null>(null);
  useEffect(() => {
    const onHash = () => setState(decodeState(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const mode = pending.current;
    pending.current = null;
    if (!mode) return;
    const hash = '#' + encodeState(state);
    // Written after the next frame: a history entry must not delay the chart it describes.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (hash === window.location.hash) return;
        if (mode === 'replace') history.replaceState(null, '', hash);
        else history.pushState(null, '', hash);
      }, 0),
    );
  }, [state]);
  const update = useCallback((patch: Partial<UrlState>, replace = false) => {
    // Within one batch of updates a push wins: the batch becomes one history entry.
    pending.current = replace && pending.current !== 'push' ? 'replace' : 'push';
    setState((prev) => ({ ...prev, ...patch }));
  }, []);
  return [state, update];
}
