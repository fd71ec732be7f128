import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import h5wasm from 'h5wasm/node';
import { runSimulation } from './run';
import { aletschYaml, composeYaml, noFiles } from './testing';
import { readNetcdf } from '../io/netcdf-read';

const ALETSCH = join(import.meta.dirname, '../../../shared/igm/examples/aletsch-basic/data/input.nc');

test('aletsch-basic runs its century with its smb_simple table: plausible volume and area', async () => {
  await tf.setBackend('wasm');
  const { FS } = await h5wasm.ready;
  // The example's own modules and SMB table on the grid coarsened to 300 m, so the century takes
  // about a minute.
  const config = composeYaml(aletschYaml({ end: 2000, coarsening: 3, outputs: ['write_ts'] }));
  const r = await runSimulation({
    config,
    io: { ...noFiles, readData: async () => new Uint8Array(readFileSync(ALETSCH)), decodeNetcdf: async (b) => readNetcdf({ File: h5wasm.File, FS: FS! }, b) },
  });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const series = r.value.series;
  assert.deepEqual(series.map((p) => p.t), [1900, 1910, 1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000]);
  // The input holds 13.75 km³ on ~97 km² (thin margin cells included). With the ELA between
  // 2800 and 2900 m the glacier stays near balance: measured 13.75 → 14.40 (1970) → 14.13 km³,
  // area settling at 84–86 km² once the thinnest margin cells melt in the first decade. Bounds:
  // volume within 10% of the start (the SMB alone, ±2 m/a over ~85 km², could move it by more
  // than 1 km³ a decade), area between the real glacier's ~80 km² and the input's 97 km².
  assert.ok(Math.abs(series[0]!.volKm3 - 13.752) < 0.01, `start volume ${series[0]!.volKm3}`);
  for (const p of series) {
    assert.ok(p.volKm3 > 12.4 && p.volKm3 < 15.1, `volume ${p.volKm3} km³ in ${p.t}`);
    assert.ok(p.areaKm2 > 75 && p.areaKm2 < 100, `area ${p.areaKm2} km² in ${p.t}`);
  }
  r.value.state.dispose();
});
