// Command line of `npm run bench -- [options]`.
import type { Encoding } from './csv-files';

export interface BenchCase {
  rows: number;
  encoding: Encoding;
}

export interface Options {
  quick: boolean;
  json: boolean;
  runs: number;
  cases: BenchCase[];
  /** Run the naive one-record-per-observation write in every run up to this many rows; above it, in the first run only. */
  rowStoreEveryRunUpTo: number;
  /** false: skip the naive row store (it takes minutes at 1M). */
  rowStore: boolean;
  filterChanges: number;
  profile: boolean;
  rebuild: boolean;
  /** Build the committed HEAD instead of the working tree. */
  head: boolean;
  /** The annual round's batch of 40 reports (size name `round`). */
  roundBatch: boolean;
  /** Where the JSON is written (besides stdout); null = nowhere. */
  out: string | null;
  /** Only the slow-PC profile (CPU throttled 4×; 100k unless --sizes). */
  slowPc: boolean;
  /** The slow-PC profile's throttling rate (4 = an old office PC; 2.5 = this machine at a slow moment). */
  cpuRate: number;
  /** Builds of the app run back to back beside the runs (a slow moment on purpose; bench/load.ts). */
  load: number;
  /** Cores the whole browser may use (a Linux CPU cgroup; 0 = no limit; bench/cpu-quota.ts). */
  cpuQuota: number;
}

const USAGE = `npm run bench -- [--quick] [--json] [--runs N] [--sizes 10k,100k,100k-gbk,1M,round] [--head] [--profile] [--rebuild] [--no-row-store] [--out FILE] [--slow-pc [--cpu-rate R]] [--load N] [--cpu-quota C]
  --quick     smoke run in under a minute: 10k only, one run, 8 filter changes per view, no row store
  --json      print only the JSON object (no table, no progress)
  --runs N    runs per size (default 3; every figure is the median of the runs)
  --sizes     which files to import (default 10k,100k,100k-gbk,1M,round; round = 40 reports through 年报收取;
              optional: 100k-xlsx, the 100k file as an Excel workbook, import through the UI only)
  --profile   save Chrome CPU profiles of the first run's stages and list the hottest functions
              (with --slow-pc: its import and filter changes, throttled)
  --head      measure the committed HEAD (exported to a temporary directory and built there),
              not the working tree with its uncommitted changes
  --rebuild   build the app even when bench/.cache/dist is newer than the sources
  --no-row-store  skip the naive one-record-per-observation write (minutes at 1M)
  --out FILE  also write the JSON to FILE (a full run writes bench/results/latest.json)
  --slow-pc   only the slow-PC profile: CPU throttled 4× (DevTools protocol), 100k unless --sizes,
              one run unless --runs: import's longest task, first chart, filter change p95
  --cpu-rate R  the slow-PC profile's throttling instead of 4 (2.5: this machine's slow moments,
              when the same work takes about 2.5 times as long)
  --load N    N builds of the app back to back beside the runs: a slow moment with cores, disk and
              memory busy, as when others build on this machine (the page's CPU alone: --slow-pc)
  --cpu-quota C  the whole browser (all its processes and threads) held to C cores by a CPU cgroup
              (root only): this machine at a slow moment, every thread slowed alike; 0.6 makes
              the 1M floor about 2.5 times its quiet figure`;

const ALL: Record<string, BenchCase> = {
  '10k': { rows: 10_000, encoding: 'utf-8' },
  '10k-gbk': { rows: 10_000, encoding: 'gbk' },
  '100k': { rows: 100_000, encoding: 'utf-8' },
  '100k-gbk': { rows: 100_000, encoding: 'gbk' },
  '1M': { rows: 1_000_000, encoding: 'utf-8' },
  /** Optional (not in the default sizes): the 100k file as .xlsx, import only. */
  '100k-xlsx': { rows: 100_000, encoding: 'xlsx' },
};

export function parseOptions(argv: string[]): Options {
  const o: Options = {
    quick: false,
    json: false,
    runs: 3,
    cases: [],
    rowStoreEveryRunUpTo: 100_000,
    rowStore: true,
    filterChanges: 20,
    profile: false,
    rebuild: false,
    head: false,
    out: 'bench/results/latest.json',
    slowPc: false,
    cpuRate: 4,
    load: 0,
    cpuQuota: 0,
    roundBatch: false,
  };
  let sizes = ['10k', '100k', '100k-gbk', '1M', 'round'];
  let sizesGiven = false;
  let runsGiven = false;
  let outGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--json') o.json = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--rebuild') o.rebuild = true;
    else if (a === '--head') o.head = true;
    else if (a === '--no-row-store') o.rowStore = false;
    else if (a === '--slow-pc') o.slowPc = true;
    else if (a === '--cpu-rate') o.cpuRate = Math.max(1, Number.parseFloat(value()) || 4);
    else if (a === '--load') o.load = Math.min(16, Math.max(0, Number.parseInt(value(), 10) || 0));
    else if (a === '--cpu-quota') {
      o.cpuQuota = Number.parseFloat(value());
      if (!(o.cpuQuota >= 0.1 && o.cpuQuota <= 64)) throw new Error(`--cpu-quota takes a number of cores from 0.1 to 64\n${USAGE}`);
    } else if (a === '--runs') {
      o.runs = Math.max(1, Number.parseInt(value(), 10) || 3);
      runsGiven = true;
    } else if (a === '--sizes') {
      sizes = value()
        .split(',')
        .map((s) => s.trim());
      sizesGiven = true;
    } else if (a === '--out') {
      o.out = value();
      outGiven = true;
    } else if (a === '--help' || a === '-h') {
      process.stderr.write(USAGE + '\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  if (o.quick) {
    // A smoke run that fits in a minute: one run, fewer filter changes, no row store.
    sizes = ['10k'];
    if (!runsGiven) o.runs = 1;
    o.filterChanges = 8;
    o.rowStore = false;
  }
  if (o.slowPc) {
    if (!sizesGiven) sizes = ['100k'];
    if (!runsGiven) o.runs = 1;
  }
  // Only a full run (all sizes, at least 3 runs) replaces bench/results/latest.json by default.
  if (!outGiven && (o.quick || o.slowPc || sizesGiven || o.runs < 3 || !o.rowStore || o.load > 0 || o.cpuQuota > 0)) o.out = null;
  o.roundBatch = sizes.includes('round');
  o.cases = sizes
    .filter((s) => s !== 'round')
    .map((s) => {
      const c = ALL[s];
      if (!c) throw new Error(`unknown size ${s} (one of ${Object.keys(ALL).join(', ')}, round)`);
      return c;
    });
  return o;
}
