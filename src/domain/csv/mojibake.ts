// The 乱码 hint: UTF-8 text that was decoded as GBK somewhere (Excel opening a UTF-8
// file without BOM) becomes plausible Chinese gibberish, e.g. 部门 → 閮ㄩ棬. Encoding
// such a cell back to GB18030 bytes and decoding them as UTF-8 recovers the original.
import { fieldOf } from './header-aliases';
import { encodeGb18030 } from './gbk-encoder';
import { hasHan } from './text-cells';

/** The UTF-8 text a mojibake cell came from, or null when the cell is not mojibake. */
function recoverMojibake(cell: string): string | null {
  const s = cell.trim();
  if (!s || !/[^\x00-\x7F]/.test(s)) return null;
  const bytes = encodeGb18030(s);
  if (!bytes) return null;
  const recovered = new TextDecoder('utf-8').decode(bytes).replace(/[\uFFFD?]+$/, '');
  if (!recovered || recovered === s || !hasHan(recovered)) return null;
  const bad = (recovered.match(/\uFFFD/g) ?? []).length;
  return bad <= 1 ? recovered : null;
}

/** A hint when header-like cells look like mojibake, naming one example; '' otherwise. */
export function mojibakeHint(rows: readonly (readonly string[])[]): string {
  let clean = 0;
  let example = '';
  for (const row of rows) {
    for (const cell of row) {
      const r = recoverMojibake(cell);
      if (!r) continue;
      clean++;
      if (!example || fieldOf(r)) example = `「${cell.trim().slice(0, 12)}」应为「${r.slice(0, 12)}」`;
      if (fieldOf(r)) {
        return `表头是乱码（例如${example}）：文件很可能是 UTF-8 编码，却被按 GBK 打开后又保存过。请找到原始文件重新导入，或在 Excel 中用「数据」→「从文本/CSV」并选择 UTF-8 编码打开后另存为「CSV UTF-8（逗号分隔）」。`;
      }
    }
  }
  return clean >= 2 ? `表头疑似乱码（例如${example}），可能是编码错误：请确认文件编码，或在导入时手动选择编码。` : '';
}
