// Vite settings of the one-file edition (`vite build --mode portable`, driven by
// scripts/build-portable.ts). A page opened from file:// cannot load chunks, workers or
// fonts from files, and Chromium refuses module workers there even from blob: URLs
// (their origin is 'null'); classic blob: workers do run. So everything becomes code in
// one bundle: our workers (pdf.js's among them) are bundled as classic scripts and started
// from blob: URLs, and the export font slices become data: URLs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

export const PORTABLE_BUILD_DIR = 'dist-portable/.build';
const FONT_DIR = 'public/fonts/noto-sans-sc';

const WORKER_RE = /new Worker\(new URL\((['"])([^'"]+)\1, import\.meta\.url\), \{ type: 'module' \}\)/g;

/**
 * Rewrites `new Worker(new URL(…), { type: 'module' })` in our sources; any other
 * `import.meta.url` stops the build (it would point at a missing file).
 */
function inlineWorkers(): Plugin {
  return {
    name: 'fazhi-portable-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || !code.includes('import.meta.url')) return null;
      const imports: string[] = [];
      const out = code.replace(WORKER_RE, (_m, _q, spec: string) => {
        const name = `__portableWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${spec}?worker&inline`)};`);
        return `${name}()`;
      });
      if (out.includes('import.meta.url')) this.error(`portable build: an import.meta.url left in ${id}`);
      return imports.length ? { code: imports.join('\n') + '\n' + out, map: null } : null;
    },
  };
}

function dataUrl(file: string, type: string): string {
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** image-export/font-files.ts as a table of data: URLs of the font slices and their index. */
function inlineFonts(): Plugin {
  return {
    name: 'fazhi-portable-fonts',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('/src/image-export/font-files.ts')) return null;
      const files: Record<string, string> = {};
      for (const f of readdirSync(FONT_DIR)) {
        if (f.endsWith('.woff2')) files[f] = dataUrl(join(FONT_DIR, f), 'font/woff2');
        if (f === 'slices.json') files[f] = dataUrl(join(FONT_DIR, f), 'application/json');
      }
      return `const files = ${JSON.stringify(files)};\nexport function fontFileUrl(name) { return files[name] ?? ''; }\n`;
    },
  };
}

/** The config changes of the portable mode, merged over the web build's config. */
export function portableConfig(): UserConfig {
  return {
    plugins: [inlineWorkers(), inlineFonts()],
    publicDir: false,
    build: {
      outDir: PORTABLE_BUILD_DIR,
      emptyOutDir: true,
      // Every asset the code imports is inlined (the font slices are inlined above).
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
    worker: { format: 'iife' },
  };
}
