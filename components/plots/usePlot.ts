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
 * Evaluating plotly takes a couple of seconds of main-thread time on a slow machine, and its first
 * plot several times longer than later ones (cold code, global styles): both are done when the
 * page is idle after start-up, on a throw-away plot, to keep them out of the first run's frames.
 */
export function preloadPlotly(): void {
  const idle = (f: () => void) => ((self as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => void }).requestIdleCallback ?? ((g: () => void) => setTimeout(g, 3000)))(f, { timeout: 10_000 });
  idle(() => void loadPlotly().then((P) => idle(() => void warmUp(P))));
}

async function warmUp(P: Plotly): Promise<void> {
  const el = document.createElement('div');
  el.style.cssText = 'position: fixed; left: -10000px; top: 0; width: 320px; height: 280px';
  document.body.append(el);
  try {
    const axis = { range: [0, 1], ticklabeloverflow: 'allow', title: { text: 'km' } };
    // The kinds of trace the run view draws: a colour bar's heatmap and the series' lines.
    const traces = [
      { type: 'heatmap', z: [[0, 1]], opacity: 0, colorbar: { thickness: 14, ticklabeloverflow: 'allow' } },
      { type: 'scatter', mode: 'lines+markers', x: [0, 1], y: [0, 1], hovertemplate: '%{y}' },
    ];
    await P.react(el, traces, { title: { text: 'warm-up' }, xaxis: axis, yaxis: axis, images: [{ source: 'data:,', xref: 'x', yref: 'y', x: 0, y: 1, sizex: 1, sizey: 1 }] } as object);
  } catch {
    // Only a warm-up: the real plots report their own failures.
  } finally {
    P.purge(el);
    el.remove();
    // Read by `npm run bench:runs`, which times runs started after the page's start-up work.
    document.documentElement.dataset.plotly = 'ready';
  }
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
          const layout = spec.layout as { margin?: object };
          await P.react(el, spec.data, { font: { size: 11 }, ...layout, margin: { l: 50, r: 10, t: 30, b: 40, ...layout.margin } }, { responsive: true, displaylogo: false, toImageButtonOptions: { format: 'png', scale: 2 } });
          // Read by `npm run bench` (time plotly took to draw this update) and the e2e tests (draws).
          el.dataset.renderMs = (performance.now() - t0).toFixed(1);
          el.dataset.draws = String(Number(el.dataset.draws ?? 0) + 1);
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
