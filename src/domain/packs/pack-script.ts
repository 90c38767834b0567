// The one-file edition's way to a pack: `F.js` next to each pack file F (and index.json)
// hands F's bytes to the page (see app/boot/pack-scripts.ts). Written by `npm run pack`.
import { PACK_DIR } from './pack-index';

/** The global function a pack script calls: `fazhiPackFile("datasets/a.csv", "<base64>")`. */
export const PACK_SCRIPT_RECEIVER = 'fazhiPackFile';

/** The script for `file` (a path inside datasets/), given its bytes in base64. */
export function packScriptText(file: string, base64: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new Error(`${file}: not base64`);
  // JSON string literals are JavaScript string literals: the path cannot end the call.
  return `${PACK_SCRIPT_RECEIVER}(${JSON.stringify(PACK_DIR + file)}, "${base64}");\n`;
}
