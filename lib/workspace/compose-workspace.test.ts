import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeOrigin } from '../hydra';
import { defaultExperimentFiles } from '../igm/default-experiment';
import { composeWorkspace, workspaceJobs } from './compose-workspace';
import type { Workspace } from './workspace';

const ws: Workspace = { files: defaultExperimentFiles, overrides: [], experiment: 'params' };

test('the composed view names where each value came from, an override included', () => {
  const c = composeWorkspace({ ...ws, overrides: ['processes.time.end=2050'] });
  assert.equal(c.error, null);
  const end = c.lines.find((l) => l.path === 'processes.time.end')!;
  assert.equal(end.text.trim(), 'end: 2050');
  const p = c.provenance.get('processes.time.end')!;
  assert.equal(describeOrigin(p.origin), "command line 'processes.time.end=2050'");
  assert.deepEqual(p.replaced.map((r) => [r.value, describeOrigin(r.origin)]), [
    ['2100.0', 'experiment/params.yaml:13'],
    ['2100.0', 'igm/conf/processes/time.yaml:3'],
  ]);
  assert.ok(c.yaml!.includes('  time:\n    start: 2000.0\n    end: 2050\n'));
  assert.equal(c.sweep, null);
  assert.deepEqual(c.diagnostics['experiment/params.yaml'], []);
});

test('a sweep previews its jobs in Hydra order', () => {
  const c = composeWorkspace({ ...ws, overrides: ['processes.time.end=2050,2060', 'processes.thk.slope_type=godunov,superbee'] });
  assert.equal(c.error, null);
  assert.deepEqual(c.sweep, [
    ['processes.time.end=2050', 'processes.thk.slope_type=godunov'],
    ['processes.time.end=2050', 'processes.thk.slope_type=superbee'],
    ['processes.time.end=2060', 'processes.thk.slope_type=godunov'],
    ['processes.time.end=2060', 'processes.thk.slope_type=superbee'],
  ]);
});

test('problems point at the override or the file line that causes them', () => {
  const badSyntax = composeWorkspace({ ...ws, overrides: ['processes.time.end=2050', 'processes.time.end=[1,'] });
  assert.deepEqual(badSyntax.overrideProblems.map((p) => p.index), [1]);
  const unknownKey = composeWorkspace({ ...ws, overrides: ['processes.time.ende=3'] });
  assert.equal(unknownKey.yaml, null);
  assert.match(unknownKey.error!.message, /ende/);
  assert.deepEqual(unknownKey.overrideProblems.map((p) => p.index), [0]);
  const broken = composeWorkspace({ ...ws, files: { 'experiment/params.yaml': '# @package _global_\nprocesses:\n  time: {end: [1\n' } });
  const d = broken.diagnostics['experiment/params.yaml']!;
  assert.equal(d.length, 1);
  assert.equal(d[0]!.severity, 'error');
  assert.ok(d[0]!.line >= 3, `line ${d[0]!.line}`);
  const typo = composeWorkspace({ ...ws, files: { 'experiment/params.yaml': defaultExperimentFiles['experiment/params.yaml']!.replace('smb_simple, iceflow', 'smb_simpel, iceflow') } });
  assert.equal(typo.error, null, 'Hydra composes it (the group is optional)...');
  assert.match(typo.diagnostics['experiment/params.yaml']![0]!.message, /Unknown processes module 'smb_simpel'/, '...so the studio says so');
});

test('the jobs a run starts: one without a sweep, the sweep preview\'s lists with one', () => {
  const one = workspaceJobs({ ...ws, overrides: ['processes.time.end=2050'] });
  assert.ok(one.ok);
  assert.deepEqual(one.value.map((j) => j.overrides), [['processes.time.end=2050']]);
  const overrides = ['processes.time.end=2050,2060'];
  const two = workspaceJobs({ ...ws, overrides });
  assert.ok(two.ok);
  assert.deepEqual(two.value.map((j) => j.overrides), composeWorkspace({ ...ws, overrides }).sweep);
});
