'use client';
/**
 * Turns the composed configuration into runs: one per job (a sweep gives several), queued and
 * started over a small pool of workers, each run in its own worker so a crash or an
 * out-of-memory ends that run only. The page never runs tfjs; it receives progress, frames
 * (transferred Float32Arrays) and the outputs, and keeps every run in IndexedDB.
 */
import { BACKENDS, type BackendName } from '../../lib/sim/backend';
import { runsInBrowser, SIMULATION_SUPPORT } from '../../lib/igm';
import type { Plain } from '../../lib/sim/params';
import { poolSize, runsToStart } from '../../lib/runs/pool';
import type { RunRecord } from '../../lib/runs/record';
import { useStudio } from '../../lib/store';
import { indexedDbRuns } from '../../lib/store/runs-storage';
import { workspaceStorage } from '../workspace/browser-storage';
import { assertNever, type FromWorker } from '../../workers/protocol';
import { startSimWorker, type SimWorker } from '../compute/sim-worker';

export interface Job {
  overrides: string[];
  config: { [key: string]: Plain };
}

const storage = indexedDbRuns();
const live = new Map<string, { worker: SimWorker; started: number; lastProgress: number; steps: number }>();
let preferred: BackendName | 'auto' = 'auto';

export function setPreferredBackend(b: BackendName | 'auto') {
  preferred = b;
}

export async function loadPastRuns(): Promise<void> {
  const runs = await storage.all().catch(() => []);
  // A run that was going on when the page closed did not finish.
  const fixed = runs.map((r) => (r.status === 'running' || r.status === 'paused' || r.status === 'queued' ? { ...r, status: 'cancelled' as const, note: r.note ?? 'The page was closed while it ran.' } : r));
  useStudio.getState().setRuns(fixed);
}

/** Why a configuration cannot run in the browser, or null. */
export function unsupportedModules(config: { [key: string]: Plain }): string | null {
  const bad: string[] = [];
  for (const group of ['inputs', 'processes', 'outputs'] as const) {
    const section = config[group];
    if (section && typeof section === 'object' && !Array.isArray(section)) for (const name of Object.keys(section)) if (!runsInBrowser(group, name)) bad.push(`${group}.${name}`);
  }
  if (bad.length === 0) return null;
  return `Cannot run in the browser: ${bad.join(', ')}. The browser runs inputs ${SIMULATION_SUPPORT.inputs.join(', ')}; processes ${SIMULATION_SUPPORT.processes.join(', ')}; outputs ${SIMULATION_SUPPORT.outputs.join(', ')}. Export the experiment to run it with IGM.`;
}

export function startRuns(jobs: Job[]): void {
  const st = useStudio.getState();
  for (const job of jobs) {
    const why = unsupportedModules(job.config);
    if (why) return st.setNotice({ kind: 'error', text: why });
  }
  const batch = crypto.randomUUID();
  const now = Date.now();
  const records: RunRecord[] = jobs.map((job, i) => {
    const time = (job.config.processes as { time?: { end?: number; start?: number } } | undefined)?.time;
    return {
      id: crypto.randomUUID(),
      batch,
      experiment: st.workspace.experiment,
      overrides: job.overrides,
      files: { ...st.workspace.files },
      config: job.config,
      status: 'queued',
      backend: null,
      createdAt: now + i,
      startedAt: null,
      endedAt: null,
      steps: 0,
      t: time?.start ?? null,
      end: Number(time?.end ?? 0),
      series: [],
      frames: [],
      framesDropped: 0,
      note: null,
      error: null,
      outputs: [],
    };
  });
  st.addRuns(records.slice().reverse());
  for (const r of records) void storage.put(r).catch(() => {});
  pump();
}

function pump(): void {
  const st = useStudio.getState();
  for (const run of runsToStart(st.runs, poolSize(navigator.hardwareConcurrency))) void launch(run);
}

async function finish(id: string, patch: Partial<RunRecord>, outputs?: Record<string, Uint8Array | string>): Promise<void> {
  const entry = live.get(id);
  if (!entry) return;
  live.delete(id);
  entry.worker.terminate();
  const st = useStudio.getState();
  st.setProgress(id, null);
  st.patchRun(id, { endedAt: Date.now(), ...patch });
  const record = useStudio.getState().runs.find((r) => r.id === id);
  if (record) {
    try {
      const saved = await storage.put(record, outputs);
      if (saved !== record) useStudio.getState().patchRun(id, { frames: saved.frames, note: saved.note, framesDropped: saved.framesDropped });
    } catch (e) {
      useStudio.getState().patchRun(id, { note: `Not stored in this browser: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  pump();
}

async function launch(run: RunRecord): Promise<void> {
  const st = useStudio.getState();
  st.patchRun(run.id, { status: 'running', startedAt: Date.now() });
  const data: Record<string, Uint8Array> = {};
  for (const [path, file] of Object.entries(await workspaceStorage.loadData().catch(() => ({})))) data[path.replace(/^data\//, '')] = file.bytes;
  const onMessage = (m: FromWorker) => {
    const s = useStudio.getState();
    switch (m.type) {
      case 'ready':
        s.patchRun(run.id, { backend: m.backend });
        return worker.send({ type: 'start', request: { runId: run.id, config: run.config, data } });
      case 'error':
        return void finish(run.id, { status: 'failed', error: m.error.message });
      case 'progress': {
        const entry = live.get(run.id);
        if (!entry) return;
        entry.steps = m.progress.it + 1;
        const now = performance.now();
        if (now - entry.lastProgress < 200 && m.progress.t < m.progress.end) return;
        entry.lastProgress = now;
        const seconds = (now - entry.started) / 1000;
        const done = (m.progress.t - m.progress.start) / Math.max(1e-9, m.progress.end - m.progress.start);
        s.setProgress(run.id, { t: m.progress.t, start: m.progress.start, end: m.progress.end, stepsPerSecond: entry.steps / Math.max(seconds, 1e-3), etaSeconds: done > 0.01 ? (seconds * (1 - done)) / done : null });
        return;
      }
      case 'frame': {
        const f = m.frame;
        s.addFrame(run.id, { seq: s.runs.find((r) => r.id === run.id)?.series.length ?? 0, t: f.t, nx: f.nx, ny: f.ny, dx: f.dx, fields: f.fields }, { t: f.t, volKm3: f.volKm3, areaKm2: f.areaKm2, maxSpeed: f.maxSpeed }, { sentAt: m.sentAt, receivedAt: Date.now() });
        return;
      }
      case 'log':
        return;
      case 'done':
        return void finish(run.id, { status: m.end, error: m.error?.message ?? null, steps: m.steps, ...(Number.isFinite(m.t) ? { t: m.t } : {}), outputs: Object.keys(m.outputs) }, m.outputs);
      default:
        return assertNever(m);
    }
  };
  const worker = startSimWorker(onMessage, (message) => void finish(run.id, { status: 'failed', error: `The simulation worker crashed (${message}). It may have run out of memory; try a coarser grid.` }));
  live.set(run.id, { worker, started: performance.now(), lastProgress: 0, steps: 0 });
  const order = preferred === 'auto' ? [...BACKENDS] : [preferred, ...BACKENDS.filter((b) => b !== preferred)];
  worker.send({ type: 'probe', prefer: order });
}

export function cancelRun(id: string): void {
  const st = useStudio.getState();
  const run = st.runs.find((r) => r.id === id);
  if (run?.status === 'queued') {
    st.patchRun(id, { status: 'cancelled', endedAt: Date.now() });
    void storage.put({ ...run, status: 'cancelled' }).catch(() => {});
    return;
  }
  const entry = live.get(id);
  if (!entry) return;
  entry.worker.send({ type: 'control', runId: id, action: 'cancel' });
  // A time step can outlast a second on a slow backend: then the worker is stopped outright.
  setTimeout(() => {
    if (live.has(id)) void finish(id, { status: 'cancelled', note: 'Stopped in the middle of a time step.' });
  }, 1000);
}

export function pauseRun(id: string, pause: boolean): void {
  const entry = live.get(id);
  if (!entry) return;
  entry.worker.send({ type: 'control', runId: id, action: pause ? 'pause' : 'resume' });
  useStudio.getState().patchRun(id, { status: pause ? 'paused' : 'running' });
}

export async function runOutputs(id: string) {
  return storage.outputs(id);
}

export async function deleteRun(id: string) {
  cancelRun(id);
  await storage.remove(id).catch(() => {});
  useStudio.getState().removeRun(id);
}
