import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { main } from './cli';

const SHARED = join(import.meta.dirname, '../../shared/igm');
const EXAMPLE = join(SHARED, 'examples', 'aletsch-basic');

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += t), cwd: EXAMPLE, env: {} });
  return { code, out, err };
}

test('compose prints the resolved config as YAML without a hydra node', () => {
  const r = run(['compose', '--conf-dir', join(SHARED, 'conf'), '+experiment=params', 'processes.time.end=2050']);
  assert.equal(r.code, 0, r.err);
  const cfg = parse(r.out);
  assert.equal(cfg.processes.time.end, 2050);
  assert.equal(cfg.cwd, EXAMPLE);
  assert.equal('hydra' in cfg, false);
  assert.match(r.out, /^    start: 1900\.0$/m, 'floats print as Python prints them');
});

test('--format json and --experiment-dir', () => {
  const r = run(['compose', '--experiment-dir', EXAMPLE, '--format', 'json', '--', '+experiment=params']);
  assert.equal(r.code, 0, r.err);
  // Python's json writes non-finite floats as -Infinity/NaN, and so do we; YAML reads JSON otherwise.
  assert.equal(parse(r.out).inputs.local.filename, 'input.nc');
  assert.match(r.out, /"tlast_init": -Infinity,/);
});

test('--multirun prints one job per sweep point with Hydra’s override lists', () => {
  const r = run(['compose', '--multirun', '+experiment=params', 'processes.time.end=2010,2020', 'processes.thk.slope_type=godunov,superbee']);
  assert.equal(r.code, 0, r.err);
  const jobs = parse(r.out) as { overrides: string[]; config: { processes: { time: { end: number }; thk: { slope_type: string } } } }[];
  assert.deepEqual(jobs.map((j) => j.overrides), [
    ['+experiment=params', 'processes.time.end=2010', 'processes.thk.slope_type=godunov'],
    ['+experiment=params', 'processes.time.end=2010', 'processes.thk.slope_type=superbee'],
    ['+experiment=params', 'processes.time.end=2020', 'processes.thk.slope_type=godunov'],
    ['+experiment=params', 'processes.time.end=2020', 'processes.thk.slope_type=superbee'],
  ]);
  assert.deepEqual(jobs.map((j) => [j.config.processes.time.end, j.config.processes.thk.slope_type]), [
    [2010, 'godunov'], [2010, 'superbee'], [2020, 'godunov'], [2020, 'superbee'],
  ]);
});

test('--explain tells where a value came from', () => {
  const r = run(['compose', '+experiment=params', '--explain', 'processes.time.start']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, 'processes.time.start = 1900.0\n  set by experiment/params.yaml:47\n  replacing 2000.0 from igm/conf/processes/time.yaml:2\n');
});

test('user mistakes exit 1 with the message on stderr and nothing on stdout', () => {
  for (const args of [['compose', 'nope=1'], ['compose', 'a=[1'], ['compose', '--format', 'xml'], ['frobnicate']]) {
    const r = run(args);
    assert.equal(r.code, 1, args.join(' '));
    assert.equal(r.out, '');
    assert.ok(r.err.length > 0);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  }
  assert.match(run(['compose', 'nope=1']).err, /Could not override 'nope'\.\nTo append to your config use \+nope=1/);
});

test('the installed command runs and exits with the right status', () => {
  const bin = join(import.meta.dirname, 'igm-studio.mjs');
  const ok = spawnSync(process.execPath, [bin, 'compose', '+experiment=params', '--format', 'json'], { cwd: EXAMPLE, encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(parse(ok.stdout).processes.time.end, 2000);
  const bad = spawnSync(process.execPath, [bin, 'compose', '+experiment=nosuch'], { cwd: EXAMPLE, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /Could not find 'experiment\/nosuch'/);
});
