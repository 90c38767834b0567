// Dexie in Node runs on the in-memory IndexedDB implementation.
import 'fake-indexeddb/auto';
