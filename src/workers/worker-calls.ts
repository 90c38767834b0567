// Request/response over a module worker, paired by id. The worker is created on the
// first call; if it fails to load, every pending call fails and the next call starts
// a fresh one. `create` must contain the literal `new Worker(new URL(...))` so that
// Vite bundles the worker.
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Reply {
  id: number;
  type: string;
  message?: string;
}

export function workerCaller<Req extends { id: number }, Res extends Reply>(create: () => Worker, loadError: (detail: string) => string) {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void }>();

  function start(): Worker {
    const w = create();
    w.onmessage = (e: MessageEvent<Res>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (e.data.type === 'error') p.reject(new Error(e.data.message));
      else p.resolve(e.data);
    };
    w.onerror = (e) => {
      const err = new Error(loadError(e.message || ''));
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      w.terminate();
      worker = null;
    };
    return w;
  }

  return function call(req: WithoutId<Req>, transfer: Transferable[] = []): Promise<Res> {
    worker ??= start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker!.postMessage({ ...req, id } as unknown as Req, transfer);
    });
  };
}
