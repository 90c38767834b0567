import { defineConfig, mergeConfig, type Plugin, type ViteUserConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalogCsv } from './src/domain/catalog/parse-catalog.ts';
import { portableConfig } from './scripts/portable/vite-portable.ts';

/** Copies the export font slices into public/fonts before dev or build. */
function exportFonts(): Plugin {
  return {
    name: 'fazhi-export-fonts',
    configResolved() {
      execFileSync(process.execPath, ['scripts/copy-fonts.mjs'], { stdio: 'ignore' });
    },
  };
}

/**
 * `data/indicators.csv?catalog` as parsed indicators (JSON), so that the page does not
 * need a CSV parser before its first chart; the same parser runs at build time.
 */
function catalogModule(): Plugin {
  const SUFFIX = '?catalog';
  return {
    name: 'fazhi-catalog-module',
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      this.addWatchFile(file);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(parseCatalogCsv(readFileSync(file, 'utf8'))))});`;
    },
  };
}

/** The entry that reads the start-up records before the app's bundle. */
const EARLY_READ = 'early-read';
const EARLY_READ_FILE = 'src/db/early-read.ts';

/**
 * Runs db/early-read.ts before the app: Vite makes one entry of all of a page's module
 * scripts, so it is an input of its own, and its script tag goes in front of the app's.
 */
function earlyRead(): Plugin {
  return {
    name: 'fazhi-early-read',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = ctx.bundle && Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === EARLY_READ);
        // The dev server serves the source; the one-file edition has no such entry.
        const src = ctx.server ? `./${EARLY_READ_FILE}` : chunk ? `./${chunk.fileName}` : null;
        if (!src) return html;
        // Right after the charset (which must come first), before the app's script.
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error('index.html: no charset meta to put the early read after');
        return html.replace(charset, `${charset}\n    <script type="module" src="${src}"></script>`);
      },
    },
  };
}

/**
 * Everything the first page imports statically, in one chunk. Rolldown otherwise splits out each
 * module that a lazy chunk shares with the entry (its HTML entry wraps main.tsx; rolldown#10731):
 * 23 files on the first page, each a fetch event in the service worker and a module to link,
 * 10–30 ms apiece at 0.7 cores before the first chart.
 */
const FIRST_PAGE = { name: 'index', tags: ['$initial' as const], test: (id: string) => !id.includes(EARLY_READ_FILE) };

// `--mode portable`: the one-file edition (no service worker, everything inlined).
export default defineConfig(({ mode }) => {
  const portable = mode === 'portable';
  const config: ViteUserConfig = {
    // Relative URLs throughout: the same build works at `/`, `/fazhi/` or any deeper path.
    base: './',
    plugins: [
      exportFonts(),
      catalogModule(),
      earlyRead(),
      react(),
      VitePWA({
        disable: portable,
        // A new version waits for the user's consent: never a silent swap under an open tab.
        registerType: 'prompt',
        injectRegister: false,
        manifest: {
          name: '法治年报看板',
          short_name: '法治年报看板',
          lang: 'zh-CN',
          start_url: '.',
          scope: '.',
          display: 'standalone',
          background_color: '#f4f6f9',
          theme_color: '#1f4e79',
          icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
        },
        workbox: {
          globPatterns: ['**/*.{js,mjs,css,html,svg,woff2,json,txt,webmanifest}'],
          maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
          // Office data packs (datasets/ next to index.html): fresh when online, cached for offline.
          runtimeCaching: [
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/datasets\/[^/].*$/.test(url.pathname),
              handler: 'NetworkFirst',
              options: { cacheName: 'fazhi-datasets', networkTimeoutSeconds: 10 },
            },
          ],
        },
      }),
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    // Older Chromium kernels of 360/QQ browsers are common on government PCs.
    build: {
      target: 'chrome89',
      chunkSizeWarningLimit: 2000,
      // The one-file edition is one script: no early read there.
      rollupOptions: portable
        ? {}
        : { input: { index: 'index.html', [EARLY_READ]: EARLY_READ_FILE }, output: { codeSplitting: { groups: [FIRST_PAGE] } } },
    },
    worker: { format: 'es' },
    test: {
      include: ['test/**/*.test.ts'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      environment: 'node',
      setupFiles: ['test/setup/node.ts'],
    },
  };
  return portable ? mergeConfig(config, portableConfig()) : config;
});
