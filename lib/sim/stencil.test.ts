import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { divfluxSlopeLimiter, gradientStaggered, stag4h, type SlopeType } from './stencil';

const LIMITERS: SlopeType[] = ['godunov', 'minmod', 'superbee'];

/** A hand-written Float64 loop of IGM's scheme along x (v = 0), the reference for the tensors. */
function divfluxX(u: number[], h: number[], dx: number, dt: number, type: SlopeType): number[] {
  const n = h.length;
  const H = [0, 0, ...h, 0, 0];
  const uf = [u[0]!, ...u.slice(1).map((v, i) => 0.5 * (u[i]! + v)), u[n - 1]!];
  const minmod = (a: number, b: number) => (a * b > 0 ? (Math.abs(a) < Math.abs(b) ? a : Math.abs(a) > Math.abs(b) ? b : 0) : 0);
  const maxmod = (a: number, b: number) => (a * b > 0 ? (Math.abs(a) < Math.abs(b) ? b : Math.abs(a) > Math.abs(b) ? a : 0) : 0);
  const slope = Array.from({ length: n + 2 }, (_, k) => {
    const sp = (H[k + 2]! - H[k + 1]!) / dx;
    const sm = (H[k + 1]! - H[k]!) / dx;
    return type === 'godunov' ? 0 : type === 'minmod' ? minmod(sm, sp) : maxmod(minmod(sp, 2 * sm), minmod(sm, 2 * sp));
  });
  const q = uf.map((uu, f) => {
    const w = H[f + 1]! + 0.5 * dx * (1 - (uu * dt) / dx) * slope[f]!;
    const e = H[f + 2]! - 0.5 * dx * (1 + (uu * dt) / dx) * slope[f + 1]!;
    return uu * (uu > 0 ? w : e);
  });
  return h.map((_, i) => (q[i + 1]! - q[i]!) / dx);
}

test('flux divergence matches a hand-written loop of the same scheme, for each limiter', async () => {
  await tf.setBackend('cpu');
  const h = [0, 0, 10, 40, 90, 120, 100, 50, 5, 0, 0, 0];
  const u = h.map((_, i) => 20 + 5 * Math.sin(i));
  for (const type of LIMITERS) {
    const got = tf.tidy(() => divfluxSlopeLimiter(tf.tensor2d([u, u, u], [3, h.length]), tf.zeros([3, h.length]), tf.tensor2d([h, h, h], [3, h.length]), 100, 0.5, type));
    const data = Array.from(await got.data()).slice(h.length, 2 * h.length);
    got.dispose();
    const expected = divfluxX(u, h, 100, 0.5, type);
    data.forEach((v, i) => assert.ok(Math.abs(v - expected[i]!) < 1e-4 * (1 + Math.abs(expected[i]!)), `${type} cell ${i}: ${v} vs ${expected[i]}`));
  }
});

test('a uniform flow carries a block without creating or losing ice, for hundreds of steps', async () => {
  await tf.setBackend('cpu');
  const n = 64;
  const stats = async (h: tf.Tensor2D) => {
    const r = tf.tidy(() => {
      const xs = tf.reshape(tf.range(0, n), [1, n]);
      const ys = tf.reshape(tf.range(0, n), [n, 1]);
      return tf.stack([tf.sum(h), tf.sum(tf.mul(h, xs)), tf.sum(tf.mul(h, ys))]);
    });
    const [vol, mx, my] = await r.data();
    r.dispose();
    return { vol: vol!, cx: mx! / vol!, cy: my! / vol! };
  };
  for (const type of LIMITERS) {
    const hData = new Float32Array(n * n);
    for (let j = 20; j < 40; j++) for (let i = 10; i < 30; i++) hData[j * n + i] = 100;
    let h = tf.tensor2d(hData, [n, n]);
    const u = tf.fill([n, n], 5) as tf.Tensor2D;
    const v = tf.fill([n, n], 2) as tf.Tensor2D;
    const s0 = await stats(h);
    const before = tf.memory().numTensors;
    for (let step = 0; step < 300; step++) {
      const next = tf.tidy(() => tf.relu(tf.sub(h, divfluxSlopeLimiter(u, v, h, 100, 1, type))) as tf.Tensor2D);
      h.dispose();
      h = next;
    }
    assert.equal(tf.memory().numTensors, before, 'no tensor leaks per step');
    const s1 = await stats(h);
    assert.ok(Math.abs(s1.vol - s0.vol) / s0.vol < 1e-5, `${type}: volume changed by ${((s1.vol - s0.vol) / s0.vol).toExponential(2)}`);
    // 300 years at 5 m/a and 2 m/a is 15 and 6 cells of 100 m.
    assert.ok(Math.abs(s1.cx - s0.cx - 15) < 0.5, `${type}: moved ${s1.cx - s0.cx} cells in x`);
    assert.ok(Math.abs(s1.cy - s0.cy - 6) < 0.5, `${type}: moved ${s1.cy - s0.cy} cells in y`);
    tf.dispose([h, u, v]);
  }
});

test('staggered averages and gradients', async () => {
  await tf.setBackend('cpu');
  const s = tf.tensor2d([[0, 1, 2], [10, 11, 12], [20, 21, 22]]);
  const [gx, gy] = gradientStaggered(s, 1);
  assert.deepEqual(Array.from(await gx.data()), [1, 1, 1, 1]);
  assert.deepEqual(Array.from(await gy.data()), [10, 10, 10, 10]);
  assert.deepEqual(Array.from(await stag4h(s).data()), [5.5, 6.5, 15.5, 16.5]);
  tf.dispose([s, gx, gy]);
});
