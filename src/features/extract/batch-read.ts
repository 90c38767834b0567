// A batch file on the page: its bytes go to a worker as they are (.txt, .html, .docx are
// read there); a .pdf is read by pdf.js (its own worker) and its text sent on.
import type { RoundFileInput } from '../../workers/report-pool-client';
import { fileKind } from './batch-model';
import { readReportFile } from './read-report-file';

export async function readForWorker(file: File, name: string): Promise<RoundFileInput> {
  const k = fileKind(name);
  if ('refused' in k) throw new Error(k.refused);
  if (k.kind === 'pdf') return { kind: 'text', text: (await readReportFile(file)).text };
  return { kind: k.kind, bytes: await file.arrayBuffer() };
}
