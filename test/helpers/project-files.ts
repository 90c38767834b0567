// Reads files of the project (never ../shared) for tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../../src/domain/catalog/parse-catalog';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readProjectFile(rel: string): string {
  return readFileSync(ROOT + rel, 'utf8');
}

export function readProjectBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(ROOT + rel));
}

export function loadCatalog(): Catalog {
  return new Catalog(parseCatalogCsv(readProjectFile('data/indicators.csv')));
}
