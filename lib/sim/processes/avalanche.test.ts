import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { runYaml } from '../testing';

test('a pile steeper than the angle of repose slumps, keeping its volume', async () => {
  await tf.setBackend('wasm');
  // A 40 m-thick, 4-cell-wide block on a flat bed with 10 m cells: 76° edges, far above 30°.
  const { result, frames } = await runYaml(
    `# @package _global_
defaults:
  - override /inputs: [slab]
  - override /processes: [time, avalanche]
  - override /outputs: [write_ts]
inputs:
  slab: {nx: 12, ny: 12, dx: 10.0, thk: 40.0, slope_deg: 0.0, margin: 4}
processes:
  time: {start: 0.0, end: 2.0, save: 1.0, step_max: 1.0}
`,
    [],
    { frameFields: ['thk'] },
  );
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const [v0, v1] = [result.value.series[0]!.volKm3, result.value.series.at(-1)!.volKm3];
  assert.ok(Math.abs(v1 - v0) / v0 < 1e-5, `volume ${v0} → ${v1} km³`);
  const before = frames[0]!.fields.thk!;
  const after = frames.at(-1)!.fields.thk!;
  assert.equal(Math.max(...before), 40);
  assert.ok(Math.max(...after) < 40, 'the top came down');
  assert.ok(after.filter((h) => h > 0.01).length > before.filter((h) => h > 0.01).length, 'ice spread to neighbouring cells');
  // No step between neighbours along x steeper than 10 m · tan 30° = 5.77 m (plus the stop tolerance).
  let steepest = 0;
  for (let j = 0; j < 12; j++) for (let i = 0; i < 11; i++) steepest = Math.max(steepest, Math.abs(after[j * 12 + i]! - after[j * 12 + i + 1]!));
  assert.ok(steepest <= 10 * Math.tan(Math.PI / 6) + 0.05, `steepest step ${steepest} m`);
  result.value.state.dispose();
});
