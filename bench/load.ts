// `--load N`: a slow moment on purpose. N processes build the app back to back (Vite, into
// temporary folders) while the runs go, as other engineers' builds did when this machine was
// slow: cores, disk and memory all busy. Throttling the page's CPU does not give that (it
// slows the main thread only): under four such builds, IndexedDB's first answer to a page
// reloaded after a 1M import took 1.35 s once, against 0.1–0.45 s throttled 2.5×.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Load {
  /** Builds finished while the load ran. */
  builds: () => number;
  stop: () => Promise<void>;
}

export function startLoad(processes: number): Load {
  // The package's own command (its exports do not name the bin file).
  const vite = join('node_modules', 'vite', 'bin', 'vite.js');
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-load-'));
  const running = new Set<ChildProcess>();
  let stopped = false;
  let finished = 0;
  const loop = (k: number) => {
    if (stopped) return;
    const child = spawn(process.execPath, [vite, 'build', '--outDir', join(dir, String(k)), '--emptyOutDir', '--logLevel', 'silent'], {
      stdio: 'ignore',
    });
    running.add(child);
    child.on('exit', () => {
      running.delete(child);
      if (stopped) return;
      finished++;
      loop(k);
    });
  };
  for (let k = 0; k < processes; k++) loop(k);
  return {
    builds: () => finished,
    stop: async () => {
      stopped = true;
      await Promise.all(
        [...running].map(
          (c) =>
            new Promise<void>((done) => {
              c.once('exit', () => done());
              c.kill('SIGTERM');
            }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
