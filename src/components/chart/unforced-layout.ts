// ECharts makes its tooltip anew on every setOption with notMerge (every view is replaced),
// and the new tooltip reads where the chart's canvas sits in its element (offsetLeft and
// offsetTop), only to place its first appearance. Read in the middle of React's commit, that
// forces the whole page's layout inside the chart's update: at 4× CPU throttling it held a
// fifth of the longest task of an import. While an option is set, the tooltip gets the offset
// last read instead; it reads it again whenever it is shown, when the layout is up to date.
import type { ECharts } from 'echarts';

interface Offset {
  offsetLeft: number;
  offsetTop: number;
}
interface OffsetReader {
  getViewportRootOffset?: () => Offset | undefined;
}

export function withoutForcedLayout(chart: ECharts): ECharts {
  const painter = (chart.getZr() as unknown as { painter?: OffsetReader }).painter;
  const read = painter?.getViewportRootOffset?.bind(painter);
  if (!painter || !read) return chart;
  let setting = false;
  let last: Offset | undefined = { offsetLeft: 0, offsetTop: 0 };
  painter.getViewportRootOffset = () => (setting ? last : (last = read()));
  const setOption = chart.setOption.bind(chart) as (...args: unknown[]) => void;
  (chart as unknown as { setOption: (...args: unknown[]) => void }).setOption = (...args) => {
    setting = true;
    try {
      setOption(...args);
    } finally {
      setting = false;
    }
  };
  return chart;
}
