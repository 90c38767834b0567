// The filing board as CSV (UTF-8 with BOM through the shared writer, which neutralises
// cells that start with = + - @).
import { toCsv, type CsvValue } from '../csv/write-csv';
import type { Board } from './board';
import type { Timeliness } from './deadlines';
import { PART_KEYS } from './report-parts';

const TIMELINESS: Record<Timeliness, string> = { 'on-time': '按时', late: '逾期', unknown: '未知' };
const PART_LABELS = ['①主要举措和成效', '②存在的不足和原因', '③第一责任人职责情况', '④下一年度安排', '⑤其他情况'];

const BOARD_CSV_HEADER = [
  '部门',
  '年度',
  '须报送',
  '文件',
  '落款日期',
  '收到日期',
  '报送',
  '公开日期',
  '公开网址',
  '公开',
  ...PART_LABELS,
  '缺少必备内容',
  '数值',
  '待确认',
];

export function boardToCsv(board: Board): string {
  const rows: CsvValue[][] = [BOARD_CSV_HEADER];
  for (const r of board.rows) {
    const f = r.report?.round;
    rows.push([
      r.department,
      board.year,
      r.mustReport ? '是' : '否',
      r.report?.file ?? '未报送',
      f?.signedDate ?? '',
      f?.receivedDate ?? '',
      f ? TIMELINESS[r.submit] : '',
      f?.publishedDate ?? '',
      f?.url ?? '',
      f ? TIMELINESS[r.publish] : '',
      ...PART_KEYS.map((k) => (!f ? '' : f.parts[k] ? f.parts[k].heading : k === 'other' ? '' : '缺')),
      r.missing.length,
      f ? f.figures : '',
      f ? f.needsConfirmation : '',
    ]);
  }
  return toCsv(rows);
}
