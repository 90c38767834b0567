// One shared report worker, request/response by id. Extraction results come back with
// the user's learned aliases applied.
import { db } from '../db/db';
import { listLearnedAliases } from '../db/repositories/learned-alias-repo';
import type { ExtractionResult } from '../domain/extract';
import { applyLearnedAliases } from '../domain/extract/learned-aliases';
import type { RoundFacts } from '../domain/round/review-report';
import type { Indicator } from '../domain/types';
import type { ReportRequest, ReportResponse } from './report-messages';
import { workerCaller } from './worker-calls';

const call = workerCaller<ReportRequest, ReportResponse>(
  () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' }),
  (detail) => `报告解析组件加载失败：${detail || '未知错误'}。请刷新页面后重试。`,
);

export async function docxToText(bytes: ArrayBuffer): Promise<string> {
  const r = await call({ type: 'docx', bytes }, [bytes]);
  return r.type === 'text' ? r.text : '';
}

export async function extractInWorker(
  text: string,
  indicators: readonly Indicator[],
  opts: { department?: string; year?: number; sourceName: string },
): Promise<{ result: ExtractionResult; ms: number; round: RoundFacts }> {
  const [r, aliases] = await Promise.all([call({ type: 'extract', text, indicators, ...opts }), listLearnedAliases(db)]);
  if (r.type !== 'extracted') throw new Error('unexpected worker reply');
  // What the user corrected in earlier reviews wins over the engine (learned-aliases.ts).
  const ids = new Set(indicators.map((i) => i.id));
  return { result: applyLearnedAliases(r.result, aliases, (id) => ids.has(id)), ms: r.ms, round: r.round };
}
