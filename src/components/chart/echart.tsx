// The only place the app renders ECharts. Options are complete and built by pure
// functions, so they are set with notMerge; a new option object means new data.
// The chart is created and drawn while React commits, before the browser paints: a chart
// that replaces another (the kept first view's, at start-up) never shows an empty frame.
import type { EChartsOption } from 'echarts';
import { useCallback, useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { echarts } from '../../lib/echarts';
import type { ChartLabels, ChartPainting } from './chart-painting';
import { useChartPainting } from './use-chart-painting';
import { ImmediateECharts, RENDERER } from './immediate-echarts';

type EChartsInstance = ReturnType<typeof echarts.init>;

/** The parts of ECharts' instance (not in its public types) that `labelLayout`, `legendBox` and `titleBoxes` read. */
interface InspectableChart {
  getModel: () => {
    getComponent: (
      type: string,
      index?: number,
    ) =>
      | { get: (key: string) => unknown; coordinateSystem?: { getRect: () => { x: number; y: number; width: number; height: number } } }
      | undefined;
  };
  getViewOfComponentModel: (
    model: unknown,
  ) => { group: { x: number; y: number; getBoundingRect: () => { x: number; y: number; width: number; height: number } } } | undefined;
  getWidth: () => number;
  getHeight: () => number;
}

export interface EChartProps {
  option: EChartsOption;
  /** Short text summary for screen readers (the data table is the full alternative). */
  summary: string;
  style?: CSSProperties;
  onReady?: (chart: EChartsInstance) => void;
  onEvents?: Record<string, (params: unknown) => void>;
  testId?: string;
  /** Receives the chart's frame element (e.g. to measure its width). */
  frameRef?: (el: HTMLElement | null) => void;
  /** Paints parts of the option (heatmap cells, line points) instead of ECharts drawing them one element each. */
  painter?: () => ChartPainting;
  /** Words the painter shows (a legend's name); needed with a painter. */
  labels?: ChartLabels;
  /** Controls shown over the chart, outside its frame (a view's own scroll bar). */
  overlay?: ReactNode;
}

/**
 * Read-only access to the data a chart shows, for automated checks (browser tests,
 * the benchmark): `window.fazhiCharts.seriesData('main-chart')` returns the series data.
 */
const inspected = new Map<string, EChartsInstance>();
/** The option each inspected chart was given (before its cells were painted; see painted-cells). */
const given = new Map<string, () => EChartsOption>();

/** The box a component is drawn in (its whole content, clipped or not), in chart pixels. */
function drawnBox(c: InspectableChart, type: string, index: number) {
  const model = c.getModel().getComponent(type, index);
  const group = model ? c.getViewOfComponentModel(model)?.group : undefined;
  if (!group) return null;
  const r = group.getBoundingRect();
  return { x: group.x + r.x, y: group.y + r.y, width: r.width, height: r.height };
}
function registerForInspection(testId: string | undefined, chart: EChartsInstance, option: () => EChartsOption): void {
  if (!testId) return;
  inspected.set(testId, chart);
  given.set(testId, option);
  const w = window as unknown as { fazhiCharts?: object };
  w.fazhiCharts ??= {
    seriesData: (id: string) => {
      const c = inspected.get(id);
      if (!c || c.isDisposed()) return null;
      const series = (given.get(id)!() as { series?: { name?: string; data?: unknown[] }[] }).series ?? [];
      // Typed series data (the matrix's flat cells) become plain arrays.
      const plain = (_: string, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v);
      return JSON.parse(
        JSON.stringify(
          series.map((s) => ({ name: s.name, data: s.data })),
          plain,
        ),
      ) as typeof series;
    },
    // Where a line point is drawn (category x axis: [dataIndex, value]), to hover it.
    pointAt: (id: string, seriesIndex: number, dataIndex: number) => {
      const c = inspected.get(id);
      const series = (c?.getOption() as { series?: { data?: unknown[] }[] } | undefined)?.series?.[seriesIndex];
      const item = series?.data?.[dataIndex];
      const value = typeof item === 'object' && item !== null && 'value' in item ? item.value : item;
      return c && typeof value === 'number' ? c.convertToPixel({ seriesIndex }, [dataIndex, value]) : null;
    },
    // Where a value of the first grid is drawn (e.g. a heatmap cell's [x, y]), in chart pixels.
    pixelOf: (id: string, value: number[]) => inspected.get(id)?.convertToPixel({ gridIndex: 0 }, value) ?? null,
    // The first grid's rectangle and every text ECharts drew, with its box in chart pixels
    // (rotation included): what is drawn, not what the option says.
    labelLayout: (id: string) => {
      const chart = inspected.get(id);
      const rect = (chart as unknown as InspectableChart | undefined)?.getModel().getComponent('grid', 0)?.coordinateSystem?.getRect();
      if (!chart || chart.isDisposed() || !rect) return null;
      const zr = chart.getZr() as unknown as { storage: { getDisplayList: (update: boolean) => DrawnText[] } };
      const texts = zr.storage
        .getDisplayList(true)
        .filter((el) => typeof el.style?.text === 'string' && !el.ignore && !el.invisible)
        .map((el) => {
          const box = el.getBoundingRect().clone();
          if (el.transform) box.applyTransform(el.transform);
          return { text: el.style!.text!, x: box.x, y: box.y, width: box.width, height: box.height };
        });
      const { x, y, width, height } = rect;
      return { grid: { x, y, width, height }, chartWidth: chart.getWidth(), chartHeight: chart.getHeight(), texts };
    },
    // Where the first legend is drawn (its whole content, clipped or not) and the chart's size:
    // a legend that pages or runs off the chart hides names.
    legendBox: (id: string) => {
      const chart = inspected.get(id);
      const c = chart as unknown as InspectableChart | undefined;
      // A legend shown as buttons beside the chart (see html-legend) is measured on the page.
      const dom = chart?.getDom();
      const buttons = dom?.closest('.chart-box')?.querySelector('.chart-legend');
      if (c && dom && buttons) {
        const [b, d] = [buttons.getBoundingClientRect(), dom.getBoundingClientRect()];
        return {
          x: b.left - d.left,
          y: b.top - d.top,
          width: b.width,
          height: b.height,
          chartWidth: c.getWidth(),
          chartHeight: c.getHeight(),
          type: 'plain',
        };
      }
      const box = c && drawnBox(c, 'legend', 0);
      return box
        ? { ...box, chartWidth: c.getWidth(), chartHeight: c.getHeight(), type: c.getModel().getComponent('legend')!.get('type') }
        : null;
    },
    // Where each title (with its subtitle and padding) is drawn: small multiples' titles must stay in their cells.
    titleBoxes: (id: string) => {
      const c = inspected.get(id) as unknown as InspectableChart | undefined;
      const boxes = [];
      for (let i = 0, box; c && (box = drawnBox(c, 'title', i)); i++) boxes.push({ ...box, chartWidth: c.getWidth() });
      return boxes;
    },
  };
}

/** A zrender text element, as far as `labelLayout` reads it. */
interface DrawnText {
  style?: { text?: string };
  ignore?: boolean;
  invisible?: boolean;
  transform: number[] | null;
  getBoundingRect: () => { clone: () => { x: number; y: number; width: number; height: number; applyTransform: (m: number[]) => void } };
}

const DEFAULT_SIZE = { height: 480, width: '100%' };
const FILL = { height: '100%', width: '100%' };
const NO_LABELS: ChartLabels = { legend: '' };

const optionChanged = (prev: { option: unknown }, next: { option: unknown }) => prev.option !== next.option;

export function EChart({ option, summary, style, onReady, onEvents, testId, frameRef, painter, labels = NO_LABELS, overlay }: EChartProps) {
  // With a painter, plain heatmap cells or line points are painted, not drawn one element each.
  const painted = useChartPainting(option, onEvents, painter, labels);
  const { attach } = painted;
  const frameSize = style ?? DEFAULT_SIZE;
  // What the inspection reads: the option as given (see registerForInspection).
  const givenOption = useRef(option);
  useLayoutEffect(() => {
    givenOption.current = option;
  }, [option]);
  const handleReady = useCallback(
    (chart: EChartsInstance) => {
      // Exposes the rendering state to tests and the benchmark without reaching into ECharts.
      const el = chart.getDom();
      // 'finished' fires once drawing is complete, after every option change.
      const count = () => (el.dataset.rendered = String(Number(el.dataset.rendered ?? '0') + 1));
      let seen = false;
      chart.on('finished', () => {
        seen = true;
        count();
      });
      // Charts are static, so the first drawing can finish inside the first setOption, before
      // this handler exists; count it unless a 'finished' (e.g. of progressive drawing) came.
      requestAnimationFrame(() => {
        if (!seen && !chart.isDisposed()) count();
      });
      registerForInspection(testId, chart, () => givenOption.current);
      attach?.(chart);
      onReady?.(chart);
    },
    [onReady, testId, attach],
  );
  return (
    // The box holds what is shown over the chart (a legend of buttons), outside the frame: the
    // frame is one image to assistive technology, and the buttons must stay buttons.
    <div className="chart-box">
      {/* The size is set on the frame; the chart fills it with a style that never changes.
          echarts-for-react resizes on every style change and again when its size sensor sees
          the element change: with the height on the chart itself, a new height drew the chart
          three times (option, resize, resize). With the frame's size handed to the chart
          (immediate-echarts), it is drawn once. */}
      <div ref={frameRef} className="chart-frame" role="img" aria-label={summary} data-testid={testId} style={frameSize} {...painted.frame}>
        <ImmediateECharts
          echarts={echarts}
          option={painted.drawn}
          notMerge
          lazyUpdate={false}
          shouldSetOption={optionChanged}
          style={FILL}
          onChartReady={handleReady}
          onEvents={painted.events}
          opts={RENDERER}
          frameSize={frameSize}
        />
      </div>
      {painted.overlay}
      {overlay}
    </div>
  );
}
