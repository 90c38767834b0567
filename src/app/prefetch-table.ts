// Imported first by main.tsx: before React renders, asks IndexedDB for the first view kept
// at the last visit (drawn while the table loads; one small record, asked for before the
// worker's tens of MB of chunks) and starts the store worker reading the stored table.
import { prefetchTable } from '../workers/store-worker-client';
import { prefetchFirstView } from '../queries/first-view';
import { decodeState, encodeState } from '../domain/url-state';

if (typeof indexedDB !== 'undefined') {
  const state = decodeState(window.location.hash);
  if (state.view === 'trend') prefetchFirstView(encodeState(state));
  prefetchTable();
}
