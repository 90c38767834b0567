// Renders each chosen indicator's ranking off-screen and writes the briefing. The docx writer
// and the renderer load only here.
import type { BriefingChart, BriefingMeta } from '../../../domain/briefing/briefing-types';
import { formatDate } from '../../../lib/format';
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
const heightFor = (departments: number) => Math.min(1800, Math.max(480, 150 + 26 * departments));

export async function buildBriefing(
  ctx: BatchContext,
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
  for (const [k, id] of indicatorIds.entries()) {
    onProgress(k, indicatorIds.length);
    const chart = batchChart(ctx, id, 'ranking');
    const model = chart.ranking!;
    for (const e of model.entries) if (e.row) used.add(e.row.datasetId);
    const size = { width: WIDTH, height: heightFor(model.entries.length) };
    const built = chart.spec.buildOption(size);
    const option = marker ? marker.chart(built, chart.rowAt) : built;
    const png = new Uint8Array(await (await renderPng(option, size, 2, '#ffffff')).arrayBuffer());
    charts.push({ ...chartContent(model, simulated, t, state.lang, marker?.cells), png, pixelWidth: size.width, pixelHeight: size.height });
  }
  onProgress(indicatorIds.length, indicatorIds.length);
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
