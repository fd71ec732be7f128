'use client';
/**
 * The final configuration as Hydra would hand it to IGM, line by line. Selecting a line shows
 * where its value was set (file:line or the command line) and what it replaced; "Show" opens
 * the file at that line. Below it, the defaults tree that produced it.
 */
import { useState } from 'react';
import { describeOrigin, type DefaultsView, type Origin } from '../../lib/hydra';
import { useStudio } from '../../lib/store';
import type { WorkspaceComposition } from '../../lib/workspace/compose-workspace';
import { OverridesBox } from './OverridesBox';

function OriginLink({ origin }: { origin: Origin }) {
  const files = useStudio((s) => s.workspace.files);
  const text = describeOrigin(origin);
  if (origin.kind !== 'file' || !(origin.file in files)) return <span data-testid="provenance.origin">{text}</span>;
  return (
    <button className="link" data-testid="provenance.origin" onClick={() => useStudio.getState().revealLine(origin.file, origin.line)}>
      {text}
    </button>
  );
}

function Provenance({ composition, path }: { composition: WorkspaceComposition; path: string }) {
  const p = composition.provenance.get(path);
  if (!p) return <p className="muted">{path}: a section; select one of its values.</p>;
  return (
    <div className="provenance" data-testid="provenance" role="region" aria-label="Where this value came from">
      <p>
        <code>{p.key}</code> = <code>{p.value}</code>
      </p>
      <p>
        set by <OriginLink origin={p.origin} />
      </p>
      {p.interpolation && (
        <p>
          through <code>{p.interpolation.expression}</code>
          {p.interpolation.source && (
            <>
              {' '}
              (read from <OriginLink origin={p.interpolation.source} />)
            </>
          )}
        </p>
      )}
      {p.replaced.length > 0 && (
        <ul data-testid="provenance.replaced">
          {p.replaced.map((r, i) => (
            <li key={i}>
              replaced <code>{r.value}</code> from <OriginLink origin={r.origin} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Tree({ node }: { node: DefaultsView }) {
  const label = node.label === '<root>' ? 'defaults' : node.label;
  return (
    <li className={node.deleted ? 'deleted' : undefined}>
      <span title={node.written ?? undefined}>{label}</span>
      {node.package !== null && node.package !== '' && <span className="muted"> @{node.package}</span>}
      {node.children.length > 0 && (
        <ul>
          {node.children.filter((c) => !c.label.startsWith('hydra/')).map((c, i) => (
            <Tree key={i} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function CompositionPanel({ composition, millis }: { composition: WorkspaceComposition; millis: number }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<'config' | 'tree'>('config');
  return (
    <section className="pane composition-pane" aria-label="Composed configuration" data-testid="pane.composition">
      <header className="pane-header">
        <div role="tablist" className="tabs">
          <button role="tab" aria-selected={tab === 'config'} onClick={() => setTab('config')}>Final config</button>
          <button role="tab" aria-selected={tab === 'tree'} onClick={() => setTab('tree')}>Defaults tree</button>
        </div>
        <span className="spacer" />
        <span className="muted" title="Time to compose">{millis.toFixed(1)} ms</span>
      </header>
      <OverridesBox composition={composition} />
      {composition.error && (
        <p className="error" role="alert" data-testid="composition.error">
          {composition.error.message}
        </p>
      )}
      <div className="pane-body composition-body">
        {tab === 'tree' && composition.defaultsTree && (
          <ul className="defaults-tree" data-testid="composition.tree">
            <Tree node={composition.defaultsTree} />
          </ul>
        )}
        {tab === 'config' && (
          <>
            {selected && <Provenance composition={composition} path={selected} />}
            <pre className="final-config" data-testid="composition.config" role="listbox" aria-label="Final configuration">
              {composition.lines.map((l, i) => (
                <div
                  key={i}
                  role="option"
                  aria-selected={selected === l.path}
                  tabIndex={0}
                  data-path={l.path}
                  className={selected === l.path ? 'line selected' : 'line'}
                  title={composition.provenance.get(l.path) ? describeOrigin(composition.provenance.get(l.path)!.origin) : undefined}
                  onClick={() => setSelected(l.path)}
                  onKeyDown={(e) => e.key === 'Enter' && setSelected(l.path)}
                >
                  {l.text}
                </div>
              ))}
            </pre>
          </>
        )}
      </div>
    </section>
  );
}
