/**
 * Where the workspace lives between visits. The interface is what autosave needs; the IndexedDB
 * implementation (idb) is what the browser uses and the memory one is what tests use.
 *
 * Every save carries the revision it was based on; a save based on an older revision than the
 * stored one comes from a tab that missed another tab's edits and is refused as a conflict, so
 * two tabs never silently overwrite each other.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { DataFile, Workspace } from '../workspace/workspace';

export interface SavedWorkspace {
  workspace: Workspace;
  /** The file open in the editor. */
  active: string;
  rev: number;
  /** The tab that saved it. */
  tab: string;
  savedAt: number;
}

export type SaveOutcome = { status: 'saved'; rev: number } | { status: 'conflict'; theirs: SavedWorkspace };

export interface WorkspaceStorage {
  load(): Promise<SavedWorkspace | null>;
  /** Saves `next` as revision baseRev + 1 unless another tab saved after baseRev (or `force`). */
  save(next: Omit<SavedWorkspace, 'rev'>, baseRev: number, force?: boolean): Promise<SaveOutcome>;
  loadData(): Promise<Record<string, DataFile>>;
  putData(path: string, file: DataFile): Promise<void>;
  deleteData(path: string): Promise<void>;
}

function decide(current: SavedWorkspace | null, next: Omit<SavedWorkspace, 'rev'>, baseRev: number, force: boolean): SavedWorkspace | { conflict: SavedWorkspace } {
  const storedRev = current?.rev ?? 0;
  if (current && !force && storedRev !== baseRev && current.tab !== next.tab) return { conflict: current };
  return { ...next, rev: Math.max(storedRev, baseRev) + 1 };
}

export function memoryStorage(): WorkspaceStorage {
  let current: SavedWorkspace | null = null;
  const data = new Map<string, DataFile>();
  return {
    load: async () => (current ? structuredClone(current) : null),
    save: async (next, baseRev, force = false) => {
      const d = decide(current, next, baseRev, force);
      if ('conflict' in d) return { status: 'conflict', theirs: structuredClone(d.conflict) };
      current = structuredClone(d);
      return { status: 'saved', rev: d.rev };
    },
    loadData: async () => Object.fromEntries(data),
    putData: async (path, file) => void data.set(path, file),
    deleteData: async (path) => void data.delete(path),
  };
}

const DB = 'igm-studio';
const KEY = 'current';

export function indexedDbStorage(): WorkspaceStorage {
  let db: Promise<IDBPDatabase> | null = null;
  const open = () =>
    (db ??= openDB(DB, 1, {
      upgrade(d) {
        d.createObjectStore('workspace');
        d.createObjectStore('data');
      },
    }));
  return {
    load: async () => ((await (await open()).get('workspace', KEY)) as SavedWorkspace | undefined) ?? null,
    save: async (next, baseRev, force = false) => {
      // One readwrite transaction: the check and the write cannot interleave with another tab's.
      const tx = (await open()).transaction('workspace', 'readwrite');
      const current = ((await tx.store.get(KEY)) as SavedWorkspace | undefined) ?? null;
      const d = decide(current, next, baseRev, force);
      if ('conflict' in d) {
        await tx.done;
        return { status: 'conflict', theirs: d.conflict };
      }
      await tx.store.put(d, KEY);
      await tx.done;
      return { status: 'saved', rev: d.rev };
    },
    loadData: async () => {
      const d = await open();
      const keys = (await d.getAllKeys('data')) as string[];
      const out: Record<string, DataFile> = {};
      for (const k of keys) out[k] = (await d.get('data', k)) as DataFile;
      return out;
    },
    putData: async (path, file) => void (await (await open()).put('data', file, path)),
    deleteData: async (path) => void (await (await open()).delete('data', path)),
  };
}
