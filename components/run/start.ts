'use client';
/** Run (Ctrl/Cmd+Enter): the workspace as it is now, one run, or one per job of a sweep. */
import { toPlain } from '../../lib/hydra';
import type { Plain } from '../../lib/sim/params';
import { useStudio } from '../../lib/store';
import { composeWorkspace, workspaceJobs } from '../../lib/workspace/compose-workspace';
import { startRuns } from './runner';

export function runWorkspace(): boolean {
  const st = useStudio.getState();
  const ws = st.workspace;
  const c = composeWorkspace(ws);
  if (c.error || c.overrideProblems.length) {
    st.setNotice({ kind: 'error', text: `Cannot run: ${c.error?.message ?? c.overrideProblems[0]!.message}` });
    return false;
  }
  const jobs = workspaceJobs(ws);
  if (!jobs.ok) {
    st.setNotice({ kind: 'error', text: `Cannot run: ${jobs.error.message}` });
    return false;
  }
  startRuns(jobs.value.map((j) => ({ overrides: j.overrides, config: toPlain(j.composition.config) as { [key: string]: Plain } })));
  return true;
}
