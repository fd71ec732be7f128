'use client';
/**
 * The workspace recomposed after each edit, debounced. Composition takes well under a
 * millisecond for IGM experiments (`npm run bench:compose`), so it runs on the main thread; the
 * time is measured and shown so a slow case would be noticed.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStudio } from '../../lib/store';
import { composeWorkspace, workspaceSchema, type WorkspaceComposition } from '../../lib/workspace/compose-workspace';

export function useComposition(delayMs = 150): { composition: WorkspaceComposition; millis: number; schema: object; composedFiles: Readonly<Record<string, string>> } {
  const workspace = useStudio((s) => s.workspace);
  const [state, setState] = useState(() => ({ workspace, composition: composeWorkspace(workspace), millis: 0 }));
  useEffect(() => {
    if (state.workspace === workspace) return;
    const t = setTimeout(() => {
      const t0 = performance.now();
      const composition = composeWorkspace(workspace);
      setState({ workspace, composition, millis: performance.now() - t0 });
    }, delayMs);
    return () => clearTimeout(t);
  }, [workspace, delayMs, state.workspace]);
  const userKey = Object.keys(state.workspace.files).filter((p) => p.startsWith('user/')).sort().join('|');
  // The schema changes only when the user's own modules do.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const schema = useMemo(() => workspaceSchema(state.workspace), [userKey]);
  return { composition: state.composition, millis: state.millis, schema, composedFiles: state.workspace.files };
}
