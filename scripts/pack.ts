// npm run -s pack -- DIR | FILE...   Writes datasets/index.json for office data packs: every
// table (.csv, .xlsx, .xls …) and workspace backup (.json.gz) of DIR, or the FILEs given (all
// in one folder). Names, descriptions and versions already in index.json are kept; a new or
// changed file gets today's date as its version. Each file is read with the app's own
// code first: nothing is written if one of them would not load. Next to index.json and
// each pack file F it also writes F.js, through which the one-file edition (opened from
// file://, where a page may not read files) receives the same bytes.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { readPack } from '../src/app/boot/pack-readers';
import { parseTableWith } from '../src/app/boot/parse-table-sync';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { contentHash } from '../src/domain/packs/content-hash';
import { packScriptText } from '../src/domain/packs/pack-script';
import { packBaseName, packFormat, parsePackIndex, type PackEntry } from '../src/domain/packs/pack-index';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (!args.length) {
  console.error('用法：npm run -s pack -- 文件夹  或  npm run -s pack -- 文件1.csv 文件2.json.gz …（同一文件夹中）');
  process.exit(2);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'index.json' && packFormat(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const single = args.length === 1 && statSync(args[0]!).isDirectory();
const dir = resolve(single ? args[0]! : dirname(args[0]!));
const files = single ? filesUnder(dir) : args.map((f) => resolve(f));
const outside = files.filter((f) => relative(dir, f).startsWith('..'));
if (outside.length) {
  console.error(`这些文件不在 ${dir} 中：${outside.join('、')}`);
  process.exit(2);
}

const indexPath = join(dir, 'index.json');
const known = new Map<string, PackEntry>(
  existsSync(indexPath) ? parsePackIndex(JSON.parse(readFileSync(indexPath, 'utf8'))).entries.map((e) => [e.file, e]) : [],
);
const root = fileURLToPath(new URL('../', import.meta.url));
const catalog = new Catalog(parseCatalogCsv(readFileSync(root + 'data/indicators.csv', 'utf8')));
const today = new Date().toISOString().slice(0, 10);

const packs: object[] = [];
let failed = false;
for (const path of files) {
  const file = relative(dir, path).split('\\').join('/');
  const format = packFormat(file);
  const bytes = new Uint8Array(readFileSync(path));
  const hash = contentHash(bytes);
  const old = known.get(file);
  const entry: PackEntry = {
    name: old?.name ?? packBaseName(file),
    file,
    description: old?.description ?? '',
    version: old && old.hash === hash ? old.version : today,
    format: format!,
    hash,
  };
  const read = await readPack(entry, bytes, catalog, parseTableWith(XLSX));
  if (!read.ok) {
    console.error(read.message);
    failed = true;
    continue;
  }
  const rows = read.datasets.reduce((n, d) => n + d.meta.rowCount, 0);
  console.error(`${file}: ${rows} 条数据${old ? (old.hash === hash ? '（未变）' : '（已更新）') : '（新增）'}`);
  packs.push({ name: entry.name, file, description: entry.description, version: entry.version, hash });
}
for (const file of known.keys())
  if (!packs.some((p) => (p as PackEntry).file === file))
    console.error(`${file}: 不再列出（打开看板的用户会收到“已撤下”的提示，数据保留）`);
if (failed) {
  console.error('有文件无法载入，未写入 index.json。');
  process.exit(1);
}
const indexText = JSON.stringify({ packs }, null, 2) + '\n';
writeFileSync(indexPath, indexText);
const script = (file: string, bytes: Buffer) => writeFileSync(join(dir, `${file}.js`), packScriptText(file, bytes.toString('base64')));
script('index.json', Buffer.from(indexText, 'utf8'));
for (const { file } of packs as PackEntry[]) script(file, readFileSync(join(dir, file)));
console.error(`另写入 ${packs.length + 1} 个 .js 文件（单文件版从本地文件夹读取机构数据用），请与数据文件一起复制。`);
console.log(indexPath);
