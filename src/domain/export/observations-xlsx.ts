// Observations (a dataset, or the data behind a chart) as an .xlsx workbook: a 「数据」 sheet
// with the same columns as the CSV export (so it re-imports unchanged: values as numbers,
// percentages as numbers with the unit %, missing values absent, formula text neutralised)
// and a text-only 「说明」 sheet (sources, export date, the demo notice).
import { OBSERVATION_HEADER, observationRow, type CsvValue, type ExtraColumns } from '../csv/write-csv';
import { neutralizeFormula } from '../csv/text-cells';
import type { Observation } from '../types';
import { writeXlsx, XLSX_STYLE, type XlsxCell, type XlsxColumn } from './xlsx-writer';

export interface WorkbookNotes {
  title: string;
  exportedAt: Date;
  /** Includes rows of a simulated (demo) dataset. */
  simulated: boolean;
}

/** Widths of observationRow's columns, by position (department … derived). */
const WIDTHS = [26, 8, 30, 30, 12, 8, 8, 60, 26, 8];
const YEAR_COLUMN = 1;
const EVIDENCE_COLUMN = 7;

const text = (s: string): string => neutralizeFormula(s);

const cell = (v: CsvValue): XlsxCell => (typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 'true' : 'false') : text(v ?? ''));

function dataRow(o: Observation, extra: ExtraColumns<Observation> | undefined): XlsxCell[] {
  return (extra ? [...observationRow(o), ...extra.cells(o)] : observationRow(o)).map(cell);
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The 「说明」 sheet: text only, so that a re-import skips it. */
function notesRows(rows: readonly Observation[], notes: WorkbookNotes): string[][] {
  const sources = [...new Set(rows.map((o) => o.source.file ?? '').filter(Boolean))];
  const out = [
    ['名称', notes.title],
    ['导出日期', localDate(notes.exportedAt)],
    ['数据条数', `共 ${rows.length} 条`],
    [
      '数据来源',
      sources.length ? sources.slice(0, 50).join('、') + (sources.length > 50 ? ` 等 ${sources.length} 个文件` : '') : '（未记录）',
    ],
    ['数值说明', '「数值」列为数字，单位见「单位」列；百分比指标的数值是百分数（98.5 表示 98.5%）。没有数值的不列出，缺失不等于 0。'],
    ['公式防护', "以 = + - @ 开头的文字前加了英文单引号「'」，防止被表格软件当作公式执行；重新导入本看板时会自动去掉。"],
  ];
  if (notes.simulated) out.push(['演示数据', '本文件包含演示数据（模拟），仅用于演示，不是真实数据，不能作为工作依据。']);
  return out.map(([k, v]) => [k!, text(v!)]);
}

/** `extra`: columns after the observation's (the data checks' 核查 and 核查说明, text that wraps). */
export function observationsToXlsx(rows: readonly Observation[], notes: WorkbookNotes, extra?: ExtraColumns<Observation>): Uint8Array {
  const columns: XlsxColumn[] = OBSERVATION_HEADER.map((h, i) => ({
    header: h,
    width: WIDTHS[i] ?? 12,
    ...(i === YEAR_COLUMN ? { numberStyle: XLSX_STYLE.plain } : {}),
    ...(i === EVIDENCE_COLUMN ? { wrap: true } : {}),
  }));
  for (const [i, header] of (extra?.header ?? []).entries()) columns.push({ header, width: i ? 40 : 10, wrap: i > 0 });
  return writeXlsx([
    { name: '数据', columns, rows: rows.map((o) => dataRow(o, extra)) },
    {
      name: '说明',
      columns: [
        { header: '项目', width: 12 },
        { header: '内容', width: 90, wrap: true },
      ],
      rows: notesRows(rows, notes),
    },
  ]);
}
