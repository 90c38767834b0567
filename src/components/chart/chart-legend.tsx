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

/** Icons as SVG images, one per look, made once: inline SVGs cost the page's layout several ms a filter change at 4×. */
const icons = new Map<string, string>();

function iconUrl(item: LegendItem, legend: HtmlLegend, colour: string): string {
  const [w, h] = [legend.iconWidth, legend.iconHeight];
  const key = [item.shape, colour, w, h].join();
  let url = icons.get(key);
  if (!url) {
    const path = symbolPath(item.shape, w / 2, h / 2, h * SYMBOL_SHARE);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><line x1="0" y1="${h / 2}" x2="${w}" y2="${h / 2}" stroke="${colour}" stroke-width="2"/><path d="${path}" fill="${colour}"/></svg>`;
    icons.set(key, (url = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`));
  }
  return url;
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
            <span
              className="legend-icon"
              style={{ width: legend.iconWidth, height: legend.iconHeight, backgroundImage: iconUrl(item, legend, colour) }}
            />
            <span>{item.name}</span>
          </button>
        );
      })}
    </div>
  );
}
