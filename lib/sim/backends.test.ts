import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { runYaml } from './testing';

const DOME = `# @package _global_
defaults:
  - override /inputs: [halfar]
  - override /processes: [iceflow, time, thk]
  - override /outputs: [write_ts]
inputs:
  halfar: {dx: 150000.0, extent: 1800000.0}
processes:
  time: {start: 0.0, end: 200.0, save: 100.0, step_max: 100.0}
  iceflow:
    method: solved
    physics: {init_arrhenius: 100.0, init_slidingco: 10.0}
    solver: {nbitmax: 15}
    numerics: {Nz: 3}
`;

test('the same run gives the same glacier on the cpu and wasm backends', async () => {
  const thk: Record<string, Float32Array> = {};
  const speed: Record<string, Float32Array> = {};
  for (const backend of ['cpu', 'wasm']) {
    await tf.setBackend(backend);
    const { result } = await runYaml(DOME);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    thk[backend] = (await result.value.state.get('thk').data()) as Float32Array;
    speed[backend] = (await result.value.state.get('velsurf_mag').data()) as Float32Array;
    result.value.state.dispose();
  }
  const maxDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);
  const peakSpeed = Math.max(...speed.cpu!);
  assert.ok(peakSpeed > 1, 'the ice moved');
  // Float32 on both; summation order differs between backends, so allow rounding-level drift.
  assert.ok(maxDiff(thk.cpu!, thk.wasm!) < 0.05, `thickness differs by ${maxDiff(thk.cpu!, thk.wasm!)} m`);
  assert.ok(maxDiff(speed.cpu!, speed.wasm!) < 0.01 * peakSpeed, `surface speed differs by ${maxDiff(speed.cpu!, speed.wasm!)} m/a`);
});
