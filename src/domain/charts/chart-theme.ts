// Shared look of every chart: colour-blind-aware palettes, fonts and numbers.
import type { PaletteName } from '../metrics/colour-scale';

export type { PaletteName };

/**
 * CJK-first font stack, used on screen and in exports. Quoted with single
 * quotes: ECharts' SVG string renderer writes font-family into a double-quoted
 * style attribute without escaping, so double quotes would break the SVG.
 */
export const FONT_FAMILY = "'Noto Sans SC','Microsoft YaHei','PingFang SC','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif";

/** Tableau 10 (default) and Okabe–Ito (colour-blind safe) series colours. */
export const SERIES_PALETTES: Record<PaletteName, readonly string[]> = {
  default: ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'],
  'cb-safe': ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'],
};

/** Marker shapes; combined with colours they keep series apart without colour vision. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect'] as const;

export const TEXT_COLOUR = '#333333';
export const MUTED_COLOUR = '#6e7079';
export const AXIS_COLOUR = '#b0b3b8';
export const SPLIT_LINE_COLOUR = '#e6e8eb';
export const MEDIAN_COLOUR = '#555555';
export const TARGET_COLOUR = '#0b7285';
export const BADGE_COLOUR = '#b35900';

export function seriesColour(i: number, palette: PaletteName): string {
  const p = SERIES_PALETTES[palette];
  return p[i % p.length]!;
}

/**
 * Marker shape of the i-th series. With `distinct` every series cycles through
 * the shapes; otherwise the shape only changes once the colours run out.
 */
export function seriesSymbol(i: number, palette: PaletteName, distinct: boolean): string {
  const n = SERIES_PALETTES[palette].length;
  const k = distinct ? i : Math.floor(i / n);
  return SYMBOLS[k % SYMBOLS.length]!;
}

/** Hollow variant of an ECharts built-in symbol ('circle' → 'emptyCircle'). */
export function hollowSymbol(symbol: string): string {
  return 'empty' + symbol.charAt(0).toUpperCase() + symbol.slice(1);
}

/**
 * Thousands separators, at most `maxFraction` decimals, no trailing zeros and
 * no "-0". Deterministic (no locale data needed).
 */
export function formatNumber(value: number, maxFraction = 2): string {
  if (!Number.isFinite(value)) return '—';
  const factor = Math.pow(10, maxFraction);
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [int, frac] = rounded.toFixed(maxFraction).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = frac ? frac.replace(/0+$/, '') : '';
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + grouped + (fraction ? '.' + fraction : '');
}

/** Base text style of every option. */
export const TEXT_STYLE = { fontFamily: FONT_FAMILY, color: TEXT_COLOUR, fontSize: 12 } as const;
