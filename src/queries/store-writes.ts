// The dataset and department panels' writes (and a dataset's rows for its CSV export) on the
// app's database: components call these and never touch Dexie themselves. Callers
// invalidate the store queries afterwards (useInvalidateStore).
import { db } from '../db/db';
import * as meta from '../db/repositories/meta-repo';
import * as observations from '../db/repositories/observations-repo';
import type { Department, Observation } from '../domain/types';

export const renameDataset = (id: string, name: string): Promise<void> => meta.renameDataset(db, id, name);

export const deleteDataset = (id: string): Promise<void> => observations.deleteDataset(db, id);

export const readDatasetObservations = (id: string): Promise<Observation[]> => observations.readDatasetObservations(db, id);

export const putDepartment = (d: Department): Promise<string> => meta.putDepartment(db, d);

/** Merges department `from` into `to`, dropping the rows that would duplicate `to`'s. */
export const mergeDepartments = (from: string, to: string, dropRows: { chunkId: number; pos: number }[]): Promise<void> =>
  meta.mergeDepartments(db, from, to, dropRows);
