import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { runYaml } from '../../testing';
import { minimiseLbfgs } from './lbfgs';

test('L-BFGS finds the minimum of a badly scaled quadratic', async () => {
  await tf.setBackend('wasm');
  // f = Σ (a − 3)² + 1000 Σ (b + 1)²: curvatures 1000× apart, which plain gradient steps crawl through.
  const f = (x: [tf.Tensor, tf.Tensor]) => {
    const { value, grads } = tf.valueAndGrads((a: tf.Tensor, b: tf.Tensor) => tf.add(tf.sum(tf.square(tf.sub(a, 3))), tf.mul(1000, tf.sum(tf.square(tf.add(b, 1))))) as tf.Scalar)(x);
    return { value: value as tf.Scalar, grads: grads as [tf.Tensor, tf.Tensor] };
  };
  const r = await minimiseLbfgs(f, [tf.zeros([4]), tf.zeros([3])], 50, 1);
  const [a, b] = [await r.x[0].data(), await r.x[1].data()];
  for (const v of a) assert.ok(Math.abs(v - 3) < 1e-3, `a = ${v}`);
  for (const v of b) assert.ok(Math.abs(v + 1) < 1e-3, `b = ${v}`);
  assert.ok(r.iterations < 20, `${r.iterations} iterations`);
  tf.dispose(r.x);
});

test('solver.lbfgs: the sliding slab converges to the energy minimiser', async () => {
  await tf.setBackend('wasm');
  // Slab with Weertman sliding (C = 0.0464): exact u_b = 128.1, u_s = 377.7 m/a; the discrete
  // minimiser at Nz = 10 is u_s = 370.6, u_b = 128.0 (Adam, 1500 iterations). L-BFGS gets there
  // in 100 iterations; tolerance 1% of the discrete minimiser (float32 energy, finite iterations).
  const { result } = await runYaml(`# @package _global_
defaults:
  - override /inputs: [slab]
  - override /processes: [iceflow, time]
inputs:
  slab: {nx: 8, ny: 8, dx: 1000.0, thk: 500.0, slope_deg: 3.0, margin: 0}
processes:
  time: {start: 0.0, end: 0.0001, save: 1.0}
  iceflow:
    method: solved
    solver: {step_size: 10.0, nbitmax: 100, lbfgs: true}
`);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const s = result.value.state;
  const centre = 4 * 8 + 4;
  const us = (await s.get('uvelsurf').data())[centre]!;
  const ub = (await s.get('uvelbase').data())[centre]!;
  assert.ok(Math.abs(us - 370.6) / 370.6 < 0.01, `surface ${us} m/a`);
  assert.ok(Math.abs(ub - 128.0) / 128.0 < 0.01, `base ${ub} m/a`);
  s.dispose();
});
