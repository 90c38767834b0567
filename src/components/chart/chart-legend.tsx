// The legend of a chart whose legend is shown beside it (see html-legend): one button a line,
// laid out as ECharts lays out a plain vertical legend, so that it reads and sits the same. A
// button shows or hides its line and, under the pointer or the keyboard focus, highlights it.
import { useState, type CSSProperties } from 'react';
import type { HtmlLegend } from './html-legend';
import type { PaintedShape } from './painted-points';

/** What the legend asks of the chart. */
export interface LegendActions {
  toggle: (name: string) => void;
  highlight: (name: string) => void;
  downplay: (name: string) => void;
}

/** ECharts' colour of a hidden line's icon and name. */
const INACTIVE = '#ccc';
const TEXT = '#333';
/** Symbols are 80% of the icon's height, as ECharts draws a line's legend icon. */
const SYMBOL_SHARE = 0.8;

/** `label`: the legend's accessible name. A new legend (a new option) shows every line again, as ECharts' does. */
export function ChartLegend({ legend, label, act }: { legend: HtmlLegend; label: string; act: LegendActions }) {
  const [hidden, setHidden] = useState<{ of: HtmlLegend; names: ReadonlySet<string> }>({ of: legend, names: new Set() });
  const names = hidden.of === legend ? hidden.names : new Set<string>();
  const toggle = (name: string) => {
    const next = new Set(names);
    const showing = next.delete(name);
    if (!showing) next.add(name);
    setHidden({ of: legend, names: next });
    // A hidden line is not highlighted (the others would stay faded); one shown again under the
    // pointer or the focus is.
    act.downplay(name);
    act.toggle(name);
    if (showing) act.highlight(name);
  };
  const style: CSSProperties = {
    top: legend.top,
    right: legend.right,
    fontFamily: legend.fontFamily,
    fontSize: legend.fontSize,
    lineHeight: `${legend.iconHeight}px`,
    rowGap: legend.row - legend.iconHeight,
  };
  return (
    <div className="chart-legend" role="group" aria-label={label} style={style}>
      {/* Keyed by place: a filter change reorders the lines, and moving each button to its new
          place restyled and laid out every button in the frame (a Chrome trace at 4× CPU
          throttling: the frame's style 4.8 → 1.5 ms). A button kept in place changes its text
          and colour only. */}
      {legend.items.map((item, place) => {
        const shown = !names.has(item.name);
        const colour = shown ? item.colour : INACTIVE;
        return (
          <button
            key={place}
            type="button"
            aria-pressed={shown}
            style={{ color: shown ? TEXT : INACTIVE, height: legend.iconHeight }}
            onClick={() => toggle(item.name)}
            onPointerEnter={() => shown && act.highlight(item.name)}
            onPointerLeave={() => act.downplay(item.name)}
            onFocus={() => shown && act.highlight(item.name)}
            onBlur={() => act.downplay(item.name)}
          >
            <LegendIcon shape={item.shape} colour={colour} width={legend.iconWidth} height={legend.iconHeight} />
            <span>{item.name}</span>
          </button>
        );
      })}
    </div>
  );
}

/**
 * A line's icon as ECharts draws it: a 2 px line across, its symbol at 80% of the height in the
 * middle. Drawn with CSS boxes (styles: .legend-icon, .legend-symbol), not an SVG image: the frame
 * painted 20 SVG images again on every filter change (a Chrome trace at 4× CPU throttling: the
 * frame's paint 12.0 → 5.3 ms).
 */
function LegendIcon({ shape, colour, width, height }: { shape: PaintedShape; colour: string; width: number; height: number }) {
  const size = height * SYMBOL_SHARE;
  return (
    <span className="legend-icon" style={{ width, height, color: colour }}>
      <span
        className={`legend-symbol ${shape}`}
        style={{ width: size, height: size, left: (width - size) / 2, top: (height - size) / 2 }}
      />
    </span>
  );
}
