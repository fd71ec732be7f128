'use client';
import { BackendBadge } from '../compute/BackendBadge';
import { ComputeReport } from '../compute/ComputeReport';
import { useComputeProbe } from '../compute/useComputeProbe';
import { EditorPane } from '../editor/EditorPane';

/** The studio shell: header, experiment editor on the left, results on the right. */
export function Studio() {
  useComputeProbe();
  return (
    <div className="studio">
      <header className="studio-header">
        <h1>IGM Studio</h1>
        <span className="muted">Instructed Glacier Model in the browser</span>
        <span className="spacer" />
        <BackendBadge />
      </header>
      <main className="studio-main">
        <EditorPane />
        <section className="pane results-pane" aria-label="Results" data-testid="pane.results">
          <header className="pane-header">Results</header>
          <div className="pane-body">
            <ComputeReport />
          </div>
        </section>
      </main>
    </div>
  );
}
