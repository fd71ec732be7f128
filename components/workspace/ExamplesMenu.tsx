'use client';
import { EXAMPLES } from '../../lib/igm/examples';
import { useStudio } from '../../lib/store';

/** Opens one of the studio's examples (the current workspace can be brought back with Undo). */
export function ExamplesMenu() {
  return (
    <select
      aria-label="Open an example"
      data-testid="examples.menu"
      value=""
      onChange={(e) => {
        const ex = EXAMPLES.find((x) => x.id === e.target.value);
        if (!ex) return;
        const needs = ex.needsData.length ? ` It reads ${ex.needsData.join(', ')}: drop the file onto the file list.` : '';
        useStudio.getState().replaceWorkspace({ files: ex.files, overrides: [], experiment: 'params' }, { notice: `Opened the example "${ex.title}".${needs}` });
      }}
    >
      <option value="">Examples…</option>
      {EXAMPLES.map((ex) => (
        <option key={ex.id} value={ex.id} title={ex.summary}>
          {ex.title}
          {ex.needsData.length ? ' (bring data)' : ''}
        </option>
      ))}
    </select>
  );
}
