// One shared report worker, request/response by id.
import type { ExtractionResult } from '../domain/extract';
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
  const r = await call({ type: 'extract', text, indicators, ...opts });
  if (r.type !== 'extracted') throw new Error('unexpected worker reply');
  return { result: r.result, ms: r.ms, round: r.round };
}
