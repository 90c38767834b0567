// Serves the build (bench/.cache/dist) with Vite's preview server on 127.0.0.1. The same
// server hands the generated CSVs to the page under /__bench/ for the floor measurements.
import { createReadStream, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { BUILD_DIR } from './build';
import { CACHE_DIR } from './csv-files';

function benchFiles(): Plugin {
  return {
    name: 'fazhi-bench-files',
    configurePreviewServer(server) {
      server.middlewares.use('/__bench/', (req, res) => {
        const path = join(CACHE_DIR, basename(decodeURIComponent((req.url ?? '').split('?')[0]!)));
        if (!path.endsWith('.csv') || !existsSync(path)) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-store');
        createReadStream(path).pipe(res);
      });
    },
  };
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export async function serveApp(): Promise<Served> {
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    plugins: [benchFiles()],
    build: { outDir: BUILD_DIR },
    preview: { host: '127.0.0.1', port: 4417, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not start');
  return { url, close: () => server.close() };
}
