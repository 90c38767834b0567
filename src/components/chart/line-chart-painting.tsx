// Painting for a chart of lines: its plain points painted (line-point-painting) and its plain
// legend shown as buttons beside it (html-legend, chart-legend).
import type { ChartPainting } from './chart-painting';
import { ChartLegend, type LegendActions } from './chart-legend';
import { withHtmlLegend } from './html-legend';
import { paintLinePoints } from './line-point-painting';

type Chart = Parameters<ChartPainting['attach']>[0];

export function paintLineChart(): ChartPainting {
  const points = paintLinePoints();
  let chart: Chart | null = null;
  const act: LegendActions = {
    toggle: (name) => chart?.dispatchAction({ type: 'legendToggleSelect', name }),
    highlight: (name) => chart?.dispatchAction({ type: 'highlight', seriesName: name }),
    downplay: (name) => chart?.dispatchAction({ type: 'downplay', seriesName: name }),
  };
  return {
    ...points,
    paint: (option, labels) => {
      const html = withHtmlLegend(option);
      const result = points.paint(html?.option ?? option, labels);
      if (!html) return result;
      return { ...result, overlay: <ChartLegend legend={html.legend} label={labels.legend} act={act} /> };
    },
    attach: (given) => {
      chart = given;
      points.attach(given);
    },
  };
}
