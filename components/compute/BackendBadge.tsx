'use client';
import { useStudio } from '../../lib/store';

/** The header's compact statement of where simulations will run. */
export function BackendBadge() {
  const compute = useStudio((s) => s.compute);
  const label =
    compute.state === 'ready' ? compute.backend : compute.state === 'probing' ? 'detecting…' : 'unavailable';
  const title =
    compute.state === 'ready'
      ? (compute.adapter ?? `tfjs ${compute.backend} backend`)
      : compute.state === 'failed'
        ? compute.message
        : 'Starting the simulation worker';
  return (
    <span className={`badge badge-${compute.state}`} title={title} data-testid="header.backend" data-state={compute.state}>
      <span className="badge-key">compute</span> {label}
    </span>
  );
}
