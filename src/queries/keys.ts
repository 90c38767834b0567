// Query keys, general to specific: invalidating `storeKeys.all` refreshes everything
// derived from stored data after an import or a delete.
export const storeKeys = {
  all: ['store'] as const,
  table: () => [...storeKeys.all, 'table'] as const,
  datasets: () => [...storeKeys.all, 'datasets'] as const,
  departments: () => [...storeKeys.all, 'departments'] as const,
  indicators: () => [...storeKeys.all, 'indicators'] as const,
  texts: (tableVersion: number, rowIds: readonly number[]) => [...storeKeys.all, 'texts', tableVersion, rowIds] as const,
  document: (id: string) => [...storeKeys.all, 'document', id] as const,
  learnedAliases: () => [...storeKeys.all, 'learned-aliases'] as const,
  checks: (tableVersion: number) => [...storeKeys.all, 'checks', tableVersion] as const,
  checkNotes: () => [...storeKeys.all, 'check-notes'] as const,
  checkIndex: (tableVersion: number) => [...storeKeys.all, 'check-index', tableVersion] as const,
  matrixCells: (tableVersion: number, datasets: readonly string[] | null) =>
    [...storeKeys.all, 'matrix-cells', tableVersion, datasets] as const,
  storage: () => ['storage-estimate'] as const,
};

const rowIdsText = new WeakMap<readonly number[], string>();

/**
 * The texts query's key hash. The default hash stringifies the key through a replacer, value
 * by value, on every render of every view that reads texts: thousands of row ids for a
 * matrix page, about 5 ms a year change (profiled at 4× CPU throttling). The ids are joined
 * once per array.
 */
export function textsKeyHash(key: readonly unknown[]): string {
  const version = key[key.length - 2] as number;
  const rowIds = key[key.length - 1] as readonly number[];
  let ids = rowIdsText.get(rowIds);
  if (ids === undefined) rowIdsText.set(rowIds, (ids = rowIds.join(',')));
  return `texts:${version}:${ids}`;
}
