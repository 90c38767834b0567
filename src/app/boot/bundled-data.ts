// First start: the sample reports' figures and the demonstration dataset are loaded
// into IndexedDB once. A setting written in the same transaction makes sure they are
// never loaded twice, even with two tabs open; deleting them keeps them deleted.
import departmentsCsv from '../../../data/departments.csv?raw';
import { db } from '../../db/db';
import { writeDataset } from '../../db/repositories/observations-repo';
import { documentId } from '../../queries/import-commit';
import type { Catalog } from '../../domain/catalog/catalog';
import { columnsFromObservations } from '../../domain/observations/columns';
import { describeDepartments } from '../../domain/departments/registry';
import { parseDepartmentsCsv } from '../../domain/departments/parse-departments-csv';
import type { SourceDocument } from '../../domain/types';

import { DEMO_DATASET_ID, DEMO_SETTING, SAMPLE_DATASET_ID, SAMPLE_SETTING } from './bundled-settings';

export const bundledDepartments = () => parseDepartmentsCsv(departmentsCsv);

const reportFiles = import.meta.glob('../../../data/reports/*.txt', { query: '?raw', import: 'default' });

async function loadSampleReports(catalog: Catalog): Promise<void> {
  const [{ parseImportText }, csv] = await Promise.all([
    import('../../domain/csv/parse-import'),
    import('../../../data/sample-reports.csv?raw').then((m) => m.default),
  ]);
  const registry = bundledDepartments();
  const parsed = parseImportText(csv, { fileName: 'sample-reports.csv', catalog });
  const documents: SourceDocument[] = [];
  for (const [path, load] of Object.entries(reportFiles)) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    documents.push({ id: documentId(SAMPLE_DATASET_ID, name), datasetId: SAMPLE_DATASET_ID, name, text: await load() });
  }
  await writeDataset(db, {
    meta: {
      id: SAMPLE_DATASET_ID,
      name: '示例报告（5份法治政府建设情况报告）',
      sourceFile: 'sample-reports.csv',
      importedAt: Date.now(),
      rowCount: parsed.columns.numeric.length,
      kind: 'sample',
      encoding: 'UTF-8',
      documentIds: documents.map((d) => d.id),
    },
    columns: parsed.columns,
    documents,
    departments: describeDepartments(parsed.columns.numeric.departments, registry),
    settings: [{ key: SAMPLE_SETTING, value: true }],
    onlyIfSettingAbsent: SAMPLE_SETTING,
  });
}

async function loadDemo(catalog: Catalog): Promise<void> {
  const { generateDemoData } = await import('../../domain/demo/generate-demo');
  const demo = generateDemoData(catalog);
  await writeDataset(db, {
    meta: {
      id: DEMO_DATASET_ID,
      name: '演示数据（模拟）',
      sourceFile: '系统生成',
      importedAt: Date.now(),
      rowCount: demo.observations.length,
      kind: 'simulated',
    },
    columns: columnsFromObservations(demo.observations),
    departments: demo.departments,
    settings: [{ key: DEMO_SETTING, value: true }],
    onlyIfSettingAbsent: DEMO_SETTING,
  });
}

/** Loads the bundled data that `missing` names (see bundled-settings.ts). */
export async function loadBundledData(catalog: Catalog, missing: { sample: boolean; demo: boolean }): Promise<void> {
  if (missing.sample) await loadSampleReports(catalog);
  if (missing.demo) await loadDemo(catalog);
}

/** Brings the sample reports (and optionally the demo) back after the user deleted them. */
export async function reloadBundledData(catalog: Catalog, which: 'sample' | 'demo'): Promise<void> {
  if (await db.datasets.get(which === 'sample' ? SAMPLE_DATASET_ID : DEMO_DATASET_ID)) return;
  await db.settings.delete(which === 'sample' ? SAMPLE_SETTING : DEMO_SETTING);
  await (which === 'sample' ? loadSampleReports(catalog) : loadDemo(catalog));
}
