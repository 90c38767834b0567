// Clicking something that downloads a file: the file saved under test-results/ and its bytes.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { RESULTS_DIR } from './browser';

export interface Downloaded {
  path: string;
  name: string;
  bytes: Uint8Array;
}

export async function download(page: Page, trigger: Locator, saveAs?: string): Promise<Downloaded> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger.click()]);
  const name = d.suggestedFilename();
  const path = `${RESULTS_DIR}/${saveAs ?? name}`;
  await d.saveAs(path);
  return { path, name, bytes: new Uint8Array(readFileSync(path)) };
}
