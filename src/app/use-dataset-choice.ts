// The datasets a user unticked stay unticked in the next session: the choice is kept in
// localStorage (as the datasets left out, so a dataset imported later shows by default)
// and restored into the URL state when a link does not name datasets itself.
import { useEffect, useRef } from 'react';
import type { DatasetInfo } from '../domain/observations/chart-row';
import type { UrlState } from '../domain/url-state';

const KEY = 'fazhi.hiddenDatasets';

function readHidden(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function writeHidden(ids: string[]): void {
  try {
    if (ids.length) localStorage.setItem(KEY, JSON.stringify(ids));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be full or blocked: the choice then lives in the URL only.
  }
}

/** The datasets to show given those hidden (empty = all); null when nothing is hidden. */
export function restoredChoice(all: readonly string[], hidden: readonly string[]): string[] | null {
  const out = new Set(hidden);
  const shown = all.filter((id) => !out.has(id));
  return shown.length === all.length || shown.length === 0 ? null : shown;
}

export function useDatasetChoice(
  state: UrlState,
  update: (patch: Partial<UrlState>, replace?: boolean) => void,
  datasets: readonly DatasetInfo[] | undefined,
): void {
  const restored = useRef(false);
  const lastChoice = useRef<string | null>(null);
  const ids = datasets?.map((d) => d.id);
  const idsKey = ids?.join('\u0000');
  useEffect(() => {
    if (!ids) return;
    if (!restored.current) {
      restored.current = true;
      // A link that names its datasets wins over the saved choice.
      const shown = state.datasets.length ? null : restoredChoice(ids, readHidden());
      if (shown) {
        update({ datasets: shown }, true);
        return;
      }
    }
    // Saved when the choice changes, not when datasets come and go: a dataset imported
    // later is not hidden by an older choice.
    const choiceKey = state.datasets.join('\u0000');
    if (choiceKey === lastChoice.current) return;
    const first = lastChoice.current === null;
    lastChoice.current = choiceKey;
    if (first && !state.datasets.length) return;
    const chosen = new Set(state.datasets);
    writeHidden(state.datasets.length ? ids.filter((id) => !chosen.has(id)) : []);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ids is compared by value (idsKey)
  }, [idsKey, state.datasets, update]);
}
