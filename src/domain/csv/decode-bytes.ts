// Bytes → text. Magic bytes, BOM, BOM-less UTF-16, strict UTF-8, mixed-encoding check,
// then GB18030 (reported as 「GBK」: the WHATWG gbk decoder is the gb18030 decoder).
// The whole buffer is decoded at once, so no character is ever split at a read boundary.
import type { Issue } from '../types';
import { IssueLog } from './issues';
import { MAX_IMPORT_BYTES } from './limits';
import { mojibakeHint } from './mojibake';
import { controlByteCount, lineAtByte, scanUtf8Lines, sniffNulPattern } from './utf8-scan';

export type TextEncodingName = 'UTF-8' | 'UTF-8-BOM' | 'UTF-16LE' | 'UTF-16BE' | 'GBK';

export interface DecodedText {
  /** Decoded text without any U+FEFF; empty when `ok` is false. */
  text: string;
  encoding: TextEncodingName | '';
  ok: boolean;
  issues: Issue[];
}

const MAGIC: { bytes: number[]; kind: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'Excel 工作簿（.xlsx）或压缩包' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: '旧版 Excel（.xls）或 WPS 表格文件' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF 文件' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF 图片' },
  { bytes: [0x1f, 0x8b], kind: 'gzip 压缩包' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'RAR 压缩包' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: '7z 压缩包' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'RTF 文档' },
];

const SAVE_AS_HINT = '请在 Excel 或 WPS 中打开后「另存为」→「CSV UTF-8（逗号分隔）(*.csv)」再导入。';

function startsWith(b: Uint8Array, sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

/** Normalises a user's encoding choice; '' = automatic. */
export function normalizeEncodingChoice(choice: string | undefined): TextEncodingName | '' | undefined {
  const c = (choice ?? '').trim().toUpperCase().replace(/[_\s]/g, '-');
  if (c === '' || c === 'AUTO' || c === '自动') return '';
  if (c === 'UTF-8' || c === 'UTF8' || c === 'UTF-8-BOM') return 'UTF-8';
  if (c === 'GBK' || c === 'GB18030' || c === 'GB2312' || c === 'CP936' || c === 'ANSI') return 'GBK';
  if (c === 'UTF-16LE' || c === 'UTF-16' || c === 'UNICODE') return 'UTF-16LE';
  if (c === 'UTF-16BE') return 'UTF-16BE';
  return undefined;
}

const LABEL: Record<TextEncodingName, string> = {
  'UTF-8': 'utf-8',
  'UTF-8-BOM': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GBK: 'gb18030',
};

function tryDecode(bytes: Uint8Array, enc: TextEncodingName): string | null {
  try {
    // ignoreBOM: false strips a leading BOM of the decoder's own encoding.
    return new TextDecoder(LABEL[enc], { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function stripFeff(text: string): string {
  return text.indexOf('\uFEFF') < 0 ? text : text.replace(/\uFEFF/g, '');
}

/** Line of the first character a lenient decoder could not decode (UTF-16 and forced encodings). */
function firstUndecodableLine(bytes: Uint8Array, enc: TextEncodingName): number {
  const lenient = new TextDecoder(LABEL[enc]).decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  if (at < 0) return 0;
  let line = 1;
  for (let i = 0; i < at; i++) {
    const c = lenient.charCodeAt(i);
    if (c === 10 || (c === 13 && lenient.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

export function decodeBytes(bytes: Uint8Array, opts: { fileName: string; encoding?: string }): DecodedText {
  const log = new IssueLog(opts.fileName);
  const fail = (code: string, text: string, line?: number): DecodedText => {
    log.add(code, text, { line });
    return { text: '', encoding: '', ok: false, issues: log.finish() };
  };
  const done = (text: string, encoding: TextEncodingName): DecodedText => ({
    text: stripFeff(text),
    encoding,
    ok: true,
    issues: log.finish(),
  });

  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail(
      'E_FILE_TOO_LARGE',
      `文件大小 ${(bytes.length / 1048576).toFixed(0)} MB，超过上限 ${MAX_IMPORT_BYTES / 1048576} MB。请按年度或部门拆分后分别导入。`,
    );
  }
  if (bytes.length === 0) return fail('E_EMPTY_FILE', '文件是空的（0 字节）。');
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes))
      return fail('E_NOT_CSV', `这不是 CSV 文本文件，而是「${m.kind}」（只是扩展名为 .csv）。${SAVE_AS_HINT}`);
  }

  const choice = normalizeEncodingChoice(opts.encoding);
  if (choice === undefined) log.add('W_ENCODING_OVERRIDE_IGNORED', `不认识所选编码「${opts.encoding}」，已改为自动识别。`);

  let bom: TextEncodingName | '' = '';
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) bom = 'UTF-8-BOM';
  else if (startsWith(bytes, [0xff, 0xfe])) bom = 'UTF-16LE';
  else if (startsWith(bytes, [0xfe, 0xff])) bom = 'UTF-16BE';

  if (bom) {
    const bomFamily = bom === 'UTF-8-BOM' ? 'UTF-8' : bom;
    if (choice && choice !== bomFamily) {
      log.add(
        'W_ENCODING_OVERRIDE_IGNORED',
        `文件开头有 ${bomFamily} 字节顺序标记（BOM），按标准以 BOM 为准，已忽略所选的「${choice}」编码。`,
      );
    }
    const text = tryDecode(bytes, bom);
    if (text !== null) return done(text, bom);
    if (bom === 'UTF-8-BOM') return utf8Failure(bytes, log);
    return fail(
      'E_ENCODING_CORRUPT',
      `文件标记为 ${bom}，但第 ${firstUndecodableLine(bytes, bom)} 行附近有无法解码的内容（文件可能已损坏或被截断）。`,
      firstUndecodableLine(bytes, bom),
    );
  }

  const nul = sniffNulPattern(bytes);
  if (choice) {
    const text = tryDecode(bytes, choice);
    if (text !== null) return done(text, choice);
    const line = choice === 'UTF-8' ? (scanUtf8Lines(bytes).firstBad?.line ?? 0) : firstUndecodableLine(bytes, choice);
    return fail('E_ENCODING_INVALID', `按所选的「${choice}」编码无法解码第 ${line} 行。请改为「自动识别」或选择其他编码。`, line);
  }
  if (nul === 'UTF-16LE' || nul === 'UTF-16BE') {
    const text = tryDecode(bytes, nul);
    if (text !== null) return done(text, nul);
    return fail('E_ENCODING_UNKNOWN', `文件看起来是没有 BOM 的 ${nul} 文本，但无法完整解码。${SAVE_AS_HINT}`);
  }
  const ctl = controlByteCount(bytes);
  if (nul === 'binary' || (ctl.count >= 8 && ctl.count > ctl.sample * 0.005)) {
    return fail('E_NOT_CSV', `文件含有大量二进制控制字符，不是 CSV 文本文件。${SAVE_AS_HINT}`);
  }
  const utf8 = tryDecode(bytes, 'UTF-8');
  if (utf8 !== null) return done(utf8, 'UTF-8');
  return utf8Failure(bytes, log);
}

/** Strict UTF-8 failed: mixed encodings, one corrupted byte, or a GBK file. */
function utf8Failure(bytes: Uint8Array, log: IssueLog): DecodedText {
  const fail = (code: string, text: string, line?: number): DecodedText => {
    log.add(code, text, { line });
    return { text: '', encoding: '', ok: false, issues: log.finish() };
  };
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const scan = scanUtf8Lines(bytes);
  const bad = scan.firstBad!;
  if (scan.validWideLines > 0 || hasBom) {
    // A UTF-8 file opened as GBK and saved again as GBK: its bytes are mostly the original
    // UTF-8 again, damaged where characters were lost. Decoded as GBK it shows the mojibake,
    // which the header check then explains (乱码 hint). Pasted GBK lines (E8) or one bad
    // byte (E14) leave most lines intact, so they are not taken for this.
    const gbkText = scan.badLines >= scan.validWideLines ? tryDecode(bytes, 'GBK') : null;
    if (gbkText !== null && mojibakeHint(firstLines(gbkText, 3)))
      return { text: stripFeff(gbkText), encoding: 'GBK', ok: true, issues: log.finish() };
    const badLine = bytes.subarray(bad.lineStart, bad.lineEnd);
    const looksGbk = bad.invalid > bad.validMultibyte && tryDecode(badLine, 'GBK') !== null;
    if (looksGbk) {
      return fail(
        'E_ENCODING_MIXED',
        `文件大部分是 UTF-8 编码，但第 ${bad.line} 行是另一种编码（多为 GBK，常见于从其他表格复制粘贴的行），共 ${scan.badLines} 行。请在 Excel 中把整个文件另存为「CSV UTF-8（逗号分隔）」后再导入。`,
        bad.line,
      );
    }
    return fail(
      'E_ENCODING_CORRUPT',
      `第 ${bad.line} 行含有损坏的字节（文件第 ${bad.offset + 1} 个字节附近，不是有效的 UTF-8）。文件可能在传输中损坏，请重新导出后再导入。`,
      bad.line,
    );
  }
  const gbk = tryDecode(bytes, 'GBK');
  if (gbk !== null) {
    const text = stripFeff(gbk);
    return { text, encoding: 'GBK', ok: true, issues: log.finish() };
  }
  const line = gbkFailureLine(bytes);
  return fail('E_ENCODING_UNKNOWN', `无法识别文件编码：既不是 UTF-8，也不是 GBK/GB18030（第 ${line} 行无法解码）。${SAVE_AS_HINT}`, line);
}

function firstLines(text: string, n: number): string[][] {
  return text
    .slice(0, 4096)
    .split(/\r\n|\r|\n/, n)
    .map((l) => l.split(/[,;\t]/));
}

function gbkFailureLine(bytes: Uint8Array): number {
  const dec = new TextDecoder('gb18030', { fatal: true });
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      dec.decode(bytes.subarray(start, end));
    } catch {
      return lineAtByte(bytes, start);
    }
    start = end + 1;
  }
  return 1;
}
