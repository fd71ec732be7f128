/**
 * `igm-studio run`: compose like `compose`, run the simulation on tfjs (cpu or wasm), write
 * Hydra's record (.hydra/config.yaml, .hydra/overrides.yaml) and the output modules' files into
 * the run folder, with a progress line on stderr.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatError, toPlain, toYaml } from '../lib/hydra';
import { composeExperiment, type ExperimentOptions } from '../lib/igm';
import type { Plain } from '../lib/sim/params';

export interface RunArgs {
  experiment: ExperimentOptions;
  experimentDir: string;
  out?: string;
  backend: 'cpu' | 'wasm';
}

export interface RunIo {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
  signal?: AbortSignal;
}

function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}/${p(d.getHours())}-${p(d.getMinutes())}-${p(d.getSeconds())}`;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function progressLine(p: { t: number; start: number; end: number; it: number }, elapsedS: number): string {
  const span = p.end - p.start;
  const frac = span > 0 ? Math.min(1, Math.max(0, (p.t - p.start) / span)) : 1;
  const width = 24;
  const filled = Math.round(frac * width);
  const rate = elapsedS > 0 ? p.it / elapsedS : 0;
  const eta = frac > 0 ? (elapsedS * (1 - frac)) / frac : Infinity;
  return `year ${p.t.toFixed(1)} / ${p.end.toFixed(1)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${rate.toFixed(1)} steps/s  ETA ${clock(eta)}`;
}

async function setBackend(backend: 'cpu' | 'wasm'): Promise<void> {
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-cpu');
  if (backend === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
  // tfjs greets Node users once; the studio's output should not carry that.
  tf.env().set('IS_NODE', true);
  if (!(await tf.setBackend(backend))) throw new Error(`the ${backend} backend could not start`);
  await tf.ready();
}

export async function runCommand(args: RunArgs, io: RunIo): Promise<number> {
  const composed = composeExperiment(args.experiment);
  if (!composed.ok) {
    io.err(`Error: ${formatError(composed.error)}\n`);
    return 1;
  }
  const config = toPlain(composed.value.config) as { [key: string]: Plain };
  const outDir = resolve(args.experimentDir, args.out ?? join('outputs', stamp()));
  mkdirSync(join(outDir, '.hydra'), { recursive: true });
  writeFileSync(join(outDir, '.hydra', 'config.yaml'), toYaml(composed.value.unresolved));
  writeFileSync(join(outDir, '.hydra', 'overrides.yaml'), composed.value.overrides.task.length ? toYaml({ kind: 'list', origin: { kind: 'builtin', what: 'overrides' }, items: composed.value.overrides.task.map((o) => ({ kind: 'value' as const, value: o, origin: { kind: 'builtin' as const, what: 'overrides' } })) }) : '[]\n');

  await setBackend(args.backend);
  const [{ runSimulation }, h5wasm] = await Promise.all([import('../lib/sim/run'), import('h5wasm/node')]);
  const [{ writeNetcdf }, { readNetcdf }] = await Promise.all([import('../lib/io/netcdf-write'), import('../lib/io/netcdf-read')]);
  const h5 = await h5wasm.default.ready;
  const core = (config.core ?? {}) as { folder_data?: string };
  const dataDir = resolve(args.experimentDir, core.folder_data ?? 'data');
  let tmp = 0;
  const started = performance.now();
  let lastDraw = 0;
  const result = await runSimulation({
    config,
    io: {
      readData: async (name) => (existsSync(join(dataDir, name)) ? new Uint8Array(readFileSync(join(dataDir, name))) : undefined),
      writeOutput: async (name, bytes) => writeFileSync(join(outDir, name), bytes),
      encodeNetcdf: async (spec) => writeNetcdf({ File: h5wasm.default.File, FS: h5.FS! }, join(outDir, `.tmp-${process.pid}-${tmp++}.nc`), spec),
      decodeNetcdf: async (bytes) => readNetcdf({ File: h5wasm.default.File, FS: h5.FS! }, bytes),
    },
    onLog: (message) => io.err(`${io.isTTY ? '\r' : ''}${message}\n`),
    onProgress: (p) => {
      const now = performance.now();
      if (now - lastDraw < 200 && p.t < p.end) return;
      lastDraw = now;
      const line = progressLine(p, (now - started) / 1000);
      io.err(io.isTTY ? `\r${line}` : `${line}\n`);
    },
    ...(io.signal ? { signal: io.signal } : {}),
  });
  if (io.isTTY) io.err('\n');
  if (!result.ok) {
    const e = result.error;
    io.err(`Error: ${e.module ? `${e.module}: ` : ''}${e.message}\n`);
    if (e.code === 'blow-up' || e.code === 'cancelled') io.err(`What was saved until then is in ${outDir}\n`);
    return e.code === 'bad-config' || e.code === 'unsupported-module' ? 1 : e.code === 'cancelled' ? 130 : 2;
  }
  const last = result.value.series.at(-1);
  io.out(`Run finished at year ${result.value.t.toFixed(1)} after ${result.value.steps} steps in ${((performance.now() - started) / 1000).toFixed(1)} s${last ? `: volume ${last.volKm3.toFixed(4)} km³, area ${last.areaKm2.toFixed(3)} km²` : ''}\nOutputs: ${outDir}\n`);
  result.value.state.dispose();
  return 0;
}
