// Reads the first rows of a file and finds the header row, or says why there is none:
// no header at all (首行应为表头), mojibake (乱码), a two-row header, an unterminated quote.
import type { Catalog } from '../catalog/catalog';
import { findHeaderIndex, isAmbiguousHeader, isBlankRow, looksLikeData, type RawRow } from './header-detect';
import { preview } from './issues';
import { HEADER_SEARCH_ROWS, PEEK_ROWS } from './limits';
import { mojibakeHint } from './mojibake';
import type { CsvRowReader } from './row-reader';

export type HeaderSearch =
  | { kind: 'found'; header: RawRow; titleLines: number[]; peek: string[][] }
  | { kind: 'quote' }
  | { kind: 'fail'; code: string; text: string; line?: number };

export function searchHeader(tok: CsvRowReader, catalog: Catalog): HeaderSearch {
  const rows: RawRow[] = [];
  while (rows.length < HEADER_SEARCH_ROWS + PEEK_ROWS && tok.next()) {
    if (tok.quoteProblem?.kind === 'unterminated') break;
    if (isBlankRow(tok.cells)) continue;
    rows.push({ cells: tok.cells, line: tok.rowLine, start: tok.rowStart, nextPos: tok.pos, nextLine: tok.line });
  }
  const h = findHeaderIndex(rows.slice(0, HEADER_SEARCH_ROWS));
  if (h < 0) {
    if (tok.quoteProblem?.kind === 'unterminated') return { kind: 'quote' };
    if (rows.length === 0) return { kind: 'fail', code: 'E_EMPTY_FILE', text: '文件没有任何内容。' };
    const first = rows[0]!;
    const hint = mojibakeHint(rows.slice(0, 3).map((r) => r.cells));
    if (hint) return { kind: 'fail', code: 'E_MISSING_COLUMN', text: `没有找到表头（部门、年度、指标、数值）。${hint}`, line: first.line };
    const why = looksLikeData(first.cells)
      ? `第 ${first.line} 行「${preview(first.cells.join(tok.delimiter), 40)}」看起来是数据而不是表头。`
      : `前 ${HEADER_SEARCH_ROWS} 行中没有找到含「部门」「年度」「指标」「数值」等列名的表头。`;
    return {
      kind: 'fail',
      code: 'E_MISSING_COLUMN',
      text: `首行应为表头：${why}请在第一行填写列名，例如「部门,年度,指标,数值,单位」。`,
      line: first.line,
    };
  }
  const header = rows[h]!;
  if (isAmbiguousHeader(rows, h, catalog)) {
    return {
      kind: 'fail',
      code: 'E_HEADER_AMBIGUOUS',
      text: '表头占了两行（合并单元格的多级表头），无法确定每列的含义。请把表头整理为一行，例如「部门,年度,指标,数值」或「部门,年度,规范性文件清理数（件）,…」。',
      line: header.line,
    };
  }
  return { kind: 'found', header, titleLines: rows.slice(0, h).map((r) => r.line), peek: rows.slice(h + 1).map((r) => r.cells) };
}
