/** The studio's single store, assembled from slices; components select what they render. */
import { create } from 'zustand';
import { createComputeSlice, type ComputeSlice } from './compute-slice';

export type StudioState = ComputeSlice;

export const useStudio = create<StudioState>()((...a) => ({
  ...createComputeSlice(...a),
}));

export type { ComputeStatus } from './compute-slice';
