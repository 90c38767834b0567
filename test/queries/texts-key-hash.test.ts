import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { storeKeys, textsKeyHash } from '../../src/queries/keys';

describe('textsKeyHash', () => {
  it('gives equal row ids of one table version the same hash, and anything else another', () => {
    const a = textsKeyHash(storeKeys.texts(3, [1, 23, 4]));
    expect(textsKeyHash(storeKeys.texts(3, [1, 23, 4]))).toBe(a);
    expect(textsKeyHash(storeKeys.texts(4, [1, 23, 4]))).not.toBe(a);
    expect(textsKeyHash(storeKeys.texts(3, [12, 3, 4]))).not.toBe(a);
    expect(textsKeyHash(storeKeys.texts(3, [1, 23]))).not.toBe(a);
    expect(textsKeyHash(storeKeys.texts(3, []))).not.toBe(textsKeyHash(storeKeys.texts(3, [0])));
  });

  it('keeps texts queries in the store’s cache: found again by equal ids and refreshed with the store', async () => {
    const qc = new QueryClient();
    let reads = 0;
    const options = (ids: number[]) => ({
      queryKey: storeKeys.texts(1, ids),
      queryKeyHashFn: textsKeyHash,
      queryFn: () => Promise.resolve(ids.map((i) => `row ${i} read ${++reads}`)),
      staleTime: Infinity,
    });
    expect(await qc.fetchQuery(options([5, 6]))).toEqual(['row 5 read 1', 'row 6 read 2']);
    // Another array with the same ids is the same query: answered from the cache.
    expect(await qc.fetchQuery(options([5, 6]))).toEqual(['row 5 read 1', 'row 6 read 2']);
    expect(qc.getQueryCache().findAll({ queryKey: storeKeys.all })).toHaveLength(1);
    await qc.invalidateQueries({ queryKey: storeKeys.all });
    expect(qc.getQueryCache().findAll({ queryKey: storeKeys.all })[0]?.state.isInvalidated).toBe(true);
    expect(await qc.fetchQuery(options([5, 6]))).toEqual(['row 5 read 3', 'row 6 read 4']);
  });
});
