/** The experiment being edited, which file is open, and how its saving stands. */
import type { StateCreator } from 'zustand';
import { defaultExperimentFiles, DEFAULT_EXPERIMENT_NAME } from '../igm/default-experiment';
import { createFile, deleteFile, renameFile, writeFile, type Change, type Workspace } from '../workspace/workspace';
import type { SavedWorkspace } from './workspace-storage';

export type SaveState =
  | { state: 'loading' }
  | { state: 'saved'; at: number }
  | { state: 'pending' }
  | { state: 'conflict'; theirs: SavedWorkspace }
  | { state: 'failed'; message: string };

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** Restores what the action that raised the notice changed. */
  undo?: Workspace;
}

export interface WorkspaceSlice {
  workspace: Workspace;
  active: string;
  /** Binary files in data/ (the bytes live in storage, not in the store). */
  dataFiles: Record<string, { size: number }>;
  /** Revision of the stored workspace this tab's edits are based on. */
  baseRev: number;
  saving: SaveState;
  notice: Notice | null;
  /** A request to show a line in the editor (from provenance "jump to"). */
  reveal: { path: string; line: number; nonce: number } | null;
  revealLine: (path: string, line: number) => void;
  editFile: (path: string, text: string) => void;
  openFile: (path: string) => void;
  addFile: (path: string, text?: string) => boolean;
  moveFile: (from: string, to: string) => boolean;
  removeFile: (path: string) => boolean;
  setOverrides: (overrides: string[]) => void;
  setExperiment: (name: string) => void;
  /** Replaces the whole workspace (an example, a share link, an upload, another tab's version). */
  replaceWorkspace: (ws: Workspace, options?: { active?: string; notice?: string; baseRev?: number }) => void;
  setDataFiles: (files: Record<string, { size: number }>) => void;
  setSaving: (s: SaveState, baseRev?: number) => void;
  setNotice: (n: Notice | null) => void;
}

export const defaultWorkspace: Workspace = { files: defaultExperimentFiles, overrides: [], experiment: DEFAULT_EXPERIMENT_NAME };

export const createWorkspaceSlice: StateCreator<WorkspaceSlice, [], [], WorkspaceSlice> = (set, get) => {
  const apply = (change: Change, extra: Partial<WorkspaceSlice> = {}, notice?: Notice): boolean => {
    if (!change.ok) {
      set({ notice: { kind: 'error', text: change.error } });
      return false;
    }
    set({ workspace: change.value, ...extra, ...(notice ? { notice } : {}) });
    return true;
  };
  return {
    workspace: defaultWorkspace,
    active: `experiment/${DEFAULT_EXPERIMENT_NAME}.yaml`,
    dataFiles: {},
    baseRev: 0,
    saving: { state: 'loading' },
    notice: null,
    reveal: null,
    revealLine: (path, line) => {
      if (!(path in get().workspace.files)) return;
      set({ active: path, reveal: { path, line, nonce: (get().reveal?.nonce ?? 0) + 1 } });
    },
    editFile: (path, text) => void apply(writeFile(get().workspace, path, text)),
    openFile: (path) => {
      if (path in get().workspace.files) set({ active: path });
    },
    addFile: (path, text = '') => apply(createFile(get().workspace, path, text), { active: path }),
    moveFile: (from, to) => apply(renameFile(get().workspace, from, to), get().active === from ? { active: to } : {}),
    removeFile: (path) => {
      const before = get().workspace;
      const change = deleteFile(before, path);
      const active = get().active === path && change.ok ? `experiment/${change.value.experiment}.yaml` : get().active;
      return apply(change, { active }, { kind: 'info', text: `Deleted ${path}.`, undo: before });
    },
    setOverrides: (overrides) => set({ workspace: { ...get().workspace, overrides } }),
    setExperiment: (name) => {
      if (`experiment/${name}.yaml` in get().workspace.files) set({ workspace: { ...get().workspace, experiment: name } });
    },
    replaceWorkspace: (ws, options = {}) => {
      const active = options.active && options.active in ws.files ? options.active : `experiment/${ws.experiment}.yaml`;
      set({
        workspace: ws,
        active,
        ...(options.baseRev !== undefined ? { baseRev: options.baseRev } : {}),
        notice: options.notice ? { kind: 'info', text: options.notice, undo: get().workspace } : get().notice,
      });
    },
    setDataFiles: (dataFiles) => set({ dataFiles }),
    setSaving: (saving, baseRev) => set({ saving, ...(baseRev !== undefined ? { baseRev } : {}) }),
    setNotice: (notice) => set({ notice }),
  };
};
