/**
 * Runs kept between visits (IndexedDB, beside the workspace): the record, and the bytes of the
 * files its output modules wrote. When the browser refuses a save for lack of space, the saved
 * frames of the oldest runs are dropped first (their records and series stay) and the record says so.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { RunRecord } from '../runs/record';

export interface RunsStorage {
  all(): Promise<RunRecord[]>;
  put(run: RunRecord, outputs?: Record<string, Uint8Array | string>): Promise<RunRecord>;
  outputs(id: string): Promise<Record<string, Uint8Array | string>>;
  remove(id: string): Promise<void>;
}

export const RUNS_DB = 'igm-studio-runs';

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'UnknownError');
}

export function indexedDbRuns(): RunsStorage {
  let db: Promise<IDBPDatabase> | null = null;
  const open = () =>
    (db ??= openDB(RUNS_DB, 1, {
      upgrade(d) {
        d.createObjectStore('runs', { keyPath: 'id' });
        d.createObjectStore('outputs');
      },
    }));
  const store: RunsStorage = {
    all: async () => ((await (await open()).getAll('runs')) as RunRecord[]).sort((a, b) => b.createdAt - a.createdAt),
    put: async (run, outputs) => {
      const d = await open();
      for (let attempt = 0; ; attempt++) {
        try {
          await d.put('runs', run);
          if (outputs) await d.put('outputs', outputs, run.id);
          return run;
        } catch (e) {
          if (!isQuota(e) || attempt > 20) throw e;
          const older = ((await d.getAll('runs')) as RunRecord[]).filter((r) => r.frames.length > 0 && r.id !== run.id).sort((a, b) => a.createdAt - b.createdAt)[0];
          const victim = older ?? run;
          if (victim.frames.length === 0) throw e;
          const thinned: RunRecord = { ...victim, framesDropped: victim.framesDropped + victim.frames.length, frames: [], note: 'Saved frames dropped: the browser ran out of storage for runs.' };
          if (victim === run) run = thinned;
          else await d.put('runs', thinned);
        }
      }
    },
    outputs: async (id) => ((await (await open()).get('outputs', id)) as Record<string, Uint8Array | string> | undefined) ?? {},
    remove: async (id) => {
      const d = await open();
      await d.delete('runs', id);
      await d.delete('outputs', id);
    },
  };
  return store;
}
