'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { DEFAULT_EXPERIMENT_NAME, defaultExperimentFiles } from '../../lib/igm/default-experiment';

const YamlEditor = dynamic(() => import('./YamlEditor'), {
  ssr: false,
  loading: () => <p className="muted">Loading the editor…</p>,
});

const path = `experiment/${DEFAULT_EXPERIMENT_NAME}.yaml`;

/** The experiment's files; today the default experiment's params.yaml. */
export function EditorPane() {
  const [text, setText] = useState(defaultExperimentFiles[path] ?? '');
  return (
    <section className="pane editor-pane" aria-label="Experiment editor" data-testid="pane.editor">
      <header className="pane-header">
        <span data-testid="editor.file.params">{path}</span>
        <span className="muted">{text.split('\n').length} lines</span>
      </header>
      <YamlEditor path={path} value={text} onChange={setText} />
    </section>
  );
}
