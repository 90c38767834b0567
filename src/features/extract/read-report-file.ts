// A report file → its text. Heavy readers (.docx, .pdf) are loaded only when needed
// and run off the main thread (mammoth in our worker, pdf.js in its own).
import { decodeBytes } from '../../domain/csv/decode-bytes';
import { pdfWorker } from '../../workers/pdf-worker-client';
import { docxToText } from '../../workers/report-worker-client';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';

export interface ReportText {
  name: string;
  text: string;
}

function extension(name: string): string {
  return name.toLowerCase().slice(name.lastIndexOf('.') + 1);
}

/** Visible text of a saved web page; DOMParser never runs the page's scripts. */
function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script,style,noscript,template').forEach((n) => n.remove());
  doc.querySelectorAll('br').forEach((n) => n.replaceWith('\n'));
  doc.querySelectorAll('p,div,li,h1,h2,h3,h4,h5,h6,tr,section,article').forEach((n) => n.append('\n'));
  return (doc.body?.textContent ?? '').replace(/\n{3,}/g, '\n\n');
}

async function pdfToText(bytes: ArrayBuffer): Promise<string> {
  // The legacy build: the modern one needs built-ins that Chromium 92 lacks (see workers/pdf.worker.ts).
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerPort ??= pdfWorker();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    // Read chunk by chunk: getTextContent iterates the stream with `for await`, which
    // Chromium before 124 cannot do on a ReadableStream.
    const reader = (page.streamTextContent() as ReadableStream<TextContent>).getReader();
    let s = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      for (const item of chunk.value.items) if ('str' in item) s += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(s);
  }
  await pdf.destroy();
  return pages.join('\n\n');
}

export async function readReportFile(file: File): Promise<ReportText> {
  const ext = extension(file.name);
  const bytes = await file.arrayBuffer();
  if (ext === 'docx') return { name: file.name, text: await docxToText(bytes) };
  if (ext === 'pdf') return { name: file.name, text: await pdfToText(bytes) };
  const decoded = decodeBytes(new Uint8Array(bytes), { fileName: file.name });
  const err = decoded.issues.find((i) => i.severity === 'error');
  if (err) throw new Error(err.message);
  const text = ext === 'html' || ext === 'htm' ? htmlToText(decoded.text) : decoded.text;
  return { name: file.name, text };
}
