import type { ECharts } from 'echarts';
import { describe, expect, it } from 'vitest';
import { withoutForcedLayout } from '../../src/components/chart/unforced-layout';

/** The parts of a chart the patch touches: setOption makes a tooltip that reads the offset, as ECharts' does. */
function fakeChart(offsets: { offsetLeft: number; offsetTop: number }[]) {
  let reads = 0;
  const painter = {
    getViewportRootOffset() {
      return offsets[reads++];
    },
  };
  const seen: unknown[] = [];
  const chart = {
    getZr: () => ({ painter }),
    setOption(option: unknown) {
      seen.push(painter.getViewportRootOffset());
      if (option === 'throw') throw new Error('bad option');
    },
  };
  return { chart, painter, seen, reads: () => reads };
}

describe('withoutForcedLayout', () => {
  it('gives setOption the offset last read instead of reading the page’s layout', () => {
    const f = fakeChart([
      { offsetLeft: 4, offsetTop: 8 },
      { offsetLeft: 5, offsetTop: 9 },
    ]);
    const chart = withoutForcedLayout(f.chart as unknown as ECharts);
    chart.setOption({});
    expect(f.seen).toEqual([{ offsetLeft: 0, offsetTop: 0 }]);
    expect(f.reads()).toBe(0);
    // Outside setOption (a tooltip shown on hover) the offset is read, and kept.
    expect(f.painter.getViewportRootOffset()).toEqual({ offsetLeft: 4, offsetTop: 8 });
    chart.setOption({});
    expect(f.seen[1]).toEqual({ offsetLeft: 4, offsetTop: 8 });
    expect(f.reads()).toBe(1);
  });

  it('reads the layout again after a setOption that failed', () => {
    const f = fakeChart([{ offsetLeft: 1, offsetTop: 2 }]);
    const chart = withoutForcedLayout(f.chart as unknown as ECharts);
    expect(() => chart.setOption('throw' as never)).toThrow('bad option');
    expect(f.painter.getViewportRootOffset()).toEqual({ offsetLeft: 1, offsetTop: 2 });
  });

  it('leaves a chart without that reader (another renderer) as it is', () => {
    const setOption = () => undefined;
    const chart = { getZr: () => ({ painter: {} }), setOption };
    expect(withoutForcedLayout(chart as unknown as ECharts)).toBe(chart);
    expect(chart.setOption).toBe(setOption);
  });
});
