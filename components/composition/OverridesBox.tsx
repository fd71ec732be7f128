'use client';
/**
 * Command-line overrides as `igm_run` takes them, validated as you type, with the sweep a
 * multirun would launch. The text is kept as typed; the store holds the words it splits into.
 */
import { useState } from 'react';
import { useStudio } from '../../lib/store';
import { joinCommandLine, splitCommandLine } from '../../lib/workspace/command-line';
import type { WorkspaceComposition } from '../../lib/workspace/compose-workspace';

export function OverridesBox({ composition }: { composition: WorkspaceComposition }) {
  const overrides = useStudio((s) => s.workspace.overrides);
  const experiment = useStudio((s) => s.workspace.experiment);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? joinCommandLine(overrides);
  const split = splitCommandLine(shown);
  const problems = !split.ok ? [`column ${split.error.col}: ${split.error.message}`] : composition.overrideProblems.map((p) => `${overrides[p.index]}: ${p.message}`);
  return (
    <div className="overrides" data-testid="overrides">
      <label htmlFor="overrides-input" className="muted">
        igm_run +experiment={experiment}
      </label>
      <input
        id="overrides-input"
        data-testid="overrides.input"
        spellCheck={false}
        placeholder="processes.time.end=2050 processes.iceflow.physics.init_slidingco=0.1,0.3"
        value={shown}
        aria-invalid={problems.length > 0}
        onChange={(e) => {
          setText(e.target.value);
          const words = splitCommandLine(e.target.value);
          if (words.ok) useStudio.getState().setOverrides(words.value);
        }}
        onBlur={() => split.ok && setText(null)}
      />
      {problems.map((p) => (
        <p key={p} className="error" role="alert" data-testid="overrides.error">
          {p}
        </p>
      ))}
      {composition.sweep && (
        <details className="sweep" data-testid="overrides.sweep" open>
          <summary>
            Sweep: <strong data-testid="overrides.sweep.count">{composition.sweep.length}</strong> job{composition.sweep.length === 1 ? '' : 's'}
          </summary>
          <ol>
            {composition.sweep.slice(0, 50).map((job, i) => (
              <li key={i}>
                <code>{joinCommandLine(job)}</code>
              </li>
            ))}
          </ol>
          {composition.sweep.length > 50 && <p className="muted">…and {composition.sweep.length - 50} more.</p>}
        </details>
      )}
    </div>
  );
}
