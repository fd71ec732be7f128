'use client';
/** The Run button and the backend choice (automatic: webgpu, then webgl, wasm, cpu). */
import { useState } from 'react';
import { BACKENDS, type BackendName } from '../../lib/sim/backend';
import { setPreferredBackend } from './runner';

export function RunControls({ onRun }: { onRun: () => void }) {
  const [backend, setBackend] = useState<BackendName | 'auto'>('auto');
  return (
    <>
      <select
        aria-label="Compute backend for runs"
        value={backend}
        onChange={(e) => {
          const b = e.target.value as BackendName | 'auto';
          setBackend(b);
          setPreferredBackend(b);
        }}
      >
        <option value="auto">backend: auto</option>
        {BACKENDS.map((b) => (
          <option key={b} value={b}>
            {b}
          </option>
        ))}
      </select>
      <button className="primary" data-testid="run.start" onClick={onRun} title="Run the experiment (Ctrl/Cmd+Enter)">
        ▶ Run
      </button>
    </>
  );
}
