// The indicator catalog is data (data/indicators.csv) so that a supervisor can extend it.
import Papa from 'papaparse';
import type { Direction, Indicator } from '../types';

const DIRECTIONS: readonly Direction[] = ['up', 'down', 'neutral'];

export function parseCatalogCsv(text: string): Indicator[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header) return [];
  const col = new Map(header.map((h, i) => [h.trim(), i]));
  const get = (r: string[], name: string): string => (r[col.get(name) ?? -1] ?? '').trim();
  const out: Indicator[] = [];
  for (const r of rows) {
    const id = get(r, 'id');
    if (!id) continue;
    const direction = get(r, 'direction') as Direction;
    const target = get(r, 'target');
    const ind: Indicator = {
      id,
      category: get(r, 'category'),
      labelZh: get(r, 'label_zh'),
      labelEn: get(r, 'label_en'),
      unit: get(r, 'unit'),
      direction: DIRECTIONS.includes(direction) ? direction : 'neutral',
      aliases: get(r, 'aliases')
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean),
    };
    if (target !== '' && Number.isFinite(Number(target))) ind.target = Number(target);
    const dz = get(r, 'definition_zh');
    const de = get(r, 'definition_en');
    if (dz) ind.definitionZh = dz;
    if (de) ind.definitionEn = de;
    const concepts = get(r, 'concepts')
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    if (concepts.length) ind.concepts = concepts;
    out.push(ind);
  }
  return out;
}
