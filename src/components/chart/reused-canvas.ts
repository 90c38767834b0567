// Canvases that painted parts of a chart are painted on (heatmap cells, line points).

/** A canvas of at least a size in device pixels, cleared, with its 2D context (null: none can be had). */
export interface CanvasMaker {
  (width: number, height: number): { canvas: CanvasImageSource; ctx: CanvasRenderingContext2D } | null;
  ratio: number;
  /** Who painted the canvas last: a drawing that finds it painted by another paints it again. */
  owner?: unknown;
}

/**
 * Two canvases, made once and taken in turn, cleared for every drawing. A new canvas per drawing
 * cost more to allocate than its cells cost to paint; and the canvas the chart drew last is
 * left alone, as changing it soon after it was drawn costs a copy. `grow`: a canvas is only
 * ever enlarged (a drawing uses its top left corner), for drawings whose size changes every
 * time (the trend's points): a new size reallocated the canvas on every filter change.
 */
export function reusedCanvas(grow = false): CanvasMaker {
  const made: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D }[] = [];
  let turn = 0;
  return Object.assign(
    (width: number, height: number) => {
      turn = 1 - turn;
      if (!made[turn]) {
        const canvas = document.createElement('canvas');
        const ctx = canvas.getContext('2d');
        if (!ctx) return null;
        made[turn] = { canvas, ctx };
      }
      const { canvas, ctx } = made[turn]!;
      const fits = grow ? canvas.width >= width && canvas.height >= height : canvas.width === width && canvas.height === height;
      if (!fits) {
        canvas.width = grow ? Math.max(width, canvas.width) : width;
        canvas.height = grow ? Math.max(height, canvas.height) : height;
      } else {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, width, height);
      }
      return made[turn]!;
    },
    {
      get ratio() {
        return typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
      },
    },
  );
}

/** The image element ECharts draws a painted canvas as. */
export interface CellsImage {
  type: 'image';
  /** The drawing is the canvas's top left `sWidth` × `sHeight` device pixels. */
  style: { image: CanvasImageSource; x: number; y: number; width: number; height: number; sWidth: number; sHeight: number };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A canvas over a box of the chart, drawn on in chart pixels. */
export interface PaintCanvas {
  ctx: CanvasRenderingContext2D;
  /** Device pixels per chart pixel. */
  ratio: number;
  image: CellsImage;
}

/** A cleared canvas over `box` (chart pixels), in whole device pixels so that it is not resampled. */
export function openCanvas(box: Box, make: CanvasMaker): PaintCanvas | null {
  const ratio = make.ratio;
  const left = Math.floor(box.x * ratio) / ratio;
  const top = Math.floor(box.y * ratio) / ratio;
  const width = Math.ceil((box.x + box.width - left) * ratio);
  const height = Math.ceil((box.y + box.height - top) * ratio);
  const made = width > 0 && height > 0 ? make(width, height) : null;
  if (!made) return null;
  const { canvas, ctx } = made;
  ctx.setTransform(ratio, 0, 0, ratio, -left * ratio, -top * ratio);
  const image: CellsImage = {
    type: 'image',
    style: { image: canvas, x: left, y: top, width: width / ratio, height: height / ratio, sWidth: width, sHeight: height },
  };
  return { ctx, ratio, image };
}
