// The floor: what the browser's own primitives cost for the same bytes, measured in the
// app's page right after the app imported them. Evaluated with page.evaluate (text, not
// transpiled); needs window.Papa (papaparse.min.js, evaluated the same way).
//   decode    TextDecoder over the whole file
//   papa      Papa.parse of the decoded text, streamed with a `chunk` callback, no rows kept
//   idbBytes  the file's bytes written to a scratch IndexedDB database as 8 MB records
//   rowStore  the naive design: one IndexedDB record per observation, in one transaction
(() => {
  const CHUNK_BYTES = 8 * 1024 * 1024;
  let bytes = null;
  let text = null;

  const requestDone = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });

  const openScratch = (name) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('records', { autoIncrement: true });
    return requestDone(req);
  };

  const txDone = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('transaction aborted'));
    });

  const dropScratch = async (db, name) => {
    db.close();
    await requestDone(indexedDB.deleteDatabase(name));
  };

  window.__benchFloor = {
    async load(url) {
      const res = await fetch(url, { cache: 'no-store' });
      if (!res.ok) throw new Error('fetch ' + url + ': ' + res.status);
      bytes = new Uint8Array(await res.arrayBuffer());
      text = null;
      return bytes.length;
    },

    decode(encoding) {
      const t0 = performance.now();
      text = new TextDecoder(encoding).decode(bytes);
      return performance.now() - t0;
    },

    papa() {
      return new Promise((resolve, reject) => {
        let rows = 0;
        const t0 = performance.now();
        window.Papa.parse(text, {
          chunkSize: window.Papa.LocalChunkSize,
          chunk: (res) => {
            rows += res.data.length;
          },
          complete: () => resolve({ ms: performance.now() - t0, rows }),
          error: reject,
        });
      });
    },

    async idbBytes() {
      const name = 'bench-floor-bytes';
      const db = await openScratch(name);
      const t0 = performance.now();
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      for (let off = 0; off < bytes.length; off += CHUNK_BYTES) store.put(bytes.slice(off, off + CHUNK_BYTES));
      await txDone(tx);
      const ms = performance.now() - t0;
      await dropScratch(db, name);
      return ms;
    },

    async rowStore() {
      // Records are built first (not timed): department, year, indicator, value, unit, evidence.
      const records = [];
      window.Papa.parse(text, {
        header: true,
        skipEmptyLines: true,
        chunkSize: window.Papa.LocalChunkSize,
        chunk: (res) => {
          for (const r of res.data) {
            records.push({
              department: r['部门'],
              year: Number(r['年度']),
              indicator: r['指标'],
              value: Number(r['数值']),
              unit: r['单位'],
              evidence: r['原文'],
            });
          }
        },
      });
      const name = 'bench-floor-rows';
      const db = await openScratch(name);
      const t0 = performance.now();
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      for (const r of records) store.put(r);
      await txDone(tx);
      const ms = performance.now() - t0;
      await dropScratch(db, name);
      return { ms, rows: records.length };
    },

    clear() {
      bytes = null;
      text = null;
    },
  };
})();
