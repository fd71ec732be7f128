/**
 * Nothing is lost: every change to the workspace is saved shortly after it is made, and a tab
 * whose edits are based on an older saved revision than another tab's gets a conflict to
 * resolve (keep mine / take theirs) instead of overwriting. `remoteSaved()` is called when
 * another tab announces a save (the page wires a BroadcastChannel to it).
 */
import type { StoreApi } from 'zustand';
import type { StudioState } from './index';
import type { WorkspaceStorage } from './workspace-storage';

export interface Autosave {
  /** Loads the stored workspace into the store (or keeps the default when there is none). */
  start(): Promise<void>;
  /** Saves now (Ctrl+S, page hide). */
  flush(): Promise<void>;
  resolveConflict(choice: 'mine' | 'theirs'): Promise<void>;
  remoteSaved(): Promise<void>;
  stop(): void;
}

export function createAutosave(store: StoreApi<StudioState>, storage: WorkspaceStorage, tab: string, delayMs = 400, onSaved?: (rev: number) => void): Autosave {
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
      unsubscribe = store.subscribe((now, before) => {
        if (now.workspace === before.workspace && now.active === before.active) return;
        if (now.saving.state === 'loading') return;
        if (now.saving.state !== 'conflict') now.setSaving({ state: 'pending' });
        schedule();
      });
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
