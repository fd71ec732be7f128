/**
 * Runs a composed IGM configuration: inputs, then processes and outputs through IGM's loop,
 * streaming a frame at every save time. The same code runs in Node (cpu, wasm) and in the
 * browser worker (webgpu first). Expected failures come back as a SimError value.
 */
import * as tf from '@tensorflow/tfjs-core';
import { err, ok, type Result } from '../result';
import { SimException, simFail, type SimError } from './errors';
import type { InputModule, ModuleContext, OutputModule, ProcessModule, SimIo } from './modules';
import { Params, type Plain } from './params';
import { INPUTS, OUTPUTS, PROCESSES, planModules, type RunServices } from './registry';
import { SimState } from './state';
import type { SeriesPoint } from './outputs/series';

export interface Frame {
  it: number;
  t: number;
  /** Fields at this save time, (ny, nx) row-major. */
  fields: Record<string, Float32Array>;
  nx: number;
  ny: number;
  dx: number;
  volKm3: number;
  areaKm2: number;
  maxSpeed: number;
}

export interface Progress {
  it: number;
  t: number;
  start: number;
  end: number;
  dt: number;
}

export interface RunOptions {
  config: { [key: string]: Plain };
  io: SimIo;
  onFrame?: (frame: Frame) => void;
  onProgress?: (p: Progress) => void;
  onLog?: (message: string) => void;
  signal?: AbortSignal;
  /** Awaited before every time step: a paused run waits here (the worker's pause button). */
  waitIfPaused?: () => Promise<void>;
  /** Fields sent with each frame (default: thk, velsurf_mag, smb, usurf, topg when present). */
  frameFields?: readonly string[];
}

export interface RunSummary {
  steps: number;
  t: number;
  series: SeriesPoint[];
  state: SimState;
}

interface Bound<T> {
  id: string;
  mod: T;
  ctx: ModuleContext;
}

const DEFAULT_FRAME_FIELDS = ['thk', 'topg', 'usurf', 'smb', 'velsurf_mag'];

async function frameOf(state: SimState, fields: readonly string[]): Promise<Frame> {
  const present = fields.filter((f) => state.has(f));
  const data = await Promise.all(present.map((f) => state.get(f).data() as Promise<Float32Array>));
  const thk = state.get('thk');
  const stats = tf.tidy(() =>
    tf.stack([
      tf.sum(thk),
      tf.sum(tf.cast(tf.greater(thk, 1), 'float32')),
      state.has('velsurf_mag') ? tf.max(state.get('velsurf_mag')) : tf.scalar(0),
      tf.sum(tf.cast(tf.logicalNot(tf.isFinite(thk)), 'float32')),
      tf.min(thk),
    ]),
  );
  const [vol, cells, maxSpeed, nonFinite, minThk] = (await stats.data()) as unknown as number[];
  stats.dispose();
  if (nonFinite! > 0) simFail({ code: 'blow-up', field: 'thk', t: state.t, step: state.it, message: `The ice thickness became NaN or infinite at year ${state.t.toFixed(2)} (step ${state.it}): the run blew up. Try a smaller processes.time.cfl or processes.time.step_max.` });
  if (minThk! < 0) simFail({ code: 'blow-up', field: 'thk', t: state.t, step: state.it, message: `The ice thickness became negative at year ${state.t.toFixed(2)} (step ${state.it}).` });
  const dx2 = state.grid.dx ** 2;
  return {
    it: state.it,
    t: state.t,
    fields: Object.fromEntries(present.map((f, i) => [f, data[i]!])),
    nx: state.grid.nx,
    ny: state.grid.ny,
    dx: state.grid.dx,
    volKm3: (vol! * dx2) / 1e9,
    areaKm2: (cells! * dx2) / 1e6,
    maxSpeed: maxSpeed!,
  };
}

/** Turns a module's RangeError (a bad parameter value) into a config error naming the module. */
function asConfigError(module: string, e: unknown): never {
  if (e instanceof RangeError && !(e instanceof SimException)) simFail({ code: 'bad-config', module, message: e.message });
  throw e;
}

function guard<T>(module: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    return asConfigError(module, e);
  }
}

async function guardAsync(module: string, f: () => Promise<void> | void): Promise<void> {
  try {
    await f();
  } catch (e) {
    asConfigError(module, e);
  }
}

/** IGM's complete_data: thk defaults to 0, and topg or usurf is derived from the other. */
function completeState(state: SimState): void {
  if (!state.hasGrid() || (!state.has('topg') && !state.has('usurf'))) {
    simFail({ code: 'bad-input', message: 'No input module provided the grid and the bed (topg) or surface (usurf): add one under override /inputs.' });
  }
  tf.tidy(() => {
    if (!state.has('thk')) state.set('thk', tf.zeros([state.grid.ny, state.grid.nx]));
    if (!state.has('topg')) state.set('topg', tf.sub(state.get('usurf'), state.get('thk')));
    if (!state.has('usurf')) state.set('usurf', tf.add(state.get('topg'), state.get('thk')));
  });
}

export async function runSimulation(options: RunOptions): Promise<Result<RunSummary, SimError>> {
  const state = new SimState();
  // Outputs that were started are closed even when the run stops early, so what was saved stays.
  const started: Bound<OutputModule>[] = [];
  try {
    const plan = planModules(options.config);
    const services: RunServices = { series: { points: [] } };
    const core = new Params('core', (options.config.core ?? {}) as { [key: string]: Plain });
    const log = options.onLog ?? (() => {});
    const bind = (p: (typeof plan)[number]): ModuleContext => ({ state, params: new Params(`${p.group}.${p.name}`, p.section), core, io: options.io, log });
    const inputs: Bound<InputModule>[] = [];
    const processes: Bound<ProcessModule>[] = [];
    const outputs: Bound<OutputModule>[] = [];
    for (const p of plan) {
      const id = `${p.group}.${p.name}`;
      if (p.group === 'inputs') inputs.push({ id, mod: guard(id, () => INPUTS[p.name]!(services)), ctx: bind(p) });
      else if (p.group === 'processes') processes.push({ id, mod: guard(id, () => PROCESSES[p.name]!(services)), ctx: bind(p) });
      else outputs.push({ id, mod: guard(id, () => OUTPUTS[p.name]!(services)), ctx: bind(p) });
    }
    for (const m of inputs) await guardAsync(m.id, () => m.mod.run(m.ctx));
    completeState(state);
    for (const m of outputs) {
      await guardAsync(m.id, () => m.mod.initialize(m.ctx));
      started.push(m);
    }
    for (const m of processes) await guardAsync(m.id, () => m.mod.initialize(m.ctx));
    const time = options.config.processes && (options.config.processes as Record<string, Plain>).time;
    const start = time && typeof time === 'object' && !Array.isArray(time) ? Number((time as Record<string, Plain>).start) : 0;
    const end = time && typeof time === 'object' && !Array.isArray(time) ? Number((time as Record<string, Plain>).end) : 0;
    state.it = 0;
    state.continueRun = true;
    state.saveresult = true;
    const hasTime = processes.some((m) => m.id === 'processes.time');
    while (state.continueRun) {
      await options.waitIfPaused?.();
      if (options.signal?.aborted) simFail({ code: 'cancelled', t: state.t, step: state.it, message: `Run cancelled at year ${state.t.toFixed(2)}` });
      for (const m of processes) await guardAsync(m.id, () => m.mod.update(m.ctx));
      for (const m of outputs) await guardAsync(m.id, () => m.mod.run(m.ctx));
      if (state.saveresult) {
        const frame = await frameOf(state, options.frameFields ?? DEFAULT_FRAME_FIELDS);
        options.onFrame?.(frame);
      }
      options.onProgress?.({ it: state.it, t: state.t, start, end, dt: state.dt });
      state.it++;
      if (!hasTime) state.continueRun = false;
    }
    for (const m of processes) await guardAsync(m.id, () => m.mod.finalize?.(m.ctx));
    started.length = 0;
    for (const m of outputs) await guardAsync(m.id, () => m.mod.close?.(m.ctx));
    return ok({ steps: state.it, t: state.t, series: services.series.points, state });
  } catch (e) {
    for (const m of started) {
      try {
        await m.mod.close?.(m.ctx);
      } catch {
        // Keeping partial output is best effort; the original failure is what the user needs.
      }
    }
    state.dispose();
    if (e instanceof SimException) return err(e.error);
    throw e;
  }
}
