// Export sizes: presets, custom sizes kept within what browsers can draw, and the
// pixel ratio clamped so that the canvas never exceeds the largest area browsers render.

export interface ImageSize {
  width: number;
  height: number;
}

/** Smallest and largest side of a custom export size, in CSS pixels. */
export const MIN_SIDE = 200;
export const MAX_SIDE = 4000;

/** Largest canvas area browsers reliably render (Safari's limit); 4000 × 4000 fits at 1×. */
export const MAX_CANVAS_AREA = 16_777_216;

/** The highest pixel ratio (≥ 1, two decimals) at which `size` stays within MAX_CANVAS_AREA. */
export function clampPixelRatio(size: ImageSize, ratio: number): number {
  const r = Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
  const area = size.width * size.height;
  if (!(area > 0)) return 1;
  const maxRatio = Math.sqrt(MAX_CANVAS_AREA / area);
  return Math.max(1, Math.min(r, Math.floor(maxRatio * 100) / 100));
}

function side(v: number, fallback: number): number {
  if (!Number.isFinite(v)) return fallback;
  return Math.min(MAX_SIDE, Math.max(MIN_SIDE, Math.round(v)));
}

/** A custom size from user input: whole pixels between MIN_SIDE and MAX_SIDE. */
export function normaliseSize(width: number, height: number, fallback: ImageSize = { width: 1280, height: 720 }): ImageSize {
  return { width: side(width, fallback.width), height: side(height, fallback.height) };
}
