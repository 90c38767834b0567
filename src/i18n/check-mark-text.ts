// A flagged figure's mark in words: its status (错误 / 需核实 / 已说明), each finding's message and
// the explanation a user gave. Shared by chart tooltips, the data table, exports and briefings.
import type { CheckMark, MarkStatus } from '../domain/checks/finding-index';
import { findingMessage } from './finding-message';
import type { Translate } from './i18n';
import './messages/checks'; // this feature's strings (i18n/registry.ts)

/** An indicator's name for a relation's other side. */
export type IndicatorLabel = (id: string) => string;

export interface MarkText {
  status: string;
  /** 「数据核查：错误」 */
  heading: string;
  /** Each finding's message, followed by 「说明：…」 where it was accepted. */
  lines: string[];
}

function markStatusText(status: MarkStatus, t: Translate): string {
  return t(status === 'error' ? 'checksSeverityError' : status === 'warning' ? 'checksSeverityWarning' : 'checksStatusExplained');
}

export function markText(mark: CheckMark, t: Translate, label: IndicatorLabel): MarkText {
  const status = markStatusText(mark.status, t);
  const lines: string[] = [];
  for (const i of mark.items) {
    lines.push(findingMessage(i.finding, i.other ? label(i.other) : '', t));
    if (i.note !== null) lines.push(t('checksMarkNote', { note: i.note }));
  }
  return { status, heading: t('checksMarkHeading', { status }), lines };
}

/**
 * What an export's 「核查」 and 「核查说明」 cells say: the status, and per finding the
 * explanation, or 「待核实」 with the finding's message while none was given.
 */
export function markExplanation(mark: CheckMark, t: Translate, label: IndicatorLabel): string {
  return mark.items
    .map((i) => i.note ?? `${t('checksMarkPending')}${t('labelColon')}${findingMessage(i.finding, i.other ? label(i.other) : '', t)}`)
    .join(t('checksNoteSeparator'));
}
