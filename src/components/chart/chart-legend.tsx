// The legend of a chart whose legend is shown beside it (see html-legend): one button a line,
// laid out as ECharts lays out a plain vertical legend, so that it reads and sits the same. A
// button shows or hides its line and, under the pointer or the keyboard focus, highlights it.
import { useState, type CSSProperties } from 'react';
import type { HtmlLegend, LegendItem } from './html-legend';
import { symbolPath } from './painted-points';

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

function Icon({ item, legend, colour }: { item: LegendItem; legend: HtmlLegend; colour: string }) {
  const [w, h] = [legend.iconWidth, legend.iconHeight];
  const size = h * SYMBOL_SHARE;
  const [cx, cy] = [w / 2, h / 2];
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" fill={colour}>
      <line x1={0} y1={cy} x2={w} y2={cy} stroke={colour} strokeWidth={2} />
      <path d={symbolPath(item.shape, cx, cy, size)} />
    </svg>
  );
}

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
      {legend.items.map((item) => {
        const shown = !names.has(item.name);
        const colour = shown ? item.colour : INACTIVE;
        return (
          <button
            key={item.name}
            type="button"
            aria-pressed={shown}
            style={{ color: shown ? TEXT : INACTIVE, height: legend.iconHeight }}
            onClick={() => toggle(item.name)}
            onPointerEnter={() => shown && act.highlight(item.name)}
            onPointerLeave={() => act.downplay(item.name)}
            onFocus={() => shown && act.highlight(item.name)}
            onBlur={() => act.downplay(item.name)}
          >
            <Icon item={item} legend={legend} colour={colour} />
            <span>{item.name}</span>
          </button>
        );
      })}
    </div>
  );
}
