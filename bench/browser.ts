// Debian's Chromium through playwright-core with the browser tests' flags, a fresh
// profile per launch (so IndexedDB starts empty) and the page probes installed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/browser';

const PROBES_SCRIPT = 'bench/page/probes.js';

let version = '';

/** Debian's Chromium, unless CHROMIUM_PATH names another. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let command = CHROMIUM;

/** Starts every later launch through `path` (the --cpu-quota wrapper that runs Chromium in a cgroup). */
export function launchThrough(path: string): void {
  command = path;
}

/** The browser's product string, known after the first launch. */
export function chromiumVersion(): string {
  return version;
}

export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Script errors seen on the page. */
  problems: string[];
  /** The fresh profile's directory. */
  profileDir: string;
  close: () => Promise<void>;
}

export async function launch(): Promise<BenchBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: command,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 950 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript({ path: PROBES_SCRIPT });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const cdp = await context.newCDPSession(page);
  if (!version) version = ((await cdp.send('Browser.getVersion')) as { product: string }).product;
  return {
    context,
    page,
    cdp,
    problems,
    profileDir: dir,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Evaluates an expression given as text (never a transpiled function) in the page. */
export function pageEval<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(expression);
}
