// A batch file in the report worker: bytes → text (UTF-8/GB18030/UTF-16, saved web page,
// .docx through mammoth, loaded on first use) → extraction and the round's facts.
import { Catalog } from '../domain/catalog/catalog';
import { decodeBytes } from '../domain/csv/decode-bytes';
import { extractReport } from '../domain/extract';
import { htmlText } from '../domain/round/html-text';
import { roundFacts } from '../domain/round/review-report';
import { textHash } from '../domain/round/text-hash';
import { webPageMeta, type WebPageMeta } from '../domain/round/web-page-meta';
import type { Indicator } from '../domain/types';
import type { ReportRequest, ReportResponse, RoundFileInput } from './report-messages';

async function readInput(name: string, input: RoundFileInput): Promise<{ text: string; page: WebPageMeta | null }> {
  if (input.kind === 'text') return { text: input.text, page: null };
  if (input.kind === 'docx') {
    const { default: mammoth } = await import('mammoth/mammoth.browser.js');
    return { text: (await mammoth.extractRawText({ arrayBuffer: input.bytes })).value, page: null };
  }
  const decoded = decodeBytes(new Uint8Array(input.bytes), { fileName: name });
  const err = decoded.issues.find((i) => i.severity === 'error');
  if (err) throw new Error(err.message);
  if (input.kind === 'html') return { text: htmlText(decoded.text), page: webPageMeta(decoded.text) };
  return { text: decoded.text, page: null };
}

// Each message carries a fresh copy of the indicators: the catalog (and the extractor's
// matcher built for it) is kept while the indicators stay the same.
let cached: { key: string; catalog: Catalog } | null = null;

function catalogFor(indicators: readonly Indicator[]): Catalog {
  const key = indicators.map((i) => `${i.id}\t${i.labelZh}\t${i.unit}\t${i.aliases.join('|')}`).join('\n');
  if (cached?.key !== key) cached = { key, catalog: new Catalog(indicators) };
  return cached.catalog;
}

export async function readRoundFile(req: Extract<ReportRequest, { type: 'round-file' }>): Promise<ReportResponse> {
  const t0 = performance.now();
  const { text, page } = await readInput(req.name, req.input);
  if (!text.trim()) throw new Error(`「${req.name}」中没有可读的文字（可能是扫描件或空文件）。`);
  const result = extractReport(text, catalogFor(req.indicators), { sourceName: req.name });
  const round = roundFacts(text, result);
  // The batch needs neither the normalised text nor the skipped numbers: not cloning them
  // to the page keeps its share of the work (deserialising, garbage) small.
  const slim = { ...result, normalizedText: '', skipped: [] };
  return { type: 'round-read', id: req.id, text, hash: textHash(text), page, result: slim, round, ms: performance.now() - t0 };
}
