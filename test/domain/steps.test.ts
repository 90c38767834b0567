import { describe, expect, it } from 'vitest';
import { nextTask, runSteps, runStepsSliced, type Steps } from '../../src/domain/steps';

function* counted(log: string[], n: number): Steps<number> {
  let sum = 0;
  for (let k = 1; k <= n; k++) {
    log.push(`step ${k}`);
    sum += k;
    yield;
  }
  return sum;
}

describe('steps', () => {
  it('run at once, give what the generator returns', () => {
    const log: string[] = [];
    expect(runSteps(counted(log, 4))).toBe(10);
    expect(log).toEqual(['step 1', 'step 2', 'step 3', 'step 4']);
  });

  it('in slices, let other work run between them, and count only their own time as busy', async () => {
    const log: string[] = [];
    const pause = async () => {
      log.push('other work');
      await new Promise((r) => setTimeout(r, 20));
    };
    const { value, busyMs } = await runStepsSliced(counted(log, 3), pause, 0);
    expect(value).toBe(6);
    expect(log).toEqual(['step 1', 'other work', 'step 2', 'other work', 'step 3', 'other work']);
    expect(busyMs).toBeLessThan(20);
  });

  it('in slices of some milliseconds, run quick steps together', async () => {
    const log: string[] = [];
    const { value } = await runStepsSliced(counted(log, 50), () => Promise.resolve(void log.push('other work')), 1000);
    expect(value).toBe(1275);
    expect(log.filter((e) => e === 'other work')).toHaveLength(0);
  });

  it('wait for a new task: what was queued before runs first', async () => {
    const log: string[] = [];
    const waited = nextTask().then(() => log.push('after the task'));
    void Promise.resolve().then(() => log.push('queued before'));
    await Promise.all([waited, nextTask()]);
    expect(log).toEqual(['queued before', 'after the task']);
  });
});
