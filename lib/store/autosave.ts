/**
 * Nothing is lost: every change to the workspace is saved shortly after it is made, and a tab
 * whose edits are based on an older saved revision than another tab's gets a conflict to
 * resolve (keep mine / take theirs) instead of overwriting. `remoteSaved()` is called when
 * another tab announces a save (the page wires a BroadcastChannel to it).
 */
import type { StoreApi } from 'zustand';
import type { StudioState } from './index';
import type { WorkspaceStorage } from './workspace-storage';

/**
 * A synchronous place for the last edits when the page goes away: IndexedDB writes are
 * asynchronous and a reload or a closing tab can cut them off, so `stash()` keeps the unsaved
 * state here (the page uses localStorage) and the next `start()` takes it back.
 */
export interface DraftStore {
  read(): string | null;
  write(text: string): void;
  clear(): void;
}

interface Draft {
  workspace: StudioState['workspace'];
  active: string;
  baseRev: number;
}

export interface Autosave {
  /** Loads the stored workspace into the store (or keeps the default when there is none). */
  start(): Promise<void>;
  /** Saves now (Ctrl+S, page hide). */
  flush(): Promise<void>;
  /** Keeps unsaved edits in the draft store, synchronously (page hide). */
  stash(): void;
  resolveConflict(choice: 'mine' | 'theirs'): Promise<void>;
  remoteSaved(): Promise<void>;
  stop(): void;
}

function readDraft(drafts: DraftStore | undefined): Draft | null {
  try {
    const d = JSON.parse(drafts?.read() ?? 'null') as Draft | null;
    return d && typeof d === 'object' && d.workspace && typeof d.baseRev === 'number' ? d : null;
  } catch {
    return null;
  }
}

export function createAutosave(store: StoreApi<StudioState>, storage: WorkspaceStorage, tab: string, options: { delayMs?: number; onSaved?: (rev: number) => void; drafts?: DraftStore } = {}): Autosave {
  const { delayMs = 400, onSaved, drafts } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();
  let unsubscribe = () => {};

  const save = (force = false) => {
    chain = chain.then(async () => {
      const s = store.getState();
      if (s.saving.state === 'conflict' && !force) return;
      try {
        const outcome = await storage.save({ workspace: s.workspace, active: s.active, tab, savedAt: Date.now() }, s.baseRev, force);
        if (outcome.status === 'conflict') store.getState().setSaving({ state: 'conflict', theirs: outcome.theirs });
        else {
          // Edits made while this save was in flight are saved by the save they scheduled.
          const changedMeanwhile = store.getState().workspace !== s.workspace || store.getState().active !== s.active;
          store.getState().setSaving(changedMeanwhile ? { state: 'pending' } : { state: 'saved', at: Date.now() }, outcome.rev);
          if (!changedMeanwhile) drafts?.clear();
          onSaved?.(outcome.rev);
        }
      } catch (e) {
        store.getState().setSaving({ state: 'failed', message: `Could not save in this browser's storage (${e instanceof Error ? e.message : String(e)}). Download the folder to keep your work.` });
      }
    });
    return chain;
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void save();
    }, delayMs);
  };

  return {
    async start() {
      const saved = await storage.load().catch(() => null);
      if (saved) store.getState().replaceWorkspace(saved.workspace, { active: saved.active, baseRev: saved.rev });
      store.getState().setSaving({ state: 'saved', at: saved?.savedAt ?? Date.now() }, saved?.rev ?? 0);
      const draft = readDraft(drafts);
      unsubscribe = store.subscribe((now, before) => {
        if (now.workspace === before.workspace && now.active === before.active) return;
        if (now.saving.state === 'loading') return;
        if (now.saving.state !== 'conflict') now.setSaving({ state: 'pending' });
        schedule();
      });
      // Edits the last page could not save: taken back when they were based on what is stored
      // (a draft older than another tab's save would undo that save, so it is dropped).
      if (draft && draft.baseRev === (saved?.rev ?? 0)) store.getState().replaceWorkspace(draft.workspace, { active: draft.active });
      else drafts?.clear();
    },
    stash() {
      const s = store.getState();
      if (!drafts || s.saving.state === 'saved' || s.saving.state === 'loading') return;
      const draft: Draft = { workspace: s.workspace, active: s.active, baseRev: s.baseRev };
      try {
        drafts.write(JSON.stringify(draft));
      } catch {
        // Storage full or disabled: the asynchronous save is all there is.
      }
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      await save();
    },
    async resolveConflict(choice) {
      const s = store.getState();
      if (s.saving.state !== 'conflict') return;
      if (choice === 'theirs') {
        const theirs = s.saving.theirs;
        s.setSaving({ state: 'saved', at: theirs.savedAt }, theirs.rev);
        store.getState().replaceWorkspace(theirs.workspace, { active: theirs.active, baseRev: theirs.rev });
        // The replace above scheduled a save of the same content; it is harmless (same revision base).
      } else {
        await save(true);
      }
    },
    async remoteSaved() {
      const stored = await storage.load().catch(() => null);
      const s = store.getState();
      if (!stored || stored.rev <= s.baseRev || stored.tab === tab) return;
      if (s.saving.state === 'saved') {
        s.replaceWorkspace(stored.workspace, { active: stored.active, baseRev: stored.rev, notice: 'This experiment was changed in another tab; you now see that version.' });
        store.getState().setSaving({ state: 'saved', at: stored.savedAt });
        if (timer) clearTimeout(timer);
        timer = null;
      } else {
        s.setSaving({ state: 'conflict', theirs: stored });
      }
    },
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
