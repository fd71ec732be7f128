'use client';
/**
 * Draws with plotly, loaded lazily on first use, at most once per animation frame: frames can
 * arrive faster than plotly redraws, and the page must stay smooth while a run streams them.
 */
import { useEffect, useRef } from 'react';
import type PlotlyModule from 'plotly.js-dist-min';
import { fieldFigure, type Figure } from '../../lib/plots/field-figure';
import { fieldRaster } from '../../lib/plots/field-raster';
import { fieldView } from '../../lib/plots/field-view';
import { QUANTITIES, seriesFigure } from '../../lib/plots/series-figure';
import type { FrameRecord } from '../../lib/runs/record';
import { colorBarUrl, rasterUrl } from './raster-url';

type Plotly = typeof PlotlyModule;
let plotly: Promise<Plotly> | null = null;
const loadPlotly = () => (plotly ??= import('plotly.js-dist-min').then((m) => m.default));

/**
 * Evaluating plotly takes a couple of seconds of main-thread time on a slow machine, and its first
 * plot several times longer than later ones (cold code, global styles): both are done when the
 * page is idle after start-up, on a throw-away plot, to keep them out of the first run's frames.
 */
export function preloadPlotly(): void {
  void whenIdle()
    .then(loadPlotly)
    .then(warmUp);
}

/** Idle time, or a few seconds on, for browsers without requestIdleCallback. */
function whenIdle(): Promise<void> {
  const ric = (self as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  return new Promise((resolve) => (ric ? ric(() => resolve(), { timeout: 10_000 }) : setTimeout(resolve, 3000)));
}

/** Every plot goes through here: the studio's common layout and plotly settings. */
function drawFigure(P: Plotly, el: HTMLElement, spec: Figure): Promise<void> {
  const layout = spec.layout as { margin?: object };
  return P.react(el, spec.data, { font: { size: 11 }, ...layout, margin: { l: 50, r: 10, t: 30, b: 40, ...layout.margin } }, { responsive: true, displaylogo: false, toImageButtonOptions: { format: 'png', scale: 2 } });
}

/** The run view's own figures, drawn and updated once on a throw-away plot, one step per idle time. */
async function warmUp(P: Plotly): Promise<void> {
  const el = document.createElement('div');
  el.style.cssText = 'position: fixed; left: -10000px; top: 0; width: 320px; height: 280px';
  document.body.append(el);
  const frame = (t: number): FrameRecord => ({ seq: 0, t, nx: 2, ny: 2, dx: 100, fields: { thk: Float32Array.of(0, 10, 20, 30) } });
  const field = (t: number) => {
    const view = fieldView(frame(t), 'thk')!;
    return fieldFigure(view, frame(t), rasterUrl(fieldRaster(view, frame(t), undefined)), colorBarUrl(view.scale));
  };
  const rows = [{ t: 0, volKm3: 1, areaKm2: 1, maxSpeed: 1 }];
  const steps = [field(0), field(1), seriesFigure([{ name: 'run', rows }], QUANTITIES[0]), seriesFigure([{ name: 'run', rows: [...rows, { ...rows[0]!, t: 1 }] }], QUANTITIES[0])];
  try {
    for (const [k, spec] of steps.entries()) {
      await whenIdle();
      // A new kind of figure starts on a clean plot, as the real ones do.
      if (k === 2) P.purge(el);
      await drawFigure(P, el, spec);
    }
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

export function usePlot(draw: () => Figure | null, deps: unknown[]) {
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
          await drawFigure(P, el, spec);
          // Read by `npm run bench` (time plotly took to draw this update) and the e2e tests (draws).
          el.dataset.renderMs = (performance.now() - t0).toFixed(1);
          el.dataset.draws = String(Number(el.dataset.draws ?? 0) + 1);
          el.dataset.drawnAt = String(Date.now());
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
