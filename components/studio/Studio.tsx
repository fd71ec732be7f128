'use client';
import { useEffect, useState } from 'react';
import { BackendBadge } from '../compute/BackendBadge';
import { ComputeReport } from '../compute/ComputeReport';
import { useComputeProbe } from '../compute/useComputeProbe';
import { CompositionPanel } from '../composition/CompositionPanel';
import { useComposition } from '../composition/useComposition';
import { EditorPane } from '../editor/EditorPane';
import { preloadPlotly } from '../plots/usePlot';
import { RunControls } from '../run/RunControls';
import { RunView } from '../run/RunView';
import { loadPastRuns } from '../run/runner';
import { runWorkspace } from '../run/start';
import { RunsTable } from '../runs/RunsTable';
import { ShareButton } from '../share/ShareButton';
import { useStudio } from '../../lib/store';
import { Banners } from '../workspace/Banners';
import { ExamplesMenu } from '../workspace/ExamplesMenu';
import { FileTree } from '../workspace/FileTree';
import { useWorkspacePersistence } from '../workspace/useWorkspacePersistence';

type Tab = 'config' | 'run' | 'runs';

/** The studio: files, the editor, and what comes of them (configuration, the live run, all runs). */
export function Studio() {
  useComputeProbe();
  const persistence = useWorkspacePersistence();
  const { composition, millis, schema, composedFiles } = useComposition();
  const [tab, setTab] = useState<Tab>('config');
  const computeReady = useStudio((s) => s.compute.state !== 'probing');
  useEffect(() => {
    void loadPastRuns();
  }, []);
  // Evaluating plotly holds the main thread for a second or two: only once start-up is over
  // (the worker has answered, Monaco has loaded by then), not while the editor is still loading.
  useEffect(() => {
    if (computeReady) preloadPlotly();
  }, [computeReady]);
  const save = () => {
    void persistence.flush();
  };
  const run = () => {
    if (runWorkspace()) setTab('run');
  };
  return (
    <div className="studio">
      <header className="studio-header">
        <h1>IGM Studio</h1>
        <span className="muted">Instructed Glacier Model in the browser</span>
        <span className="spacer" />
        <ExamplesMenu />
        <ShareButton />
        <RunControls onRun={run} />
        <BackendBadge />
      </header>
      <Banners persistence={persistence} />
      <main className="studio-main">
        <div className="side">
          <FileTree persistence={persistence} />
          <section className="pane results-pane" aria-label="Compute" data-testid="pane.results">
            <header className="pane-header">Compute</header>
            <div className="pane-body">
              <ComputeReport />
            </div>
          </section>
        </div>
        <EditorPane composition={composition} composedFiles={composedFiles} schema={schema} onSave={save} onRun={run} />
        <div className="right">
          <div role="tablist" className="tabs right-tabs">
            {(['config', 'run', 'runs'] as const).map((t) => (
              <button key={t} role="tab" aria-selected={tab === t} data-testid={`tab.${t}`} onClick={() => setTab(t)}>
                {{ config: 'Configuration', run: 'Run', runs: 'Runs' }[t]}
              </button>
            ))}
          </div>
          {tab === 'config' && <CompositionPanel composition={composition} millis={millis} />}
          {tab === 'run' && (
            <section className="pane pane-body" aria-label="Run">
              <RunView />
            </section>
          )}
          {tab === 'runs' && (
            <section className="pane pane-body" aria-label="Runs">
              <RunsTable />
            </section>
          )}
        </div>
      </main>
    </div>
  );
}
