import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, defaultState, encodeState, type State } from '../../src/domain/url-state';

describe('url state', () => {
  it('round-trips every field', () => {
    const state: State = {
      view: 'matrix',
      indicator: 'normative_docs_cleaned',
      departments: ['司法局', 'A&B=C#局', '财政局 （区）', '+%20'],
      yearFrom: 2020,
      yearTo: 2024,
      year: 2023,
      mode: 'yoy-pct',
      layout: 'small-multiples',
      sharedY: false,
      datasets: ['ds-1', 'ds 2'],
      lang: 'en',
      colourBy: 'change',
      palette: 'cb-safe',
      decal: true,
    };
    const hash = encodeState(state);
    expect(decodeState(hash)).toEqual(state);
    expect(decodeState('#' + hash)).toEqual(state);
  });

  it('encodes the default state as an empty hash', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('tolerates garbage', () => {
    const bad = [
      '#%E4%',
      '%%%',
      'v=<script>&m=nope&l=&sy=maybe&from=20x4&to=99999&y=-1&lang=fr&c=&p=rainbow&decal=2',
      '&&&===',
      'd=&d=%00&d=' + 'x'.repeat(500),
      '\u0000\uffff',
    ];
    for (const h of bad) {
      const s = decodeState(h);
      expect(s.view).toBe('trend');
      expect(s.mode).toBe('absolute');
      expect(s.layout).toBe('single');
      expect(s.lang).toBe('zh');
      expect(s.palette).toBe('default');
      expect(s.yearFrom).toBeNull();
      expect(s.yearTo).toBeNull();
      expect(s.departments).toEqual([]);
    }
    expect(decodeState(undefined)).toEqual(DEFAULT_STATE);
    expect(decodeState(42)).toEqual(DEFAULT_STATE);
  });

  it('swaps a reversed year range and drops duplicate departments', () => {
    const s = decodeState('from=2024&to=2020&d=A&d=B&d=A');
    expect([s.yearFrom, s.yearTo]).toEqual([2020, 2024]);
    expect(s.departments).toEqual(['A', 'B']);
  });
});
