// After the last row: conflicting first rows are rejected, the columns are built, file-wide
// checks run (outliers, current year), summary warnings are written, and the report is made.
import { ColumnBuilder, type ObservationColumns } from '../observations/columns';
import { dictAt } from '../observations/string-dict';
import type { Department, Issue } from '../types';
import type { ParsedImport, RejectedRow } from './import-types';
import { preview } from './issues';
import { CsvRowReader } from './row-reader';
import type { FinishedSession } from './session-state';
import { outlierBound } from './units';

function lines(list: readonly number[]): string {
  const shown = list.slice(0, 8).join('、');
  return list.length > 8 ? `${shown} 等 ${list.length} 行` : shown;
}

export function finishImport(s: FinishedSession): ParsedImport {
  const { log, facts } = s;
  let columns: ObservationColumns;
  let rejected: RejectedRow[];
  let departments: Department[] = [];
  if (s.fatal) {
    columns = new ColumnBuilder(16).build();
    rejected = [];
  } else {
    rejected = mergeDeferred(s);
    columns = s.sink.build();
    checkOutliers(s, columns);
    checkCurrentYear(s, columns);
    departments = s.departments.list(columns);
    if (facts.titleLines.length)
      log.add('W_TITLE_ROWS_SKIPPED', `表头上方的第 ${lines(facts.titleLines)} 行（标题或说明）已跳过。`, { line: facts.titleLines[0] });
    if (facts.summaryLines.length)
      log.add('W_SUMMARY_ROW', `第 ${lines(facts.summaryLines)} 行是合计/小计行，已跳过（不作为部门导入，避免重复计数）。`, {
        line: facts.summaryLines[0],
      });
    if (facts.footerLines.length)
      log.add('W_FOOTER_ROW', `第 ${lines(facts.footerLines)} 行是表尾（填报单位、填表人、说明等），已跳过。`, {
        line: facts.footerLines[0],
      });
    if (facts.skippedCells) {
      const cells = facts.skippedShown.map((c) => log.cell(c.line, c.column)).join('、');
      log.add(
        'W_EMPTY_CELLS_SKIPPED',
        `${facts.skippedCells} 个单元格为空或「-」，没有数据，未导入（不会记为 0）：${cells}${facts.skippedCells > facts.skippedShown.length ? ' 等' : ''}。`,
        { line: facts.skippedShown[0]!.line },
      );
    }
    if (facts.customIndicators.size) {
      const names = [...facts.customIndicators]
        .slice(0, 5)
        .map((n) => `「${preview(n, 20)}」`)
        .join('、');
      log.add(
        'W_CUSTOM_INDICATOR',
        `${names}${facts.customIndicators.size > 5 ? ` 等 ${facts.customIndicators.size} 个` : ''}指标不在指标目录中，已按「目录外指标」保存。`,
      );
    }
    if (facts.unitSynonyms.size) {
      const pairs = [...facts.unitSynonyms]
        .slice(0, 5)
        .map(([p, ind]) => `${ind}：${p}`)
        .join('；');
      log.add('W_UNIT_SYNONYM', `以下单位按同义单位统一为指标目录中的单位：${pairs}。`);
    }
    const merged = s.resolver.mergedSpellings(new Set(columns.numeric.departments));
    if (merged.length) {
      const shown = merged
        .slice(0, 5)
        .map((m) => `${m.spellings.map((x) => `「${preview(x, 20)}」`).join('')}→「${preview(m.name, 20)}」`)
        .join('；');
      log.add('W_DEPT_NAME_NORMALIZED', `部门名称的不同写法已统一：${shown}${merged.length > 5 ? ` 等 ${merged.length} 个部门` : ''}。`);
    }
    if (facts.dataRows === 0) {
      log.add('E_NO_DATA', '文件只有表头，没有数据行。');
      s.fatal = true;
    } else if (columns.numeric.length === 0) {
      log.add('E_NO_VALID_ROWS', `${facts.dataRows} 个数据行都有错误，没有可以导入的数据。请按错误提示修改后重新导入。`);
    }
  }
  const issues = log.finish(sortIssues);
  const ok = !s.fatal && columns.numeric.length > 0;
  return {
    ok,
    fileName: s.opts.fileName,
    encoding: s.encoding,
    delimiter: s.delimiter,
    layout: s.plan?.layout ?? 'long',
    headers: s.plan?.headers ?? [],
    columns,
    rejected,
    issues,
    departments,
    stats: {
      dataRows: facts.dataRows,
      records: columns.numeric.length,
      rejected: rejected.length,
      warnings: log.warnings,
      duplicates: facts.duplicates,
      skippedCells: facts.skippedCells,
    },
    skippedCells: facts.skippedShown,
  };
}

function sortIssues(list: Issue[]): Issue[] {
  return list
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i)
    .map((x) => x.issue);
}

/** First rows of conflicting pairs: their cells are read again from the text. */
function mergeDeferred(s: FinishedSession): RejectedRow[] {
  if (!s.deferred.length) return s.rejected;
  const byLine = new Map<number, RejectedRow>();
  for (const r of s.rejected) byLine.set(r.line, r);
  const tok = new CsvRowReader(s.text, s.delimiter);
  // In file order, so that rows parsed ahead serve the next ones.
  const deferred = s.deferred.slice().sort((a, b) => a.rowStart - b.rowStart);
  for (const d of deferred) {
    const existing = byLine.get(d.line);
    if (existing) {
      existing.reasons.push(d.reason);
      continue;
    }
    tok.seek(d.rowStart, d.line);
    tok.next();
    const row: RejectedRow = { line: d.line, cells: tok.cells.slice(), reasons: [d.reason] };
    byLine.set(d.line, row);
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** W_OUTLIER: beyond a plausible bound for the unit, or 100× the indicator's median in this file. */
function checkOutliers(s: FinishedSession, c: ObservationColumns): void {
  const n = c.numeric;
  const groups = n.indicators.length;
  const count = new Uint32Array(groups + 1);
  for (let i = 0; i < n.length; i++) count[n.ind[i]! + 1]!++;
  for (let g = 0; g < groups; g++) count[g + 1]! += count[g]!;
  const sorted = new Float64Array(n.length);
  const fill = count.slice(0, groups);
  for (let i = 0; i < n.length; i++) sorted[fill[n.ind[i]!]!++] = n.value[i]!;
  const median = new Float64Array(groups).fill(NaN);
  for (let g = 0; g < groups; g++) {
    const from = count[g]!;
    const to = count[g + 1]!;
    if (to - from < 10) continue;
    const part = sorted.subarray(from, to).sort();
    median[g] = part[(part.length - 1) >> 1]!;
  }
  const bounds = n.units.map(outlierBound);
  for (let i = 0; i < n.length; i++) {
    const v = n.value[i]!;
    const m = median[n.ind[i]!]!;
    const relative = m > 0 && v >= 1000 && v > 100 * m;
    if (v <= bounds[n.unit[i]!]! && !relative) continue;
    const label = s.opts.catalog.get(n.indicators[n.ind[i]!]!)?.labelZh ?? dictAt(c.text.indicatorTexts, c.text.text[i]!)!;
    s.log.add(
      'W_OUTLIER',
      `「${preview(n.departments[n.dept[i]!]!, 20)}」${n.year[i]} 年「${preview(label, 20)}」为 ${v}，${relative ? `远高于本文件同一指标的中位数 ${m}` : '明显超出常见范围'}，请核对。已导入。`,
      { line: c.text.line[i]! },
    );
  }
}

function checkCurrentYear(s: FinishedSession, c: ObservationColumns): void {
  const current = s.resolver.currentYearValue;
  let latest = 0;
  for (let i = 0; i < c.numeric.length; i++) if (c.numeric.year[i]! > latest) latest = c.numeric.year[i]!;
  if (latest >= current)
    s.log.add('W_CURRENT_YEAR', `包含 ${latest} 年的数据：${latest === current ? '当年' : '该年度'}数据可能尚不完整，年报通常在次年发布。`);
}
