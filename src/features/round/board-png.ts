// The filing board as a PNG for a briefing: title, summary line and one line per
// department, drawn on a canvas (text is drawn, never parsed as markup).
import { boardSummaryText } from './summary-text';
import type { Board } from '../../domain/round/board';
import { PART_KEYS } from '../../domain/round/report-parts';
import { EXPORT_FONT_STACK } from '../../image-export/export-font-stack';
import { loadExportFont } from '../../image-export/export-fonts';
import type { Translate } from '../../i18n/i18n';
import { PART_SIGNS, TIMELINESS_KEYS } from '../../i18n/round-part-labels';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

const ROW = 28;
const PAD = 24;
const COLUMNS = [300, 220, 110, 110, 80, 110, 80, 180, 70];

function cellsOf(board: Board, t: Translate): { cells: string[]; problem: boolean }[] {
  return board.rows.map((r) => {
    const f = r.report?.round;
    const parts = f ? PART_KEYS.map((k) => `${PART_SIGNS[k]}${f.parts[k] ? '✓' : k === 'other' ? '—' : '✗'}`).join(' ') : '';
    return {
      problem: !f || r.submit === 'late' || r.missing.length > 0,
      cells: [
        r.department,
        r.report?.file ?? t('roundNotReceived'),
        f?.signedDate ?? '',
        f?.receivedDate ?? '',
        f ? t(TIMELINESS_KEYS[r.submit]) : '',
        f?.publishedDate ?? '',
        f ? t(TIMELINESS_KEYS[r.publish]) : '',
        parts,
        f ? String(f.figures) : '',
      ],
    };
  });
}

function fit(ctx: CanvasRenderingContext2D, s: string, width: number): string {
  if (ctx.measureText(s).width <= width) return s;
  let out = s;
  while (out.length > 1 && ctx.measureText(out + '…').width > width) out = out.slice(0, -1);
  return out + '…';
}

export async function boardPng(board: Board, t: Translate, title: string): Promise<Blob> {
  const header = [
    t('roundColDepartment'),
    t('roundColFile'),
    t('roundColSigned'),
    t('roundColReceived'),
    '',
    t('roundColPublished'),
    '',
    '①–⑤',
    t('roundColFigures'),
  ];
  const lines = cellsOf(board, t);
  const summary = boardSummaryText(board.summary, t);
  await loadExportFont(title + summary + header.join('') + lines.flatMap((l) => l.cells).join('') + '✓✗—①②③④⑤…');
  const width = COLUMNS.reduce((a, b) => a + b, 0) + PAD * 2;
  const height = PAD * 2 + 70 + ROW * (lines.length + 1);
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1d2733';
  ctx.textBaseline = 'middle';
  ctx.font = `600 20px ${EXPORT_FONT_STACK}`;
  ctx.fillText(title, PAD, PAD + 12);
  ctx.font = `15px ${EXPORT_FONT_STACK}`;
  ctx.fillText(summary, PAD, PAD + 44);
  const draw = (cells: string[], y: number, bold: boolean, colour: string) => {
    ctx.font = `${bold ? 600 : 400} 13px ${EXPORT_FONT_STACK}`;
    ctx.fillStyle = colour;
    let x = PAD;
    cells.forEach((c, i) => {
      ctx.fillText(fit(ctx, c, COLUMNS[i]! - 8), x, y + ROW / 2);
      x += COLUMNS[i]!;
    });
    ctx.strokeStyle = '#d7dde4';
    ctx.beginPath();
    ctx.moveTo(PAD, y + ROW);
    ctx.lineTo(width - PAD, y + ROW);
    ctx.stroke();
  };
  let y = PAD + 70;
  ctx.fillStyle = '#eef2f6';
  ctx.fillRect(PAD, y, width - PAD * 2, ROW);
  draw(header, y, true, '#1d2733');
  for (const l of lines) {
    y += ROW;
    draw(l.cells, y, false, l.problem ? '#b3261e' : '#1d2733');
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG 生成失败'))), 'image/png'));
}
