// `npm run bench`: builds the app, serves the production build on 127.0.0.1, and measures
// imports, charts, memory and bundle size in headless Chromium for generated CSVs of
// 10k, 100k (also GBK) and 1M observations. See bench/README.md for every figure.
// The table goes to stderr, one JSON object to stdout (and to bench/results/latest.json
// after a full run).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { measureBundle } from './bundle-size';
import { CHROMIUM, chromiumVersion, launchThrough } from './browser';
import { ensureCsv } from './csv-files';
import { extractInNode } from './extract-timing';
import { oneRun, type RunFigures } from './one-run';
import { roundBatchRun, type RoundBatchFigures } from './round-batch';
import { parseOptions } from './options';
import { renderTable } from './report';
import { BUILD_DIR, ensureBuild } from './build';
import { serveApp } from './serve';
import { xlsxImportRun } from './xlsx-run';
import type { ImportFigures } from './import-run';
import { checkTargets, summarise, type SizeSummary } from './summary';
import { renderSlowPc, slowPcRun, summariseSlowPc, type SlowPcRun } from './slow-pc';
import { startLoad, type Load } from './load';
import { startCpuQuota, type CpuQuota } from './cpu-quota';

const opts = parseOptions(process.argv.slice(2));
const started = performance.now();
const log = (msg: string) => {
  const t = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  if (!opts.json) process.stderr.write(`${t} s  ${msg}\n`);
};

/** `--slow-pc`: only the slow-PC profile, one JSON object with its figures and targets. */
async function slowPcMain(): Promise<void> {
  const loadStart = loadavg();
  const source = await ensureBuild({ head: opts.head, rebuild: opts.rebuild, log });
  const server = await serveApp();
  const results = [];
  const quota = startQuotaIfAsked();
  let quotaFigures: ReturnType<typeof stopQuota> | undefined;
  const load = startLoadIfAsked();
  try {
    for (const c of opts.cases) {
      const file = ensureCsv(c.rows, c.encoding);
      const runs: SlowPcRun[] = [];
      for (let i = 0; i < opts.runs; i++)
        runs.push(
          await slowPcRun(
            server.url,
            file,
            opts.filterChanges,
            opts.cpuRate,
            (m) => log(`[slow PC ${file.label} ${i + 1}/${opts.runs}] ${m}`),
            opts.profile && i === 0,
          ),
        );
      const summary = summariseSlowPc(file, runs, opts.cpuRate);
      if (!opts.json) process.stderr.write('\n' + renderSlowPc(summary));
      const profiles = runs[0]?.profiles;
      results.push({ ...summary, ...(profiles ? { profiles } : {}), problems: runs.flatMap((r) => r.problems) });
    }
  } finally {
    await stopLoad(load);
    quotaFigures = stopQuota(quota);
    await server.close();
  }
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    load_average_start: loadStart,
    load_average_end: loadavg(),
    chromium: chromiumVersion(),
    ...loadFigures(load),
    ...quotaFigures,
  };
  const json = JSON.stringify({ generated_at: new Date().toISOString(), slow_pc: results, machine, source }, null, 2) + '\n';
  process.stdout.write(json);
  if (opts.out) {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, json);
  }
}

/** `--load N`: the builds beside the runs start once the app is built and served. */
function startLoadIfAsked(): Load | null {
  if (!opts.load) return null;
  log(`load: ${opts.load} builds of the app back to back beside the runs`);
  return startLoad(opts.load);
}

async function stopLoad(load: Load | null): Promise<void> {
  if (!load) return;
  log(`load: ${load.builds()} builds finished beside the runs`);
  await load.stop();
}

/** `--cpu-quota C`: every browser launched from here on runs in a cgroup held to C cores. */
function startQuotaIfAsked(): CpuQuota | null {
  if (!opts.cpuQuota) return null;
  const quota = startCpuQuota(opts.cpuQuota, CHROMIUM);
  launchThrough(quota.command);
  log(`cpu quota: the browser held to ${opts.cpuQuota} cores`);
  return quota;
}

function stopQuota(quota: CpuQuota | null): { cpu_quota?: { cores: number; throttled_ms: number | null } } {
  if (!quota) return {};
  const figures = { cores: quota.cores, throttled_ms: quota.throttledMs() };
  quota.remove();
  return { cpu_quota: figures };
}

function loadFigures(load: Load | null): { load_builds?: { processes: number; finished: number } } {
  return load ? { load_builds: { processes: opts.load, finished: load.builds() } } : {};
}

async function main(): Promise<void> {
  if (opts.slowPc) return slowPcMain();
  const loadStart = loadavg();
  const source = await ensureBuild({ head: opts.head, rebuild: opts.rebuild, log });
  const bundle = measureBundle(BUILD_DIR);
  const nodeExtract = extractInNode();
  const server = await serveApp();
  const sizes: SizeSummary[] = [];
  const profiles: Record<string, unknown> = {};
  const workbooks: Record<string, ImportFigures[]> = {};
  let roundBatch: RoundBatchFigures | null = null;
  const quota = startQuotaIfAsked();
  let quotaFigures: ReturnType<typeof stopQuota> | undefined;
  const load = startLoadIfAsked();
  try {
    if (opts.roundBatch) roundBatch = await roundBatchRun(server.url, log, opts.profile);
    for (const c of opts.cases) {
      const file = ensureCsv(c.rows, c.encoding);
      if (c.encoding === 'xlsx') {
        const runs = (workbooks[file.label] = [] as ImportFigures[]);
        for (let i = 0; i < opts.runs; i++) {
          const r = await xlsxImportRun(server.url, file);
          runs.push(r);
          log(
            `[${file.label} ${i + 1}/${opts.runs}] import ${Math.round(r.import_ms)} ms (preview ${Math.round(r.preview_ms)} ms, commit ${Math.round(r.commit_ms)} ms), longest task ${Math.round(r.longest_task_ms)} ms`,
          );
        }
        continue;
      }
      const runs: RunFigures[] = [];
      for (let i = 0; i < opts.runs; i++) {
        const rowStore = opts.rowStore && (c.rows <= opts.rowStoreEveryRunUpTo || i === 0);
        const tag = `[${file.label} ${i + 1}/${opts.runs}]`;
        const r = await oneRun(server.url, file, {
          filterChanges: opts.filterChanges,
          rowStore,
          profile: opts.profile && i === 0,
          log: (m) => log(`${tag} ${m}`),
        });
        runs.push(r);
        if (r.profiles) profiles[file.label] = r.profiles;
      }
      sizes.push(summarise(file, runs, bundle.initial_js_gz_kb));
    }
  } finally {
    await stopLoad(load);
    quotaFigures = stopQuota(quota);
    await server.close();
  }

  const targets = checkTargets(sizes);
  const loadEnd = loadavg();
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    load_average_start: loadStart.map((x) => Math.round(x * 100) / 100),
    load_average_end: loadEnd.map((x) => Math.round(x * 100) / 100),
    node: process.version,
    chromium: chromiumVersion(),
    ...loadFigures(load),
    ...quotaFigures,
  };
  const rowStoreNote = `The naive row store is measured in every run up to ${opts.rowStoreEveryRunUpTo.toLocaleString('en-US')} rows and once (first run only) above that.`;
  const result = {
    generated_at: new Date().toISOString(),
    quick: opts.quick,
    runs_per_size: opts.runs,
    filter_changes_per_view: opts.filterChanges,
    row_store_note: rowStoreNote,
    machine,
    source,
    sizes: Object.fromEntries(sizes.map((s) => [s.label, s])),
    ...(Object.keys(workbooks).length ? { workbook_imports: workbooks } : {}),
    targets,
    bundle,
    extract_node: nodeExtract,
    ...(roundBatch ? { round_batch: roundBatch } : {}),
    ...(opts.profile ? { profiles } : {}),
  };
  const json = JSON.stringify(result, null, 2) + '\n';
  if (!opts.json) {
    const load = `${machine.load_average_start[0]} → ${machine.load_average_end[0]}`;
    process.stderr.write(
      '\n' + renderTable(sizes, targets, bundle, nodeExtract, { runs: opts.runs, load, cores: machine.cores, rowStoreNote }),
    );
  }
  process.stdout.write(json);
  if (opts.out) {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, json);
    log(`written to ${opts.out}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
