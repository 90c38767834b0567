// Which bundled data has been loaded, read on every start. The loader itself
// (bundled-data.ts, with the CSV parser and the demo generator) is fetched only when
// something is missing, so that it stays out of the first chunk.
import { db } from '../../db/db';
import { getSetting } from '../../db/repositories/meta-repo';

export const SAMPLE_DATASET_ID = 'sample-reports';
export const DEMO_DATASET_ID = 'demo-simulated';
export const SAMPLE_SETTING = 'bundled.sample-reports';
export const DEMO_SETTING = 'bundled.demo';

/** Bundled datasets never loaded in this browser (a deleted one stays deleted: its setting remains). */
export async function missingBundledData(): Promise<{ sample: boolean; demo: boolean }> {
  const [sample, demo] = await Promise.all([getSetting(db, SAMPLE_SETTING), getSetting(db, DEMO_SETTING)]);
  return { sample: !sample, demo: !demo };
}
