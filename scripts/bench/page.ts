/**
 * Page-load benchmark: the production build served by `next start`, opened in headless Chromium
 * five times with a fresh profile each. Prints medians of: first contentful paint, the moment
 * the page is interactive (an override typed into the box has recomposed the final config), the
 * editor ready (Monaco, loaded lazily), and the compute backend ready (tfjs in the worker,
 * lazily); and how much script the first paint needed against what the page loads in the end.
 * Needs a build (`npm run build`); the budget is interactive within 2 s.
 */
import { startStudio } from './studio-server';

const { url, browser, stop } = await startStudio('bench:page', 3300);
const rows: Record<string, number>[] = [];
try {
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let scriptBytes = 0;
    let scriptBytesAtPaint: number | null = null;
    page.on('response', async (r) => {
      if (r.request().resourceType() !== 'script') return;
      const len = Number(r.headers()['content-length'] ?? (await r.body().catch(() => Buffer.alloc(0))).length);
      scriptBytes += len;
    });
    const t0 = Date.now();
    await page.goto(url);
    await page.getByRole('heading', { name: 'IGM Studio' }).waitFor();
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    scriptBytesAtPaint = scriptBytes;
    await page.getByTestId('overrides.input').fill('processes.time.end=2042');
    await page.locator('[data-path="processes.time.end"]', { hasText: '2042' }).waitFor();
    const interactive = Date.now() - t0;
    await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
    const editor = Date.now() - t0;
    await page.locator('[data-testid="header.backend"][data-state="ready"]').waitFor({ timeout: 60_000 });
    const backend = Date.now() - t0;
    await page.waitForTimeout(1000);
    rows.push({ fcp, interactive, editor, backend, paintKB: (scriptBytesAtPaint ?? 0) / 1024, totalKB: scriptBytes / 1024 });
    await context.close();
  }
} finally {
  await stop();
}
const median = (k: string) => rows.map((r) => r[k]!).sort((a, b) => a - b)[Math.floor(rows.length / 2)]!;
console.log(`page load, median of ${rows.length} cold loads in headless Chromium (localhost, production build):`);
console.log(`  first contentful paint   ${median('fcp').toFixed(0)} ms`);
console.log(`  interactive              ${median('interactive').toFixed(0)} ms  (an override typed and recomposed; budget 2000 ms → ${(2000 / median('interactive')).toFixed(1)}x inside it)`);
console.log(`  editor ready (Monaco)    ${median('editor').toFixed(0)} ms  (lazy)`);
console.log(`  compute ready (tfjs)     ${median('backend').toFixed(0)} ms  (lazy, in the worker)`);
console.log(`  script at first paint    ${median('paintKB').toFixed(0)} KiB of ${median('totalKB').toFixed(0)} KiB loaded in the end (ratio ${(median('paintKB') / median('totalKB')).toFixed(2)})`);
