// Imported first by main.tsx: starts reading the stored table in its worker at once.
import { prefetchTable } from '../workers/store-worker-client';

if (typeof indexedDB !== 'undefined') prefetchTable();
