/** The studio's single store, assembled from slices; components select what they render. */
import { create } from 'zustand';
import { createComputeSlice, type ComputeSlice } from './compute-slice';
import { createRunsSlice, type RunsSlice } from './runs-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';

export type StudioState = ComputeSlice & WorkspaceSlice & RunsSlice;

export const createStudioStore = () =>
  create<StudioState>()((...a) => ({
    ...createComputeSlice(...a),
    ...createWorkspaceSlice(...a),
    ...createRunsSlice(...a),
  }));

export const useStudio = createStudioStore();

export type { ComputeStatus } from './compute-slice';
export type { Notice, SaveState } from './workspace-slice';
