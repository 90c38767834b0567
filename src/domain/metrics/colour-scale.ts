// Direction-aware colours: good is always green (or blue in the colour-blind-safe
// palette), bad red (orange), whatever way the indicator points. Neutral
// indicators get a sequential hue that carries no judgement.
import type { Direction } from '../types';

export type PaletteName = 'default' | 'cb-safe';

export interface GoodnessColours {
  bad: string;
  mid: string;
  good: string;
}

/** RdYlGn end points (default) and a blue/orange diverging scale (colour-blind safe). */
export const GOODNESS: Record<PaletteName, GoodnessColours> = {
  default: { bad: '#d73027', mid: '#fee08b', good: '#1a9850' },
  'cb-safe': { bad: '#d55e00', mid: '#d4d4d4', good: '#0072b2' },
};

/** Light → dark sequential scale for neutral indicators. */
export const NEUTRAL: Record<PaletteName, [string, string]> = {
  default: ['#efedf5', '#54278f'],
  'cb-safe': ['#f0f0f0', '#525252'],
};

/** The single colour for neutral bars and unchanged values. */
export const NEUTRAL_SOLID: Record<PaletteName, string> = {
  default: '#7b6fb0',
  'cb-safe': '#737373',
};

export type Tier = 'bad' | 'mid' | 'good';

/** Thirds of a [0, 1] goodness score. */
export function tierOf(score: number): Tier {
  if (score < 1 / 3) return 'bad';
  if (score > 2 / 3) return 'good';
  return 'mid';
}

/** Colour stops for a continuous visual map from bad (min) to good (max). */
export function goodnessStops(palette: PaletteName): [string, string, string] {
  const g = GOODNESS[palette];
  return [g.bad, g.mid, g.good];
}

/** Colour of a goodness score in [0, 1] (0 = worst, 1 = best). */
export function goodnessColour(score: number, palette: PaletteName): string {
  const g = GOODNESS[palette];
  const s = clamp01(score);
  return s <= 0.5 ? mix(g.bad, g.mid, s * 2) : mix(g.mid, g.good, (s - 0.5) * 2);
}

/** Colour of a neutral indicator's position in [0, 1] (0 = smallest). */
function neutralColour(t: number, palette: PaletteName): string {
  const [lo, hi] = NEUTRAL[palette];
  return mix(lo, hi, clamp01(t));
}

/**
 * Colour of a value's position in its ranking: `percentile` is 1 for the
 * first in direction order (best, or largest for neutral indicators).
 */
export function rankColour(percentile: number, direction: Direction, palette: PaletteName): string {
  return direction === 'neutral' ? neutralColour(percentile, palette) : goodnessColour(percentile, palette);
}

export type ChangeTone = 'good' | 'bad' | 'flat' | 'neutral';

/** Whether a change is an improvement: rises are good for 'up', falls for 'down'. */
export function changeTone(direction: Direction, delta: number): ChangeTone {
  if (delta === 0) return 'flat';
  if (direction === 'neutral') return 'neutral';
  return delta > 0 === (direction === 'up') ? 'good' : 'bad';
}

/**
 * Goodness in [-1, 1] of a percentage change, capped at ±`cap` %:
 * +1 is the best possible improvement. Neutral indicators return the signed
 * size of the change (their colours must be neutral).
 */
export function changeScore(direction: Direction, pct: number, cap = 50): number {
  const s = Math.max(-1, Math.min(1, pct / cap));
  return direction === 'down' ? -s : s;
}

/** Colour of a change: green (blue) when good, red (orange) when bad, neutral otherwise. */
export function changeColour(direction: Direction, delta: number, palette: PaletteName): string {
  const tone = changeTone(direction, delta);
  const g = GOODNESS[palette];
  if (tone === 'good') return g.good;
  if (tone === 'bad') return g.bad;
  return NEUTRAL_SOLID[palette];
}

/** ECharts decal patterns (structurally `DecalObject`) that repeat the colour meaning as texture. */
export interface DecalPattern {
  symbol?: string;
  symbolSize?: number;
  color?: string;
  backgroundColor?: string;
  dashArrayX?: number | (number | number[])[];
  dashArrayY?: number | number[];
  rotation?: number;
}

export const TIER_DECALS: Record<Tier, DecalPattern | null> = {
  good: { symbol: 'triangle', symbolSize: 0.5, color: 'rgba(255,255,255,0.55)', dashArrayX: [1, 0], dashArrayY: [4, 3] },
  mid: null,
  bad: { symbol: 'circle', symbolSize: 0.45, color: 'rgba(0,0,0,0.35)', dashArrayX: [[5, 5]], dashArrayY: [5, 5] },
};

/** Hatching of cells with no value: empty background, grey diagonal lines. */
export const MISSING_DECAL: DecalPattern = {
  symbol: 'rect',
  symbolSize: 1,
  color: 'rgba(120,120,120,0.45)',
  dashArrayX: [1, 0],
  dashArrayY: [2, 5],
  rotation: Math.PI / 4,
};

export const MISSING_FILL = '#ffffff';

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0.5;
}

// Palettes hold a handful of colours, mixed for every bar of a ranking on every change.
const parsed = new Map<string, readonly [number, number, number]>();

function parseHex(hex: string): readonly [number, number, number] {
  let rgb = parsed.get(hex);
  if (!rgb) {
    const h = hex.replace('#', '');
    parsed.set(hex, (rgb = [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)]));
  }
  return rgb;
}

/** #rrggbb of each colour mixed so far, by its 24-bit value: a ranking mixes thousands per change, of a few hundred colours. */
const hexOf = new Map<number, string>();

/** Linear RGB mix of two #rrggbb colours. */
function mix(a: string, b: string, t: number): string {
  const ca = parseHex(a);
  const cb = parseHex(b);
  const rgb =
    (Math.round(ca[0] + (cb[0] - ca[0]) * t) << 16) |
    (Math.round(ca[1] + (cb[1] - ca[1]) * t) << 8) |
    Math.round(ca[2] + (cb[2] - ca[2]) * t);
  let hex = hexOf.get(rgb);
  if (hex === undefined) hexOf.set(rgb, (hex = '#' + rgb.toString(16).padStart(6, '0')));
  return hex;
}
