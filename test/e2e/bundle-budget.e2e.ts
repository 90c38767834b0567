// The first visit's scripts (the entry and its modulepreloads, gzip as served) stay within
// 350 KB: an old office PC on a slow intranet link pays for every one of them before the
// first chart. Anything else is loaded when it is needed. And they come in a few files: each is a
// fetch the service worker answers and a module to link before the first chart.
import { describe, expect, it } from 'vitest';
import { measureBundle } from '../../bench/bundle-size';

const BUDGET_KB = 350;
/** The early read, the app, and the bundler's runtime. */
const MAX_SCRIPTS = 3;

describe('the built app', () => {
  it(`loads at most ${BUDGET_KB} KB of gzipped script before the first chart`, () => {
    const { initial, initial_js_gz_kb } = measureBundle('dist');
    const scripts = initial.filter((a) => /\.m?js$/.test(a.file));
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.some((a) => /^assets\/index-[\w-]+\.js$/.test(a.file))).toBe(true);
    expect(initial_js_gz_kb).toBeLessThanOrEqual(BUDGET_KB);
  });

  it(`loads its first page's script from at most ${MAX_SCRIPTS} files`, () => {
    const scripts = measureBundle('dist').initial.filter((a) => /\.m?js$/.test(a.file));
    expect(scripts.length, scripts.map((a) => a.file).join(', ')).toBeLessThanOrEqual(MAX_SCRIPTS);
  });
});
