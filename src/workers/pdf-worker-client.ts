// pdf.js's worker (pdf.worker.ts), one for the page's life: pdf.js talks to it itself
// once it is its workerPort.
let worker: Worker | null = null;

export function pdfWorker(): Worker {
  worker ??= new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}
