// ECharts draws a decal as a second path over every item, each with a canvas pattern of its
// own made at every draw, and rotated stripes are slow to fill: the hatched (missing) cells of
// a matrix page took about 5 ms of a 30 ms filter change. A decal of plain stripes over a fixed
// fill is drawn here once, as a tile that fills the item itself; other decals are left to ECharts.
import type { EChartsOption } from 'echarts';

/** Plain stripes: solid lines `width` px thick, `gap` px apart, at a multiple of 45°. */
export interface Stripes {
  colour: string;
  width: number;
  gap: number;
  /** Rotation in eighths of a turn, -2…2 (0 = horizontal; 1 = down to the right, as ECharts rotates). */
  eighths: number;
}

/** An ECharts image pattern (the image at `1 / scale` device pixels per chart pixel). */
export interface TilePattern {
  image: HTMLCanvasElement;
  repeat: 'repeat';
  scaleX: number;
  scaleY: number;
}

export type TileMaker = (fill: string, stripes: Stripes) => TilePattern | null;

const EIGHTH = Math.PI / 4;
/** ECharts' decal colour when none is given. */
const DECAL_DEFAULT_COLOUR = 'rgba(0, 0, 0, 0.2)';

const isPositive = (v: unknown): v is number => typeof v === 'number' && v > 0;

/** The stripes a decal draws, or null when it draws anything else (symbols, dashes, odd angles). */
export function stripesOf(decal: unknown): Stripes | null {
  if (!decal || typeof decal !== 'object') return null;
  const d = decal as Record<string, unknown>;
  if ((d.symbol ?? 'rect') !== 'rect' || (d.symbolSize ?? 1) !== 1) return null;
  // Solid along the stripe ([1, 0]) and one line and gap across it ([width, gap]).
  const along = d.dashArrayX;
  const across = d.dashArrayY;
  if (!Array.isArray(along) || along.length !== 2 || !isPositive(along[0]) || along[1] !== 0) return null;
  if (!Array.isArray(across) || across.length !== 2 || !isPositive(across[0]) || !isPositive(across[1])) return null;
  const rotation = d.rotation ?? 0;
  if (typeof rotation !== 'number') return null;
  const eighths = Math.round(rotation / EIGHTH);
  if (Math.abs(rotation - eighths * EIGHTH) > 1e-9 || Math.abs(eighths) > 2) return null;
  const colour = d.color ?? DECAL_DEFAULT_COLOUR;
  if (typeof colour !== 'string') return null;
  return { colour, width: across[0], gap: across[1], eighths };
}

/**
 * The option with every series whose fill is a fixed colour under a stripe decal filled by a
 * tile instead (the same option when there is none, or no tile can be drawn). The option is
 * not changed.
 */
export function withStripeTiles(option: EChartsOption, tile: TileMaker = stripeTile): EChartsOption {
  if (!Array.isArray(option.series)) return option;
  let changed = false;
  const series = option.series.map((s) => {
    const style = (s as { itemStyle?: Record<string, unknown> }).itemStyle;
    const fill = style?.color;
    const stripes = style ? stripesOf(style.decal) : null;
    if (typeof fill !== 'string' || !stripes) return s;
    const pattern = tile(fill, stripes);
    if (!pattern) return s;
    changed = true;
    return { ...s, itemStyle: { ...style, color: pattern, decal: undefined } };
  });
  return changed ? { ...option, series } : option;
}

const tiles = new Map<string, TilePattern | null>();

/** The tile of stripes over a fill at the screen's pixel ratio, drawn once. */
export function stripeTile(fill: string, s: Stripes): TilePattern | null {
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const key = [fill, s.colour, s.width, s.gap, s.eighths, ratio].join('|');
  if (!tiles.has(key)) tiles.set(key, drawTile(fill, s, ratio));
  return tiles.get(key)!;
}

function drawTile(fill: string, s: Stripes, ratio: number): TilePattern | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const period = (s.width + s.gap) * ratio;
  const diagonal = s.eighths % 2 !== 0;
  // A diagonal stripe repeats every period·√2 along either axis: the tile is a whole number
  // of device pixels so that tiles meet without a seam.
  const side = Math.max(2, Math.round(diagonal ? period * Math.SQRT2 : period));
  canvas.width = side;
  canvas.height = side;
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, side, side);
  ctx.strokeStyle = s.colour;
  ctx.lineWidth = s.width * ratio;
  ctx.beginPath();
  if (!diagonal) {
    // Horizontal (0) or vertical (±2) stripes through the middle of the tile.
    const mid = side / 2;
    const vertical = s.eighths !== 0;
    ctx.moveTo(vertical ? mid : 0, vertical ? 0 : mid);
    ctx.lineTo(vertical ? mid : side, vertical ? side : mid);
  } else {
    // Down to the right (1) or up to the right (-1); the lines one tile away fill the corners.
    const down = s.eighths === 1;
    for (const k of [-1, 0, 1]) {
      const y0 = k * side;
      ctx.moveTo(-1, down ? y0 - 1 : y0 + side + 1);
      ctx.lineTo(side + 1, down ? y0 + side + 1 : y0 - 1);
    }
  }
  ctx.stroke();
  return { image: canvas, repeat: 'repeat', scaleX: 1 / ratio, scaleY: 1 / ratio };
}
