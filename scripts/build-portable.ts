// `npm run build:portable`: the one-file edition, dist-portable/fazhi-dashboard.html.
// A second Vite build in portable mode (everything in one script, see
// scripts/portable/vite-portable.ts), then its index.html with the script, styles and
// icon inlined. Fails when anything would still be loaded from a file, or over 20 MB.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { inlineHtml } from './portable/inline-html';
import { PORTABLE_BUILD_DIR } from './portable/vite-portable';

const OUT = 'dist-portable/fazhi-dashboard.html';
const MAX_BYTES = 20 * 1024 * 1024;

await build({ mode: 'portable', logLevel: 'warn' });
const html = inlineHtml({
  html: readFileSync(join(PORTABLE_BUILD_DIR, 'index.html'), 'utf8'),
  // The portable build copies no public/ files: the icon and the old-browser check come from there.
  read: (url) => readFileSync(['./favicon.svg', './boot-check.js'].includes(url) ? join('public', url) : join(PORTABLE_BUILD_DIR, url)),
});
writeFileSync(OUT, html);
rmSync(PORTABLE_BUILD_DIR, { recursive: true, force: true });
const size = statSync(OUT).size;
console.log(`${OUT}: ${(size / 1024 / 1024).toFixed(1)} MB`);
if (size > MAX_BYTES) {
  console.error(`over the 20 MB limit`);
  process.exit(1);
}
