// An optional watermark (e.g. 「内部资料」) for exported images: light diagonal text
// repeated over the whole image, drawn above the chart so it cannot be cropped away.
import type { EChartsOption } from 'echarts';
import type { ImageSize } from './image-size';
import { textWidth } from '../domain/charts/text-width';
import { EXPORT_FONT_STACK } from './export-font-stack';

type Element = Record<string, unknown>;

/** Watermark text as entered: trimmed, one line, at most 40 characters. */
export function cleanWatermark(text: string | undefined): string {
  return [...(text ?? '').replace(/\s+/g, ' ').trim()].slice(0, 40).join('');
}

/** Positions (centres) of the tiles that cover the image. */
export function watermarkTiles(size: ImageSize, text: string): { x: number; y: number; fontSize: number }[] {
  const fontSize = Math.max(18, Math.min(48, Math.round(Math.min(size.width, size.height) / 18)));
  const stepX = Math.max(textWidth(text, fontSize) + fontSize * 4, size.width / 4);
  const stepY = fontSize * 6;
  const out: { x: number; y: number; fontSize: number }[] = [];
  let row = 0;
  for (let y = stepY / 2; y < size.height + stepY / 2; y += stepY, row++) {
    // Every other row is shifted by half a step: a brick pattern reads as one watermark.
    for (let x = row % 2 ? 0 : stepX / 2; x < size.width + stepX / 2; x += stepX) out.push({ x, y, fontSize });
  }
  return out;
}

/** The graphic elements of an option, whichever of the shapes ECharts accepts it uses. */
function graphicElements(graphic: EChartsOption['graphic']): Element[] {
  if (!graphic) return [];
  if (!Array.isArray(graphic)) {
    const one = graphic as Element;
    return Array.isArray(one.elements) ? (one.elements as Element[]) : [one];
  }
  // ECharts uses only the first graphic component; an array of elements is one component.
  const first = graphic[0] as Element | undefined;
  if (first && Array.isArray(first.elements)) return first.elements as Element[];
  return graphic as Element[];
}

/** The option with the watermark added to its graphic elements; unchanged for empty text. */
export function withWatermark(option: EChartsOption, size: ImageSize, text: string | undefined): EChartsOption {
  const mark = cleanWatermark(text);
  if (!mark) return option;
  const tiles: Element[] = watermarkTiles(size, mark).map((t) => ({
    type: 'text',
    x: t.x,
    y: t.y,
    rotation: Math.PI / 6,
    silent: true,
    z: 1000,
    style: {
      text: mark,
      fill: 'rgba(60, 60, 60, 0.12)',
      font: `bold ${t.fontSize}px ${EXPORT_FONT_STACK}`,
      align: 'center',
      verticalAlign: 'middle',
    },
  }));
  const elements = [...graphicElements(option.graphic), ...tiles];
  return { ...option, graphic: [{ elements }] };
}
