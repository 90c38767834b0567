// echarts-for-react's component, changed where the app's charts need it to behave otherwise.
import type { ECharts } from 'echarts';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import type { CSSProperties } from 'react';
import { echarts } from '../../lib/echarts';
import { withoutForcedLayout } from './unforced-layout';

export const RENDERER = { renderer: 'canvas' as const };

export interface ImmediateEChartsProps extends EChartsReactProps {
  /** The size the frame around the chart is given with this option (the chart fills it). */
  frameSize: CSSProperties;
}

const sameSize = (a: CSSProperties, b: CSSProperties) => a.height === b.height && a.width === b.width;

/**
 * echarts-for-react 3 makes a throw-away instance to measure its element and the real one only
 * after that one's 'finished' event, a frame or more later: a chart that replaces another (the
 * kept first view's, at start-up) showed blank frames. The element here gets its size from CSS,
 * so the real instance is made at once, and the first option is set before the browser paints.
 *
 * A new option often comes with a new frame height (a trend with more lines, a ranking with
 * more rows). The library drew the option at the old size, then its size sensor (debounced by
 * 60 ms) drew it all again at the new one: one wrong frame and a second full drawing (about
 * 55 ms at 4× CPU throttling). Here the canvas takes the frame's new size before the option is
 * set, and a resize that finds the chart already at its element's size is skipped.
 */
export class ImmediateECharts extends EChartsReactCore {
  declare props: Readonly<ImmediateEChartsProps>;

  constructor(props: ImmediateEChartsProps) {
    super(props);
    const self = this as unknown as { isInitialResize: boolean; resize: () => void };
    // The library skips its first resize (so as not to cut an opening animation; charts here have
    // none). Its size sensor is debounced, so a window resize just after mount merged into that
    // first call and was lost: the chart kept its old width.
    self.isInitialResize = false;
    const resize = (EChartsReactCore.prototype as unknown as { resize: () => void }).resize;
    self.resize = () => {
      if (!this.fitsElement()) resize.call(this);
    };
  }

  override initEchartsInstance(): Promise<ECharts> {
    return Promise.resolve(withoutForcedLayout(echarts.init(this.ele, this.props.theme, RENDERER)));
  }

  override componentDidUpdate(prevProps: ImmediateEChartsProps): void {
    // React has already given the frame its new size: the canvas follows before the new option
    // is drawn. (A new size with the same option is left to the size sensor: only a full
    // resize lays the same option out again.)
    const newOption = prevProps.option !== this.props.option;
    if (newOption && !sameSize(prevProps.frameSize, this.props.frameSize) && !this.fitsElement()) this.chart()?.getZr().resize();
    super.componentDidUpdate(prevProps);
  }

  private chart(): ECharts | undefined {
    const chart = this.ele ? this.getEchartsInstance() : undefined;
    return chart && !chart.isDisposed() ? chart : undefined;
  }

  /** Whether the chart is drawn at its element's size already (the element has no padding). */
  private fitsElement(): boolean {
    const chart = this.chart();
    return !!chart && chart.getWidth() === this.ele.clientWidth && chart.getHeight() === this.ele.clientHeight;
  }
}
