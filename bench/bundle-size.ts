// The production bundle: what the first visit downloads before the first chart (the entry
// script, its modulepreload links and the stylesheets of dist/index.html) and every other
// script, loaded on demand. Sizes are gzip (node:zlib, default level), as served.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  kb: number;
  gz_kb: number;
}

export interface BundleFigures {
  initial_js_gz_kb: number;
  initial_css_gz_kb: number;
  initial: AssetSize[];
  lazy: AssetSize[];
  lazy_js_gz_kb: number;
}

const KB = 1024;

function size(dir: string, file: string): AssetSize {
  const bytes = readFileSync(join(dir, file));
  return { file, kb: bytes.length / KB, gz_kb: gzipSync(bytes).length / KB };
}

export function measureBundle(dir: string): BundleFigures {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // The build's URLs are relative ('./assets/…'); older builds had absolute ones ('/assets/…').
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\.?\//, ''));
  const scripts = [...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  const styles = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const initial = [...new Set([...scripts, ...styles])].map((f) => size(dir, f));
  const initialSet = new Set(initial.map((a) => a.file));
  const lazy = readdirSync(join(dir, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => /\.m?js$/.test(f) && !initialSet.has(f))
    .map((f) => size(dir, f))
    .sort((a, b) => b.gz_kb - a.gz_kb);
  const sum = (xs: AssetSize[]) => xs.reduce((s, a) => s + a.gz_kb, 0);
  return {
    initial_js_gz_kb: sum(initial.filter((a) => /\.m?js$/.test(a.file))),
    initial_css_gz_kb: sum(initial.filter((a) => a.file.endsWith('.css'))),
    initial,
    lazy,
    lazy_js_gz_kb: sum(lazy),
  };
}
