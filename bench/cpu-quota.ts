// `--cpu-quota C`: the whole browser (every process and thread: page, workers, IndexedDB,
// service worker, GPU) held to C cores by a Linux CPU cgroup. This is the slow moment the
// targets speak of, on purpose: when other work shared this machine, the same import's floor
// took 2.5 times as long, for every thread alike. CPU throttling (--slow-pc) slows the
// page's main thread only, and builds beside the runs (--load) come and go.
// Needs root and a writable cgroup file system (v1 `cpu` controller or v2 `cpu.max`).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** CFS period: short, so that a held thread waits milliseconds, as on a slower CPU, not 100 ms bursts. */
const PERIOD_US = 10_000;
const V1 = '/sys/fs/cgroup/cpu';
const V2 = '/sys/fs/cgroup';

export interface CpuQuota {
  cores: number;
  /** Runs Chromium inside the cgroup (given to playwright as the browser's executable). */
  command: string;
  /** Time the browser was held back, from the cgroup's own counters (ms). */
  throttledMs: () => number | null;
  remove: () => void;
}

function cgroupRoot(): { dir: string; v: 1 | 2 } {
  if (existsSync(join(V1, 'cpu.cfs_quota_us'))) return { dir: V1, v: 1 };
  const controllers = join(V2, 'cgroup.controllers');
  if (existsSync(controllers) && readFileSync(controllers, 'utf8').split(/\s+/).includes('cpu')) return { dir: V2, v: 2 };
  throw new Error('--cpu-quota needs a cgroup file system with the cpu controller (as root): none found under /sys/fs/cgroup');
}

export function startCpuQuota(cores: number, chromium: string): CpuQuota {
  const root = cgroupRoot();
  const dir = join(root.dir, `fazhi-bench-${process.pid}`);
  mkdirSync(dir);
  const quota = Math.round(cores * PERIOD_US);
  try {
    if (root.v === 1) {
      writeFileSync(join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
      writeFileSync(join(dir, 'cpu.cfs_quota_us'), String(quota));
    } else writeFileSync(join(dir, 'cpu.max'), `${quota} ${PERIOD_US}`);
  } catch (e) {
    rmdirSync(dir);
    throw new Error(`--cpu-quota: cannot set the cgroup's quota (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const scripts = mkdtempSync(join(tmpdir(), 'fazhi-bench-quota-'));
  const command = join(scripts, 'chromium');
  // The shell joins the cgroup, then becomes Chromium: every process it starts stays inside.
  writeFileSync(command, `#!/bin/sh\necho $$ > '${join(dir, 'cgroup.procs')}' || exit 1\nexec '${chromium}' "$@"\n`);
  chmodSync(command, 0o755);
  return {
    cores,
    command,
    throttledMs: () => {
      try {
        const stat = readFileSync(join(dir, 'cpu.stat'), 'utf8');
        const v1 = /^throttled_time (\d+)$/m.exec(stat);
        if (v1) return Math.round(Number(v1[1]) / 1e6);
        const v2 = /^throttled_usec (\d+)$/m.exec(stat);
        return v2 ? Math.round(Number(v2[1]) / 1e3) : null;
      } catch {
        return null;
      }
    },
    remove: () => {
      rmSync(scripts, { recursive: true, force: true });
      // Empty once every browser has closed; a leftover process would keep it (harmless, named by pid).
      try {
        rmdirSync(dir);
      } catch {
        /* still in use */
      }
    },
  };
}
