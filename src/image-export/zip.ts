// Several exported files as one ZIP download. PNGs are already compressed, so they
// are stored, not deflated again. Names are made safe and unique inside the archive.
import { zipSync } from 'fflate';
import { safeFileName } from './save-file';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** Safe names, with 「-2」, 「-3」 … before the extension for repeats (case-insensitive, as on Windows). */
export function uniqueFileNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const name = safeFileName(raw);
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let k = 2; seen.has(candidate.toLowerCase()); k++) candidate = `${stem}-${k}${ext}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}

export function zipEntries(entries: readonly ZipEntry[], mtime: Date = new Date()): Uint8Array<ArrayBuffer> {
  const names = uniqueFileNames(entries.map((e) => e.name));
  const files: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  entries.forEach((e, i) => {
    files[names[i]!] = [e.data, { level: 0, mtime }];
  });
  return zipSync(files);
}
