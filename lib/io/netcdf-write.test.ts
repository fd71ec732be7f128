import { test } from 'node:test';
import assert from 'node:assert/strict';
import h5wasm from 'h5wasm/node';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNetcdf } from './netcdf-write';

test('a written file has dimension scales attached to its variables and reads back', async () => {
  const { FS } = await h5wasm.ready;
  const bytes = writeNetcdf({ File: h5wasm.File, FS: FS! }, join(mkdtempSync(join(tmpdir(), 'nc-')), 'ts.nc'), {
    dimensions: [{ name: 'time', values: Float32Array.of(2000, 2010, 2020), unlimited: true, attrs: { units: 'yr' } }],
    variables: [{ name: 'vol', dims: ['time'], data: Float32Array.of(1.5, 1.25, 1), attrs: { units: 'km^3', long_name: 'Ice volume' } }],
    attrs: { source: 'IGM Studio' },
  });
  assert.deepEqual([...bytes.slice(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'HDF', 'an HDF5 (NetCDF-4) file');
  const dir = mkdtempSync(join(tmpdir(), 'nc-'));
  writeFileSync(join(dir, 'back.nc'), bytes);
  const f = new h5wasm.File(join(dir, 'back.nc'), 'r');
  const vol = f.get('vol') as InstanceType<typeof h5wasm.Dataset>;
  assert.deepEqual(Array.from(vol.value as Float32Array), [1.5, 1.25, 1]);
  assert.deepEqual(vol.get_attached_scales(0), ['/time']);
  assert.equal(vol.attrs.units?.value, 'km^3');
  const time = f.get('time') as InstanceType<typeof h5wasm.Dataset>;
  assert.equal(time.get_scale_name(), 'time');
  assert.equal(f.attrs.source?.value, 'IGM Studio');
  f.close();
});
