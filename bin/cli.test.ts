import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import h5wasm from 'h5wasm/node';
import { parse } from 'yaml';
import { main } from './cli';
import { progressLine } from './run';

const SHARED = join(import.meta.dirname, '../../shared/igm');
const EXAMPLE = join(SHARED, 'examples', 'aletsch-basic');

async function run(args: string[], cwd = EXAMPLE) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, env: {} });
  return { code, out, err };
}

test('compose prints the resolved config as YAML without a hydra node', async () => {
  const r = await run(['compose', '--conf-dir', join(SHARED, 'conf'), '+experiment=params', 'processes.time.end=2050']);
  assert.equal(r.code, 0, r.err);
  const cfg = parse(r.out);
  assert.equal(cfg.processes.time.end, 2050);
  assert.equal(cfg.cwd, EXAMPLE);
  assert.equal('hydra' in cfg, false);
  assert.match(r.out, /^    start: 1900\.0$/m, 'floats print as Python prints them');
});

test('--format json and --experiment-dir', async () => {
  const r = await run(['compose', '--experiment-dir', EXAMPLE, '--format', 'json', '--', '+experiment=params']);
  assert.equal(r.code, 0, r.err);
  // Python's json writes non-finite floats as -Infinity/NaN, and so do we; YAML reads JSON otherwise.
  assert.equal(parse(r.out).inputs.local.filename, 'input.nc');
  assert.match(r.out, /"tlast_init": -Infinity,/);
});

test('--multirun prints one job per sweep point with Hydra’s override lists', async () => {
  const r = await run(['compose', '--multirun', '+experiment=params', 'processes.time.end=2010,2020', 'processes.thk.slope_type=godunov,superbee']);
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

test('--explain tells where a value came from', async () => {
  const r = await run(['compose', '+experiment=params', '--explain', 'processes.time.start']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, 'processes.time.start = 1900.0\n  set by experiment/params.yaml:47\n  replacing 2000.0 from igm/conf/processes/time.yaml:2\n');
});

test('user mistakes exit 1 with the message on stderr and nothing on stdout', async () => {
  for (const args of [['compose', 'nope=1'], ['compose', 'a=[1'], ['compose', '--format', 'xml'], ['frobnicate']]) {
    const r = await run(args);
    assert.equal(r.code, 1, args.join(' '));
    assert.equal(r.out, '');
    assert.ok(r.err.length > 0);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  }
  assert.match((await run(['compose', 'nope=1'])).err, /Could not override 'nope'\.\nTo append to your config use \+nope=1/);
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

test('run writes Hydra’s record and IGM’s time series, and reports progress on stderr', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'igm-run-'));
  mkdirSync(join(dir, 'experiment'));
  writeFileSync(
    join(dir, 'experiment', 'params.yaml'),
    `# @package _global_
defaults:
  - override /inputs: [slab]
  - override /processes: [smb_simple, time, thk]
  - override /outputs: [write_ts]
processes:
  time: {start: 0.0, end: 20.0, save: 10.0}
  smb_simple:
    array:
      - [time, gradabl, gradacc, ela, accmax]
      - [0, 0.01, 0.01, -5000, 0.5]
`,
  );
  const r = await run(['run', '--out', 'out', '--backend', 'wasm', '+experiment=params', 'inputs.slab.thk=50.0'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Run finished at year 20\.0/);
  assert.match(r.err, /year 20\.0 \/ 20\.0 \[#+\] 100%/);
  assert.equal(readFileSync(join(dir, 'out', '.hydra', 'overrides.yaml'), 'utf8'), '- +experiment=params\n- inputs.slab.thk=50.0\n');
  assert.equal(parse(readFileSync(join(dir, 'out', '.hydra', 'config.yaml'), 'utf8')).inputs.slab.thk, 50);
  await h5wasm.ready;
  const f = new h5wasm.File(join(dir, 'out', 'output_ts.nc'), 'r');
  const vol = Array.from((f.get('vol') as InstanceType<typeof h5wasm.Dataset>).value as Float32Array);
  const time = Array.from((f.get('time') as InstanceType<typeof h5wasm.Dataset>).value as Float32Array);
  f.close();
  assert.deepEqual(time, [0, 10, 20]);
  // 40×40 cells of 1 km: a 20×20 slab of 50 m, then +0.5 m/a everywhere.
  const cell = 1e6;
  vol.forEach((v, i) => assert.ok(Math.abs(v - (400 * 50 * cell + 1600 * cell * 0.5 * time[i]!) / 1e9) < 1e-5, `vol ${v}`));
});

test('run refuses modules the studio cannot run, before writing anything', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'igm-run-'));
  mkdirSync(join(dir, 'experiment'));
  writeFileSync(join(dir, 'experiment', 'params.yaml'), '# @package _global_\ndefaults:\n  - override /inputs: [oggm_shop]\n');
  const r = await run(['run', '--out', 'out', '+experiment=params'], dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /inputs\.oggm_shop: The input module 'oggm_shop' cannot run in the studio/);
});

test('the progress line shows year, share done, rate and time left', () => {
  assert.equal(progressLine({ t: 2050, start: 2000, end: 2100, it: 100 }, 10), 'year 2050.0 / 2100.0 [############------------]  50%  10.0 steps/s  ETA 0:10');
});
