// The view state in the URL hash: short keys, only non-default values, and a
// decoder that accepts anything (garbage falls back to defaults, never throws).
import type { Lang } from './charts/labels';
import type { TrendMode } from './charts/models/trend-model';
import type { TrendLayout } from './charts/options/trend-option';
import type { MatrixColourBy } from './charts/models/matrix-model';
import type { PaletteName } from './metrics/colour-scale';

export type View = 'trend' | 'ranking' | 'matrix' | 'profile' | 'table';

export interface State {
  view: View;
  /** Indicator id; '' = none chosen (the app picks a default). */
  indicator: string;
  /** Chosen departments in order (the profile shows the first). */
  departments: string[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Single year of the ranking and matrix views. */
  year: number | null;
  mode: TrendMode;
  layout: TrendLayout;
  sharedY: boolean;
  /** Dataset ids in use; empty = all. */
  datasets: string[];
  lang: Lang;
  /** Matrix colouring. */
  colourBy: MatrixColourBy;
  palette: PaletteName;
  decal: boolean;
}

/** The name the app uses for the state. */
export type UrlState = State;

const VIEWS: readonly View[] = ['trend', 'ranking', 'matrix', 'profile', 'table'];
const MODES: readonly TrendMode[] = ['absolute', 'yoy-abs', 'yoy-pct', 'index'];
const LAYOUTS: readonly TrendLayout[] = ['single', 'small-multiples'];
const LANGS: readonly Lang[] = ['zh', 'en'];
const COLOUR_BY: readonly MatrixColourBy[] = ['rank', 'change'];
const PALETTES: readonly PaletteName[] = ['default', 'cb-safe'];

export const DEFAULT_STATE: Readonly<State> = Object.freeze({
  view: 'trend',
  indicator: '',
  departments: [],
  yearFrom: null,
  yearTo: null,
  year: null,
  mode: 'absolute',
  layout: 'single',
  sharedY: true,
  datasets: [],
  lang: 'zh',
  colourBy: 'rank',
  palette: 'default',
  decal: false,
});

export function defaultState(): State {
  return { ...DEFAULT_STATE, departments: [], datasets: [] };
}

const MAX_TEXT = 200;
const MAX_ITEMS = 2000;
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

/** The hash (without '#') for a state; defaults are left out. */
export function encodeState(state: State): string {
  const p = new URLSearchParams();
  const d = DEFAULT_STATE;
  if (state.view !== d.view) p.set('v', state.view);
  if (state.indicator) p.set('i', state.indicator);
  for (const name of state.departments) p.append('d', name);
  if (state.yearFrom !== null) p.set('from', String(state.yearFrom));
  if (state.yearTo !== null) p.set('to', String(state.yearTo));
  if (state.year !== null) p.set('y', String(state.year));
  if (state.mode !== d.mode) p.set('m', state.mode);
  if (state.layout !== d.layout) p.set('l', state.layout);
  if (state.sharedY !== d.sharedY) p.set('sy', state.sharedY ? '1' : '0');
  for (const id of state.datasets) p.append('ds', id);
  if (state.lang !== d.lang) p.set('lang', state.lang);
  if (state.colourBy !== d.colourBy) p.set('c', state.colourBy);
  if (state.palette !== d.palette) p.set('p', state.palette);
  if (state.decal !== d.decal) p.set('decal', state.decal ? '1' : '0');
  return p.toString();
}

/** Parses a hash ('#v=…', 'v=…' or garbage) into a complete, valid state. */
export function decodeState(hash: unknown): State {
  const state = defaultState();
  if (typeof hash !== 'string') return state;
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(hash.replace(/^[#?]+/, ''));
  } catch {
    return state;
  }
  const get = (k: string) => p.get(k);
  state.view = oneOf(get('v'), VIEWS, state.view);
  state.indicator = text(get('i')) ?? '';
  state.departments = texts(p.getAll('d'));
  state.yearFrom = year(get('from'));
  state.yearTo = year(get('to'));
  if (state.yearFrom !== null && state.yearTo !== null && state.yearFrom > state.yearTo) {
    [state.yearFrom, state.yearTo] = [state.yearTo, state.yearFrom];
  }
  state.year = year(get('y'));
  state.mode = oneOf(get('m'), MODES, state.mode);
  state.layout = oneOf(get('l'), LAYOUTS, state.layout);
  state.sharedY = bool(get('sy'), state.sharedY);
  state.datasets = texts(p.getAll('ds'));
  state.lang = oneOf(get('lang'), LANGS, state.lang);
  state.colourBy = oneOf(get('c'), COLOUR_BY, state.colourBy);
  state.palette = oneOf(get('p'), PALETTES, state.palette);
  state.decal = bool(get('decal'), state.decal);
  return state;
}

function oneOf<T extends string>(v: string | null, allowed: readonly T[], fallback: T): T {
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

function text(v: string | null): string | null {
  if (v === null) return null;
  const t = v.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return t && t.length <= MAX_TEXT ? t : null;
}

function texts(vs: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of vs) {
    const t = text(v);
    if (t === null || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function year(v: string | null): number | null {
  if (v === null || !/^\d{4}$/.test(v.trim())) return null;
  const y = Number(v.trim());
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

function bool(v: string | null, fallback: boolean): boolean {
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return fallback;
}
