'use client';
import dynamic from 'next/dynamic';
import { useStudio } from '../../lib/store';
import type { WorkspaceComposition } from '../../lib/workspace/compose-workspace';
import { SaveStatus } from '../workspace/SaveStatus';

const currentFiles = () => useStudio.getState().workspace.files;

const YamlEditor = dynamic(() => import('./YamlEditor'), {
  ssr: false,
  loading: () => <p className="muted pane-body">Loading the editor…</p>,
});

/** The open file in Monaco, fed with the schema and the composition's markers. */
export function EditorPane({ composition, composedFiles, schema, onSave, onRun }: { composition: WorkspaceComposition; composedFiles: Readonly<Record<string, string>>; schema: object; onSave: () => void; onRun: () => void }) {
  const files = useStudio((s) => s.workspace.files);
  const active = useStudio((s) => s.active);
  const reveal = useStudio((s) => s.reveal);
  const editFile = useStudio((s) => s.editFile);
  return (
    <section className="pane editor-pane" aria-label="Experiment editor" data-testid="pane.editor">
      <header className="pane-header">
        <span data-testid="editor.file.params">{active}</span>
        <span className="spacer" />
        <SaveStatus />
      </header>
      <YamlEditor files={files} currentFiles={currentFiles} active={active} schema={schema} markers={composition.diagnostics} markedFiles={composedFiles} reveal={reveal} onChange={editFile} onSave={onSave} onRun={onRun} />
    </section>
  );
}
