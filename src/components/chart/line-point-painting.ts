// The chart's side of painted line points (see painted-points). ECharts calls back after every
// update (a new option, a resize, a legend toggle) once the lines are laid out and before it
// draws; the points are then painted on one canvas that lies over the lines as one silent image,
// so they are drawn in the same frame as the lines. A pointer over a painted point gets what its
// symbol would give: the tooltip, the line's highlight (other lines and their points fade) and
// the view's click handler, with the params ECharts gives that point.
import type { EChartsOption } from 'echarts';
import { echarts } from '../../lib/echarts';
import type { ChartPainting } from './chart-painting';
import { POINTS_KEY, symbolPath, withPaintedPoints, type PaintedLine } from './painted-points';
import { openCanvas, reusedCanvas } from './reused-canvas';

type Chart = ReturnType<typeof echarts.init>;
type Zr = ReturnType<Chart['getZr']>;
type Handlers = Record<string, (params: unknown) => void>;
type TooltipFormatter = (params: unknown, ...rest: unknown[]) => unknown;

/** The parts of ECharts' series model and extension API the painting reads. */
interface SeriesModel {
  get: (key: string) => unknown;
  getData: () => { count: () => number; getLayout: (key: string) => unknown };
  getDataParams: (dataIndex: number) => Record<string, unknown>;
  coordinateSystem?: { dataToPoint: (value: number[]) => number[] };
}
interface GlobalModel {
  /** The series shown (a legend's hidden ones are left out). */
  eachSeries: (each: (s: SeriesModel) => void) => void;
}
interface Api {
  getZr: () => Zr;
}
type ZrEvent = { offsetX: number; offsetY: number };

/** A point as painted, in chart pixels. */
interface Drawn {
  x: number;
  y: number;
  line: PaintedLine;
  model: SeriesModel;
  dataIndex: number;
}

/** ECharts' blurred series keep a tenth of their opacity. */
const BLUR_ALPHA = 0.1;
/** Pixels beyond a symbol's edge that still point at it (a symbol is 6 px across). */
const HIT_SLOP = 3;

/** The painted points of one chart and the image they are on. */
class PointLayer {
  private readonly make = reusedCanvas(true);
  private image: InstanceType<typeof echarts.graphic.Image> | null = null;
  private drawn: Drawn[] = [];
  /** The highlighted line's name; the others' points fade (null: none). */
  private focus: string | null = null;

  constructor(private readonly zr: Zr) {}

  paint(points: Drawn[]): void {
    this.drawn = points;
    this.repaint();
  }

  clear(): void {
    this.drawn = [];
    this.image?.attr({ ignore: true });
  }

  setFocus(name: string | null): void {
    if (name === this.focus) return;
    this.focus = name;
    if (this.drawn.length) this.repaint();
  }

  /** The name of a painted line by its series index (null: not painted). */
  nameOf(seriesIndex: number): string | null {
    return this.drawn.find((p) => p.line.seriesIndex === seriesIndex)?.line.seriesName ?? null;
  }

  /** The painted point nearest to a chart pixel, if the pixel is on or beside it. */
  hit(px: number, py: number): Drawn | null {
    let best: Drawn | null = null;
    let bestDistance = Infinity;
    for (const p of this.drawn) {
      const reach = p.line.size / 2 + HIT_SLOP;
      const dx = Math.abs(px - p.x);
      const dy = Math.abs(py - p.y);
      if (dx > reach || dy > reach) continue;
      const distance = dx * dx + dy * dy;
      // Of points drawn at one place, the last painted (on top) is the one pointed at.
      if (distance <= bestDistance) [best, bestDistance] = [p, distance];
    }
    return best;
  }

  private repaint(): void {
    // The canvas covers the points only (a whole chart's canvas cost more to hand over than to paint).
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of this.drawn) {
      const h = p.line.size / 2 + 1;
      [left, top] = [Math.min(left, p.x - h), Math.min(top, p.y - h)];
      [right, bottom] = [Math.max(right, p.x + h), Math.max(bottom, p.y + h)];
    }
    const surface = right > left ? openCanvas({ x: left, y: top, width: right - left, height: bottom - top }, this.make) : null;
    if (!surface) return this.clear();
    const { ctx } = surface;
    // One path per line: its points share a shape, a size and a colour.
    const paths = new Map<PaintedLine, string>();
    for (const p of this.drawn) paths.set(p.line, (paths.get(p.line) ?? '') + symbolPath(p.line.shape, p.x, p.y, p.line.size));
    for (const [line, path] of paths) {
      ctx.globalAlpha = this.focus !== null && this.focus !== line.seriesName ? BLUR_ALPHA : 1;
      ctx.fillStyle = line.colour;
      ctx.fill(new Path2D(path));
    }
    const style = { ...surface.image.style, image: surface.image.style.image as HTMLCanvasElement };
    if (!this.image) {
      // Over the lines (z 3, as ECharts' line series), not under their symbols' hover states.
      this.image = new echarts.graphic.Image({ silent: true, z: 3, z2: 1, style });
      this.zr.add(this.image);
    } else this.image.attr({ ignore: false, style });
  }
}

const layers = new WeakMap<Zr, PointLayer>();

/** Where a line's points were laid out: ECharts' own positions where it keeps them. */
function pointsOf(model: SeriesModel, line: PaintedLine): Drawn[] {
  const data = model.getData();
  const laid = data.getLayout('points') as ArrayLike<number> | undefined;
  const count = data.count();
  const out: Drawn[] = [];
  line.indices.forEach((dataIndex, k) => {
    const [x, y] =
      laid && laid.length >= 2 * count
        ? [laid[2 * dataIndex]!, laid[2 * dataIndex + 1]!]
        : (model.coordinateSystem?.dataToPoint([dataIndex, line.values[k]!]) ?? [NaN, NaN]);
    if (Number.isFinite(x) && Number.isFinite(y)) out.push({ x: x!, y: y!, line, model, dataIndex });
  });
  return out;
}

echarts.registerPostUpdate((ecModel, extensionApi) => {
  const api = extensionApi as unknown as Api;
  const points: Drawn[] = [];
  (ecModel as unknown as GlobalModel).eachSeries((model) => {
    const line = model.get(POINTS_KEY);
    if (typeof line === 'function') points.push(...pointsOf(model, (line as () => PaintedLine)()));
  });
  const zr = api.getZr();
  let layer = layers.get(zr);
  if (!points.length) return layer?.clear();
  if (!layer) layers.set(zr, (layer = new PointLayer(zr)));
  layer.paint(points);
});

/** Painting for one chart whose line points may be painted. */
export function paintLinePoints(): ChartPainting {
  let handlers: Handlers = {};
  let formatter: TooltipFormatter | null = null;
  let clicked: unknown = null;
  return {
    paint: (option: EChartsOption) => {
      const painted = withPaintedPoints(option);
      const tooltip = option.tooltip as { formatter?: unknown } | undefined;
      const own = tooltip && typeof tooltip.formatter === 'function' ? (tooltip.formatter as TooltipFormatter) : null;
      return {
        drawn: painted?.option ?? option,
        drew: () => {
          formatter = own;
        },
      };
    },
    events: (given) => {
      handlers = given;
      const click = given.click;
      // A click ECharts gave an element of its own (a flagged point's symbol) is not given again.
      return click ? { ...given, click: (p) => ((clicked = (p as { event?: unknown }).event), click(p)) } : given;
    },
    attach: (chart) => {
      const zr = chart.getZr();
      const layer = () => layers.get(zr);
      let hovered: Drawn | null = null;
      const leave = () => {
        if (!hovered) return;
        chart.dispatchAction({ type: 'downplay', seriesIndex: hovered.line.seriesIndex, dataIndex: hovered.dataIndex });
        hovered = null;
      };
      // Runs after ECharts' own handlers: over a painted point, its tooltip replaces whatever
      // ECharts made of the element there (a line gives none).
      zr.on('mousemove', (e: ZrEvent) => {
        const hit = layer()?.hit(e.offsetX, e.offsetY) ?? null;
        if (hit !== hovered) leave();
        if (!hit) return;
        if (hit !== hovered) chart.dispatchAction({ type: 'highlight', seriesIndex: hit.line.seriesIndex, dataIndex: hit.dataIndex });
        hovered = hit;
        if (formatter)
          chart.dispatchAction({
            type: 'showTip',
            x: e.offsetX,
            y: e.offsetY,
            tooltip: { formatter, formatterParams: hit.model.getDataParams(hit.dataIndex) },
          });
      });
      zr.on('globalout', leave);
      zr.on('click', (e: ZrEvent) => {
        const hit = clicked !== e ? layer()?.hit(e.offsetX, e.offsetY) : null;
        if (hit) handlers.click?.({ ...hit.model.getDataParams(hit.dataIndex), event: e });
      });
      // A line highlighted (a point or a legend name under the pointer) fades the other lines' points.
      chart.on('highlight', (given) => {
        const p = given as { seriesName?: unknown; seriesIndex?: unknown };
        const l = layer();
        l?.setFocus(typeof p.seriesName === 'string' ? p.seriesName : typeof p.seriesIndex === 'number' ? l.nameOf(p.seriesIndex) : null);
      });
      chart.on('downplay', () => layer()?.setFocus(null));
    },
  };
}
