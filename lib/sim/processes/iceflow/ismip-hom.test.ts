import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { runYaml } from '../../testing';

/** Largest surface speed in the middle period of an ISMIP-HOM A domain of 3 × 3 periods. */
async function ismipHomA(L: number): Promise<number> {
  const perPeriod = 20;
  const { result } = await runYaml(`# @package _global_
defaults:
  - override /inputs: [ismip_hom_a]
  - override /processes: [iceflow, time]
inputs:
  ismip_hom_a: {L: ${L}, cells_per_period: ${perPeriod}, periods: 3}
processes:
  time: {start: 0.0, end: 0.0001, save: 1.0}
  iceflow:
    method: solved
    physics: {init_arrhenius: 100.0, init_slidingco: 1.0e6}
    solver: {step_size: 1.0, nbitmax: 1000, stop_if_no_decrease: false}
`);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const s = result.value.state;
  const n = s.grid.nx;
  const [u, v] = [await s.get('uvelsurf').data(), await s.get('vvelsurf').data()];
  let max = 0;
  for (let j = perPeriod; j < 2 * perPeriod; j++) for (let i = perPeriod; i < 2 * perPeriod; i++) max = Math.max(max, Math.hypot(u[j * n + i]!, v[j * n + i]!));
  s.dispose();
  return max;
}

test('ISMIP-HOM A at L = 80 km: maximum surface speed near the Blatter–Pattyn ensemble', async () => {
  await tf.setBackend('wasm');
  // Pattyn et al. (2008): the higher-order (Blatter–Pattyn) models give ≈ 89 m/a at L = 80 km,
  // with a spread of several m/a between models. Measured here: 85.3 m/a (−4%) with 20 cells per
  // wavelength (4 km, four ice thicknesses) and Nz = 10. Tolerance 8%: the ensemble spread plus
  // the discretisation. Speeds scale with A, so a rheology off by a factor shows at once.
  const max = await ismipHomA(80000);
  assert.ok(Math.abs(max - 89) / 89 < 0.08, `maximum surface speed ${max} m/a vs ≈ 89`);
});

test('ISMIP-HOM A at L = 10 km: IGM’s small-slope energy lands 15% under the ensemble', async () => {
  await tf.setBackend('wasm');
  // Ensemble ≈ 26 m/a. IGM's energy corrects the horizontal strain rates for the terrain-following
  // coordinate with the bed slope alone, for every level; here the bumps make bed slopes of up to
  // 0.31 under a nearly flat surface. Measured: 22.1 m/a (−15%) with IGM's correction (Adam and
  // L-BFGS agree, so it is not the solver); using each level's own slope instead gives 24.7 m/a
  // (−5%, the same discretisation gap as at 80 km). The studio keeps IGM's formula, so the
  // tolerance is that 15% plus 3%: enough for the approximation, not for a broken term.
  const max = await ismipHomA(10000);
  assert.ok(Math.abs(max - 26) / 26 < 0.18, `maximum surface speed ${max} m/a vs ≈ 26`);
  assert.ok(max < 26, 'the small-slope correction makes the flow slower, not faster');
});
