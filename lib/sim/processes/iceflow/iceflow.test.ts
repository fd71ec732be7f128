import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { runYaml, slabYaml } from '../../testing';
import { slabSpeeds } from '../../analytic/slab';
import { dzeta, levels, verticalWeights } from './vertical';

test('vertical levels, spacings and depth-average weights follow IGM', () => {
  const l = levels(5, 4);
  assert.equal(l[0], 0);
  assert.ok(Math.abs(l[4]! - 1) < 1e-7);
  assert.ok(l[1]! < 0.25 / 2, 'levels are finer near the bed when vert_spacing > 1');
  assert.ok(Math.abs(dzeta(5, 4).reduce((a, b) => a + b) - 1) < 1e-6);
  assert.ok(Math.abs(verticalWeights(10, 4).reduce((a, b) => a + b) - 1) < 1e-6);
  assert.deepEqual(dzeta(1, 4), [1]);
});

test('an infinite slab without sliding flows at the analytic shear speed', async () => {
  await tf.setBackend('wasm');
  // A uniform slab has no horizontal gradients, so each column is the textbook parallel-sided
  // slab: u_s − u_b = 2A/(n+1) (ρ g tanα)^n H^(n+1) = 249.6 m/a for H = 500 m, α = 3°, A = 78.
  // Tolerance 3%: the vertical finite differences converge at second order (−5.4% at Nz = 10,
  // −1.2% at Nz = 20, measured) and 1200 Adam steps leave a further few tenths of a percent.
  // Runs on the wasm backend: same code path as cpu, about 40× faster here.
  const { result } = await runYaml(
    slabYaml(4, {
      method: 'solved',
      physics: { init_slidingco: 1000000.0, init_arrhenius: 78.0 },
      solver: { step_size: 2.0, nbitmax: 1200, stop_if_no_decrease: false },
      numerics: { Nz: 20, vert_spacing: 1.0 },
    }),
  );
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const s = result.value.state;
  const us = (await s.get('uvelsurf').data())[5]!;
  const ub = (await s.get('uvelbase').data())[5]!;
  const vs = (await s.get('vvelsurf').data())[5]!;
  const exact = slabSpeeds({ H: 500, slopeDeg: 3, A: 78 }).shear;
  assert.ok(Math.abs(us - ub - exact) / exact < 0.03, `shear speed ${us - ub} m/a vs ${exact}`);
  assert.ok(Math.abs(ub) < 0.5, `basal speed ${ub} m/a should vanish with a huge sliding coefficient`);
  assert.ok(Math.abs(vs) < 0.5, `no flow across the slope (${vs} m/a)`);
  s.dispose();
});

test('a radially symmetric dome stays symmetric and keeps its volume', async () => {
  await tf.setBackend('wasm');
  const { result } = await runYaml(`# @package _global_
defaults:
  - override /inputs: [halfar]
  - override /processes: [iceflow, time, thk]
  - override /outputs: [write_ts]
inputs:
  halfar: {dx: 100000.0, extent: 1800000.0}
processes:
  time: {start: 0.0, end: 300.0, save: 300.0, step_max: 100.0}
  iceflow:
    method: solved
    physics: {init_arrhenius: 100.0}
    solver: {nbitmax: 40}
    numerics: {Nz: 4}
`);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const s = result.value.state;
  const { nx, ny } = s.grid;
  const thk = await s.get('thk').data();
  const at = (i: number, j: number) => thk[j * nx + i]!;
  let worst = 0;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const h = at(i, j);
      for (const other of [at(nx - 1 - i, j), at(i, ny - 1 - j), at(j, i)]) worst = Math.max(worst, Math.abs(h - other));
    }
  }
  const peak = Math.max(...thk);
  assert.ok(peak > 3000, 'the dome is still there');
  // The energy and its gradient are mirror-symmetric to float32 rounding (checked separately),
  // but Adam steps by ±step_size wherever a gradient is near zero, so rounding decides a few
  // m/a at the margin: 1% of the dome height still catches any directional bias in the scheme.
  assert.ok(worst < 0.01 * peak, `asymmetry ${worst} m on a ${peak} m dome`);
  // No SMB and ice far from the borders: the flux form conserves volume to float32 rounding.
  const [first, last] = [result.value.series[0]!, result.value.series.at(-1)!];
  assert.equal(last.t, 300);
  assert.ok(Math.abs(last.volKm3 - first.volKm3) / first.volKm3 < 1e-6, `volume ${first.volKm3} → ${last.volKm3} km³`);
  s.dispose();
});
