// What the ranking, matrix and profile views and the exports add to ECharts.
// Imported by lazily loaded modules only, so it stays out of the first chunk.
import { BarChart, CustomChart, HeatmapChart } from 'echarts/charts';
import { AriaComponent, DataZoomComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echarts';

echarts.use([BarChart, CustomChart, HeatmapChart, DataZoomComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

export { echarts };
