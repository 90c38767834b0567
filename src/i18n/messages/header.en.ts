// English for messages/header.ts: loaded only when the interface switches to English.
import type { zh } from './header';

export const en: Record<keyof typeof zh, string> = {
  checksPanel: 'Data checks',
  checksPanelCount: 'Data checks ({n})',
  catalogPanel: 'Indicator catalog',
  roundBoard: 'Filing board',
  roundBatch: 'Collect reports',
  briefing: 'Briefing',
};
