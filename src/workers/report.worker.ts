// Thin adapter: .docx → text with mammoth, report text → extracted rows.
/// <reference lib="webworker" />
import { Catalog } from '../domain/catalog/catalog';
import { extractReport } from '../domain/extract';
import { roundFacts } from '../domain/round/review-report';
import type { ReportRequest, ReportResponse } from './report-messages';
import { readRoundFile } from './round-file';

function post(msg: ReportResponse): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);
}

self.onmessage = async (e: MessageEvent<ReportRequest>) => {
  const req = e.data;
  try {
    if (req.type === 'docx') {
      const { default: mammoth } = await import('mammoth/mammoth.browser.js');
      const out = await mammoth.extractRawText({ arrayBuffer: req.bytes });
      post({ type: 'text', id: req.id, text: out.value });
    } else if (req.type === 'round-file') {
      post(await readRoundFile(req));
    } else {
      const t0 = performance.now();
      const result = extractReport(req.text, new Catalog(req.indicators), {
        department: req.department,
        year: req.year,
        sourceName: req.sourceName,
      });
      // The round's facts (parts, signature date) come with every extraction: the text is here.
      post({ type: 'extracted', id: req.id, result, ms: performance.now() - t0, round: roundFacts(req.text, result) });
    }
  } catch (err) {
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
