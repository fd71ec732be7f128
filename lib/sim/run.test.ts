import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { runYaml } from './testing';

const SLAB = (extra: string, processes = 'smb_simple, time, thk') => `# @package _global_
defaults:
  - override /inputs: [slab]
  - override /processes: [${processes}]
  - override /outputs: [write_ts]
inputs:
  slab: {nx: 20, ny: 16, dx: 500.0, thk: 100.0, slope_deg: 1.0, margin: 3}
${extra}`;

test('with a known uniform SMB and no flow, volume grows by exactly the integrated SMB', async () => {
  await tf.setBackend('cpu');
  // ELA far below and a steep gradient: the balance is capped at accmax = 0.5 m/a everywhere.
  const { result, frames } = await runYaml(
    SLAB(`processes:
  time: {start: 0.0, end: 40.0, save: 10.0, step_max: 1.0}
  smb_simple:
    array:
      - [time, gradabl, gradacc, ela, accmax]
      - [0, 0.01, 0.01, -5000, 0.5]
`),
  );
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const cells = 20 * 16;
  const cell = 500 * 500;
  const v0 = (14 * 10 * 100 * cell) / 1e9; // the slab interior: (20 − 6) × (16 − 6) cells of 100 m
  const series = result.value.series;
  assert.deepEqual(series.map((p) => p.t), [0, 10, 20, 30, 40]);
  for (const p of series) {
    const expected = v0 + (cells * cell * 0.5 * p.t) / 1e9;
    assert.ok(Math.abs(p.volKm3 - expected) < 1e-6 * expected, `t=${p.t}: ${p.volKm3} km³ vs ${expected}`);
  }
  // Area counts cells thicker than 1 m: the slab at first, everything once 2 years of 0.5 m/a passed.
  assert.equal(series[0]!.areaKm2, (14 * 10 * cell) / 1e6);
  assert.equal(series[1]!.areaKm2, (cells * cell) / 1e6);
  assert.equal(frames.length, 5);
  result.value.state.dispose();
});

test('ablation stops at bare ground: thickness stays non-negative and volume follows the clipped balance', async () => {
  await tf.setBackend('cpu');
  const { result } = await runYaml(
    SLAB(`processes:
  time: {start: 0.0, end: 30.0, save: 10.0, step_max: 1.0}
  smb_simple:
    array:
      - [time, gradabl, gradacc, ela, accmax]
      - [0, 0.01, 0.01, 100000, 2.0]
`),
  );
  assert.ok(result.ok);
  // smb = (usurf − ela)·0.01 clipped at −100 m/a: −100 everywhere, so the 100 m slab is gone after one year.
  assert.deepEqual(result.value.series.map((p) => [p.t, p.volKm3]), [[0, (14 * 10 * 100 * 500 * 500) / 1e9], [10, 0], [20, 0], [30, 0]]);
  result.value.state.dispose();
});

test('memory stays flat over a run: no tensor is left behind per step', async () => {
  await tf.setBackend('cpu');
  const yaml = SLAB(
    `processes:
  time: {start: 0.0, end: STEPS, save: 5.0, step_max: 1.0}
`,
    'time, thk',
  );
  const count = async (steps: number) => {
    const before = tf.memory().numTensors;
    const { result } = await runYaml(yaml.replace('STEPS', `${steps}.0`));
    assert.ok(result.ok);
    const after = tf.memory().numTensors - before;
    result.value.state.dispose();
    return { held: after, afterDispose: tf.memory().numTensors - before };
  };
  const short = await count(5);
  const long = await count(50);
  assert.equal(long.held, short.held, 'the state holds the same fields after 5 or 50 steps');
  assert.equal(long.afterDispose, 0);
});

test('modules the studio cannot run are refused before the run, naming them and the supported ones', async () => {
  await tf.setBackend('cpu');
  const { result } = await runYaml(`# @package _global_
defaults:
  - override /inputs: [oggm_shop]
  - override /processes: [clim_oggm, smb_oggm, iceflow, time, thk]
`);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.error.code, 'unsupported-module');
    assert.equal(result.error.module, 'inputs.oggm_shop');
    assert.match(result.error.message, /downloads glacier data from OGGM/);
    assert.match(result.error.message, /Supported inputs: synthetic, halfar, slab/);
  }
});

test('a missing SMB table is a config error that says what to give', async () => {
  await tf.setBackend('cpu');
  const { result } = await runYaml(SLAB('processes:\n  time: {start: 0.0, end: 1.0}\n'));
  assert.ok(!result.ok && result.error.code === 'bad-config');
  assert.equal(result.error.message, "processes.smb_simple.array is empty and the table file 'param.txt' is not in the data folder");
});

test('a bad parameter value is a config error that names the key', async () => {
  await tf.setBackend('cpu');
  const { result } = await runYaml(SLAB('processes:\n  time: {start: 0.0, end: 1.0}\n', 'time, thk'), ['processes.thk.slope_type=upwind']);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.error.code, 'bad-config');
    assert.equal(result.error.message, 'processes.thk.slope_type must be one of godunov, minmod, superbee, but is "upwind"');
  }
});

test('a blow-up stops the run with the year, step and field', async () => {
  await tf.setBackend('cpu');
  // A negative rate factor makes Glen's law NaN.
  const { result, frames } = await runYaml(
    SLAB(
      `processes:
  time: {start: 0.0, end: 10.0, save: 1.0, step_max: 1.0}
  iceflow:
    method: solved
    solver: {nbitmax: 2}
    numerics: {Nz: 2}
`,
      'iceflow, time, thk',
    ),
    ['processes.iceflow.physics.init_arrhenius=-1.0'],
  );
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.error.code, 'blow-up');
    assert.equal(result.error.field, 'ubar');
    // iceflow runs before time in the loop, so the first solve already fails, at step 0.
    assert.equal(result.error.step, 0);
    assert.match(result.error.message, /became NaN or infinite at year 0\.00 \(step 0\)/);
  }
  assert.equal(frames.length, 0);
});
