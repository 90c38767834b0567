// A new option often comes with a new frame height (a trend with more lines, a ranking with
// more rows). The chart must be drawn at the new height at once, not first at the old one and
// again when the size sensor notices (components/chart/immediate-echarts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession, type Session } from './browser';

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

interface Drawing {
  canvas: number;
  frame: number;
}

/** Starts recording every drawing of the main chart: its canvas's height and its frame's, then. */
async function recordDrawings(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-testid="main-chart"]')!;
    const w = window as unknown as { drawings: Drawing[]; drawingsObserver?: MutationObserver };
    w.drawingsObserver?.disconnect();
    w.drawings = [];
    w.drawingsObserver = new MutationObserver(() => {
      const canvas = host.querySelector('canvas')!;
      w.drawings.push({ canvas: canvas.getBoundingClientRect().height, frame: host.getBoundingClientRect().height });
    });
    w.drawingsObserver.observe(host, { subtree: true, attributeFilter: ['data-rendered'] });
  });
}

/** Chooses an indicator and returns the drawings made until the page has been quiet a while. */
async function drawingsAfterChoosing(page: Page, indicator: string): Promise<Drawing[]> {
  await recordDrawings(page);
  await page.getByRole('listbox', { name: '指标' }).selectOption(indicator);
  await page.waitForFunction(() => (window as unknown as { drawings: Drawing[] }).drawings.length > 0);
  // Past the size sensor's debounce (60 ms) and the redraw with the shown figures' evidence.
  await page.waitForTimeout(800);
  return page.evaluate(() => (window as unknown as { drawings: Drawing[] }).drawings);
}

describe('a chart whose frame changes height with its option', () => {
  it('is drawn at the new height at once, with no drawing more than a change that keeps it', async () => {
    const { page } = s;
    expect(await drawingsAfterChoosing(page, 'law_training_sessions')).not.toHaveLength(0);
    // Twenty departments to twenty: the frame keeps its height.
    const kept = await drawingsAfterChoosing(page, 'law_study_sessions');
    // Twenty to one: the plot no longer grows for the legend's rows.
    const changed = await drawingsAfterChoosing(page, 'leader_law_study');
    expect(kept.at(-1)!.frame).toBe(kept[0]!.frame);
    expect(changed[0]!.frame).toBeLessThan(kept.at(-1)!.frame);
    for (const d of [...kept, ...changed]) expect(d.canvas).toBe(d.frame);
    expect(changed).toHaveLength(kept.length);
    expect(s.problems).toEqual([]);
  });
});
