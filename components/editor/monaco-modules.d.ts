// Monaco's edcore.main entry (the editor API plus every editor contribution) ships without types;
// it re-exports editor.api unchanged, and a declaration can only say so with `export *`.
declare module 'monaco-editor/esm/vs/editor/edcore.main' {
  // eslint-disable-next-line no-restricted-syntax
  export * from 'monaco-editor/esm/vs/editor/editor.api';
}
