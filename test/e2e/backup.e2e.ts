// Workspace backup on one computer, restore on another (a fresh browser profile):
// every dataset comes back identical, compared through a full CSV export of each.
import { afterAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { download, type Downloaded } from './downloads';
import { importCsv } from './helpers';

const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});

async function open(): Promise<Session> {
  const s = await openSession();
  sessions.push(s);
  await s.page.goto(s.baseUrl);
  await waitForChart(s.page);
  return s;
}

interface DatasetRow {
  name: string;
  rows: string;
}

async function datasetRows(s: Session): Promise<DatasetRow[]> {
  const rows = s.page.getByTestId('datasets-table').locator('tbody tr');
  await rows.first().waitFor();
  const out: DatasetRow[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator('td');
    out.push({ name: (await cells.nth(0).textContent())!, rows: (await cells.nth(4).textContent())! });
  }
  return out;
}

/** Every dataset's full CSV export, by dataset name (the datasets panel must be open). */
async function exportAll(s: Session, tag: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const d of await datasetRows(s)) {
    const row = s.page.getByTestId('datasets-table').locator('tbody tr').filter({ hasText: d.name });
    const file: Downloaded = await download(s.page, row.getByRole('button', { name: /导出数据 CSV/ }), `backup-${tag}-${d.name}.csv`);
    out.set(d.name, new TextDecoder().decode(file.bytes));
  }
  return out;
}

describe('workspace backup', () => {
  let backup: Downloaded;
  let before: DatasetRow[];
  let exported: Map<string, string>;

  it('backs up every dataset of one profile into one file', async () => {
    const s = await open();
    await importCsv(s.page, 'test/fixtures/e2e/formula-cells.csv');
    await s.page.getByRole('button', { name: '数据集管理' }).click();
    before = await datasetRows(s);
    expect(before.map((d) => d.name)).toEqual(['示例报告（5份法治政府建设情况报告）', '演示数据（模拟）', 'formula-cells']);
    exported = await exportAll(s, 'a');
    backup = await download(s.page, s.page.getByRole('button', { name: '备份工作区' }));
    expect(backup.name).toMatch(/^法治年报看板备份-\d{4}-\d{2}-\d{2}\.json\.gz$/);
    expect([backup.bytes[0], backup.bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(await s.page.getByRole('status').filter({ hasText: '已备份 3 个数据集' }).count()).toBe(1);
    expect(s.problems).toEqual([]);
  });

  it('restores it into a fresh profile with a preview, giving identical data', async () => {
    const s = await open();
    await importCsv(s.page, 'test/fixtures/e2e/new-department.csv');
    await s.page.getByRole('button', { name: '数据集管理' }).click();
    await s.page.getByLabel('选择备份文件').setInputFiles(backup.path);
    const preview = s.page.getByTestId('restore-preview');
    await preview.waitFor();
    const total = before.reduce((n, d) => n + Number(d.rows.replace(/,/g, '')), 0);
    expect(await preview.textContent()).toContain(`3 个数据集，${total.toLocaleString()} 条数据`);
    // Merge: the bundled datasets are the same datasets, the local import stays.
    const count = async (id: string) => Number(await preview.getByTestId(id).locator('strong').textContent());
    expect(await count('restore-add')).toBe(1);
    expect(await count('restore-replace')).toBe(2);
    expect(await count('restore-keep')).toBe(1);
    await preview.getByLabel('替换（先清空本机数据）').check();
    expect(await count('restore-remove')).toBe(1);
    expect(await preview.getByTestId('restore-remove').textContent()).toContain('new-department');
    await s.page.screenshot({ path: `${RESULTS_DIR}/backup-restore-preview.png`, fullPage: true });
    await preview.getByRole('button', { name: '确认恢复' }).click();
    await s.page.getByRole('status').filter({ hasText: '恢复完成：3 个数据集' }).waitFor();
    expect(await datasetRows(s)).toEqual(before);
    const again = await exportAll(s, 'b');
    expect([...again.keys()]).toEqual([...exported.keys()]);
    for (const [name, csv] of exported) expect(again.get(name), name).toBe(csv);
    // The restored data is what the views show, also after a reload.
    await s.page.getByRole('button', { name: '关闭' }).click();
    await s.page.reload();
    await waitForChart(s.page);
    // The first chart may be the view kept at the last visit, drawn before the filters list the datasets.
    await s.page.getByRole('checkbox', { name: 'formula-cells' }).waitFor();
    expect(await s.page.getByRole('checkbox', { name: 'formula-cells' }).count()).toBe(1);
    expect(await s.page.getByRole('checkbox', { name: 'new-department' }).count()).toBe(0);
    expect(s.problems).toEqual([]);
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const s = sessions[1]!;
    await s.page.getByRole('button', { name: '数据集管理' }).click();
    await s.page.getByLabel('选择备份文件').setInputFiles('test/fixtures/e2e/new-department.csv');
    await s.page.getByRole('alert').filter({ hasText: '不是法治年报看板的工作区备份文件' }).waitFor();
    expect(await s.page.getByTestId('restore-preview').count()).toBe(0);
    expect(await datasetRows(s)).toEqual(before);
  });
});
