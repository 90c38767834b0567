// Issues of one import: Chinese messages naming the file, the physical line and the
// column, with previews of user text truncated and made visible.
import type { Issue, IssueSeverity } from '../types';
import { FILE_NAME_CHARS, MAX_ISSUES_PER_CODE, PREVIEW_CHARS } from './limits';

/** Characters never shown raw in a message: controls, bidi overrides, invisible and private-use characters, line breaks. */
const UNSAFE_IN_MESSAGE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069\uE000-\uF8FF\uFEFF]/g;

export function codePoint(ch: string): string {
  return 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** A short, visible rendering of user text for a message: ~50 characters then 「…」. */
export function preview(s: string, max = PREVIEW_CHARS): string {
  const chars = Array.from(s.length > max * 2 + 8 ? s.slice(0, max * 2 + 8) : s);
  const cut = chars.length > max || s.length > max * 2 + 8;
  const shown = chars.slice(0, max).join('');
  return (
    shown.replace(UNSAFE_IN_MESSAGE, (c) => (c === '\n' || c === '\r' ? '↵' : c === '\t' ? '⇥' : `<${codePoint(c)}>`)) + (cut ? '…' : '')
  );
}

/** A file name safe to quote: no path, no controls, at most ~60 characters (keeps the extension). */
function displayFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(UNSAFE_IN_MESSAGE, '');
  const chars = Array.from(base.trim() || '未命名文件');
  if (chars.length <= FILE_NAME_CHARS) return chars.join('');
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base.length - dot <= 8 ? base.slice(dot) : '';
  return chars.slice(0, FILE_NAME_CHARS - ext.length - 1).join('') + '…' + ext;
}

function severityOf(code: string): IssueSeverity {
  return code.startsWith('W_') ? 'warning' : 'error';
}

export interface Place {
  line?: number;
  /** Column header as shown to the user, or 「第 N 列」. */
  column?: string;
}

/** Names the place of a line (and column) of a text made from a workbook: 「2024年!D7」. */
export type Locate = (line: number, column?: string) => string | undefined;

/** Collects issues; keeps the first MAX_ISSUES_PER_CODE of each code and counts the rest. */
export class IssueLog {
  readonly file: string;
  private readonly list: Issue[] = [];
  private readonly perCode = new Map<string, number>();
  errors = 0;
  warnings = 0;

  constructor(
    fileName: string,
    private readonly locate?: Locate,
  ) {
    this.file = displayFileName(fileName);
  }

  /** The message prefix: 文件「a.csv」第 3 行「数值」列：, or 文件「a.xlsx」「2024年!D7」（「数值」列）： */
  where(place: Place = {}): string {
    let s = `文件「${this.file}」`;
    const at = this.locate && place.line ? this.locate(place.line, place.column) : undefined;
    if (at) return `${s}「${at}」${place.column ? `（「${preview(place.column, 30)}」列）` : ''}：`;
    if (place.line !== undefined && place.line > 0) s += `第 ${place.line} 行`;
    if (place.column) s += `「${preview(place.column, 30)}」列`;
    return s + '：';
  }

  /** A cell named inside a message: 「2024年!D7」 in a workbook, 第 3 行「数值」列 in a CSV file. */
  cell(line: number, column: string): string {
    const at = this.locate?.(line, column);
    return at ? `「${at}」` : `第 ${line} 行「${preview(column, 20)}」列`;
  }

  add(code: string, text: string, place: Place = {}): void {
    const severity = severityOf(code);
    if (severity === 'error') this.errors++;
    else this.warnings++;
    const n = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, n);
    if (n > MAX_ISSUES_PER_CODE) return;
    const issue: Issue = { code, severity, message: this.where(place) + text };
    if (place.line !== undefined && place.line > 0) issue.line = place.line;
    if (place.column) issue.column = place.column;
    this.list.push(issue);
  }

  /** Takes over an issue made elsewhere (e.g. by the decoder) unchanged. */
  adopt(issue: Issue): void {
    if (issue.severity === 'error') this.errors++;
    else this.warnings++;
    const n = (this.perCode.get(issue.code) ?? 0) + 1;
    this.perCode.set(issue.code, n);
    if (n <= MAX_ISSUES_PER_CODE) this.list.push(issue);
  }

  count(code: string): number {
    return this.perCode.get(code) ?? 0;
  }

  hasErrorCode(code: string): boolean {
    return this.count(code) > 0;
  }

  /** All issues (optionally reordered), then one summary per code whose list was cut. */
  finish(order?: (list: Issue[]) => Issue[]): Issue[] {
    const out = order ? order(this.list.slice()) : this.list.slice();
    for (const [code, n] of this.perCode) {
      if (n <= MAX_ISSUES_PER_CODE) continue;
      out.push({
        code,
        severity: severityOf(code),
        message: `${this.where()}另有 ${n - MAX_ISSUES_PER_CODE} 处同类问题（${code}）未逐条列出${
          severityOf(code) === 'error' ? '，完整清单请下载「未导入的行」' : ''
        }。`,
      });
    }
    return out;
  }
}

/** 「第 3 列」 for columns without a header. */
export function columnLabel(header: string | undefined, index: number): string {
  const h = (header ?? '').trim();
  return h ? h : `第 ${index + 1} 列`;
}
