// The width of an element in px, measured before the browser paints and again whenever it
// resizes: for chart options whose text is fitted to the chart's width.
import { useCallback, useLayoutEffect, useState } from 'react';

export function useElementWidth(): [(el: HTMLElement | null) => void, number | undefined] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  const ref = useCallback((node: HTMLElement | null) => setEl(node), []);
  useLayoutEffect(() => {
    if (!el) return;
    // Whole pixels: sub-pixel changes must not rebuild the option.
    const measure = () => setWidth(Math.round(el.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [ref, width];
}
