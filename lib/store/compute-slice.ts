/** What the studio knows about the compute backend the simulation worker runs on. */
import type { StateCreator } from 'zustand';
import type { BackendAttempt, BackendName } from '../sim/backend';
import type { SelfCheck } from '../sim/self-check';

export type ComputeStatus =
  | { state: 'probing' }
  | { state: 'ready'; backend: BackendName; adapter: string | null; skipped: BackendAttempt[]; check: SelfCheck }
  | { state: 'failed'; message: string };

export interface ComputeSlice {
  compute: ComputeStatus;
  setCompute: (status: ComputeStatus) => void;
}

export const createComputeSlice: StateCreator<ComputeSlice, [], [], ComputeSlice> = (set) => ({
  compute: { state: 'probing' },
  setCompute: (compute) => set({ compute }),
});
