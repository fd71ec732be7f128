/**
 * Runs in the browser, per backend: the default experiment shortened to three years (saves every
 * year, 10 solver iterations a step) run from the studio's Run button in headless Chromium
 * (SwiftShader stands in for a GPU here). Prints simulated years per second, the latency of the
 * last frame from the worker to the page and to the thickness plot showing it, plotly's time to
 * draw a thickness update, and how many main-thread tasks over 50 ms the page had while the run
 * went on (after the page's start-up work: plotly's evaluation and warm-up at idle).
 * Needs a build (`npm run build`). BENCH_VERBOSE=1 lists the long tasks and each plot's drawing
 * time; BENCH_NO_PLOTS=1 keeps the Run tab closed while the run goes on (then opens it), which
 * shows how much of the main-thread time is the plots'.
 */
import { startStudio } from './studio-server';

const YEARS = 3;
const { url, browser, stop } = await startStudio('bench:runs', 3301);
const results: string[] = [];
try {
  for (const backend of process.argv.slice(2).length ? process.argv.slice(2) : ['webgpu', 'webgl', 'cpu']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: { start: number; ms: number }[]; draws: { end: number; plot: string }[] };
      w.longTasks = [];
      w.draws = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push({ start: e.startTime, ms: e.duration }))).observe({ type: 'longtask', buffered: true });
      // Which plot drew when: a long task that ends with a draw is that draw's.
      new MutationObserver((records) => records.forEach((r) => w.draws.push({ end: performance.now(), plot: `${(r.target as HTMLElement).dataset.testid} #${(r.target as HTMLElement).dataset.draws}` }))).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-render-ms'] });
    });
    await page.goto(url);
    await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
    await page.getByTestId('overrides.input').fill(`processes.time.end=${2000 + YEARS} processes.time.save=1 processes.iceflow.solver.nbitmax=10`);
    await page.getByLabel('Compute backend for runs').selectOption(backend);
    // Start-up work (evaluating plotly, its first plot) is done at idle after the page opens;
    // what is measured here is the run's own.
    await page.locator('html[data-plotly="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: unknown[]; clickedAt: number };
      w.longTasks.length = 0;
      w.clickedAt = performance.now();
    });
    await page.getByTestId('run.start').click();
    if (process.env.BENCH_NO_PLOTS) await page.getByTestId('tab.config').click();
    const view = page.getByTestId('run.view');
    // Timed from the first frame (year 2000): worker start-up and shader compilation excluded.
    if (!process.env.BENCH_NO_PLOTS) await page.waitForFunction(() => Number(document.querySelector('[data-testid="run.view"]')?.getAttribute('data-frames-received')) >= 1, null, { timeout: 300_000 });
    const t0 = Date.now();
    if (process.env.BENCH_NO_PLOTS) {
      await page.waitForTimeout(15_000);
      await page.getByTestId('tab.run').click();
    }
    await page.waitForFunction(() => ['finished', 'failed'].includes(document.querySelector('[data-testid="run.view"]')?.getAttribute('data-run-status') ?? ''), null, { timeout: 600_000, polling: 200 });
    const seconds = (Date.now() - t0) / 1000;
    const status = await view.getAttribute('data-run-status');
    const used = await view.locator('.badge').innerText();
    const latency = await view.getAttribute('data-frame-latency-ms');
    await page.waitForTimeout(500);
    const render = await page.getByTestId('plot.thk').getAttribute('data-render-ms');
    // The last frame, from the worker posting it to the thickness plot showing it (both epoch ms).
    const toPlot = Number(await page.getByTestId('plot.thk').getAttribute('data-drawn-at')) - Number(await view.getAttribute('data-frame-sent-at'));
    const long = await page.evaluate(() => {
      const w = window as unknown as { longTasks: { start: number; ms: number }[]; draws: { end: number; plot: string }[]; clickedAt: number };
      return w.longTasks.map(({ start, ms }) => ({ ms, what: `${w.draws.find((d) => d.end >= start && d.end <= start + ms + 1)?.plot ?? 'no plot drawn'} at +${((start - w.clickedAt) / 1000).toFixed(1)} s` }));
    });
    if (process.env.BENCH_VERBOSE) console.log(await page.evaluate(() => [...document.querySelectorAll('[data-render-ms]')].map((e) => `${e.getAttribute('data-testid')} ${e.getAttribute('data-render-ms')} ms`).join('; ')));
    results.push(`  ${backend.padEnd(7)} ran on ${used.padEnd(7)} ${status === 'finished' ? `${(YEARS / seconds).toFixed(3)} simulated years/s (${seconds.toFixed(1)} s for ${YEARS} years)` : status}; last frame ${latency} ms worker→page, ${toPlot} ms worker→thickness plot drawn; thickness plot drawn in ${render} ms; ${long.length} main-thread tasks > 50 ms (longest ${Math.max(0, ...long.map((l) => l.ms)).toFixed(0)} ms${process.env.BENCH_VERBOSE ? `: ${long.map((l) => `${l.ms.toFixed(0)} ${l.what}`).join(', ')}` : ''})`);
    await context.close();
  }
} finally {
  await stop();
}
console.log(`default experiment (synthetic valley, 100 × 200 cells), ${YEARS} years, 10 solver iterations a step, headless Chromium:`);
console.log(results.join('\n'));
