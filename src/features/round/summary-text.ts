// The filing board's summary line, shown on the board and drawn into its PNG.
import type { BoardSummary } from '../../domain/round/board';
import type { Translate } from '../../i18n/i18n';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

/** 「应报 0，已报 0，逾期 3」 alone would not say where the 3 come from: reports of unlisted departments are named. */
export function boardSummaryText(summary: BoardSummary, t: Translate): string {
  const text = t('roundSummary', { ...summary });
  return summary.unlisted > 0 ? text + t('roundSummaryUnlisted', { unlisted: summary.unlisted }) : text;
}
