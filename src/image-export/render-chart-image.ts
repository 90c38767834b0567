// Renders a chart option off-screen at export size, never from the on-screen DOM:
// the image does not depend on the window size, animation state or visibility.
import type { EChartsOption } from 'echarts';
import { echarts } from '../lib/echarts-extra';
import { embedExportFont, loadExportFont } from './export-fonts';
import { exportOption, type ExportExtras } from './export-option';
import { clampPixelRatio, type ImageSize } from './image-size';

export { clampPixelRatio, type ImageSize };
export type { ExportExtras };

/** Every string in an option (titles, labels, names): the characters the font must cover. */
function optionText(option: EChartsOption): string {
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 8) return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(option, 0);
  // Formatters produce digits, signs and dates that are not in the option itself.
  return out.join('') + '0123456789.,%+-−▲▼—年月日：';
}

/** SVG with the bundled font embedded, so it renders the same everywhere. */
export async function renderSvg(
  option: EChartsOption,
  size: ImageSize,
  background: string | null,
  extras: ExportExtras = {},
): Promise<string> {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  let svg: string;
  try {
    chart.setOption({ ...exportOption(option, size, extras), backgroundColor: background ?? 'transparent' });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  return embedExportFont(svg);
}

/** Decodes a data: URL without fetch (a strict CSP may forbid fetching data: URLs). */
export function dataUrlToBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const mime = /^data:([^;,]+)/.exec(url)?.[1] ?? 'application/octet-stream';
  const bin = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

export async function renderPng(
  option: EChartsOption,
  size: ImageSize,
  pixelRatio: number,
  background: string | null,
  extras: ExportExtras = {},
): Promise<Blob> {
  const prepared = exportOption(option, size, extras);
  await loadExportFont(optionText(prepared));
  const el = document.createElement('div');
  el.style.cssText = `position:fixed;left:-10000px;top:0;width:${size.width}px;height:${size.height}px;`;
  document.body.appendChild(el);
  const ratio = clampPixelRatio(size, pixelRatio);
  const chart = echarts.init(el, null, { renderer: 'canvas', width: size.width, height: size.height, devicePixelRatio: ratio });
  try {
    chart.setOption(prepared);
    const url = chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: background ?? 'transparent' });
    return dataUrlToBlob(url);
  } finally {
    chart.dispose();
    el.remove();
  }
}
