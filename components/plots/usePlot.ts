'use client';
/**
 * Draws with plotly, loaded lazily on first use, at most once per animation frame: frames can
 * arrive faster than plotly redraws, and the page must stay smooth while a run streams them.
 */
import { useEffect, useRef } from 'react';
import type PlotlyModule from 'plotly.js-dist-min';

type Plotly = typeof PlotlyModule;
let plotly: Promise<Plotly> | null = null;
const loadPlotly = () => (plotly ??= import('plotly.js-dist-min').then((m) => m.default));

/**
 * Evaluating plotly takes a couple of seconds of main-thread time on a slow machine; doing it
 * when the page is idle after start-up keeps that out of the first run's frames.
 */
export function preloadPlotly(): void {
  const idle = (self as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 3000));
  idle(() => void loadPlotly(), { timeout: 10_000 });
}

// Draws wait their turn, one per task: four plots drawn in one animation frame made one long
// main-thread task; one at a time, the page can handle input between them.
let queue: Promise<void> = Promise.resolve();
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

export function usePlot(draw: () => { data: object[]; layout: object } | null, deps: unknown[]) {
  const host = useRef<HTMLDivElement>(null);
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (pending.current !== null) cancelAnimationFrame(pending.current);
    pending.current = requestAnimationFrame(() => {
      pending.current = null;
      const el = host.current;
      if (!el) return;
      queue = queue
        .then(async () => {
          const P = await loadPlotly();
          await nextTask();
          const spec = el.isConnected ? draw() : null;
          if (!spec) return;
          await nextTask();
          const t0 = performance.now();
          await P.react(el, spec.data, { margin: { l: 50, r: 10, t: 30, b: 40 }, font: { size: 11 }, ...spec.layout }, { responsive: true, displaylogo: false, toImageButtonOptions: { format: 'png', scale: 2 } });
          // Read by `npm run bench` (time plotly took to draw this update).
          el.dataset.renderMs = (performance.now() - t0).toFixed(1);
        })
        // One failed drawing must not stop the plots after it.
        .catch(() => {});
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    const el = host.current;
    return () => {
      if (el) void loadPlotly().then((P) => P.purge(el));
    };
  }, []);
  return host;
}
