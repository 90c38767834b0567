// Protocol of the report worker: .docx to text, and extraction off the main thread.
import type { ExtractionResult } from '../domain/extract';
import type { RoundFacts } from '../domain/round/review-report';
import type { WebPageMeta } from '../domain/round/web-page-meta';
import type { Indicator } from '../domain/types';

/** How a batch file reaches the worker: its bytes (read there) or text read on the page (.pdf). */
export type RoundFileInput = { kind: 'txt' | 'html' | 'docx'; bytes: ArrayBuffer } | { kind: 'text'; text: string };

export type ReportRequest =
  | { type: 'docx'; id: number; bytes: ArrayBuffer }
  | { type: 'extract'; id: number; text: string; indicators: readonly Indicator[]; department?: string; year?: number; sourceName: string }
  | { type: 'round-file'; id: number; name: string; input: RoundFileInput; indicators: readonly Indicator[] };

export type ReportResponse =
  | { type: 'text'; id: number; text: string }
  | { type: 'extracted'; id: number; result: ExtractionResult; ms: number; round: RoundFacts }
  | {
      type: 'round-read';
      id: number;
      text: string;
      hash: string;
      page: WebPageMeta | null;
      result: ExtractionResult;
      round: RoundFacts;
      ms: number;
    }
  | { type: 'error'; id: number; message: string };
