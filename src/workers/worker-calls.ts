// Request/response over a module worker, paired by id. The worker is created on the
// first call; if it fails to load, every pending call fails and the next call starts
// a fresh one. `create` must contain the literal `new Worker(new URL(...))` so that
// Vite bundles the worker. Replies of type 'progress' go to the call's progress callback
// and leave it pending; a call can be abandoned (cancelled) before its reply; the worker can
// be released, to end once no call is pending.
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Reply {
  id: number;
  type: string;
  message?: string;
}

export interface CallerOptions<Res> {
  /** The Error for a reply of type 'error' (default: its message). */
  toError?: (reply: Extract<Res, { type: 'error' }>) => Error;
}

export interface SentCall<Res> {
  id: number;
  promise: Promise<Res>;
}

export function workerCaller<Req extends { id: number }, Res extends Reply>(
  create: () => Worker,
  loadError: (detail: string) => string,
  options: CallerOptions<Res> = {},
) {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void; onProgress?: (r: Res) => void }>();
  const toError = options.toError ?? ((r: Reply) => new Error(r.message));
  let releasing = false;

  function endIfReleased(): void {
    if (!releasing || pending.size > 0) return;
    releasing = false;
    worker?.terminate();
    worker = null;
  }

  function start(): Worker {
    const w = create();
    w.onmessage = (e: MessageEvent<Res>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      if (e.data.type === 'progress') {
        p.onProgress?.(e.data);
        return;
      }
      pending.delete(e.data.id);
      if (e.data.type === 'error') p.reject(toError(e.data as Extract<Res, { type: 'error' }>));
      else p.resolve(e.data);
      endIfReleased();
    };
    w.onerror = (e) => {
      const err = new Error(loadError(e.message || ''));
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      w.terminate();
      worker = null;
      // A release asked for is done: the next worker stays until released again.
      endIfReleased();
    };
    return w;
  }

  /** Posts a request; its id lets the caller abandon it. */
  function send(req: WithoutId<Req>, transfer: Transferable[] = [], onProgress?: (r: Res) => void): SentCall<Res> {
    worker ??= start();
    const id = nextId++;
    const promise = new Promise<Res>((resolve, reject) => pending.set(id, { resolve, reject, onProgress }));
    worker.postMessage({ ...req, id }, transfer);
    return { id, promise };
  }

  /**
   * Rejects a pending call at once with Error('cancelled') and tells the worker with
   * `notice` (if it is still running), without waiting for it to stop.
   */
  function abandon(id: number, notice: Req): void {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    worker?.postMessage(notice);
    p.reject(new Error('cancelled'));
    endIfReleased();
  }

  /**
   * Ends the worker once no call is pending (now, if none is); the next call starts a fresh
   * one. For a worker done with a big job: the browser tears its heap down now, not when the
   * page unloads, on the CPU the next page needs.
   */
  function release(): void {
    releasing = true;
    endIfReleased();
  }

  const call = (req: WithoutId<Req>, transfer: Transferable[] = []): Promise<Res> => send(req, transfer).promise;
  return Object.assign(call, { send, abandon, release });
}
