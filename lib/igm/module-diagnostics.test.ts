import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moduleDiagnostics, userModulesOf } from './module-diagnostics';

const none = { inputs: [], processes: [], outputs: [] };

test('an unknown module is an error at its own position; modules the browser lacks are warnings', () => {
  const text = `# @package _global_
defaults:
  - override /inputs: [synthetic]
  - override /processes:
    - smb_simpel
    - iceflow
    - particles
  - override /outputs: local
`;
  const d = moduleDiagnostics(text, none);
  assert.deepEqual(
    d.map((x) => [x.severity, x.line, x.col, x.endCol, x.message.split(':')[0]]),
    [
      ['error', 5, 7, 17, "Unknown processes module 'smb_simpel'"],
      ['warning', 7, 7, 16, "IGM's processes module 'particles' cannot run in the browser; the experiment is still valid for IGM. Export it to run there."],
      ['warning', 8, 24, 29, "IGM's outputs module 'local' cannot run in the browser; the experiment is still valid for IGM. Export it to run there."],
    ],
  );
  assert.match(d[0]!.message, /Hydra would skip it/);
});

test("the user's own modules are known, and flagged as needing IGM", () => {
  const user = userModulesOf(['user/conf/processes/clim_aletsch.yaml', 'experiment/params.yaml', 'user/conf/inputs/synthetic.yaml']);
  assert.deepEqual(user, { inputs: ['synthetic'], processes: ['clim_aletsch'], outputs: [] });
  const d = moduleDiagnostics('defaults:\n  - override /processes: [clim_aletsch, time]\n', user);
  assert.equal(d.length, 1);
  assert.equal(d[0]!.severity, 'warning');
  assert.match(d[0]!.message, /your own module/);
});

test('files without a defaults list, or with YAML errors, give no module diagnostics', () => {
  assert.deepEqual(moduleDiagnostics('a: [1\n', none), []);
  assert.deepEqual(moduleDiagnostics('processes:\n  time: {end: 3}\n', none), []);
});
