/**
 * The only messages that cross between the page and the simulation worker: one `type`-tagged
 * union each way, handled by exhaustive switches on both sides. Fields travel as Float32Arrays
 * whose buffers are transferred, not copied.
 */
import type { Plain } from '../lib/sim/params';
import type { BackendAttempt, BackendName } from '../lib/sim/backend';
import type { Frame, Progress } from '../lib/sim/run';
import type { SelfCheck } from '../lib/sim/self-check';

/** An error as it crosses the boundary: what happened, in words a user can act on. */
export interface WireError {
  code: string;
  message: string;
  module?: string;
  t?: number;
  field?: string;
}

export interface RunRequest {
  runId: string;
  /** The composed configuration (interpolations resolved), as plain data. */
  config: { [key: string]: Plain };
  /** Files of the experiment's data folder by name (`input.nc`). */
  data: Record<string, Uint8Array>;
}

export type ToWorker =
  | { type: 'probe'; prefer: BackendName[] }
  | { type: 'start'; request: RunRequest }
  | { type: 'control'; runId: string; action: 'cancel' | 'pause' | 'resume' };

export type RunEnd = 'finished' | 'cancelled' | 'failed';

export type FromWorker =
  | {
      type: 'ready';
      backend: BackendName;
      /** The GPU adapter's self-description when the backend is webgpu. */
      adapter: string | null;
      skipped: BackendAttempt[];
      check: SelfCheck;
    }
  | { type: 'error'; error: WireError }
  | { type: 'progress'; runId: string; progress: Progress }
  /** sentAt: the worker's clock (ms since the epoch) when it posted the frame, for latency. */
  | { type: 'frame'; runId: string; frame: Frame; sentAt: number }
  | { type: 'log'; runId: string; message: string }
  | {
      type: 'done';
      runId: string;
      end: RunEnd;
      error?: WireError;
      steps: number;
      t: number;
      /** Files the output modules wrote (write_ncdf's output.nc, write_ts's text). */
      outputs: Record<string, Uint8Array | string>;
    };

export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}
