// The first visit installs the service worker, and the page must say it works offline.
// It registers the worker once: each extra registration (a render React threw away) made
// a Workbox of its own, and the one left could miss the install's news. And when the page
// is busy as the install ends (drawing its first chart on a slow PC), the news that the
// worker is active can come late: the first worker has nothing to replace, so no
// "new version" is announced.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, waitForChart, type Session } from './browser';
import { copyOfBuild, serveDir, type StaticServer } from './static-server';

// Counts registrations, and blocks the page for 400 ms just after it hears the first
// worker is installed, while Workbox's 200 ms check for a waiting worker runs.
const BUSY_WHEN_INSTALLED = `(() => {
  const register = ServiceWorkerContainer.prototype.register;
  window.__swRegistrations = 0;
  ServiceWorkerContainer.prototype.register = function (...args) {
    window.__swRegistrations++;
    return register.apply(this, args).then((reg) => {
      reg.addEventListener('updatefound', () => {
        const sw = reg.installing;
        sw?.addEventListener('statechange', () => {
          if (sw.state !== 'installed') return;
          // After Workbox's own listener has started its 200 ms timer.
          setTimeout(() => {
            const until = performance.now() + 400;
            while (performance.now() < until);
          }, 0);
        });
      });
      return reg;
    });
  };
})();`;

describe('the first visit on a busy page', () => {
  let root: string;
  let server: StaticServer;
  let s: Session;

  beforeAll(async () => {
    root = copyOfBuild('dist');
    server = await serveDir(root, 0, '/');
    s = await openSession({ baseUrl: server.url });
    await s.page.addInitScript(BUSY_WHEN_INSTALLED);
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('registers the worker once, says the app works offline and announces no new version', async () => {
    const { page } = s;
    await page.goto(server.url);
    await waitForChart(page);
    await page.getByTestId('offline-ready').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.active && !r.waiting))).toBe(true);
    // Give a wrongly kept "waiting" time to show.
    await page.waitForTimeout(500);
    expect(await page.getByRole('alert').filter({ hasText: '发现新版本' }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('offline-ready').isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __swRegistrations: number }).__swRegistrations)).toBe(1);
    expect(s.problems).toEqual([]);
  });
});
