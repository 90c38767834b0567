// The only place the app renders ECharts. Options are complete and built by pure
// functions, so they are set with notMerge; a new option object means new data.
// The chart is created and drawn while React commits, before the browser paints: a chart
// that replaces another (the kept first view's, at start-up) never shows an empty frame.
import type { EChartsOption } from 'echarts';
import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import { echarts } from '../../lib/echarts';

type EChartsInstance = ReturnType<typeof echarts.init>;

/** The parts of ECharts' instance (not in its public types) that `legendBox` reads. */
interface InspectableChart {
  getModel: () => { getComponent: (type: string) => { get: (key: string) => unknown } | undefined };
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
}

/**
 * Read-only access to the data a chart shows, for automated checks (browser tests,
 * the benchmark): `window.fazhiCharts.seriesData('main-chart')` returns the series data.
 */
const inspected = new Map<string, EChartsInstance>();
function registerForInspection(testId: string | undefined, chart: EChartsInstance): void {
  if (!testId) return;
  inspected.set(testId, chart);
  const w = window as unknown as { fazhiCharts?: object };
  w.fazhiCharts ??= {
    seriesData: (id: string) => {
      const c = inspected.get(id);
      if (!c || c.isDisposed()) return null;
      const series = (c.getOption() as { series?: { name?: string; data?: unknown[] }[] }).series ?? [];
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
    // Where the first legend is drawn (its whole content, clipped or not) and the chart's size:
    // a legend that pages or runs off the chart hides names.
    legendBox: (id: string) => {
      const c = inspected.get(id) as unknown as InspectableChart | undefined;
      const model = c?.getModel().getComponent('legend');
      const group = model ? c?.getViewOfComponentModel(model)?.group : undefined;
      if (!c || !model || !group) return null;
      const r = group.getBoundingRect();
      return {
        x: group.x + r.x,
        y: group.y + r.y,
        width: r.width,
        height: r.height,
        chartWidth: c.getWidth(),
        chartHeight: c.getHeight(),
        type: model.get('type'),
      };
    },
  };
}

const DEFAULT_SIZE = { height: 480, width: '100%' };
const FILL = { height: '100%', width: '100%' };
const RENDERER = { renderer: 'canvas' as const };

/** Exposes the rendering state to tests and the benchmark without reaching into ECharts; returns the unwatch. */
function watchRendering(chart: EChartsInstance): () => void {
  const el = chart.getDom();
  // 'finished' fires once drawing is complete, after every option change.
  const count = () => (el.dataset.rendered = String(Number(el.dataset.rendered ?? '0') + 1));
  let seen = false;
  const finished = () => {
    seen = true;
    count();
  };
  chart.on('finished', finished);
  // Charts are static, so the first drawing can finish inside the first setOption, before
  // this handler exists; count it unless a 'finished' (e.g. of progressive drawing) came.
  const frame = requestAnimationFrame(() => {
    if (!seen && !chart.isDisposed()) count();
  });
  return () => {
    cancelAnimationFrame(frame);
    if (!chart.isDisposed()) chart.off('finished', finished);
  };
}

export function EChart({ option, summary, style, onReady, onEvents, testId }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | null>(null);
  // Layout effects run in this order: create, draw, watch, bind events.
  useLayoutEffect(() => {
    const el = host.current!;
    const created = echarts.init(el, undefined, RENDERER);
    chart.current = created;
    // Redrawn at a new size only: the observer's first call (same size) draws nothing.
    const observer = new ResizeObserver(() => {
      if (el.clientWidth !== created.getWidth() || el.clientHeight !== created.getHeight()) created.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.current = null;
      created.dispose();
    };
  }, []);
  useLayoutEffect(() => {
    chart.current?.setOption(option, { notMerge: true, lazyUpdate: false });
  }, [option]);
  useLayoutEffect(() => {
    const c = chart.current!;
    const unwatch = watchRendering(c);
    registerForInspection(testId, c);
    onReady?.(c);
    return unwatch;
  }, [onReady, testId]);
  useLayoutEffect(() => {
    const c = chart.current!;
    const bound = Object.entries(onEvents ?? {}).map(([name, handler]) => {
      const listener = (params: unknown) => handler(params);
      c.on(name, listener);
      return () => !c.isDisposed() && c.off(name, listener);
    });
    return () => bound.forEach((unbind) => unbind());
  }, [onEvents]);
  return (
    // The size is set on the frame; the chart fills it with a style that never changes.
    <div className="chart-frame" role="img" aria-label={summary} data-testid={testId} style={style ?? DEFAULT_SIZE}>
      <div ref={host} style={FILL} />
    </div>
  );
}
