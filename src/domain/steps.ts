// Long computations written once as generators that yield between small steps: run at once
// (tests, the page's fallbacks) or in slices. In slices a worker answers other messages in
// between and stops promptly when its page goes away, and the page stays responsive. A worker
// busy in one long task is left running by the browser for up to 2 s after its page has
// unloaded, on the CPU the next page needs (after a 1M import, the checks still running when
// the page reloaded delayed its first chart by about 200 ms at 0.7 cores, and its table by 0.6 s).
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** Time a slice runs before it awaits `pause()` (ms). */
export const SLICE_MS = 8;

/**
 * Runs the steps, awaiting `pause()` (a new task) after each slice of `sliceMs`. `busyMs`: the
 * time spent in the steps themselves, without what ran in between.
 */
export async function runStepsSliced<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<{ value: T; busyMs: number }> {
  let busyMs = 0;
  for (;;) {
    const start = performance.now();
    let s = steps.next();
    while (!s.done && performance.now() - start < sliceMs) s = steps.next();
    busyMs += performance.now() - start;
    if (s.done) return { value: s.value, busyMs };
    await pause();
  }
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * Resolves in a new task, after what was queued meanwhile (messages, input, a worker's request
 * to stop): a MessageChannel message, which browsers do not clamp as they clamp nested setTimeout.
 */
export function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node (tests) keeps a process alive while a port listens; browsers have no unref.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}
