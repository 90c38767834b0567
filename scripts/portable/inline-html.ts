// Turns the portable build's index.html into one self-contained page: its scripts (the
// app's module and the old-browser check) and the stylesheet it links are put inline, the
// icon becomes a data: URL, and the Content-Security-Policy allows exactly those inline
// scripts (by their hashes), the scripts of office data packs next to the file ('self': on
// file:// only local files; see app/boot/pack-scripts.ts) and the data:/blob: URLs the
// inlined fonts and workers use.
import { createHash } from 'node:crypto';

export interface InlineInput {
  html: string;
  /** Reads a file of the build named by the page's relative URL (e.g. `./assets/index-x.js`). */
  read: (url: string) => Buffer;
}

const SCRIPT_RE = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
/** The classic script that shows the old-browser message (public/boot-check.js). */
const CLASSIC_RE = /<script defer src="([^"]+)"><\/script>/g;
const STYLE_RE = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;
const ICON_RE = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml" \/>/;

/**
 * Script text safe inside <script>…</script>: `</script` would end it early (escaped), and
 * `<!--` followed by `<script` would change how the HTML parser reads the rest (refused).
 */
export function escapeInlineScript(js: string): string {
  if (/<!--(?:(?!-->)[\s\S])*<script/i.test(js)) throw new Error('portable build: "<!--" before "<script" in a script');
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

export function inlineHtml({ html, read }: InlineInput): string {
  const hashes: string[] = [];
  let out = html.replace(SCRIPT_RE, (_m, url: string) => {
    const js = escapeInlineScript(read(url).toString('utf8'));
    hashes.push(`'sha256-${createHash('sha256').update(js, 'utf8').digest('base64')}'`);
    return `<script type="module">${js}</script>`;
  });
  if (!hashes.length) throw new Error('portable build: no module script in index.html');
  out = out.replace(CLASSIC_RE, (_m, url: string) => {
    const js = escapeInlineScript(read(url).toString('utf8'));
    hashes.push(`'sha256-${createHash('sha256').update(js, 'utf8').digest('base64')}'`);
    return `<script>${js}</script>`;
  });
  out = out.replace(STYLE_RE, (_m, url: string) => `<style>${read(url).toString('utf8')}</style>`);
  out = out.replace(
    ICON_RE,
    (_m, url: string) => `<link rel="icon" href="data:image/svg+xml;base64,${read(url).toString('base64')}" type="image/svg+xml" />`,
  );
  out = out
    .replace("script-src 'self'", `script-src ${hashes.join(' ')} 'self'`)
    .replace("connect-src 'self'", "connect-src 'self' data: blob:")
    .replace("worker-src 'self' blob:", "worker-src 'self' blob: data:");
  const left = /(?:src|href)="\.\/[^"]+"/.exec(out);
  if (left) throw new Error(`portable build: ${left[0]} is still a file reference`);
  return out;
}
