// Protocol of the report worker: .docx to text, and extraction off the main thread.
import type { ExtractionResult } from '../domain/extract';
import type { RoundFacts } from '../domain/round/review-report';
import type { Indicator } from '../domain/types';

export type ReportRequest =
  | { type: 'docx'; id: number; bytes: ArrayBuffer }
  | { type: 'extract'; id: number; text: string; indicators: readonly Indicator[]; department?: string; year?: number; sourceName: string };

export type ReportResponse =
  | { type: 'text'; id: number; text: string }
  | { type: 'extracted'; id: number; result: ExtractionResult; ms: number; round: RoundFacts }
  | { type: 'error'; id: number; message: string };
