'use client';
import { useStudio } from '../../lib/store';

/** Details of the compute backend: adapter, backends passed over and the start-up self-check. */
export function ComputeReport() {
  const compute = useStudio((s) => s.compute);
  if (compute.state === 'probing') return <p className="muted">Starting the simulation worker…</p>;
  if (compute.state === 'failed')
    return (
      <p role="alert" className="error" data-testid="compute.error">
        Simulations cannot run in this browser: {compute.message}
      </p>
    );
  const { backend, adapter, skipped, check } = compute;
  return (
    <dl className="facts" data-testid="compute.report">
      <dt>Backend</dt>
      <dd data-testid="compute.backend">{backend}</dd>
      <dt>Adapter</dt>
      <dd data-testid="compute.adapter">{adapter ?? '—'}</dd>
      {skipped.length > 0 && (
        <>
          <dt>Passed over</dt>
          <dd>{skipped.map((s) => `${s.backend}: ${s.reason}`).join('; ')}</dd>
        </>
      )}
      <dt>Self-check</dt>
      <dd data-testid="compute.check" data-max-abs-error={check.maxAbsError}>
        {check.size}×{check.size} product {check.maxAbsError === 0 ? 'exact' : `off by ${check.maxAbsError}`} (
        {check.millis.toFixed(0)} ms)
      </dd>
    </dl>
  );
}
