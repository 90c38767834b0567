// Files of a drop: plain files and every file inside dropped folders (recursively),
// each with its path inside the folder so that two 「报告.docx」 stay apart.

export interface NamedFile {
  file: File;
  /** Path inside a dropped folder, else the file name. */
  name: string;
}

function entries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns at most 100 entries per call: read until it returns none.
  return new Promise((resolve, reject) => {
    const more = () =>
      reader.readEntries((batch) => {
        if (!batch.length) return resolve(all);
        all.push(...batch);
        more();
      }, reject);
    more();
  });
}

async function walk(entry: FileSystemEntry, out: NamedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, name: entry.fullPath.replace(/^\//, '') || file.name });
  } else if (entry.isDirectory) {
    for (const child of await entries(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

export async function droppedFiles(dt: DataTransfer): Promise<NamedFile[]> {
  const roots = [...dt.items].map((i) => (i.kind === 'file' ? i.webkitGetAsEntry?.() : null));
  if (roots.some((r) => r?.isDirectory)) {
    const out: NamedFile[] = [];
    for (const r of roots) if (r) await walk(r, out);
    return out;
  }
  return [...dt.files].map((file) => ({ file, name: file.name }));
}

export function chosenFiles(files: readonly File[]): NamedFile[] {
  return files.map((file) => ({ file, name: file.webkitRelativePath || file.name }));
}

/** Names made unique within a batch (「报告.docx」, 「报告 (2).docx」). */
export function uniqueNames(files: readonly NamedFile[], taken: Iterable<string>): NamedFile[] {
  const seen = new Set(taken);
  return files.map((f) => {
    let name = f.name;
    for (let k = 2; seen.has(name); k++) name = f.name.replace(/(\.[^.]*)?$/, (ext) => ` (${k})${ext}`);
    seen.add(name);
    return { ...f, name };
  });
}
