// Installed with page.addInitScript, before any script of the app runs. Records what the
// benchmark reads back with page.evaluate (all times are performance.now(), i.e. ms since
// the navigation started):
//   __bench.longTasks  every main-thread task over 50 ms (PerformanceObserver 'longtask')
//   __bench.renders    every change of a chart's data-rendered counter (one per ECharts 'finished')
//   __bench.marks      file chosen, confirm clicked
//   __bench.clicks     click → DOM change latencies of the click probe
//   __bench.changes    each changeSelect's window: the change → the chart's next 'finished'
// Plain JavaScript on purpose: it is sent to the page as text, never transpiled.
(() => {
  const B = {
    longTasks: [],
    renders: [],
    marks: {},
    clicks: [],
    changes: [],
    waiters: [],
  };
  window.__bench = B;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    B.longTasksUnsupported = true;
  }

  const settle = () => {
    const still = [];
    for (const w of B.waiters) if (!w()) still.push(w);
    B.waiters = still;
  };

  new MutationObserver((records) => {
    const now = performance.now();
    // When the first chart's container was inserted: the data were ready, drawing starts.
    if (B.marks.chartDom === undefined && document.querySelector('[data-testid="main-chart"]')) B.marks.chartDom = now;
    for (const r of records) {
      if (r.type !== 'attributes' || r.attributeName !== 'data-rendered') continue;
      const host = r.target.closest && r.target.closest('[data-testid]');
      B.renders.push({ t: now, n: Number(r.target.getAttribute('data-rendered')), testId: host ? host.getAttribute('data-testid') : '' });
    }
    settle();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  // The import's start and the commit's start, from the events themselves.
  document.addEventListener(
    'change',
    (e) => {
      const t = e.target;
      if (t instanceof HTMLInputElement && t.type === 'file' && t.files && t.files.length) B.marks.fileChosen = performance.now();
    },
    true,
  );
  document.addEventListener(
    'click',
    (e) => {
      const t = e.target;
      if (t instanceof Element && t.closest('.preview .actions button.primary')) B.marks.confirmClicked = e.timeStamp;
    },
    true,
  );

  /** Resolves with performance.now() once `test()` is true (checked after every DOM mutation). */
  B.when = (test, timeoutMs = 600000) =>
    new Promise((resolve, reject) => {
      if (test()) return resolve(performance.now());
      const timer = setTimeout(() => reject(new Error('timeout waiting in page')), timeoutMs);
      B.waiters.push(() => {
        if (!test()) return false;
        clearTimeout(timer);
        resolve(performance.now());
        return true;
      });
    });

  B.waitFor = (selector, timeoutMs) => B.when(() => !!document.querySelector(selector), timeoutMs);

  /** Renders of the main chart so far. */
  B.mainRenders = () => B.renders.filter((r) => r.testId === 'main-chart').length;

  /** Resolves once the main chart has not finished a render for `quietMs`. */
  B.quiet = (quietMs = 300, timeoutMs = 60000) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const tick = () => {
        const last = B.renders.length ? B.renders[B.renders.length - 1].t : 0;
        const now = performance.now();
        if (now - last >= quietMs) return resolve(now);
        if (now - start > timeoutMs) return reject(new Error('chart never settled'));
        setTimeout(tick, 50);
      };
      tick();
    });

  /**
   * Changes a <select> the way a user does (input + change events) and resolves with
   *   ms          the change → the main chart's next 'finished' (drawn)
   *   firstFrame  the change → the end of the first frame after it (the work done
   *               synchronously for the change: React, the option, ECharts' setOption)
   *   painted     the change → the end of the frame after the chart drew: what a person
   *               sees, the page's style, layout and paint included
   */
  B.changeSelect = async (selector, value, timeoutMs = 120000) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error('no element ' + selector);
    const before = B.mainRenders();
    const t0 = performance.now();
    // The end of the next frame (the task after it), since the change.
    const frameEnd = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)));
    const firstFrame = frameEnd();
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    const t1 = await B.when(() => B.mainRenders() > before, timeoutMs);
    const r = B.renders.filter((x) => x.testId === 'main-chart')[before];
    const ms = (r ? r.t : t1) - t0;
    B.changes.push({ start: t0, duration: ms });
    // 'finished' comes while ECharts draws into its canvas, before the browser lays out and
    // paints the page: the frame after it is the one that shows the new chart.
    const painted = await frameEnd();
    return { ms, firstFrame: await firstFrame, painted };
  };

  /**
   * The same fixed work (arithmetic, small objects and strings, as a filter change does) `n`
   * times, each as a task of its own 50 ms after the last: how long it takes in ms, in order.
   * A change's time varies with the machine as much as with the app; this says by how much.
   */
  B.fixedWork = async (n) => {
    const out = [];
    for (let k = 0; k < n; k++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const t = performance.now();
      let x = 0;
      for (let i = 0; i < 3e6; i++) x += Math.sqrt(i) * (i & 7);
      const kept = [];
      for (let i = 0; i < 1e5; i++) kept.push({ i, s: 'r' + i });
      out.push(performance.now() - t);
      B.fixedWorkSink = x + kept.length;
    }
    return out;
  };

  /**
   * Click probe: for every trusted click on the element matching `selector`, the time from
   * the input event (event.timeStamp, taken when the browser received it) to the element's
   * next DOM change, and to the frame after it.
   */
  B.armClickProbe = (selector) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error('no element ' + selector);
    let pending = null;
    const obs = new MutationObserver(() => {
      if (!pending) return;
      const p = pending;
      pending = null;
      p.domMs = performance.now() - p.at;
      requestAnimationFrame(() => {
        p.frameMs = performance.now() - p.at;
      });
      B.clicks.push(p);
    });
    obs.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    const onClick = (e) => {
      if (!e.isTrusted || !el.contains(e.target)) return;
      pending = { at: e.timeStamp, handlerDelayMs: performance.now() - e.timeStamp };
    };
    document.addEventListener('click', onClick, true);
    B.disarmClickProbe = () => {
      obs.disconnect();
      document.removeEventListener('click', onClick, true);
    };
  };
})();
