// The bundled department registry (data/departments.csv) as records. Kept apart from
// registry.ts so that the first chunk, which needs the registry logic, does not need PapaParse.
import Papa from 'papaparse';
import type { Department } from '../types';
import { normalizeText } from '../text/normalize-text';

export function parseDepartmentsCsv(text: string): Department[] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const [header, ...body] = rows;
  if (!header) return [];
  const idx = (n: string) => header.findIndex((h) => h.trim() === n);
  const [iName, iRegion, iType, iAliases] = [idx('name'), idx('region'), idx('type'), idx('aliases')];
  return body
    .map((r) => ({
      name: normalizeText(r[iName] ?? ''),
      region: normalizeText(r[iRegion] ?? ''),
      type: normalizeText(r[iType] ?? ''),
      aliases: (r[iAliases] ?? '').split('|').map(normalizeText).filter(Boolean),
    }))
    .filter((d) => d.name);
}
