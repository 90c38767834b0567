// What a file's bytes are, whatever its name says: a zip (.xlsx), a compound file
// (.xls, WPS .et, or an encrypted .xlsx), or text (CSV, even when named .xlsx).
export type WorkbookKind = 'xlsx' | 'xls' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

export function workbookKind(bytes: Uint8Array): WorkbookKind {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, CFB)) return 'xls';
  return 'text';
}

/** Encoded UTF-16LE name of a compound-file stream, as it appears in the directory. */
function utf16(name: string): number[] {
  const out: number[] = [];
  for (const ch of name) out.push(ch.charCodeAt(0), 0);
  return out;
}

const ENCRYPTION_INFO = utf16('EncryptionInfo');

function contains(b: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0]!;
  outer: for (let i = b.indexOf(first); i >= 0 && i + needle.length <= b.length; i = b.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** An encrypted .xlsx is a compound file holding an EncryptionInfo stream. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return startsWith(bytes, CFB) && contains(bytes, ENCRYPTION_INFO);
}

export const ENCRYPTED_MESSAGE =
  '工作簿设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中输入密码打开，在「文件」→「信息」→「保护工作簿」→「用密码进行加密」中清空密码（WPS：「文件」→「文档加密」），保存为 .xlsx 后再导入。';

export const WPS_ET_MESSAGE =
  '这是 WPS 表格专用格式（.et），无法直接读取。请在 WPS 中打开后「文件」→「另存为」→「Excel 工作簿（*.xlsx）」再导入。';

export const UNREADABLE_MESSAGE =
  '无法读取这个 Excel 文件（文件可能已损坏或不是 Excel 工作簿）。请在 Excel 或 WPS 中打开后另存为「Excel 工作簿（*.xlsx）」再导入。';
