// A tooltip shows the sentence its value came from, read when the tooltip is shown. A view
// reads no evidence for the rows it draws: at a million rows, the rows of a matrix are
// spread over most of the stored text, and reading it all outlasted the change after.
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ReadEvidence } from './common';
import type { TooltipContent } from './tooltip';

/** ECharts' tooltip formatter; `callback(ticket, html)` replaces the tooltip shown with `ticket`. */
export type EvidenceFormatter = (
  params: TooltipComponentFormatterCallbackParams,
  ticket?: string,
  callback?: (ticket: string, html: string) => void,
) => string;

/**
 * A formatter that shows its tooltips at once (evidence marked as loading) and, when
 * rows awaited their evidence, shows the tooltip again once `read` has brought it.
 */
export function evidenceFormatter(
  contentsOf: (params: TooltipComponentFormatterCallbackParams) => TooltipContent[],
  render: (contents: TooltipContent[]) => string,
  read: ReadEvidence | undefined,
): EvidenceFormatter {
  return (params, ticket, callback) => {
    const contents = contentsOf(params);
    const awaiting = contents.flatMap((c) => c.awaiting ?? []);
    if (awaiting.length && read && ticket !== undefined && callback) {
      // A failed read leaves the rows awaiting: the next hover asks again.
      read(awaiting).then(
        () => callback(ticket, render(contentsOf(params))),
        () => undefined,
      );
    }
    return render(contents);
  };
}
