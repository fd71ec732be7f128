'use client';
/**
 * Monaco over the workspace's YAML files, one model per file so each keeps its own undo history
 * when the user switches between them. monaco-yaml validates, completes and explains experiment
 * files from lib/igm's JSON Schema; the studio's own markers (composition errors, modules Hydra
 * would skip or the browser cannot run) go in under a separate owner. Loaded lazily (see
 * EditorPane) so the first paint never waits for Monaco.
 */
import { useEffect, useRef } from 'react';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import type { MonacoYaml } from 'monaco-yaml';
import type { Diagnostic } from '../../lib/igm/module-diagnostics';

export interface YamlEditorProps {
  files: Readonly<Record<string, string>>;
  /**
   * The files as they are now. An effect runs after its render, and keys typed in between are
   * already in the store but not in that render's `files`: comparing against those would write
   * the older text back over the user's typing.
   */
  currentFiles: () => Readonly<Record<string, string>>;
  active: string;
  schema: object;
  markers: Readonly<Record<string, Diagnostic[]>>;
  /** The file texts the markers were computed from (composition lags edits by a debounce). */
  markedFiles: Readonly<Record<string, string>>;
  reveal: { path: string; line: number; nonce: number } | null;
  onChange: (path: string, text: string) => void;
  onSave: () => void;
  onRun: () => void;
}

type MonacoApi = typeof Monaco;
let ready: Promise<{ monaco: MonacoApi; yaml: MonacoYaml }> | null = null;

function load() {
  ready ??= (async () => {
    self.MonacoEnvironment = {
      getWorker: (_id: string, label: string) =>
        label === 'yaml'
          ? new Worker(new URL('monaco-yaml/yaml.worker', import.meta.url), { type: 'module' })
          : new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url), { type: 'module' }),
    };
    // editor.api alone has no hover, suggest or format widgets; edcore.main adds every editor
    // feature without bundling Monaco's other languages.
    const monaco: MonacoApi = await import('monaco-editor/esm/vs/editor/edcore.main');
    await import('monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution');
    const { configureMonacoYaml } = await import('monaco-yaml');
    const yaml = configureMonacoYaml(monaco, { enableSchemaRequest: false, hover: true, completion: true, validate: true, format: { enable: true } });
    return { monaco, yaml };
  })();
  return ready;
}

interface Api {
  monaco: MonacoApi;
  yaml: MonacoYaml;
  editor: Monaco.editor.IStandaloneCodeEditor;
  schema?: object;
}

// Files, active file, schema and markers flow one way: store → Monaco.
function syncEditor(a: Api | null, props: YamlEditorProps) {
    if (!a) return;
    const { monaco, yaml, editor } = a;
    const { active, schema, markers, markedFiles } = props;
    const files = props.currentFiles();
    for (const model of monaco.editor.getModels()) {
      const path = model.uri.path.replace('/workspace/', '');
      if (!(path in files)) model.dispose();
      else if (model.getValue() !== files[path]) model.setValue(files[path]!);
    }
    for (const [path, text] of Object.entries(files)) {
      if (!monaco.editor.getModel(uriOf(monaco, path))) monaco.editor.createModel(text, 'yaml', uriOf(monaco, path));
    }
    const model = monaco.editor.getModel(uriOf(monaco, active));
    if (model && editor.getModel() !== model) editor.setModel(model);
    if (a.schema !== schema) {
      a.schema = schema;
      void yaml.update({ schemas: [{ uri: 'https://igm-studio.local/schema/experiment.json', fileMatch: ['**/experiment/*.yaml'], schema: schema as never }] });
    }
    for (const m of monaco.editor.getModels()) {
      const path = m.uri.path.replace('/workspace/', '');
      // Stale markers would point past the end of a shortened file; Monaco moves the old ones
      // along with the edits until the next composition catches up.
      if (markedFiles[path] !== m.getValue()) continue;
      monaco.editor.setModelMarkers(
        m,
        'igm-studio',
        (markers[path] ?? []).filter((d) => d.code !== 'unknown-module').map((d) => ({
          severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
          message: d.message,
          startLineNumber: d.line,
          startColumn: d.col,
          endLineNumber: d.endLine,
          endColumn: d.endCol,
          source: 'IGM Studio',
        })),
      );
    }
  }

const uriOf = (monaco: MonacoApi, path: string) => monaco.Uri.parse(`file:///workspace/${path}`);

export default function YamlEditor(props: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const api = useRef<Api | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    let disposed = false;
    void load().then(({ monaco, yaml }) => {
      if (disposed || !host.current) return;
      const editor = monaco.editor.create(host.current, {
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 13,
        tabSize: 2,
        scrollBeyondLastLine: false,
        // Monaco 0.52's sticky scroll renders asynchronously and throws 'Illegal value for
        // lineNumber' when a file shrinks under it (a paste over a longer text); experiment files
        // are short enough not to need it.
        stickyScroll: { enabled: false },
        quickSuggestions: { other: true, comments: false, strings: true },
        ariaLabel: 'Experiment file editor',
      });
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => latest.current.onSave());
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onRun());
      editor.onDidChangeModelContent(() => {
        const model = editor.getModel();
        if (model) latest.current.onChange(model.uri.path.replace('/workspace/', ''), model.getValue());
      });
      api.current = { monaco, yaml, editor };
      syncEditor(api.current, latest.current);
    });
    return () => {
      disposed = true;
      api.current?.editor.dispose();
      api.current = null;
    };
  }, []);

  useEffect(() => syncEditor(api.current, props), [props]);

  useEffect(() => {
    const a = api.current;
    if (!a || !props.reveal) return;
    const line = props.reveal.line;
    a.editor.revealLineInCenter(line);
    a.editor.setPosition({ lineNumber: line, column: 1 });
    a.editor.focus();
  }, [props.reveal]);

  return <div ref={host} className="monaco-host" data-testid="editor.monaco" />;
}
