/**
 * Simulation benchmark, all numbers from one run on this machine:
 * - ice-flow solve (`solved`, Nz = 10, Adam) per iteration and per time step on N × N slabs;
 * - the `emulated` ice flow (IGM's default CNN: 16 layers of 32 filters) per time step, which is
 *   one prediction plus, every retrain_freq steps, nbit training iterations;
 * - aletsch-basic (solved) per step and per simulated year on wasm;
 * - the explicit thickness step in tfjs against a hand-written Float32Array loop of the same
 *   scheme (the memory-bound floor), as a ratio.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import h5wasm from 'h5wasm/node';
import { runSimulation } from '../../lib/sim/run';
import { divfluxSlopeLimiter } from '../../lib/sim/stencil';
import { aletschYaml, composeYaml, noFiles } from '../../lib/sim/testing';
import { readNetcdf } from '../../lib/io/netcdf-read';

tf.env().set('IS_NODE', true);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function flowBench(backend: string, method: 'solved' | 'emulated', n: number, iterations: number) {
  await tf.setBackend(backend);
  const config = composeYaml(`# @package _global_
defaults:
  - override /inputs: [slab]
  - override /processes: [iceflow, time, thk]
inputs:
  slab: {nx: ${n}, ny: ${n}, dx: 100.0, thk: 200.0, slope_deg: 5.0, margin: ${Math.floor(n / 10)}}
processes:
  time: {start: 0.0, end: 3.0, save: 3.0, step_max: 1.0, cfl: 0.0}
  iceflow:
    method: ${method}
    solver: {nbitmax: ${iterations}, stop_if_no_decrease: false}
`);
  const stamps: number[] = [];
  const r = await runSimulation({ config, io: noFiles, onProgress: () => stamps.push(performance.now()) });
  if (!r.ok) throw new Error(r.error.message);
  r.value.state.dispose();
  const steps = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const perStep = median(steps);
  return { perStepMs: perStep, perIterationMs: perStep / iterations, perYearMs: perStep / 1 };
}

async function aletschBench() {
  const file = join(import.meta.dirname, '../../../shared/igm/examples/aletsch-basic/data/input.nc');
  if (!existsSync(file)) return null;
  await tf.setBackend('wasm');
  const { FS } = await h5wasm.ready;
  const config = composeYaml(aletschYaml({ end: 1903 }));
  const stamps: { t: number; at: number }[] = [];
  const r = await runSimulation({
    config,
    io: { ...noFiles, readData: async () => new Uint8Array(readFileSync(file)), decodeNetcdf: async (b) => readNetcdf({ File: h5wasm.File, FS: FS! }, b) },
    onProgress: (p) => stamps.push({ t: p.t, at: performance.now() }),
  });
  if (!r.ok) throw new Error(r.error.message);
  r.value.state.dispose();
  const first = stamps[1]!;
  const last = stamps.at(-1)!;
  const steps = stamps.length - 2;
  return { perStepMs: (last.at - first.at) / steps, perYearMs: (last.at - first.at) / (last.t - first.t) };
}

/** The same limited upwind step written as plain loops over Float32Arrays (x direction and y). */
function handThkStep(h: Float32Array, u: Float32Array, v: Float32Array, n: number, dx: number, dt: number, out: Float32Array) {
  const H = (j: number, i: number) => (i < 0 || j < 0 || i >= n || j >= n ? 0 : h[j * n + i]!);
  const minmod = (a: number, b: number) => (a * b > 0 ? (Math.abs(a) < Math.abs(b) ? a : Math.abs(a) > Math.abs(b) ? b : 0) : 0);
  const maxmod = (a: number, b: number) => (a * b > 0 ? (Math.abs(a) < Math.abs(b) ? b : Math.abs(a) > Math.abs(b) ? a : 0) : 0);
  const slope = (m: number, c: number, p: number) => {
    const sp = (p - c) / dx;
    const sm = (c - m) / dx;
    return maxmod(minmod(sp, 2 * sm), minmod(sm, 2 * sp));
  };
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const fx = (ii: number) => {
        const uu = ii === 0 ? u[j * n]! : ii === n ? u[j * n + n - 1]! : 0.5 * (u[j * n + ii - 1]! + u[j * n + ii]!);
        const w = H(j, ii - 1) + 0.5 * dx * (1 - (uu * dt) / dx) * slope(H(j, ii - 2), H(j, ii - 1), H(j, ii));
        const e = H(j, ii) - 0.5 * dx * (1 + (uu * dt) / dx) * slope(H(j, ii - 1), H(j, ii), H(j, ii + 1));
        return uu * (uu > 0 ? w : e);
      };
      const fy = (jj: number) => {
        const vv = jj === 0 ? v[i]! : jj === n ? v[(n - 1) * n + i]! : 0.5 * (v[(jj - 1) * n + i]! + v[jj * n + i]!);
        const s = H(jj - 1, i) + 0.5 * dx * (1 - (vv * dt) / dx) * slope(H(jj - 2, i), H(jj - 1, i), H(jj, i));
        const nn = H(jj, i) - 0.5 * dx * (1 + (vv * dt) / dx) * slope(H(jj - 1, i), H(jj, i), H(jj + 1, i));
        return vv * (vv > 0 ? s : nn);
      };
      const div = (fx(i + 1) - fx(i)) / dx + (fy(j + 1) - fy(j)) / dx;
      out[j * n + i] = Math.max(h[j * n + i]! - dt * div, 0);
    }
  }
}

async function thkBench(backend: string, n: number) {
  await tf.setBackend(backend);
  const h0 = Float32Array.from({ length: n * n }, (_, k) => 100 + 50 * Math.sin(k / 7));
  const u0 = Float32Array.from({ length: n * n }, (_, k) => 20 * Math.cos(k / 11));
  const h = tf.tensor2d(h0, [n, n]);
  const u = tf.tensor2d(u0, [n, n]);
  const times: number[] = [];
  for (let r = 0; r < 12; r++) {
    const t = performance.now();
    const next = tf.tidy(() => tf.relu(tf.sub(h, tf.mul(divfluxSlopeLimiter(u, u, h, 100, 0.5, 'superbee'), 0.5))));
    await next.data();
    times.push(performance.now() - t);
    next.dispose();
  }
  tf.dispose([h, u]);
  const out = new Float32Array(n * n);
  const handTimes: number[] = [];
  for (let r = 0; r < 12; r++) {
    const t = performance.now();
    handThkStep(h0, u0, u0, n, 100, 0.5, out);
    handTimes.push(performance.now() - t);
  }
  return { tfjsMs: median(times.slice(2)), handMs: median(handTimes.slice(2)) };
}

console.log('ice flow, method solved, Nz = 10');
for (const [backend, sizes, iters] of [['wasm', [100, 200, 400], 10], ['cpu', [100], 3]] as const) {
  for (const n of sizes) {
    const r = await flowBench(backend, 'solved', n, iters);
    console.log(`  ${backend.padEnd(4)} ${String(n).padStart(3)}²: ${r.perIterationMs.toFixed(1)} ms per Adam iteration, ${r.perStepMs.toFixed(0)} ms per step of ${iters} iterations (${r.perYearMs.toFixed(0)} ms per simulated year at dt = 1 a)`);
  }
}
console.log('ice flow, method emulated (16 × 32-filter CNN, retrain_freq 10, nbit 1), Nz = 10');
// 400² is left out: training IGM's 16-layer network on it aborts the wasm backend (out of its
// 4 GB heap); cpu at 100² is already minutes per retraining.
for (const [backend, sizes] of [['wasm', [100, 200]], ['cpu', [100]]] as const) {
  for (const n of sizes) {
    const r = await flowBench(backend, 'emulated', n, 1);
    console.log(`  ${backend.padEnd(4)} ${String(n).padStart(3)}²: ${r.perStepMs.toFixed(0)} ms per step (${r.perYearMs.toFixed(0)} ms per simulated year at dt = 1 a)`);
  }
}
const a = await aletschBench();
if (a) console.log(`aletsch-basic (179 × 244, solved, 100 iterations max), wasm: ${a.perStepMs.toFixed(0)} ms per step, ${(a.perYearMs / 1000).toFixed(1)} s per simulated year`);
console.log('thickness step (superbee), tfjs against a hand-written Float32Array loop:');
for (const backend of ['wasm', 'cpu']) {
  for (const n of [100, 400]) {
    const r = await thkBench(backend, n);
    console.log(`  ${backend.padEnd(4)} ${String(n).padStart(3)}²: tfjs ${r.tfjsMs.toFixed(2)} ms, hand loop ${r.handMs.toFixed(2)} ms, ratio ${(r.tfjsMs / r.handMs).toFixed(1)}×`);
  }
}
