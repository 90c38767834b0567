// The optional Excel case: the generated file as .xlsx imported through the UI in a fresh
// profile (preview and commit times, longest main-thread task), nothing else.
import { launch, pageEval } from './browser';
import type { BenchFile } from './csv-files';
import { importThroughUi, type ImportFigures } from './import-run';

export async function xlsxImportRun(baseUrl: string, file: BenchFile): Promise<ImportFigures> {
  const b = await launch();
  try {
    await b.page.goto(baseUrl);
    await pageEval(b.page, `__bench.when(() => __bench.mainRenders() > 0, 120000).then(() => __bench.quiet(500))`);
    const imp = await importThroughUi(b.page, file);
    if (imp.count_new !== file.rows) throw new Error(`preview counted ${imp.count_new} new rows, expected ${file.rows}`);
    return imp;
  } finally {
    await b.close();
  }
}
