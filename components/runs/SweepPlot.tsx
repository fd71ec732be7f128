'use client';
/** For the latest sweep: a swept parameter against the final volume of each job. */
import { useState } from 'react';
import type { RunRecord } from '../../lib/runs/record';
import { usePlot } from '../plots/usePlot';

export function SweepPlot({ runs }: { runs: RunRecord[] }) {
  const batch = runs.find((r) => runs.filter((x) => x.batch === r.batch).length > 1)?.batch;
  const jobs = runs.filter((r) => r.batch === batch && r.series.length > 0);
  const keys = [...new Set(jobs.flatMap((j) => j.overrides.map((o) => o.slice(0, o.indexOf('=')))))];
  const [picked, setPicked] = useState<string | null>(null);
  const key = picked && keys.includes(picked) ? picked : keys[0];
  const points = key ? jobs.map((j) => ({ x: j.overrides.find((o) => o.startsWith(`${key}=`))?.slice(key.length + 1) ?? '', y: j.series.at(-1)!.volKm3 })) : [];
  // Redrawn when a point moves, not only when a job appears: running jobs' last volumes change.
  const drawn = points.map((p) => `${p.x}:${p.y}`).join('|');
  const host = usePlot(() => {
    if (!key) return null;
    return { data: [{ type: 'scatter', mode: 'markers', x: points.map((p) => p.x), y: points.map((p) => p.y), marker: { size: 9 } }], layout: { title: { text: 'Final volume across the sweep' }, xaxis: { title: { text: key } }, yaxis: { title: { text: 'volume (km³)' } }, height: 260 } };
  }, [key, drawn]);
  if (!key || jobs.length < 2) return null;
  return (
    <section className="sweep-plot">
      <label className="muted">
        Parameter{' '}
        <select value={key} onChange={(e) => setPicked(e.target.value)}>
          {keys.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <div ref={host} className="plot" data-testid="runs.sweep-plot" />
    </section>
  );
}
