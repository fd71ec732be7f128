// Thin worker entry: registers the browser's tfjs backends, then answers protocol messages with
// lib/sim. Nothing here computes; it wires the protocol to the library (runs, pause, cancel).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

// The wasm backend fetches its binaries at start-up; these URLs make the bundler ship them.
setWasmPaths({
  'tfjs-backend-wasm.wasm': new URL('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm', import.meta.url).href,
  'tfjs-backend-wasm-simd.wasm': new URL('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm', import.meta.url).href,
  'tfjs-backend-wasm-threaded-simd.wasm': new URL('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm', import.meta.url).href,
});
import { selectBackend } from '../lib/sim/backend';
import { matmulSelfCheck } from '../lib/sim/self-check';
import type { SimIo } from '../lib/sim/modules';
import { assertNever, type FromWorker, type RunRequest, type ToWorker } from './protocol';

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

async function describeAdapter(): Promise<string | null> {
  const adapter = await navigator.gpu?.requestAdapter();
  if (!adapter) return null;
  const { vendor, architecture, device, description } = adapter.info;
  return [description, vendor, architecture, device].filter(Boolean).join(' · ') || 'unnamed adapter';
}

interface Active {
  runId: string;
  abort: AbortController;
  paused: { promise: Promise<void>; release: () => void } | null;
}
let active: Active | null = null;

// h5wasm (4 MB) is fetched on the first NetCDF read or write, so runs without NetCDF never load it.
type NetcdfIo = Required<Pick<SimIo, 'encodeNetcdf' | 'decodeNetcdf'>>;
let netcdf: Promise<NetcdfIo> | null = null;
function netcdfIo(): Promise<NetcdfIo> {
  netcdf ??= (async () => {
    const [h5wasm, { writeNetcdf }, { readNetcdf }] = await Promise.all([import('h5wasm'), import('../lib/io/netcdf-write'), import('../lib/io/netcdf-read')]);
    const { FS } = await h5wasm.ready;
    const h5 = { File: h5wasm.File, FS: FS! };
    let n = 0;
    return {
      encodeNetcdf: async (spec) => writeNetcdf(h5, `/out-${n++}.nc`, spec),
      decodeNetcdf: async (bytes) => readNetcdf(h5, bytes),
    };
  })();
  return netcdf;
}

async function run(request: RunRequest): Promise<void> {
  const { runId } = request;
  const me: Active = { runId, abort: new AbortController(), paused: null };
  active = me;
  const outputs: Record<string, Uint8Array | string> = {};
  const { runSimulation } = await import('../lib/sim/run');
  const io: SimIo = {
    readData: async (name) => request.data[name],
    writeOutput: async (name, bytes) => void (outputs[name] = bytes),
    encodeNetcdf: async (spec) => (await netcdfIo()).encodeNetcdf(spec),
    decodeNetcdf: async (bytes) => (await netcdfIo()).decodeNetcdf(bytes),
  };
  const result = await runSimulation({
    config: request.config,
    io,
    signal: me.abort.signal,
    waitIfPaused: () => me.paused?.promise ?? Promise.resolve(),
    onProgress: (progress) => post({ type: 'progress', runId, progress }),
    onLog: (message) => post({ type: 'log', runId, message }),
    onFrame: (frame) => {
      // tfjs may hand back its own cached array for a tensor that did not change (the bed):
      // transfer copies, never tfjs' buffers.
      const fields = Object.fromEntries(Object.entries(frame.fields).map(([k, v]) => [k, v.slice()]));
      post({ type: 'frame', runId, frame: { ...frame, fields }, sentAt: Date.now() }, Object.values(fields).map((f) => f.buffer));
    },
  });
  active = null;
  if (result.ok) {
    const { steps, t } = result.value;
    result.value.state.dispose();
    return post({ type: 'done', runId, end: 'finished', steps, t, outputs });
  }
  const e = result.error;
  post({ type: 'done', runId, end: e.code === 'cancelled' ? 'cancelled' : 'failed', error: { ...e }, steps: e.step ?? 0, t: e.t ?? NaN, outputs });
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'probe': {
      const choice = await selectBackend(tf, message.prefer);
      if (!choice.ok) return post({ type: 'error', error: choice.error });
      const { backend, skipped } = choice.value;
      const adapter = backend === 'webgpu' ? await describeAdapter() : null;
      const check = await matmulSelfCheck(tf);
      return post({ type: 'ready', backend, adapter, skipped, check });
    }
    case 'start':
      if (active) return post({ type: 'error', error: { code: 'busy', message: 'This worker is already running a simulation.' } });
      return run(message.request).catch((e: unknown) => {
        active = null;
        const error = { code: 'worker-failure', message: `The simulation stopped on an internal error: ${e instanceof Error ? e.message : String(e)}` };
        post({ type: 'done', runId: message.request.runId, end: 'failed', error, steps: 0, t: NaN, outputs: {} });
      });
    case 'control': {
      if (!active || active.runId !== message.runId) return;
      const a = active;
      if (message.action === 'cancel') {
        a.abort.abort();
        a.paused?.release();
      } else if (message.action === 'pause' && !a.paused) {
        let release = () => {};
        const promise = new Promise<void>((r) => (release = r));
        a.paused = { promise, release };
      } else if (message.action === 'resume' && a.paused) {
        a.paused.release();
        a.paused = null;
      }
      return;
    }
    default:
      return assertNever(message);
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  // A start is not awaited, so control messages are handled while a run is going on.
  handle(event.data).catch((e: unknown) =>
    post({ type: 'error', error: { code: 'worker-failure', message: e instanceof Error ? e.message : String(e) } }),
  );
});
