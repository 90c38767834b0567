import { describe, expect, it } from 'vitest';
import { generateDemoData, DEMO_REGIONS, DEMO_TYPES, DEMO_YEARS } from '../../../src/domain/demo/generate-demo';
import { loadCatalog } from '../../helpers/project-files';

const catalog = loadCatalog();

describe('demo data', () => {
  const demo = generateDemoData(catalog);

  it('is deterministic', () => {
    expect(generateDemoData(catalog).observations).toEqual(demo.observations);
  });

  it('covers every department type in every region over 2019–2024, with gaps', () => {
    expect(demo.departments.length).toBe(DEMO_REGIONS.length * DEMO_TYPES.length);
    const full = demo.departments.length * DEMO_YEARS.length * 21;
    expect(demo.observations.length).toBeLessThan(full);
    expect(demo.observations.length).toBeGreaterThan(full * 0.8);
    expect(new Set(demo.observations.map((o) => o.year))).toEqual(new Set(DEMO_YEARS));
  });

  it('keeps rates within 0–100 and counts as non-negative integers', () => {
    for (const o of demo.observations) {
      if (o.unit === '%') {
        expect(o.value).toBeGreaterThanOrEqual(0);
        expect(o.value).toBeLessThanOrEqual(100);
      } else expect(Number.isInteger(o.value) && o.value >= 0).toBe(true);
    }
  });

  it('names every department as a demonstration', () => {
    for (const d of demo.departments) expect(d.name).toContain('演示');
  });
});
