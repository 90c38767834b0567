// A value that follows another only once the frame showing the other's change has been
// painted: work that accompanies a chart (its 解读) waits until the chart is on screen instead
// of delaying it.
import { useEffect, useState } from 'react';

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (shown === value) return;
    let timer = 0;
    // requestAnimationFrame runs just before the frame is painted; the timeout after it.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
