import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPath, sortPaths } from './paths';
import { createFile, deleteFile, renameFile, writeFile, type Workspace } from './workspace';

const ws: Workspace = { files: { 'experiment/params.yaml': 'a: 1\n' }, overrides: [], experiment: 'params' };

test('paths follow IGM\'s experiment layout', () => {
  assert.deepEqual(classifyPath('user/conf/processes/clim_aletsch.yaml'), { ok: true, value: { kind: 'user-conf', name: 'clim_aletsch', group: 'processes' } });
  assert.deepEqual(classifyPath('data/input.nc'), { ok: true, value: { kind: 'data', name: 'input.nc' } });
  for (const bad of ['params.yaml', 'experiment/sub/p.yaml', 'experiment/p.yml', 'user/conf/hydra/x.yaml', 'data/../x', 'experiment/.yaml', '']) {
    assert.equal(classifyPath(bad).ok, false, bad);
  }
  assert.deepEqual(sortPaths(['data/a.nc', 'user/conf/inputs/b.yaml', 'experiment/z.yaml', 'experiment/a.yaml']), ['experiment/a.yaml', 'experiment/z.yaml', 'user/conf/inputs/b.yaml', 'data/a.nc']);
});

test('create, write, rename and delete keep the folder valid and the input untouched', () => {
  const created = createFile(ws, 'user/conf/processes/clim.yaml', 'x: 1\n');
  assert.ok(created.ok);
  assert.deepEqual(Object.keys(ws.files), ['experiment/params.yaml']);
  assert.equal(createFile(created.value, 'user/conf/processes/clim.yaml').ok, false);
  assert.match((createFile(ws, 'data/input.nc') as { error: string }).error, /upload/);
  const written = writeFile(created.value, 'experiment/params.yaml', 'a: 2\n');
  assert.ok(written.ok);
  assert.equal(written.value.files['experiment/params.yaml'], 'a: 2\n');
  const renamed = renameFile(written.value, 'experiment/params.yaml', 'experiment/run2.yaml');
  assert.ok(renamed.ok);
  assert.equal(renamed.value.experiment, 'run2', 'the selected experiment follows its file');
  assert.equal(renamed.value.files['experiment/run2.yaml'], 'a: 2\n');
  assert.equal(deleteFile(renamed.value, 'experiment/run2.yaml').ok, false, 'the last experiment file stays');
  const two = createFile(renamed.value, 'experiment/other.yaml', 'b: 1\n');
  assert.ok(two.ok);
  const deleted = deleteFile(two.value, 'experiment/run2.yaml');
  assert.ok(deleted.ok);
  assert.equal(deleted.value.experiment, 'other');
});
