// Labels of the five parts and of timeliness, shared by the board, its PNG and the batch queue.
import type { Timeliness } from '../domain/round/deadlines';
import type { PartKey } from '../domain/round/report-parts';
import type { MessageKey } from './messages';
import './messages/round'; // this feature's strings (i18n/registry.ts)

export const PART_LABEL_KEYS: Record<PartKey, MessageKey> = {
  measures: 'roundPart1',
  shortcomings: 'roundPart2',
  leader_duty: 'roundPart3',
  next_year: 'roundPart4',
  other: 'roundPart5',
};

export const PART_SIGNS: Record<PartKey, string> = { measures: '①', shortcomings: '②', leader_duty: '③', next_year: '④', other: '⑤' };

export const TIMELINESS_KEYS: Record<Timeliness, MessageKey> = { 'on-time': 'roundOnTime', late: 'roundLate', unknown: 'roundUnknown' };
