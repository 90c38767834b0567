// Debian's Chromium driven by playwright-core, with a fresh profile per launch.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const RESULTS_DIR = 'test-results';

export interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Script errors and dialogs seen on the page: tests assert it stays empty. */
  problems: string[];
  close: () => Promise<void>;
}

export interface SessionOptions {
  acceptDownloads?: boolean;
  /** Where the app is served (default: the root server's URL). */
  baseUrl?: string;
  /** 'block': no service worker, so that `page.route` sees every request after a reload too. */
  serviceWorkers?: 'allow' | 'block';
  /** More Chromium switches (e.g. a host name mapped to the test server). */
  args?: string[];
}

export async function openSession(opts: SessionOptions = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...(opts.args ?? [])],
    acceptDownloads: opts.acceptDownloads ?? true,
    serviceWorkers: opts.serviceWorkers ?? 'allow',
    viewport: { width: 1400, height: 950 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const baseUrl = opts.baseUrl ?? inject('baseUrl');
  // Everything the app loads must resolve under the path it is served from.
  const origin = new URL(baseUrl).origin;
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(origin) && !url.startsWith(baseUrl)) problems.push(`request outside ${baseUrl}: ${url}`);
  });
  mkdirSync(RESULTS_DIR, { recursive: true });
  return {
    context,
    page,
    baseUrl,
    problems,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the app has loaded its data and drawn the chart of the current view. */
export async function waitForChart(page: Page, testId = 'main-chart'): Promise<void> {
  await page.waitForSelector(`[data-testid="${testId}"] [data-rendered]`, { timeout: 60_000 });
}

/**
 * One browser session per test file, opened on the app with its first chart drawn.
 * Returns a getter: the session exists only once `beforeAll` has run.
 */
export function useAppSession(opts: SessionOptions = {}): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession(opts);
    await session.page.goto(session.baseUrl);
    await waitForChart(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => session!;
}
