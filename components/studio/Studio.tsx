'use client';
import { BackendBadge } from '../compute/BackendBadge';
import { ComputeReport } from '../compute/ComputeReport';
import { useComputeProbe } from '../compute/useComputeProbe';
import { CompositionPanel } from '../composition/CompositionPanel';
import { useComposition } from '../composition/useComposition';
import { EditorPane } from '../editor/EditorPane';
import { ShareButton } from '../share/ShareButton';
import { useStudio } from '../../lib/store';
import { Banners } from '../workspace/Banners';
import { ExamplesMenu } from '../workspace/ExamplesMenu';
import { FileTree } from '../workspace/FileTree';
import { useWorkspacePersistence } from '../workspace/useWorkspacePersistence';

/** The studio: files, the editor, and the configuration Hydra composes from them. */
export function Studio() {
  useComputeProbe();
  const persistence = useWorkspacePersistence();
  const { composition, millis, schema, composedFiles } = useComposition();
  const save = () => {
    void persistence.flush();
  };
  // Running arrives with the simulation worker; until then Ctrl/Cmd+Enter recomposes and says so.
  const run = () =>
    useStudio.getState().setNotice(composition.error ? { kind: 'error', text: composition.error.message } : { kind: 'info', text: 'The configuration composes. Runs in the browser come with the simulation panel.' });
  return (
    <div className="studio">
      <header className="studio-header">
        <h1>IGM Studio</h1>
        <span className="muted">Instructed Glacier Model in the browser</span>
        <span className="spacer" />
        <ExamplesMenu />
        <ShareButton />
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
        <CompositionPanel composition={composition} millis={millis} />
      </main>
    </div>
  );
}
