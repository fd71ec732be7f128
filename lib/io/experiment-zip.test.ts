import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { unzipExperiment, zipExperiment } from './experiment-zip';
import { defaultExperimentFiles } from '../igm/default-experiment';

const ws = { files: { ...defaultExperimentFiles, 'user/conf/processes/clim.yaml': 'a: 1\n' }, overrides: [], experiment: 'params' };

test('an experiment folder zips in IGM layout and comes back identical', () => {
  const nc = new Uint8Array([0x89, 0x48, 0x44, 0x46, 1, 2, 3]);
  const zip = zipExperiment(ws, { 'data/input.nc': { bytes: nc } });
  const back = unzipExperiment(zip);
  assert.ok(back.ok);
  assert.deepEqual(back.value.files, ws.files);
  assert.deepEqual([...back.value.data['data/input.nc']!.bytes], [...nc]);
  assert.deepEqual(back.value.skipped, []);
});

test('a wrapping folder is dropped and stray files are reported, not imported', () => {
  const zip = zipSync({
    'aletsch-basic/experiment/params.yaml': strToU8('a: 1'),
    'aletsch-basic/user/code/processes/clim.py': strToU8('print(1)'),
    'aletsch-basic/.DS_Store': strToU8(''),
    '__MACOSX/aletsch-basic/._params.yaml': strToU8(''),
  });
  const back = unzipExperiment(zip);
  assert.ok(back.ok);
  assert.deepEqual(Object.keys(back.value.files), ['experiment/params.yaml']);
  assert.equal(back.value.skipped.length, 1);
  assert.match(back.value.skipped[0]!, /clim\.py.*outside the experiment layout/);
});

test('an archive that is not an experiment is refused with a reason', () => {
  const r1 = unzipExperiment(new Uint8Array([1, 2, 3]));
  assert.equal(r1.ok ? '' : r1.error, 'This file is not a readable zip archive.');
  const r2 = unzipExperiment(zipSync({ 'notes.txt': strToU8('hi') }));
  assert.match(r2.ok ? '' : r2.error, /no experiment\/\*\.yaml/);
  const r3 = unzipExperiment(zipSync({ '../../evil/experiment/x.yaml': strToU8('a: 1') }));
  assert.equal(r3.ok, false);
});
