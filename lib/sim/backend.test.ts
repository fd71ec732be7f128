import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { selectBackend } from './backend';
import { exactProduct, matmulSelfCheck } from './self-check';

test('falls back past backends this build lacks and says why', async () => {
  const choice = await selectBackend(tf, ['webgpu', 'cpu']);
  assert.ok(choice.ok);
  assert.equal(choice.value.backend, 'cpu');
  assert.deepEqual(choice.value.skipped, [{ backend: 'webgpu', reason: 'not available in this build' }]);
});

test('reports a typed error when no backend can start', async () => {
  const choice = await selectBackend(tf, ['webgpu', 'webgl']);
  assert.equal(choice.ok, false);
  if (!choice.ok) {
    assert.equal(choice.error.code, 'no-backend');
    assert.match(choice.error.message, /webgpu \(not available in this build\), webgl/);
  }
});

test('the exact product is what a hand computation gives', () => {
  // Row 0 of A is entryA(0, k) = (3k % 11) − 5, column 0 of B is (5k % 13) − 6.
  let s = 0;
  for (let k = 0; k < 4; k++) s += (((3 * k) % 11) - 5) * (((5 * k) % 13) - 6);
  assert.equal(exactProduct(4)[0], s);
});

test('the cpu backend reproduces the 64×64 product exactly and leaks no tensor', async () => {
  await tf.setBackend('cpu');
  const before = tf.memory().numTensors;
  const check = await matmulSelfCheck(tf, 64);
  assert.equal(check.maxAbsError, 0);
  assert.equal(tf.memory().numTensors, before);
});
