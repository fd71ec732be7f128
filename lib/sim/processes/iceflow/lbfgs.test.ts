import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { runYaml, slabYaml } from '../../testing';
import { slabSpeeds } from '../../analytic/slab';
import { minimiseLbfgs } from './lbfgs';

test('L-BFGS finds the minimum of a badly scaled quadratic', async () => {
  await tf.setBackend('wasm');
  // f = Σ (a − 3)² + 1000 Σ (b + 1)²: curvatures 1000× apart, which plain gradient steps crawl through.
  const f = (x: [tf.Tensor, tf.Tensor]) => {
    const { value, grads } = tf.valueAndGrads((a: tf.Tensor, b: tf.Tensor) => tf.add(tf.sum(tf.square(tf.sub(a, 3))), tf.mul(1000, tf.sum(tf.square(tf.add(b, 1))))) as tf.Scalar)(x);
    return { value: value as tf.Scalar, grads: grads as [tf.Tensor, tf.Tensor] };
  };
  const start: [tf.Tensor, tf.Tensor] = [tf.zeros([4]), tf.zeros([3])];
  const before = tf.memory().numTensors;
  const r = await minimiseLbfgs(f, start, 50, 1);
  const [a, b] = [await r.x[0].data(), await r.x[1].data()];
  for (const v of a) assert.ok(Math.abs(v - 3) < 1e-3, `a = ${v}`);
  for (const v of b) assert.ok(Math.abs(v + 1) < 1e-3, `b = ${v}`);
  assert.ok(r.iterations < 20, `${r.iterations} iterations`);
  tf.dispose(r.x);
  assert.equal(tf.memory().numTensors, before, 'every intermediate tensor is disposed');
  tf.dispose(start);
});

test('solver.lbfgs: the sliding slab converges to the energy minimiser', async () => {
  await tf.setBackend('wasm');
  // Slab with Weertman sliding (C = 0.0464): exact u_b = (τ_b/C)^3 = 128.1 m/a and
  // u_s = u_b + 249.6 = 377.7 m/a. L-BFGS reaches 378.0 / 127.7 in 100 iterations and 378.6 /
  // 128.2 in 400 (measured), so the Nz = 10 discretisation costs well under 1%; Adam with 3000
  // iterations of step 2 still sits at 370.3 / 130.4. Tolerance 1% of the exact speeds.
  const { result } = await runYaml(slabYaml(8, { method: 'solved', solver: { step_size: 10.0, nbitmax: 100, lbfgs: true } }));
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const s = result.value.state;
  const centre = 4 * 8 + 4;
  const us = (await s.get('uvelsurf').data())[centre]!;
  const ub = (await s.get('uvelbase').data())[centre]!;
  const { base: ubExact, surface: usExact } = slabSpeeds({ H: 500, slopeDeg: 3, A: 78, C: 0.0464 });
  assert.ok(Math.abs(us - usExact) / usExact < 0.01, `surface ${us} m/a vs ${usExact}`);
  assert.ok(Math.abs(ub - ubExact) / ubExact < 0.01, `base ${ub} m/a vs ${ubExact}`);
  s.dispose();
});

test('solver.lbfgs says so when it cannot move from rest on a no-slip bed', async () => {
  await tf.setBackend('wasm');
  // C = 1e6 with m = 3: the sliding energy grows like |u_b|^(4/3) from zero, a cusp no line search
  // resolves in float32, so the velocity stays at rest; the run must not hide that.
  const logs: string[] = [];
  const { result } = await runYaml(
    slabYaml(4, { method: 'solved', physics: { init_slidingco: 1000000.0 }, solver: { nbitmax: 20, lbfgs: true } }),
    [],
    { onLog: (m) => logs.push(m) },
  );
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  assert.ok(
    logs.some((m) => /L-BFGS could not lower the energy.*exp_weertman=1/.test(m)),
    logs.join('\n'),
  );
  result.value.state.dispose();
});
