import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import h5wasm from 'h5wasm/node';
import { readNetcdf } from '../../io/netcdf-read';
import { writeNetcdf } from '../../io/netcdf-write';
import { gridFromDataset } from './local';
import type { NcDataset } from '../../io/netcdf-read';

const ALETSCH = join(import.meta.dirname, '../../../../shared/igm/examples/aletsch-basic/data/input.nc');

function dataset(): NcDataset {
  // 4 × 3 grid with y descending, one missing value (> 1e35).
  const x = Float32Array.of(0, 100, 200, 300);
  const y = Float32Array.of(200, 100, 0);
  const topg = Float32Array.of(20, 21, 22, 23, 10, 11, 12, 13, 0, 1, 2, 9.9e36);
  return {
    variables: {
      x: { dims: ['x'], shape: [4], data: x },
      y: { dims: ['y'], shape: [3], data: y },
      topg: { dims: ['y', 'x'], shape: [3, 4], data: topg },
    },
  };
}

test('axes are sorted ascending and huge values become missing', () => {
  const g = gridFromDataset(dataset(), 't.nc', {});
  assert.deepEqual(Array.from(g.grid.y), [0, 100, 200]);
  assert.equal(g.grid.dx, 100);
  assert.deepEqual(Array.from(g.fields.topg!).slice(0, 4).map((v) => (Number.isNaN(v) ? 'nan' : v)), [0, 1, 2, 'nan']);
  assert.deepEqual(Array.from(g.fields.topg!).slice(8), [20, 21, 22, 23]);
});

test('crop keeps inclusive bounds; coarsening averages blocks and skips missing values', () => {
  const c = gridFromDataset(dataset(), 't.nc', { crop: { xmin: 100, xmax: 200, ymin: null, ymax: 100 } });
  assert.deepEqual([c.grid.nx, c.grid.ny], [2, 2]);
  assert.deepEqual(Array.from(c.fields.topg!), [1, 2, 11, 12]);
  const k = gridFromDataset(dataset(), 't.nc', { ratio: 2, boundary: 'trim' });
  assert.deepEqual([k.grid.nx, k.grid.ny], [2, 1]);
  assert.deepEqual(Array.from(k.grid.x), [50, 250]);
  assert.deepEqual(Array.from(k.fields.topg!), [5.5, (2 + 12 + 13) / 3]);
  assert.throws(() => gridFromDataset(dataset(), 't.nc', { ratio: 2, boundary: 'exact' }), /multiple of it/);
});

test('the real aletsch-basic input reads as IGM reads it: 179 × 244 cells of 100 m', async () => {
  const { FS } = await h5wasm.ready;
  const ds = readNetcdf({ File: h5wasm.File, FS: FS! }, new Uint8Array(readFileSync(ALETSCH)));
  const g = gridFromDataset(ds, 'input.nc', {});
  assert.deepEqual([g.grid.nx, g.grid.ny, g.grid.dx], [179, 244, 100]);
  assert.deepEqual(Object.keys(g.fields).sort(), ['icemask', 'thk', 'usurf']);
  const volKm3 = g.fields.thk!.reduce((s, h) => s + h, 0) * 1e4 / 1e9;
  assert.ok(Math.abs(volKm3 - 13.752) < 0.01, `${volKm3} km³ of ice`);
});

test('what we write, we read back', async () => {
  const { FS } = await h5wasm.ready;
  const bytes = writeNetcdf({ File: h5wasm.File, FS: FS! }, '/tmp/roundtrip.nc', {
    dimensions: [
      { name: 'y', values: Float32Array.of(0, 100) },
      { name: 'x', values: Float32Array.of(0, 100, 200) },
    ],
    variables: [{ name: 'topg', dims: ['y', 'x'], data: Float32Array.of(1, 2, 3, 4, 5, 6) }],
  });
  const g = gridFromDataset(readNetcdf({ File: h5wasm.File, FS: FS! }, bytes), 'roundtrip.nc', {});
  assert.deepEqual(Array.from(g.fields.topg!), [1, 2, 3, 4, 5, 6]);
  assert.throws(() => readNetcdf({ File: h5wasm.File, FS: FS! }, new TextEncoder().encode('CDF\x01 classic')), /NetCDF-3/);
});
