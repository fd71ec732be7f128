import { readFileSync } from 'node:fs';
import h5wasm from 'h5wasm/node';
import { readNetcdf } from '../lib/io/netcdf-read';
import { test, expect, type StudioPage } from './fixtures/studio';

// Halfar's dome on a 200 km grid (11 × 11 cells): small enough that runs take seconds on any
// backend, so the dashboard tests do not wait on SwiftShader's emulated GPU.
const SMALL = 'inputs.halfar.dx=200000.0 processes.iceflow.solver.nbitmax=10 processes.time.step_max=100.0';

async function openHalfar(studio: StudioPage, overrides: string) {
  await studio.open();
  await studio.page.getByTestId('examples.menu').selectOption('halfar');
  await studio.setOverrides(`${SMALL} ${overrides}`);
  await expect(studio.page.getByTestId('overrides.error')).toHaveCount(0);
}

test('the default experiment runs to the end on webgpu and the plots get its frames as they come', async ({ studio, page }) => {
  test.setTimeout(300_000);
  await studio.open();
  // Three years with 10 solver iterations a step: SwiftShader emulates the GPU on the CPU here.
  await studio.setOverrides('processes.time.end=2003 processes.time.save=1 processes.iceflow.solver.nbitmax=10');
  await page.getByTestId('run.start').click();
  const view = page.getByTestId('run.view');
  await expect(view).toHaveAttribute('data-run-status', 'running');
  await expect(view.locator('.badge')).toHaveText('webgpu', { timeout: 60_000 });
  // Frames reach the plots while the run goes on: the thickness plot draws its second one before the end.
  const thk = page.getByTestId('plot.thk');
  await expect.poll(async () => Number(await thk.getAttribute('data-draws')), { timeout: 200_000 }).toBeGreaterThanOrEqual(2);
  expect(await view.getAttribute('data-run-status')).toBe('running');
  await expect(view).toHaveAttribute('data-run-status', 'finished', { timeout: 200_000 });
  await expect(view).toHaveAttribute('data-frames-received', '4');
  await expect(page.getByTestId('run.frame-count')).toHaveText('4');
  // One drawing per saved frame, in every field plot and series plot.
  for (const plot of ['plot.thk', 'plot.velsurf_mag', 'plot.smb', 'plot.usurf', 'series.volKm3', 'series.areaKm2', 'series.maxSpeed']) await expect(page.getByTestId(plot)).toHaveAttribute('data-draws', '4');
  await expect(thk.locator('image')).toHaveCount(2);
  await expect(thk).toContainText('year 2003.0');
  // Hover reads the cell under the pointer, with its unit.
  await thk.locator('.nsewdrag').hover();
  await expect(page.getByTestId('plot.thk.tip')).toHaveText(/^x \d+\.\d km, y \d+\.\d km: (\S+ m|no value)$/);
  // Each plot exports as PNG from its mode bar.
  const download = page.waitForEvent('download');
  await thk.locator('.modebar-btn[data-title="Download plot as a PNG"]').click();
  const png = await download;
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // The field image and colour bar are in it: axes and titles alone encode to far less.
  expect(bytes.length).toBeGreaterThan(25_000);
  expect(studio.consoleErrors).toEqual([]);
});

test('cancel stops a run within a second and keeps its frames', async ({ studio, page }) => {
  test.setTimeout(120_000);
  await openHalfar(studio, 'processes.time.end=1000000.0 processes.time.save=100.0');
  await page.getByTestId('run.start').click();
  const view = page.getByTestId('run.view');
  await expect.poll(async () => Number(await view.getAttribute('data-frames-received')), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  await page.getByTestId('run.pause').click();
  await expect(view).toHaveAttribute('data-run-status', 'paused');
  await page.getByTestId('run.pause').click();
  await expect(view).toHaveAttribute('data-run-status', 'running');
  const clicked = Date.now();
  await page.getByTestId('run.cancel').click();
  await expect(view).toHaveAttribute('data-run-status', 'cancelled', { timeout: 1500 });
  expect(Date.now() - clicked).toBeLessThan(1500);
  expect(Number(await page.getByTestId('run.frame-count').innerText())).toBeGreaterThanOrEqual(2);
});

test('a 2×2 sweep gives four runs, kept across a reload, and a run exports a NetCDF file our reader opens', async ({ studio, page }) => {
  test.setTimeout(240_000);
  await openHalfar(studio, 'processes.time.end=200.0,400.0 processes.thk.slope_type=godunov,superbee');
  await expect(page.getByTestId('overrides.sweep.count')).toHaveText('4');
  await page.getByTestId('run.start').click();
  await page.getByTestId('tab.runs').click();
  const rows = page.getByTestId('runs.row');
  await expect(rows).toHaveCount(4);
  await expect(page.locator('[data-testid="runs.row"][data-status="finished"]')).toHaveCount(4, { timeout: 200_000 });
  await expect(page.getByTestId('runs.sweep-plot').locator('.main-svg').first()).toBeVisible();
  await rows.first().getByTestId('runs.command').click();
  await expect(page.getByTestId('runs.slurm')).toContainText('hydra/launcher=submitit_slurm');
  await expect(page.getByTestId('runs.slurm')).toContainText('processes.time.end=200.0,400.0');

  await page.reload();
  await studio.waitForEditor();
  await page.getByTestId('tab.runs').click();
  await expect(page.locator('[data-testid="runs.row"][data-status="finished"]')).toHaveCount(4);

  const download = page.waitForEvent('download');
  await page.getByTestId('runs.row').first().getByTestId('runs.export.nc').click();
  const file = await (await download).path();
  const { FS } = await h5wasm.ready;
  const nc = readNetcdf({ File: h5wasm.File, FS: FS! }, new Uint8Array(readFileSync(file)));
  const thk = nc.variables.thk;
  expect(Object.keys(nc.variables)).toContain('thk');
  expect(thk!.dims).toEqual(['time', 'y', 'x']);
  const times = nc.variables.time!.data;
  expect(thk!.shape).toEqual([times.length, 11, 11]);
  // The Halfar example saves every 100 years from year 0.
  expect(Array.from(times)).toEqual(Array.from({ length: times.length }, (_, i) => i * 100));
  expect([3, 5]).toContain(times.length);
});
