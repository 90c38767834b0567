// A workbook (.xlsx or .xls) → the same ParsedImport as a CSV file. Each sheet is read as a
// person reads it (understand-sheet), the chosen sheets become one CSV text (sheets-to-text)
// and go through the CSV pipeline unchanged: layouts, validation, conflicts. Messages then
// name sheet and cell (「2024年!D7」) instead of a line of that text.
import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import { ImportSession } from '../csv/import-session';
import type { ImportOptions, ParsedImport, SheetSummary } from '../csv/import-types';
import { IssueLog, preview } from '../csv/issues';
import { runSessionAsync, runSync } from '../csv/parse-import';
import type { Issue } from '../types';
import { readXlsxFast } from './fast-xlsx';
import { columnLetters, sheetGrid, type NumberFormatter } from './sheet-grid';
import { placeOf, sheetsToText, type SheetText } from './sheets-to-text';
import { ENCRYPTED_MESSAGE, isEncryptedOoxml, UNREADABLE_MESSAGE, workbookKind, WPS_ET_MESSAGE } from './sniff-workbook';
import { understandSheet, type SheetTable, type SkipKind } from './understand-sheet';

/** What this module needs of SheetJS (passed in: the worker loads it lazily). */
export interface SheetLib {
  read(data: Uint8Array, opts: ParsingOptions): WorkBook;
  SSF: NumberFormatter;
}

const READ_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  cellNF: true,
  cellText: false,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
};

const SKIP_NAMES: Record<SkipKind, string> = { title: '标题', summary: '合计', footer: '表尾' };
const SKIPPED_SHOWN = 12;

interface Prepared {
  session: ImportSession;
  finish: (r: ParsedImport) => ParsedImport;
}

function failed(opts: ImportOptions, encoding: string, code: string, text: string): Prepared {
  const session = new ImportSession('', opts, encoding);
  session.fail(code, text);
  return { session, finish: (r) => r };
}

function readBook(bytes: Uint8Array, opts: ImportOptions, lib: SheetLib): { book: WorkBook } | { code: string; text: string } {
  if (isEncryptedOoxml(bytes)) return { code: 'E_ENCRYPTED', text: ENCRYPTED_MESSAGE };
  if (workbookKind(bytes) === 'xls' && /\.et$/i.test(opts.fileName)) return { code: 'E_WPS_ET', text: WPS_ET_MESSAGE };
  if (workbookKind(bytes) === 'xlsx') {
    try {
      return { book: readXlsxFast(bytes) };
    } catch {
      // Whatever the fast reader does not know, SheetJS reads (or explains).
    }
  }
  try {
    return { book: lib.read(bytes, READ_OPTIONS) };
  } catch (err) {
    const msg = String((err as Error)?.message ?? err);
    if (/password|encrypt/i.test(msg)) return { code: 'E_ENCRYPTED', text: ENCRYPTED_MESSAGE };
    return { code: 'E_UNREADABLE_WORKBOOK', text: UNREADABLE_MESSAGE };
  }
}

function summary(t: SheetTable, selected: boolean): SheetSummary {
  const s: SheetSummary = {
    name: t.name,
    status: t.status,
    selected,
    dataRows: t.data.length,
    skipped: t.skipped.map((k) => `${columnLetters(k.col)}${k.row + 1} ${SKIP_NAMES[k.kind]}`),
  };
  if (t.year !== undefined) s.year = t.year;
  if (t.yearFrom) s.yearFrom = t.yearFrom;
  return s;
}

/** Sheet-level notes: skipped sheets, the year taken from a title or name, rows that are not data. */
function sheetNotes(fileName: string, tables: readonly SheetTable[], chosen: ReadonlySet<SheetTable>): Issue[] {
  const log = new IssueLog(fileName);
  for (const t of tables) {
    const name = preview(t.name, 30);
    if (t.status === 'text-only') log.add('W_SHEET_TEXT_ONLY', `工作表「${name}」只有文字、没有数据（如填表说明），已跳过。`);
    else if (t.status === 'no-header') log.add('W_SHEET_NO_HEADER', `工作表「${name}」中没有找到表头（部门、年度、指标等列名），未导入。`);
    if (!chosen.has(t)) continue;
    if (t.year !== undefined)
      log.add(
        'W_SHEET_YEAR',
        `工作表「${name}」没有年度列，按${t.yearFrom === 'title' ? '标题' : '工作表名称'}中的年度取为 ${t.year} 年。`,
      );
    if (t.skipped.length) {
      const shown = t.skipped
        .slice(0, SKIPPED_SHOWN)
        .map((k) => `${SKIP_NAMES[k.kind]} ${t.name}!${columnLetters(k.col)}${k.row + 1}「${preview(k.text, 20)}」`);
      const more = t.skipped.length > SKIPPED_SHOWN ? ` 等 ${t.skipped.length} 行` : '';
      log.add('W_SHEET_ROWS_SKIPPED', `以下行不是数据（标题、填报单位、合计/小计、注/说明/填表人），已跳过：${shown.join('；')}${more}。`);
    }
  }
  return log.finish();
}

/** Line numbers of the made-up text in messages → sheet places; lines of observations → sheet rows. */
function relocate(r: ParsedImport, st: SheetText, tables: readonly SheetTable[], notes: Issue[]): ParsedImport {
  const place = (line: number) => placeOf(st, tables, line) ?? `第 ${line} 行`;
  const text = (s: string) => s.replace(/第 (\d+) 行/g, (_, n: string) => `「${place(Number(n))}」`);
  const sheetRow = (line: number) => (line >= 1 && line <= st.lineRow.length ? st.lineRow[line - 1]! + 1 : line);
  const issues = r.issues.map((i) => {
    const out: Issue = { ...i, message: text(i.message) };
    if (i.line !== undefined) out.line = sheetRow(i.line);
    return out;
  });
  const rejected = r.rejected.map((row) => ({ ...row, line: sheetRow(row.line), place: place(row.line), reasons: row.reasons.map(text) }));
  const lines = r.columns.text.line;
  for (let i = 0; i < lines.length; i++) lines[i] = sheetRow(lines[i]!);
  return { ...r, issues: [...notes, ...issues], rejected, stats: { ...r.stats, warnings: r.stats.warnings + notes.length } };
}

function prepare(bytes: Uint8Array, opts: ImportOptions, lib: SheetLib): Prepared {
  const encoding = workbookKind(bytes) === 'xls' ? 'xls' : 'xlsx';
  const read = readBook(bytes, opts, lib);
  if (!('book' in read)) return failed(opts, encoding, read.code, read.text);
  const tables = read.book.SheetNames.map((name) => understandSheet(sheetGrid(name, read.book.Sheets[name]!, lib.SSF), opts.catalog));
  const wanted = opts.sheets ? new Set(opts.sheets) : null;
  const chosen = tables.filter((t) => t.status === 'data' && (!wanted || wanted.has(t.name)));
  const sheets = tables.map((t) => summary(t, chosen.includes(t)));
  if (tables.every((t) => t.status === 'empty'))
    return withSheets(failed(opts, encoding, 'E_EMPTY_FILE', '工作簿是空的：没有任何工作表含有内容。'), sheets);
  if (!chosen.length) {
    const why = tables.some((t) => t.status === 'data')
      ? '没有选择要导入的工作表。'
      : '没有一个工作表含有可导入的数据表（表头为部门、年度、指标、数值或各指标名称，下面是数值）。';
    return withSheets(failed(opts, encoding, 'E_NO_SHEET_DATA', why), sheets);
  }
  const st = sheetsToText(chosen);
  const session = new ImportSession(st.text, { ...opts, locate: (line, column) => placeOf(st, chosen, line, column) }, encoding);
  const notes = sheetNotes(opts.fileName, tables, new Set(chosen));
  return { session, finish: (r) => ({ ...relocate(r, st, chosen, notes), sheets }) };
}

function withSheets(p: Prepared, sheets: SheetSummary[]): Prepared {
  return { session: p.session, finish: (r) => ({ ...r, sheets }) };
}

/** Parses a workbook's bytes synchronously (Node: tests, `npm run validate`). */
export function parseWorkbook(bytes: Uint8Array, opts: ImportOptions, lib: SheetLib): ParsedImport {
  const p = prepare(bytes, opts, lib);
  return p.finish(runSync(p.session, opts));
}

/** Like parseWorkbook, awaiting `pause()` between slices of rows (a worker receives cancel messages). */
export async function parseWorkbookAsync(
  bytes: Uint8Array,
  opts: ImportOptions,
  lib: SheetLib,
  pause: () => Promise<void>,
): Promise<ParsedImport> {
  const p = prepare(bytes, opts, lib);
  await pause();
  return p.finish(await runSessionAsync(p.session, opts, pause));
}
