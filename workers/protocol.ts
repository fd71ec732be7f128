/**
 * The only messages that cross between the page and the simulation worker: one `type`-tagged
 * union each way, handled by exhaustive switches on both sides.
 */
import type { BackendAttempt, BackendName } from '../lib/sim/backend';
import type { SelfCheck } from '../lib/sim/self-check';

/** An error as it crosses the boundary: what happened, in words a user can act on. */
export interface WireError {
  code: string;
  message: string;
}

export type ToWorker = { type: 'probe'; prefer: BackendName[] };

export type FromWorker =
  | {
      type: 'ready';
      backend: BackendName;
      /** The GPU adapter's self-description when the backend is webgpu. */
      adapter: string | null;
      skipped: BackendAttempt[];
      check: SelfCheck;
    }
  | { type: 'error'; error: WireError };

export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}
