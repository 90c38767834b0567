// Serves the production build (dist/) for the browser tests: at the root (Vite's preview
// server) and under a deep sub-path, as IT would put it under an intranet portal.
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveDir, type StaticServer } from './static-server';

export const SUB_PATH = '/fazhi/deep/';

let server: PreviewServer | undefined;
let subPathServer: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await preview({ logLevel: 'warn', preview: { port: 4317, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not start');
  project.provide('baseUrl', url);
  subPathServer = await serveDir('dist', 0, SUB_PATH);
  project.provide('subPathUrl', subPathServer.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  await subPathServer?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    subPathUrl: string;
  }
}
