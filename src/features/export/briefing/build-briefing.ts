// Renders the current view's chart and each chosen indicator's ranking off-screen and writes the
// briefing. The docx writer and the renderer load only here.
import type { BriefingChart, BriefingMeta, BriefingPicture } from '../../../domain/briefing/briefing-types';
import { plainSentence } from '../../../domain/narrative/narrative-text';
import { narrativeDatasets, viewNarrative } from '../../../domain/narrative/view-narrative';
import type { renderPng as renderPngType } from '../../../image-export/render-chart-image';
import { formatDate } from '../../../lib/format';
import type { ImageSize } from '../../../image-export/image-size';
import type { CurrentChart } from '../../views/current-chart';
import { exportOptions, type ExportSpec } from '../export-spec';
import { batchChart, type BatchContext } from '../batch-specs';
import type { CheckMarker } from '../../checks/use-check-marker';
import { chartContent } from './briefing-content';
import '../../../i18n/messages/narrative'; // this feature's strings (i18n/registry.ts)

export interface BriefingOptions {
  title: string;
  issuer: string;
  date: string;
  style: BriefingMeta['style'];
  fonts: BriefingMeta['fonts'];
}

/** Chart pixels: a 1200-wide picture scaled to the text width stays sharp on paper at 2×. */
const WIDTH = 1200;
const clampHeight = (h: number) => Math.min(1800, Math.max(480, Math.round(h)));
/** A ranking's picture: every bar when they fit 1800 px (about 90), else pages of that height, each saying which bars it holds. */
const heightFor = (departments: number) => clampHeight(150 + 26 * departments);
/** The chart on screen is about 1000 px wide at 1366 px: the picture keeps its proportions. */
const SCREEN_WIDTH = 1000;

type Render = typeof renderPngType;

/** A chart's pictures for the document (one per page of a chart too large for one): PNG bytes at 2× on white. */
async function picturesOf(renderPng: Render, spec: ExportSpec, size: ImageSize): Promise<BriefingPicture[]> {
  const out: BriefingPicture[] = [];
  for (const option of exportOptions(spec, size))
    out.push({
      png: new Uint8Array(await (await renderPng(option, size, 2, '#ffffff')).arrayBuffer()),
      pixelWidth: size.width,
      pixelHeight: size.height,
    });
  return out;
}

/** The current view's section: its chart as exported, its 解读 as shown (edited or not), a ranking's table. */
async function currentSection(
  ctx: BatchContext,
  c: CurrentChart,
  simulated: ReadonlySet<string>,
  renderPng: Render,
  marker: CheckMarker | null | undefined,
): Promise<BriefingChart> {
  const { t, state } = ctx;
  // A ranking's picture holds every bar, as the indicators' sections do; other charts keep the screen's proportions.
  const height = c.source.view === 'ranking' ? heightFor(c.source.model.entries.length) : clampHeight((c.height * WIDTH) / SCREEN_WIDTH);
  const size = { width: WIDTH, height };
  const pictures = await picturesOf(renderPng, c.spec, size);
  const sentences = c.edited !== null ? [c.edited] : viewNarrative(c.source, simulated, state.lang).map(plainSentence);
  // The chart's spec is the view's, marks included; a ranking's table carries its check notes.
  const ranking = c.source.view === 'ranking' ? chartContent(c.source.model, simulated, t, state.lang, marker?.cells) : null;
  const notes = ranking?.checkNotes ? { checkNotes: ranking.checkNotes } : {};
  return { heading: c.title, sentences, table: ranking?.table ?? null, ...notes, pictures };
}

export async function buildBriefing(
  ctx: BatchContext,
  current: CurrentChart | null,
  indicatorIds: readonly string[],
  o: BriefingOptions,
  onProgress: (done: number, total: number) => void,
  /** Once the data checks have arrived: flagged figures are marked in the charts and noted under the tables. */
  marker?: CheckMarker | null,
): Promise<Blob> {
  const [{ renderPng }, { briefingDocx }] = await Promise.all([
    import('../../../image-export/render-chart-image'),
    import('./briefing-docx'),
  ]);
  const { t, state, data } = ctx;
  const infos = data.derived!.datasetInfos;
  const simulated = new Set(infos.filter((d) => d.kind === 'simulated').map((d) => d.id));
  const used = new Set<string>();
  const charts: BriefingChart[] = [];
  const total = indicatorIds.length + (current ? 1 : 0);
  if (current) {
    onProgress(0, total);
    for (const id of narrativeDatasets(current.source)) used.add(id);
    charts.push(await currentSection(ctx, current, simulated, renderPng, marker));
  }
  for (const id of indicatorIds) {
    onProgress(charts.length, total);
    const chart = batchChart(ctx, id, 'ranking');
    const model = chart.ranking!;
    for (const e of model.entries) if (e.row) used.add(e.row.datasetId);
    const size = { width: WIDTH, height: heightFor(model.entries.length) };
    const pictures = await picturesOf(renderPng, marker ? marker.spec(chart.spec, chart.rowAt) : chart.spec, size);
    charts.push({ ...chartContent(model, simulated, t, state.lang, marker?.cells), pictures });
  }
  onProgress(total, total);
  const names = infos.filter((d) => used.has(d.id)).map((d) => d.name);
  const meta: BriefingMeta = {
    ...o,
    sources: [
      t('briefingSourceDatasets', { names: names.join(state.lang === 'zh' ? '、' : ', ') }),
      t('briefingSourceDate', { date: formatDate(Date.now()) }),
    ],
    demoNotice: [...used].some((d) => simulated.has(d)) ? t('briefingDemoNotice') : null,
    labels: { sources: t('briefingSources'), issuer: t('briefingIssuer') },
  };
  return briefingDocx(meta, charts);
}
