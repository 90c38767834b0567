// One run for one file. In a fresh browser profile: the import through the UI, memory,
// the first chart after a reload, filter changes in three views, extraction in the
// browser, then the floor for the same bytes in the same page. Then, in another fresh
// profile, the same import again while the language button is being clicked.
import { readFileSync } from 'node:fs';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { GENERATED_INDICATORS } from '../src/domain/csv/generate-long-csv';
import { launch, pageEval } from './browser';
import { checksAfterReload, type ChecksFigures } from './checks-timing';
import { filterChanges, firstChartAfterReload, firstChartLater, type FilterFigures, type ViewName } from './charts';
import type { BenchFile } from './csv-files';
import { extractInBrowser, type BrowserExtract } from './extract-timing';
import { measureFloor, type FloorFigures } from './floor-run';
import { clicksDuringImport, importThroughUi, type ClickFigures, type ImportFigures } from './import-run';
import { measureMemory, measureStorage, type MemoryFigures } from './memory';
import { stageProfiler, type ProfileSummary } from './profile';

export interface RunFigures {
  import: ImportFigures;
  clicks: ClickFigures;
  memory: MemoryFigures;
  first_chart_ms: number;
  first_chart_dom_ms: number;
  first_chart_longest_task_ms: number;
  /** The table on the page, and the main chart drawn from it (after the kept first view, when there is one). */
  first_chart_table_ready_ms: number | null;
  first_chart_from_table_ms: number | null;
  /** When the view kept at the last visit was read on the page (null: none kept for this state). */
  first_chart_kept_view_ms: number | null;
  /** The same reload once more, after the store has settled (a later visit). */
  first_chart_later_ms: number;
  checks: ChecksFigures;
  filters: Record<ViewName, FilterFigures>;
  extract: BrowserExtract;
  floor: FloorFigures;
  profiles?: Record<string, ProfileSummary>;
  problems: string[];
}

export interface RunSettings {
  filterChanges: number;
  rowStore: boolean;
  profile: boolean;
  log: (msg: string) => void;
}

/** Indicator ids and years of the generated files: values every view has data for. */
function generatedValues(): { indicators: string[]; years: string[] } {
  const catalog = new Catalog(parseCatalogCsv(readFileSync('data/indicators.csv', 'utf8')));
  const indicators = GENERATED_INDICATORS.map(([label]) => catalog.lookup(label)?.id).filter((x): x is string => !!x);
  const years = Array.from({ length: 9 }, (_, i) => String(2016 + i));
  return { indicators, years };
}

export async function oneRun(baseUrl: string, file: BenchFile, s: RunSettings): Promise<RunFigures> {
  const main = await measuredRun(baseUrl, file, s);
  const clicks = await probedRun(baseUrl, file);
  s.log(
    `clicks during the import: worst ${ms(clicks.click_latency_ms)}, median ${ms(clicks.click_latency_p50_ms)} over ${clicks.clicks} clicks (idle page ${ms(clicks.click_idle_ms)})`,
  );
  return { ...main, clicks };
}

/** First start of a fresh profile: the bundled data are written and the default chart drawn. */
async function start(baseUrl: string) {
  const b = await launch();
  await b.page.goto(baseUrl);
  await pageEval(b.page, `__bench.when(() => __bench.mainRenders() > 0, 120000).then(() => __bench.quiet(500))`);
  return b;
}

async function probedRun(baseUrl: string, file: BenchFile): Promise<ClickFigures> {
  const b = await start(baseUrl);
  try {
    return await clicksDuringImport(b.page, file);
  } finally {
    await b.close();
  }
}

async function measuredRun(baseUrl: string, file: BenchFile, s: RunSettings): Promise<Omit<RunFigures, 'clicks'>> {
  const b = await start(baseUrl);
  const { page, cdp } = b;
  const profiles: Record<string, ProfileSummary> = {};
  /** With --profile: a CPU profile of the stage, and what ran in each of its long tasks. */
  const profiled = stageProfiler(cdp, page, file.label, s.profile ? profiles : undefined);
  try {
    const imp = await profiled('import', () => importThroughUi(page, file));
    if (imp.count_new !== file.rows) throw new Error(`preview counted ${imp.count_new} new rows, expected ${file.rows}`);
    s.log(
      `import ${ms(imp.import_ms)} (preview ${ms(imp.preview_ms)}, commit ${ms(imp.commit_ms)}), longest task ${ms(imp.longest_task_ms)}`,
    );

    const memory = await measureMemory(page, cdp, b.profileDir);
    s.log(
      `heap ${memory.heap_mb.toFixed(0)} MB (V8 ${memory.js_heap_mb.toFixed(0)} MB + array buffers ${memory.array_buffers_mb.toFixed(0)} MB)`,
    );

    const first = await profiled('first-chart', () => firstChartAfterReload(page), { reloaded: true });
    const fp = first.parts;
    s.log(
      `first chart after reload ${ms(first.first_chart_ms)} (container in the DOM at ${ms(first.chart_dom_ms)}; table asked at ${ms(fp.table_request_ms)}, ` +
        `on the page at ${ms(fp.table_ready_ms)}, worker read ${ms(fp.table_read_ms)} + merge ${ms(fp.table_build_ms)}; ` +
        `drawn from the table at ${ms(fp.table_chart_ms)}; kept view ${fp.kept_view ? 'read' : 'absent'} at ${ms(fp.kept_view_read_ms)})`,
    );
    const checks = await profiled('checks', () => checksAfterReload(page));
    s.log(
      `data checks ${ms(checks.checks_ms)} in the store worker (${ms(checks.checks_wall_ms)} to the page, longest task ${ms(checks.checks_longest_task_ms)}), ${checks.findings} findings listed`,
    );
    const later = await firstChartLater(page);
    // Its checks arrive before the filter changes begin.
    await checksAfterReload(page);
    s.log(
      `first chart after a later reload ${ms(later.first_chart_ms)} (kept view ${later.parts.kept_view ? 'read' : 'absent'} at ${ms(later.parts.kept_view_read_ms)})`,
    );

    const { indicators, years } = generatedValues();
    const filters = {} as Record<ViewName, FilterFigures>;
    for (const view of ['trend', 'ranking', 'matrix'] as const) {
      filters[view] = await profiled(`filter-${view}`, () =>
        filterChanges(page, view, s.filterChanges, view === 'trend' ? indicators : years),
      );
      const f = filters[view];
      s.log(
        `${view}: filter → chart p50 ${ms(f.p50_ms)}, p95 ${ms(f.p95_ms)}; → first frame p50 ${ms(f.first_frame_p50_ms)}, p95 ${ms(f.first_frame_p95_ms)}` +
          ` (in order: ${f.samples.map((x) => Math.round(x)).join(' ')})`,
      );
    }

    // Storage is read once the writes have settled, before the floor's scratch databases.
    Object.assign(memory, await measureStorage(page, b.profileDir));
    s.log(`IndexedDB ${memory.idb_mb.toFixed(1)} MB (on disk ${memory.idb_disk_mb.toFixed(1)} MB)`);

    const extract = await extractInBrowser(page);
    const floor = await measureFloor(page, file, s.rowStore);
    s.log(
      `floor ${ms(floor.floor_ms)} (decode ${ms(floor.decode_ms)}, papa ${ms(floor.papa_ms)}, idb bytes ${ms(floor.idb_bytes_ms)})` +
        (floor.row_store_ms !== undefined ? `, row store ${ms(floor.row_store_ms)}` : ''),
    );
    return {
      import: imp,
      memory,
      first_chart_ms: first.first_chart_ms,
      first_chart_dom_ms: first.chart_dom_ms,
      first_chart_longest_task_ms: first.longest_task_ms,
      first_chart_table_ready_ms: first.parts.table_ready_ms,
      first_chart_from_table_ms: first.parts.table_chart_ms,
      first_chart_kept_view_ms: first.parts.kept_view ? first.parts.kept_view_read_ms : null,
      first_chart_later_ms: later.first_chart_ms,
      checks,
      filters,
      extract,
      floor,
      profiles: s.profile ? profiles : undefined,
      problems: b.problems,
    };
  } finally {
    await b.close();
  }
}

function ms(x: number | null): string {
  if (x === null) return '—';
  return x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`;
}
