// A long chart's own scroll bar (the ranking's bars, the matrix's rows). Its option holds only
// the rows in view (scroll-window.ts), so the view scrolls them, with a bar where ECharts' slider
// was: the wheel over the chart, a click or a drag on the bar, and the keyboard once it has focus
// (arrows, Page Up/Down, Home/End) move the window. A scrolling box under the bar holds the position (its
// own scroll bar hidden: systems draw theirs differently, headless ones not at all).
import { useEffect, useLayoutEffect, useRef, type PointerEvent } from 'react';
import type { ScrollWindow } from '../../domain/charts/scroll-window';

/** Rows a key moves the window by (Home and End: past either end). */
const KEY_ROWS: Record<string, (visible: number) => number> = {
  ArrowDown: () => 1,
  ArrowUp: () => -1,
  PageDown: (v) => v - 1,
  PageUp: (v) => 1 - v,
  Home: () => -Infinity,
  End: () => Infinity,
};

interface Props {
  window: ScrollWindow;
  /** The chart's frame: the wheel over it scrolls the rows. */
  frame: HTMLElement | null;
  label: string;
  onFirst: (first: number) => void;
}

/** The box's height holds `visible` rows; its content, all of them. */
const rowPx = (el: HTMLElement, visible: number) => el.clientHeight / visible || 1;

/** Scrolls the box to a first row (clamped by the box). */
function scrollToRow(el: HTMLElement, visible: number, first: number): void {
  el.scrollTop = Math.min(el.scrollHeight, Math.max(0, first * rowPx(el, visible)));
}

/** The thumb: the window's share of the bar, at least 12 px, always within the bar. */
function thumbStyle(w: ScrollWindow) {
  const height = `max(12px, ${(w.visible / w.total) * 100}%)`;
  const along = w.total > w.visible ? w.first / (w.total - w.visible) : 0;
  return { height, top: `calc((100% - ${height}) * ${along})` };
}

export function ChartScroll({ window: w, frame, label, onFirst }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // The first row the box shows. Known without reading the layout: a filter change commits with
  // this row, and reading the box's size there would lay the page out inside the change.
  const boxFirst = useRef(0);
  // The box follows a window set from outside (a new chart starts at its first row).
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || boxFirst.current === w.first) return;
    boxFirst.current = w.first;
    scrollToRow(el, w.visible, w.first);
  });
  // The wheel over the rows scrolls them, not the page, while they can move.
  useEffect(() => {
    const el = box.current;
    if (!frame || !el) return;
    const wheel = (e: WheelEvent) => {
      const before = el.scrollTop;
      el.scrollTop += e.deltaMode === WheelEvent.DOM_DELTA_LINE ? e.deltaY * rowPx(el, w.visible) : e.deltaY;
      if (el.scrollTop !== before) e.preventDefault();
    };
    frame.addEventListener('wheel', wheel, { passive: false });
    return () => frame.removeEventListener('wheel', wheel);
  }, [frame, w.visible]);
  // A click on the bar centres the window there; a drag moves it along.
  const point = (e: PointerEvent<HTMLDivElement>) => {
    const el = box.current;
    if (!el || (e.type === 'pointermove' && !e.currentTarget.hasPointerCapture(e.pointerId))) return;
    const r = e.currentTarget.getBoundingClientRect();
    scrollToRow(el, w.visible, Math.round(((e.clientY - r.top) / r.height) * w.total - w.visible / 2));
  };
  return (
    <div
      className="chart-scroll"
      style={{ top: w.top, bottom: w.bottom }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        point(e);
      }}
      onPointerMove={point}
    >
      <div
        ref={box}
        className="chart-scroll-box"
        tabIndex={0}
        role="group"
        aria-label={label}
        onScroll={(e) => {
          boxFirst.current = Math.round(e.currentTarget.scrollTop / rowPx(e.currentTarget, w.visible));
          onFirst(boxFirst.current);
        }}
        onKeyDown={(e) => {
          const rows = KEY_ROWS[e.key]?.(w.visible);
          if (rows === undefined) return;
          e.preventDefault();
          // From where the box is: the window's state may not have caught up with a held key.
          const el = e.currentTarget;
          scrollToRow(el, w.visible, Math.round(el.scrollTop / rowPx(el, w.visible)) + rows);
        }}
      >
        <div style={{ height: `${(w.total / w.visible) * 100}%` }} />
      </div>
      <div className="chart-scroll-thumb" aria-hidden="true" style={thumbStyle(w)} />
    </div>
  );
}
