// Optional (--profile): Chrome's sampling CPU profile of the page's main thread around a
// stage, saved to bench/.cache/profiles/ (open in DevTools → Performance), summarised as
// the functions with the most self time, and — for the stage's long tasks — what ran in
// each of them. Profiling slows the page down: figures of a profiled run are not clean.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { pageEval } from './browser';
import { CACHE_DIR } from './csv-files';
import { BUILD_DIR } from './build';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  name: string;
  self_ms: number;
  total_ms: number;
}

export interface TaskBreakdown {
  start: number;
  duration: number;
  /** Application functions (src/) with the most inclusive time in the task. */
  app: HotFunction[];
  /** Functions with the most self time in the task. */
  self: HotFunction[];
}

export interface ProfileSummary {
  hot: HotFunction[];
  tasks?: TaskBreakdown[];
  /** The samples inside all the stage's timed windows together (e.g. each filter change → its chart). */
  windows?: { count: number; ms: number; app: HotFunction[]; lib: HotFunction[]; self: HotFunction[] };
}

type Window = { start: number; duration: number };

const MARKER = '__benchClockMarker';

/** Starts the profiler; returns the page's clock at that moment. */
export async function startProfile(cdp: CDPSession, page: Page): Promise<number> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return pageEval<number>(page, `performance.now()`);
}

/**
 * Runs a marker function in the page for a few ms, then stops the profiler. The marker's
 * samples tie the profile's clock to the page's performance.now() (of the document shown
 * at the end, also after a reload), so that the long tasks (page clock) can be matched
 * with the samples (profile clock).
 */
export async function stopProfile(
  cdp: CDPSession,
  page: Page,
  label: string,
  tasks: readonly Window[] = [],
  top = 15,
  windows: readonly Window[] = [],
): Promise<ProfileSummary> {
  const markerAt = await pageEval<number>(
    page,
    `(function ${MARKER}() { const t = performance.now(); while (performance.now() - t < 15) {} return t; })()`,
  );
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const dir = join(CACHE_DIR, 'profiles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
  const map = await sourceMapper();
  const p = new Profile(profile, map);
  const out: ProfileSummary = { hot: p.hot(top) };
  const offset = p.clockOffset(markerAt);
  if (tasks.length && offset !== null) {
    out.tasks = tasks.map((t) => {
      const from = (t.start + offset) * 1000;
      const to = from + t.duration * 1000;
      return { start: t.start, duration: t.duration, app: p.hot(8, [[from, to]], 'app'), self: p.hot(8, [[from, to]]) };
    });
  }
  if (windows.length && offset !== null) {
    const spans = windows.map((w): [number, number] => [(w.start + offset) * 1000, (w.start + w.duration + offset) * 1000]);
    const ms = Math.round(windows.reduce((a, w) => a + w.duration, 0));
    out.windows = { count: windows.length, ms, app: p.hot(20, spans, 'app'), lib: p.hot(30, spans, 'lib'), self: p.hot(30, spans) };
  }
  return out;
}

/** Runs a stage, under the profiler when `profiles` is given. */
export type StageProfiler = <T>(label: string, fn: () => Promise<T>, o?: { reloaded?: boolean }) => Promise<T>;

/**
 * A stage's CPU profile, saved as `${prefix}-${label}`, and kept in `profiles` under its label
 * with what ran in each of its long tasks and its filter changes. Without `profiles` the
 * stages run unprofiled.
 */
export function stageProfiler(cdp: CDPSession, page: Page, prefix: string, profiles?: Record<string, ProfileSummary>): StageProfiler {
  return async (label, fn, o = {}) => {
    if (!profiles) return fn();
    const from = await startProfile(cdp, page);
    try {
      return await fn();
    } finally {
      // After a reload the page clock restarts: then all its long tasks are the stage's.
      const since = (xs: Window[]) => xs.filter((x) => x.start >= from);
      const tasks = await pageEval<Window[]>(page, `__bench.longTasks`);
      const changes = await pageEval<Window[]>(page, `__bench.changes`);
      profiles[label] = await stopProfile(cdp, page, `${prefix}-${label}`, o.reloaded ? tasks : since(tasks), 15, since(changes));
    }
  };
}

export async function summariseProfileFile(path: string, top = 25): Promise<HotFunction[]> {
  return new Profile(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, await sourceMapper()).hot(top);
}

type Mapper = (file: string, line: number, column: number) => string | null;

/**
 * Maps a position in the minified build to `source:line name` with the build's hidden
 * source maps. Uses @jridgewell/trace-mapping (installed with Vite) when it is there;
 * without it the minified positions are shown.
 */
async function sourceMapper(): Promise<Mapper> {
  let tm: typeof import('@jridgewell/trace-mapping');
  try {
    tm = await import('@jridgewell/trace-mapping');
  } catch {
    return () => null;
  }
  const maps = new Map<string, InstanceType<typeof tm.TraceMap> | null>();
  return (file, line, column) => {
    if (!maps.has(file)) {
      const path = join(BUILD_DIR, 'assets', file + '.map');
      maps.set(file, existsSync(path) ? new tm.TraceMap(readFileSync(path, 'utf8')) : null);
    }
    const map = maps.get(file);
    // A frame without a position (line -1: a script's top level as compiled, say) maps to nothing.
    if (!map || line < 0) return null;
    const pos = tm.originalPositionFor(map, { line: line + 1, column });
    if (!pos.source) return null;
    // Relative to the project (a --head build lives in a temporary directory).
    return `${pos.source.replace(/^.*?\/?(?=(src|node_modules)\/)/, '')}:${pos.line}${pos.name ? ' ' + pos.name : ''}`;
  };
}

class Profile {
  private readonly byId: Map<number, ProfileNode>;
  private readonly parent = new Map<number, number>();
  private readonly names = new Map<number, string>();
  /** Sample times, µs on the profile's clock. */
  private readonly times: number[] = [];

  constructor(
    private readonly p: CpuProfile,
    private readonly map: Mapper,
  ) {
    this.byId = new Map(p.nodes.map((n) => [n.id, n]));
    for (const n of p.nodes) for (const c of n.children ?? []) this.parent.set(c, n.id);
    let t = p.startTime;
    for (const d of p.timeDeltas) this.times.push((t += d));
  }

  private name(id: number): string {
    let s = this.names.get(id);
    if (s === undefined) {
      const f = this.byId.get(id)!.callFrame;
      const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
      const original = file ? this.map(file, f.lineNumber, f.columnNumber) : null;
      s = original
        ? `${f.functionName || '(anonymous)'} ← ${original}`
        : `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
      this.names.set(id, s);
    }
    return s;
  }

  /** page time + offset = profile time (ms), from the marker's first sample. */
  clockOffset(markerAt: number): number | null {
    for (let i = 0; i < this.p.samples.length; i++) {
      for (let id: number | undefined = this.p.samples[i]; id !== undefined; id = this.parent.get(id)) {
        if (this.byId.get(id)!.callFrame.functionName === MARKER) return this.times[i]! / 1000 - markerAt;
      }
    }
    return null;
  }

  /** Self and inclusive time per function over the samples in the [from, to) µs spans (all by default). */
  hot(top: number, spans: readonly (readonly [number, number])[] = [[-Infinity, Infinity]], only?: 'app' | 'lib'): HotFunction[] {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (let i = 0; i < this.p.samples.length; i++) {
      const t = this.times[i]!;
      if (!spans.some(([from, to]) => t >= from && t < to)) continue;
      const dt = (this.times[i + 1] ?? t) - t;
      const leaf = this.p.samples[i]!;
      const key = this.name(leaf);
      self.set(key, (self.get(key) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = leaf; id !== undefined; id = this.parent.get(id)) {
        const k = this.name(id);
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    }
    // By inclusive time: the app's functions (src/) or the libraries' (node_modules/).
    const prefix = only === 'app' ? '← src/' : only === 'lib' ? '← node_modules/' : null;
    const ranked = prefix ? [...total.entries()].filter(([k]) => k.includes(prefix)) : [...self.entries()];
    return ranked
      .filter(([k]) => !/^\((idle|program|root)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name]) => ({ name, self_ms: Math.round((self.get(name) ?? 0) / 1000), total_ms: Math.round((total.get(name) ?? 0) / 1000) }));
  }
}
