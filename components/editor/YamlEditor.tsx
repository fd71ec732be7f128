'use client';
// Monaco over one YAML file. Loaded lazily (see EditorPane) so the first paint never waits for it.
import { useEffect, useRef } from 'react';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';

export interface YamlEditorProps {
  path: string;
  value: string;
  onChange: (value: string) => void;
}

let monacoReady: Promise<typeof Monaco> | null = null;

function loadMonaco(): Promise<typeof Monaco> {
  monacoReady ??= (async () => {
    self.MonacoEnvironment = {
      getWorker: () =>
        new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url), { type: 'module' }),
    };
    const monaco = await import('monaco-editor/esm/vs/editor/editor.api');
    await import('monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution');
    return monaco;
  })();
  return monacoReady;
}

export default function YamlEditor({ path, value, onChange }: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    let disposed = false;
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      const uri = monaco.Uri.parse(`file:///${path}`);
      const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(value, 'yaml', uri);
      editor.current = monaco.editor.create(host.current, {
        model,
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 13,
        tabSize: 2,
        scrollBeyondLastLine: false,
      });
      model.onDidChangeContent(() => changed.current(model.getValue()));
    });
    return () => {
      disposed = true;
      editor.current?.dispose();
      editor.current = null;
    };
    // The model owns the text once created; later `value` props come from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);

  return <div ref={host} className="monaco-host" data-testid="editor.monaco" />;
}
