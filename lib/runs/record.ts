/**
 * A run as the dashboard keeps it: what was run (the composed config, the overrides, the
 * experiment files), where (backend), how it went (status, timings, series), and a bounded set of
 * saved frames for the plots. Plain data, so it goes into IndexedDB as it is.
 */
import type { Plain } from '../sim/params';

export type RunStatus = 'queued' | 'running' | 'paused' | 'finished' | 'cancelled' | 'failed';

export interface SeriesRow {
  t: number;
  volKm3: number;
  areaKm2: number;
  maxSpeed: number;
}

export interface FrameRecord {
  /** The frame's number among all the run's saves (0, 1, 2, ...). */
  seq: number;
  t: number;
  nx: number;
  ny: number;
  dx: number;
  fields: Record<string, Float32Array>;
}

export interface RunRecord {
  id: string;
  /** Runs started together (a sweep) share this. */
  batch: string;
  experiment: string;
  overrides: string[];
  /** The experiment folder as it was when the run started (for export). */
  files: Record<string, string>;
  config: { [key: string]: Plain };
  status: RunStatus;
  backend: string | null;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  steps: number;
  t: number | null;
  end: number;
  series: SeriesRow[];
  frames: FrameRecord[];
  /** Saved frames beyond MAX_FRAMES, or dropped when storage ran short, are counted here. */
  framesDropped: number;
  /** Why some stored data is missing (storage full, ...). */
  note: string | null;
  error: string | null;
  /** Names of the files the output modules wrote (the bytes are stored beside the record). */
  outputs: string[];
}

/** Saved frames kept per run; a long run keeps an even spread of them, its last always. */
export const MAX_FRAMES = 40;

/**
 * Adds a frame. Kept are the frames whose number is a multiple of a stride (doubled whenever
 * they would exceed the bound), so the kept ones stay evenly spread, plus the newest.
 */
export function keepFrame(frames: FrameRecord[], frame: FrameRecord): { frames: FrameRecord[]; dropped: number } {
  let stride = 1;
  while (Math.floor(frame.seq / stride) + 2 > MAX_FRAMES) stride *= 2;
  const kept = [...frames.filter((f) => f.seq % stride === 0), frame];
  return { frames: kept, dropped: frames.length + 1 - kept.length };
}

/** A config value by dotted key, as text for a table cell. */
export function configValue(config: { [key: string]: Plain }, key: string): string {
  let cur: Plain | undefined = config;
  for (const k of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = Array.isArray(cur) ? cur[Number(k)] : cur[k];
  }
  return cur === undefined ? '' : typeof cur === 'object' && cur !== null ? JSON.stringify(cur) : String(cur);
}

/** Keys whose values differ between two configs (leaves; lists compared whole). */
export function configDiff(a: { [key: string]: Plain }, b: { [key: string]: Plain }): { key: string; a: string; b: string }[] {
  const flat = (o: Plain, prefix: string, out: Map<string, string>) => {
    if (o !== null && typeof o === 'object' && !Array.isArray(o)) {
      for (const [k, v] of Object.entries(o)) flat(v, prefix ? `${prefix}.${k}` : k, out);
    } else out.set(prefix, JSON.stringify(o));
    return out;
  };
  const fa = flat(a, '', new Map());
  const fb = flat(b, '', new Map());
  const keys = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  return keys.filter((k) => fa.get(k) !== fb.get(k)).map((k) => ({ key: k, a: fa.get(k) ?? '—', b: fb.get(k) ?? '—' }));
}
