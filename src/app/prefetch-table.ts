// Imported first by main.tsx: starts reading the stored table in its worker at once, and
// the first view kept at the last visit (drawn while the table loads) on the page.
import { prefetchTable } from '../workers/store-worker-client';
import { prefetchFirstView } from '../queries/first-view';
import { decodeState, encodeState } from '../domain/url-state';

if (typeof indexedDB !== 'undefined') {
  prefetchTable();
  const state = decodeState(window.location.hash);
  if (state.view === 'trend') prefetchFirstView(encodeState(state));
}
