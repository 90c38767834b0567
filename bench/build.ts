// The production build the benchmark serves, in bench/.cache/dist (not dist/, which the
// browser tests rebuild concurrently), with hidden source maps (no reference in the code)
// that name the functions of CPU profiles.
//   working tree (default)  what is checked out, uncommitted changes included; built
//                           again only when a source is newer than the last build
//   --head                  the committed HEAD, exported to a temporary directory first,
//                           so that work in progress in the tree is not measured
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { CACHE_DIR } from './csv-files';

export const BUILD_DIR = join(CACHE_DIR, 'dist');
const STAMP = join(BUILD_DIR, '.bench-build.json');
const INPUTS = ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

export interface SourceState {
  built_from: 'working tree' | 'HEAD';
  commit: string;
  /** Files of the build that differ from the commit (working tree builds only). */
  uncommitted: string[];
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((e) => newest(join(path, e))));
}

function stamp(): { from?: string; commit?: string } {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as { from?: string; commit?: string };
  } catch {
    return {};
  }
}

function buildHead(commit: string): void {
  const tree = mkdtempSync(join(tmpdir(), 'fazhi-bench-head-'));
  try {
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${tree}"`]);
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'), 'dir');
    // A separate process: the config's plugins work relative to the working directory.
    const r = spawnSync(
      process.execPath,
      [
        resolve('node_modules/vite/bin/vite.js'),
        'build',
        '--logLevel',
        'warn',
        '--outDir',
        resolve(BUILD_DIR),
        '--emptyOutDir',
        '--sourcemap',
        'hidden',
      ],
      {
        cwd: tree,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (r.status !== 0) throw new Error(`vite build of ${commit} failed`);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

/** Builds if needed; says what was built. */
export async function ensureBuild(o: { head: boolean; rebuild: boolean; log: (m: string) => void }): Promise<SourceState> {
  const commit = git('rev-parse', 'HEAD').trim();
  const last = stamp();
  const t0 = performance.now();
  if (o.head) {
    if (o.rebuild || last.from !== 'HEAD' || last.commit !== commit) buildHead(commit);
    else o.log(`build: bench/.cache/dist is HEAD ${commit.slice(0, 8)} already`);
  } else if (o.rebuild || last.from !== 'working tree' || newest(join(BUILD_DIR, 'index.html')) <= Math.max(...INPUTS.map(newest))) {
    await build({ logLevel: 'warn', build: { outDir: BUILD_DIR, emptyOutDir: true, sourcemap: 'hidden' } });
  } else {
    o.log('build: bench/.cache/dist is up to date');
  }
  const from = o.head ? 'HEAD' : 'working tree';
  if (performance.now() - t0 > 1000) o.log(`build (${from}): ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  writeFileSync(STAMP, JSON.stringify({ from, commit }));
  const status = o.head ? '' : git('status', '--porcelain', '--', ...INPUTS, 'package.json');
  return {
    built_from: from,
    commit,
    uncommitted: status
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3)),
  };
}
