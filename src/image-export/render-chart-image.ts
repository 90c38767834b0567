// Renders a chart option off-screen at export size, never from the on-screen DOM:
// the image does not depend on the window size, animation state or visibility.
import type { EChartsOption } from 'echarts';
import { echarts } from '../lib/echarts-extra';
import { embedExportFont, loadExportFont } from './export-fonts';

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

export interface ImageSize {
  width: number;
  height: number;
}

/** Largest canvas area browsers reliably render (Safari's limit). */
const MAX_CANVAS_AREA = 16_777_216;

export function clampPixelRatio(size: ImageSize, ratio: number): number {
  const maxRatio = Math.sqrt(MAX_CANVAS_AREA / (size.width * size.height));
  return Math.max(1, Math.min(ratio, Math.floor(maxRatio * 100) / 100));
}

function exportOption(option: EChartsOption): EChartsOption {
  return { ...option, animation: false };
}

/** SVG with the bundled font embedded, so it renders the same everywhere. */
export async function renderSvg(option: EChartsOption, size: ImageSize, background: string | null): Promise<string> {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  let svg: string;
  try {
    chart.setOption({ ...exportOption(option), backgroundColor: background ?? 'transparent' });
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
): Promise<Blob> {
  await loadExportFont(optionText(option));
  const el = document.createElement('div');
  el.style.cssText = `position:fixed;left:-10000px;top:0;width:${size.width}px;height:${size.height}px;`;
  document.body.appendChild(el);
  const ratio = clampPixelRatio(size, pixelRatio);
  const chart = echarts.init(el, null, { renderer: 'canvas', width: size.width, height: size.height, devicePixelRatio: ratio });
  try {
    chart.setOption(exportOption(option));
    const url = chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: background ?? 'transparent' });
    return dataUrlToBlob(url);
  } finally {
    chart.dispose();
    el.remove();
  }
}
