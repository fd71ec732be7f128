import { test, expect } from './fixtures/studio';

test('the shell loads under a nonce CSP without console errors', async ({ studio, page }) => {
  const response = await studio.open();
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))?.trim().split(/\s+/) ?? [];
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  await expect(page.getByRole('heading', { name: 'IGM Studio' })).toBeVisible();
  await expect(page.getByTestId('editor.file.params')).toHaveText('experiment/params.yaml');
  await expect(page.getByTestId('editor.monaco')).toContainText("override /processes", { timeout: 30_000 });
  await studio.waitForBackend();
  expect(studio.consoleErrors).toEqual([]);
});

test('a worker finds a WebGPU adapter, tfjs runs on webgpu there and gets the exact product', async ({
  studio,
  page,
}) => {
  // The page itself must see WebGPU too, or the test is not exercising the path users get.
  await studio.open();
  expect(await page.evaluate(async () => Boolean(await navigator.gpu?.requestAdapter()))).toBe(true);
  await studio.waitForBackend();
  await expect(studio.backendBadge()).toHaveAttribute('data-state', 'ready');
  await expect(studio.backendBadge()).toContainText('webgpu');
  await expect(studio.computeAdapter()).not.toHaveText('—');
  await expect(studio.computeCheck()).toHaveAttribute('data-max-abs-error', '0');
  await expect(studio.computeCheck()).toContainText('64×64 product exact');
  expect(studio.consoleErrors).toEqual([]);
});
