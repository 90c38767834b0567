// A backup as bytes: UTF-8 JSON compressed with gzip (a .json.gz file any unzip tool
// opens). Reading accepts the gzip file or the plain JSON inside it.
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { WorkspaceBackup } from './backup-format';
import { validateBackup, type BackupCheck } from './validate-backup';

const BACKUP_EXTENSION = '.json.gz';

export function encodeBackup(backup: WorkspaceBackup): Uint8Array<ArrayBuffer> {
  // The gzip header's time is the backup's own: the same backup always gives the same bytes.
  return gzipSync(strToU8(JSON.stringify(backup)), { level: 6, mtime: backup.createdAt });
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function decodeBackup(bytes: Uint8Array): BackupCheck {
  let text: string;
  try {
    text = strFromU8(isGzip(bytes) ? gunzipSync(bytes) : bytes);
  } catch {
    return { ok: false, message: '备份文件已损坏：无法解压。' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, message: '这不是法治年报看板的工作区备份文件（无法读取内容）。' };
  }
  return validateBackup(json);
}

/** 「法治年报看板备份-2026-11-23.json.gz」 */
export function backupFileName(date: string): string {
  return `法治年报看板备份-${date}${BACKUP_EXTENSION}`;
}
