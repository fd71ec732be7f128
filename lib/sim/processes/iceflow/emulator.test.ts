import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-cpu';
import { runYaml, slabYaml } from '../../testing';
import { slabSpeeds } from '../../analytic/slab';
import { conv2dSame } from './emulator';

test('the emulator, trained from scratch on the energy, learns the slab’s analytic flow', async () => {
  await tf.setBackend('wasm');
  // Same slab as the solved test, now with sliding (C = 0.0464): u_b = (τ_b/C)^3 = 128.1 m/a and
  // u_s = u_b + 249.6 = 377.7 m/a; the energy's own minimiser at these defaults (Nz = 10,
  // vert_spacing 4) is within 0.3% of that (L-BFGS, see lbfgs.test.ts). A small CNN (seeded
  // weights) warmed up for 500 iterations from scratch lands at u_s = 376.6, u_b = 130.2 (measured, wasm: −0.3%, +1.6%); the last iterates of Adam
  // still wander by a percent or two around the minimiser. Tolerance 4%: twice that wander.
  // A network that does not learn (zero or random output) misses by far more.
  const { result } = await runYaml(
    slabYaml(16, { method: 'emulated', emulator: { warm_up_it: 10, nbit_init: 500, lr_init: 0.003, network: { nb_layers: 4, nb_out_filter: 16 } } }),
  );
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const s = result.value.state;
  const centre = 8 * 16 + 8;
  const us = (await s.get('uvelsurf').data())[centre]!;
  const ub = (await s.get('uvelbase').data())[centre]!;
  const { base: ubExact, surface: usExact } = slabSpeeds({ H: 500, slopeDeg: 3, A: 78, C: 0.0464 });
  const vs = (await s.get('vvelsurf').data())[centre]!;
  assert.ok(Math.abs(us - usExact) / usExact < 0.04, `surface ${us} m/a vs ${usExact}`);
  assert.ok(Math.abs(ub - ubExact) / ubExact < 0.04, `base ${ub} m/a vs ${ubExact}`);
  assert.ok(Math.abs(vs) < 0.02 * us, `no flow across the slope (${vs} m/a)`);
  s.dispose();
});

test('emulator settings IGM has but the studio cannot honour are refused by name', async () => {
  await tf.setBackend('wasm');
  const { result } = await runYaml(
    `# @package _global_
defaults:
  - override /inputs: [slab]
  - override /processes: [iceflow, time]
processes:
  time: {start: 0.0, end: 1.0}
`,
    ['processes.iceflow.emulator.network.architecture=unet'],
  );
  assert.ok(!result.ok && result.error.code === 'bad-config');
  assert.match(result.error.message, /architecture 'unet' cannot run in the studio \(only cnn\)/);
});

test('the convolution’s hand-written gradient equals tfjs’ own conv2d gradient', async () => {
  await tf.setBackend('cpu');
  for (const k of [1, 2, 3, 5]) {
    const x = tf.randomNormal<tf.Rank.R4>([1, 7, 6, 3], 0, 1, 'float32', 1);
    const w = tf.randomNormal<tf.Rank.R4>([k, k, 3, 4], 0, 1, 'float32', 2);
    const r = tf.randomNormal([1, 7, 6, 4], 0, 1, 'float32', 3);
    const loss = (f: (a: tf.Tensor4D, b: tf.Tensor4D) => tf.Tensor) => (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(f(a as tf.Tensor4D, b as tf.Tensor4D), r));
    const ours = tf.grads(loss((a, b) => conv2dSame(a, b)))([x, w]);
    const ref = tf.grads(loss((a, b) => tf.conv2d(a, b, 1, 'same')))([x, w]);
    assert.ok(tf.max(tf.abs(tf.sub(conv2dSame(x, w), tf.conv2d(x, w, 1, 'same')))).arraySync() === 0);
    for (let i = 0; i < 2; i++) {
      const err = tf.max(tf.abs(tf.sub(ours[i]!, ref[i]!))).arraySync() as number;
      assert.ok(err < 1e-4, `k = ${k}: ${i === 0 ? 'input' : 'filter'} gradient differs by ${err}`);
    }
    tf.dispose([x, w, r, ...ours, ...ref]);
  }
});

test('an emulated run leaves no tensor behind, with and without excluded borders', async () => {
  await tf.setBackend('wasm');
  for (const border of [0, 1]) {
    const before = tf.memory().numTensors;
    const emulator = { exclude_borders: border, warm_up_it: 10, nbit_init: 5, network: { nb_layers: 2, nb_out_filter: 4 } };
    const { result } = await runYaml(slabYaml(8, { method: 'emulated', emulator }));
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    result.value.state.dispose();
    assert.equal(tf.memory().numTensors, before, `exclude_borders ${border}`);
  }
});
