// The print job on screen (a preview over the app) and in print: set by printCharts,
// cleared when the user closes the preview. Image URLs are released with their job.
import { useSyncExternalStore } from 'react';
import type { PrintTable } from '../../domain/export/print-table';

export interface PrintChart {
  title: string;
  /** One image per page (a matrix too large for one image has several). */
  imageUrls: string[];
  table: PrintTable;
}

export interface PrintJob {
  id: number;
  heading: string;
  date: string;
  charts: PrintChart[];
}

let job: PrintJob | null = null;
const listeners = new Set<() => void>();
const rendered = new Map<number, () => void>();

function emit(): void {
  for (const l of listeners) l();
}

export function setPrintJob(next: PrintJob | null): void {
  if (job) for (const c of job.charts) for (const url of c.imageUrls) URL.revokeObjectURL(url);
  job = next;
  emit();
}

export function usePrintJob(): PrintJob | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => job,
  );
}

/** Resolves once the sheet has drawn the job with its images decoded (or after `timeoutMs`). */
export function whenRendered(id: number, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      rendered.delete(id);
      resolve();
    }
    rendered.set(id, done);
  });
}

export function markRendered(id: number): void {
  rendered.get(id)?.();
}
