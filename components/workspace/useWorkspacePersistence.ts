'use client';
/**
 * Wires the store to the browser: autosave into IndexedDB, a BroadcastChannel so tabs learn of
 * each other's saves, a last save when the page is hidden, and opening a share link from the URL
 * fragment (asking before it replaces a workspace that has the user's own edits).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeShareFragment, isShareFragment } from '../../lib/io/share-link';
import { createAutosave, type Autosave } from '../../lib/store/autosave';
import { useStudio } from '../../lib/store';
import { defaultWorkspace } from '../../lib/store/workspace-slice';
import type { Workspace } from '../../lib/workspace/workspace';
import { workspaceStorage as storage } from './browser-storage';

const CHANNEL = 'igm-studio-workspace';
const DRAFT_KEY = 'igm-studio-draft';

function sameFiles(a: Workspace, b: Workspace): boolean {
  const ka = Object.keys(a.files);
  return ka.length === Object.keys(b.files).length && ka.every((k) => a.files[k] === b.files[k]) && a.overrides.join('\n') === b.overrides.join('\n');
}

export function useWorkspacePersistence() {
  const autosave = useRef<Autosave | null>(null);
  const [pendingShare, setPendingShare] = useState<Workspace | null>(null);

  useEffect(() => {
    const tab = crypto.randomUUID();
    const channel = 'BroadcastChannel' in self ? new BroadcastChannel(CHANNEL) : null;
    const drafts = {
      read: () => localStorage.getItem(DRAFT_KEY),
      write: (text: string) => localStorage.setItem(DRAFT_KEY, text),
      clear: () => localStorage.removeItem(DRAFT_KEY),
    };
    const saver = createAutosave(useStudio, storage, tab, { onSaved: (rev) => channel?.postMessage({ tab, rev }), drafts });
    autosave.current = saver;
    if (channel) channel.onmessage = (e: MessageEvent<{ tab: string }>) => void (e.data?.tab !== tab && saver.remoteSaved());
    const hide = () => {
      saver.stash();
      void saver.flush();
    };
    window.addEventListener('pagehide', hide);
    const onVisibility = () => document.visibilityState === 'hidden' && hide();
    document.addEventListener('visibilitychange', onVisibility);
    const openShared = () => {
      const hash = window.location.hash;
      if (!isShareFragment(hash)) return;
      // Opened once: a reload must not ask again.
      history.replaceState(null, '', window.location.pathname + window.location.search);
      const shared = decodeShareFragment(hash);
      if (!shared.ok) {
        useStudio.getState().setNotice({ kind: 'error', text: `${shared.error.message} Your workspace was left as it was.` });
        return;
      }
      const current = useStudio.getState().workspace;
      if (sameFiles(current, shared.value)) return;
      if (sameFiles(current, defaultWorkspace)) useStudio.getState().replaceWorkspace(shared.value, { notice: 'Opened the shared experiment.' });
      else setPendingShare(shared.value);
    };
    // A link pasted into this tab's address bar changes only the fragment: no reload.
    window.addEventListener('hashchange', openShared);
    void (async () => {
      await saver.start();
      void storage.loadData().then((d) => useStudio.getState().setDataFiles(Object.fromEntries(Object.entries(d).map(([p, f]) => [p, { size: f.bytes.length }]))));
      openShared();
    })();
    return () => {
      saver.stop();
      channel?.close();
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('hashchange', openShared);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const acceptShare = useCallback(
    (replace: boolean) => {
      if (replace && pendingShare) useStudio.getState().replaceWorkspace(pendingShare, { notice: 'Opened the shared experiment; Undo brings your previous workspace back.' });
      setPendingShare(null);
    },
    [pendingShare],
  );

  return {
    flush: () => autosave.current?.flush(),
    resolveConflict: (c: 'mine' | 'theirs') => autosave.current?.resolveConflict(c),
    pendingShare,
    acceptShare,
    storeData: (path: string, bytes: Uint8Array) => storage.putData(path, { bytes }),
    dropData: (path: string) => storage.deleteData(path),
    loadData: () => storage.loadData(),
  };
}

export type Persistence = ReturnType<typeof useWorkspacePersistence>;
