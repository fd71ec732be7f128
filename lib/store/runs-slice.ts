/** Every run of this browser: the dashboard's rows, the live run's frames, the selection. */
import type { StateCreator } from 'zustand';
import { keepFrame, type FrameRecord, type RunRecord, type SeriesRow } from '../runs/record';

export interface RunsSlice {
  runs: RunRecord[];
  /** The run the plots show. */
  shownRun: string | null;
  /** Up to two runs ticked for comparison. */
  compare: string[];
  /** Frames received for the live plots (counted, for the page's own tests and the bench). */
  framesReceived: number;
  /** Milliseconds from the worker posting the last frame to the page holding it. */
  frameLatencyMs: number | null;
  /** When (epoch ms) the worker posted the last frame: the bench times plots against it. */
  frameSentAt: number | null;
  /** Live progress of running runs (kept apart from the records: it changes many times a second). */
  progress: Record<string, { t: number; start: number; end: number; stepsPerSecond: number; etaSeconds: number | null }>;
  setProgress: (id: string, p: RunsSlice['progress'][string] | null) => void;
  setRuns: (runs: RunRecord[]) => void;
  addRuns: (runs: RunRecord[]) => void;
  patchRun: (id: string, patch: Partial<RunRecord>) => void;
  addFrame: (id: string, frame: FrameRecord, row: SeriesRow, timing?: { sentAt: number; receivedAt: number }) => void;
  showRun: (id: string | null) => void;
  toggleCompare: (id: string) => void;
  removeRun: (id: string) => void;
}

export const createRunsSlice: StateCreator<RunsSlice, [], [], RunsSlice> = (set, get) => ({
  runs: [],
  shownRun: null,
  compare: [],
  framesReceived: 0,
  frameLatencyMs: null,
  frameSentAt: null,
  progress: {},
  setProgress: (id, p) => {
    const next = { ...get().progress };
    if (p) next[id] = p;
    else delete next[id];
    set({ progress: next });
  },
  setRuns: (runs) => set({ runs }),
  addRuns: (runs) => set({ runs: [...runs, ...get().runs], shownRun: runs[0]?.id ?? get().shownRun }),
  patchRun: (id, patch) => set({ runs: get().runs.map((r) => (r.id === id ? { ...r, ...patch } : r)) }),
  addFrame: (id, frame, row, timing) =>
    set({
      framesReceived: get().framesReceived + 1,
      ...(timing ? { frameLatencyMs: timing.receivedAt - timing.sentAt, frameSentAt: timing.sentAt } : {}),
      runs: get().runs.map((r) => {
        if (r.id !== id) return r;
        const kept = keepFrame(r.frames, frame);
        return { ...r, frames: kept.frames, framesDropped: r.framesDropped + kept.dropped, series: [...r.series, row], t: frame.t };
      }),
    }),
  showRun: (shownRun) => set({ shownRun }),
  toggleCompare: (id) => {
    const c = get().compare;
    set({ compare: c.includes(id) ? c.filter((x) => x !== id) : [...c, id].slice(-2) });
  },
  removeRun: (id) => set({ runs: get().runs.filter((r) => r.id !== id), compare: get().compare.filter((x) => x !== id) }),
});
