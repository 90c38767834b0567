// The colour ECharts fills each item of a series with, as it draws the option (server-side,
// the items in view): what a chart shows, whichever way the option says it.
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

type SeriesData = { count: () => number; getItemVisual: (i: number, key: 'style') => { fill?: unknown } };
type Inspectable = { getModel: () => { getSeriesByIndex: (i: number) => { getData: () => SeriesData } } };

export function drawnFills(option: unknown, seriesIndex = 0): string[] {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 500 });
  try {
    chart.setOption(option as EChartsOption, { notMerge: true });
    const data = (chart as unknown as Inspectable).getModel().getSeriesByIndex(seriesIndex).getData();
    return Array.from({ length: data.count() }, (_, i) => String(data.getItemVisual(i, 'style').fill));
  } finally {
    chart.dispose();
  }
}
