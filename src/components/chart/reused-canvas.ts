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
 * left alone, as changing it soon after it was drawn costs a copy.
 */
export function reusedCanvas(): CanvasMaker {
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
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
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
