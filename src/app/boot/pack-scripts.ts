// Office data packs in the one-file edition. A page opened from file:// may not read the
// files next to it, but it may run scripts there: `npm run pack` writes, next to every pack
// file F (and index.json), `F.js`, which hands F's bytes (base64) to PACK_SCRIPT_RECEIVER.
// The receiver takes two strings and keeps only the file that was asked for; the bytes
// then go through the same readers as fetched ones.
import { packUrl } from '../../domain/packs/pack-index';
import { PACK_SCRIPT_RECEIVER } from '../../domain/packs/pack-script';
import type { FetchPackFile } from './packs';

type Receiver = (path: unknown, base64: unknown) => void;

async function decodeBase64(base64: string): Promise<Uint8Array | null> {
  try {
    // A data: URL decodes off the page's script (a large pack's atob loop would be a long task).
    const res = await fetch(`data:application/octet-stream;base64,${base64}`);
    return new Uint8Array(await res.arrayBuffer());
  } catch {
    return null;
  }
}

/** Loads `path + '.js'` next to the page; 'missing' when there is none or it holds another file. */
export const loadPackScript: FetchPackFile = (path) =>
  new Promise((resolve) => {
    const global = globalThis as unknown as Record<string, Receiver | undefined>;
    let received: string | null = null;
    global[PACK_SCRIPT_RECEIVER] = (p, base64) => {
      if (p === path && typeof base64 === 'string') received = base64;
    };
    const script = document.createElement('script');
    const done = () => {
      script.remove();
      delete global[PACK_SCRIPT_RECEIVER];
      const base64 = received;
      if (base64 === null) return resolve('missing');
      void decodeBase64(base64).then((bytes) => resolve(bytes ? { bytes } : 'missing'));
    };
    script.onload = done;
    script.onerror = done;
    script.src = new URL(packUrl(`${path}.js`), document.baseURI).href;
    document.head.appendChild(script);
  });
