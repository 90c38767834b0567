// Year cells: 2023, 2023年, 2023年度, 2023.0, ２０２３ → 2023. Anything else is reported
// with a hint, never guessed (23, 二〇二三, 2023-12-31, 45291, 2022-2023).
import { preview } from './issues';
import { YEAR_MAX, YEAR_MIN } from './limits';

export type YearResult =
  | { kind: 'ok'; year: number; normalized: boolean }
  | { kind: 'missing' }
  | { kind: 'error'; code: 'E_YEAR_INVALID' | 'E_YEAR_OUT_OF_RANGE'; hint: string };

const YEAR = /^(\d{4})(?:\.0+)?(?:年度?)?$/;

/** The latest year accepted: next year at most; a wrong PC clock cannot push it below 2026. */
export function latestYear(currentYear: number): number {
  return Math.max(currentYear, 2025) + 1;
}

export function parseYear(raw: string, currentYear: number): YearResult {
  let year: number;
  let normalized = false;
  if (raw.length === 4 && isDigits(raw)) {
    year = Number(raw);
  } else {
    const s = raw
      .normalize('NFKC')
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
      .trim();
    if (s === '' || s === '-' || s === '—' || s === '/') return { kind: 'missing' };
    const m = YEAR.exec(s);
    if (!m) return { kind: 'error', code: 'E_YEAR_INVALID', hint: yearHint(s) };
    year = Number(m[1]);
    normalized = s !== m[1] || raw !== s;
  }
  if (year < YEAR_MIN || year > YEAR_MAX) {
    return { kind: 'error', code: 'E_YEAR_OUT_OF_RANGE', hint: `年度 ${year} 不在 ${YEAR_MIN}–${latestYear(currentYear)} 之间。` };
  }
  if (year > latestYear(currentYear)) {
    return { kind: 'error', code: 'E_YEAR_OUT_OF_RANGE', hint: `年度 ${year} 晚于当前年份，请检查是否填错。` };
  }
  return { kind: 'ok', year, normalized };
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function yearHint(s: string): string {
  if (/^\d{2}$/.test(s)) return `「${s}」不是完整年份，请填写四位年份，例如 20${s}。`;
  if (/^\d{5}(?:\.0+)?$/.test(s)) return `「${s}」像是 Excel 的日期序列号，请把单元格格式改为「常规」或「文本」后只填写年份（例如 2023）。`;
  if (/^\d{4}\s*[-~～至到—–]\s*\d{2,4}年?度?$/.test(s)) return `「${s}」是年份范围，每行只能填写一个年度。`;
  if (/^\d{4}[-/.年]\d{1,2}/.test(s)) return `「${s}」是日期，请只填写年份（例如 ${s.slice(0, 4)}）。`;
  if (/[〇零一二三四五六七八九]/.test(s)) return `「${s}」使用了汉字数字，请填写阿拉伯数字年份（例如 2023）。`;
  return `「${preview(s, 20)}」不是有效的年度，请填写四位年份，例如 2023 或 2023年。`;
}
