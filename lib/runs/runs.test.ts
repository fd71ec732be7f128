import { test } from 'node:test';
import assert from 'node:assert/strict';
import { igmRunCommand, seriesCsv, slurmSweepCommand, sweepOverrides } from './commands';
import { poolSize, runsToStart } from './pool';
import { configDiff, configValue, keepFrame, MAX_FRAMES, type FrameRecord } from './record';
import { splitCommandLine } from '../workspace/command-line';

const frame = (t: number): FrameRecord => ({ seq: t, t, nx: 1, ny: 1, dx: 1, fields: {} });

test('frames stay bounded, spread over the run, the last one kept', () => {
  let frames: FrameRecord[] = [];
  let dropped = 0;
  for (let t = 0; t <= 100; t++) {
    const r = keepFrame(frames, frame(t));
    frames = r.frames;
    dropped += r.dropped;
  }
  assert.ok(frames.length <= MAX_FRAMES);
  assert.equal(frames.at(-1)!.t, 100);
  assert.equal(frames[0]!.t, 0);
  assert.equal(frames.length + dropped, 101);
  const gaps = frames.slice(1).map((f, i) => f.t - frames[i]!.t);
  // 101 saves into 40: every 4th (the smallest power of two that fits) and the newest.
  assert.deepEqual(new Set(gaps.slice(0, -1)), new Set([4]));
});

test('the igm_run and Slurm commands carry the same override words', () => {
  const overrides = ['processes.time.end=2050', "core.url_data=a b", 'processes.iceflow.physics.init_slidingco=0.1,0.3'];
  const one = igmRunCommand('params', overrides.slice(0, 2));
  assert.equal(one, "igm_run +experiment=params processes.time.end=2050 'core.url_data=a b'");
  const sweep = slurmSweepCommand('params', overrides, { partition: 'gpu' });
  const words = splitCommandLine(sweep);
  assert.ok(words.ok);
  assert.deepEqual(words.value.slice(0, 6), ['igm_run', '-m', '+experiment=params', ...overrides]);
  assert.ok(words.value.includes('hydra/launcher=submitit_slurm'));
  assert.ok(words.value.includes('hydra.launcher.partition=gpu'));
  assert.equal(seriesCsv([{ t: 2000, volKm3: 1.5, areaKm2: 3, maxSpeed: 10 }]), 'time,vol_km3,area_km2,max_speed_m_per_a\n2000,1.5,3,10\n');
});

test('a sweep\'s override words come back from its jobs, each key once, values in job order', () => {
  const jobs = [
    ['processes.time.end=2050', 'processes.thk.slope_type=godunov'],
    ['processes.time.end=2050', 'processes.thk.slope_type=superbee'],
    ['processes.time.end=2060', 'processes.thk.slope_type=godunov'],
    ['processes.time.end=2060', 'processes.thk.slope_type=superbee'],
  ];
  assert.deepEqual(sweepOverrides(jobs), ['processes.time.end=2050,2060', 'processes.thk.slope_type=godunov,superbee']);
  // A value holding '=' is split at the first one only; a key every job shares stays single.
  assert.deepEqual(sweepOverrides([['a=x=1', 'b=2'], ['a=x=2', 'b=2']]), ['a=x=1,x=2', 'b=2']);
});

test('config values and differences for the runs table and comparison', () => {
  const a = { processes: { time: { end: 2050, start: 2000 }, smb: { array: [[1, 2]] } } };
  const b = { processes: { time: { end: 2060, start: 2000 }, smb: { array: [[1, 3]] } }, extra: true };
  assert.equal(configValue(a, 'processes.time.end'), '2050');
  assert.equal(configValue(a, 'processes.nope.x'), '');
  assert.deepEqual(configDiff(a, b), [
    { key: 'extra', a: '—', b: 'true' },
    { key: 'processes.smb.array', a: '[[1,2]]', b: '[[1,3]]' },
    { key: 'processes.time.end', a: '2050', b: '2060' },
  ]);
});

test('the pool starts queued runs oldest first up to its size', () => {
  assert.equal(poolSize(2), 1);
  assert.equal(poolSize(16), 4);
  assert.equal(poolSize(undefined), 1);
  const runs = [
    { id: 'a', status: 'running', createdAt: 1 },
    { id: 'b', status: 'queued', createdAt: 3 },
    { id: 'c', status: 'queued', createdAt: 2 },
    { id: 'd', status: 'finished', createdAt: 0 },
  ];
  assert.deepEqual(runsToStart(runs, 2).map((r) => r.id), ['c']);
  assert.deepEqual(runsToStart(runs, 1), []);
});
