import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { saveTimes } from './time';
import { runYaml } from '../testing';

test('save times are numpy.arange(start, end, save) plus the end', () => {
  assert.deepEqual(saveTimes(2000, 2100, 25), [2000, 2025, 2050, 2075, 2100]);
  assert.deepEqual(saveTimes(0, 1, 0.3).map((t) => +t.toFixed(6)), [0, 0.3, 0.6, 0.9, 1]);
  assert.deepEqual(saveTimes(0, 10, 10), [0, 10]);
});

test('the clock lands on every save time, and the first pass does not advance', async () => {
  await tf.setBackend('cpu');
  const { result, frames } = await runYaml(`# @package _global_
defaults:
  - override /inputs: [slab]
  - override /processes: [time, thk]
processes:
  time: {start: 10.0, end: 13.0, save: 1.25, step_max: 0.5}
`);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  assert.deepEqual(frames.map((f) => f.t), [10, 11.25, 12.5, 13]);
  assert.equal(frames[0]!.it, 0, 'first frame is the initial state');
  // 3 years in steps of at most 0.5, with steps shortened to hit 11.25 and 12.5: 7 steps + it 0.
  assert.equal(result.value.steps, 8);
  result.value.state.dispose();
});
