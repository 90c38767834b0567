// A worker's own "yield": resolves in a new task, so that messages queued meanwhile (a cancel,
// another request) and the browser's request to stop run first. A MessageChannel task, not
// setTimeout, which browsers clamp to 4 ms after a few nested calls.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
// Node (tests) keeps a process alive while a port listens; browsers have no unref.
(channel.port1 as { unref?: () => void }).unref?.();

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
