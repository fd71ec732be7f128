'use client';
/** Two runs side by side: what differs in their configs, their series overlaid, the thickness difference. */
import { useMemo } from 'react';
import { configDiff, type RunRecord } from '../../lib/runs/record';
import { SeriesPlot } from '../plots/SeriesPlot';
import { usePlot } from '../plots/usePlot';

function ThicknessDifference({ a, b }: { a: RunRecord; b: RunRecord }) {
  const fa = a.frames.at(-1);
  const fb = b.frames.at(-1);
  const same = fa && fb && fa.nx === fb.nx && fa.ny === fb.ny && fa.fields.thk && fb.fields.thk;
  const host = usePlot(() => {
    if (!same) return null;
    const z: number[][] = [];
    let extent = 1e-6;
    for (let j = 0; j < fa.ny; j++) {
      const row: number[] = [];
      for (let i = 0; i < fa.nx; i++) {
        const d = fb.fields.thk![j * fa.nx + i]! - fa.fields.thk![j * fa.nx + i]!;
        extent = Math.max(extent, Math.abs(d));
        row.push(d);
      }
      z.push(row);
    }
    return { data: [{ type: 'heatmap', z, colorscale: 'RdBu', zmin: -extent, zmax: extent, hovertemplate: '%{z:.1f} m<extra></extra>' }], layout: { title: { text: 'Final thickness, second minus first (m)' }, yaxis: { scaleanchor: 'x' } } };
  }, [a, b]);
  if (!same) return <p className="muted">The two runs have no final thickness on the same grid to subtract.</p>;
  return <div ref={host} className="plot" data-testid="compare.difference" />;
}

export function CompareRuns({ a, b }: { a: RunRecord; b: RunRecord }) {
  const diff = configDiff(a.config, b.config);
  const series = useMemo(() => [{ name: 'first', rows: a.series }, { name: 'second', rows: b.series }], [a.series, b.series]);
  return (
    <section className="compare" data-testid="compare" aria-label="Comparison of two runs">
      <h3>Compare</h3>
      {diff.length === 0 ? (
        <p className="muted">Same configuration.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>key</th>
              <th>first</th>
              <th>second</th>
            </tr>
          </thead>
          <tbody>
            {diff.slice(0, 50).map((d) => (
              <tr key={d.key}>
                <td>
                  <code>{d.key}</code>
                </td>
                <td>{d.a}</td>
                <td>{d.b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SeriesPlot series={series} testId="compare.series" />
      <ThicknessDifference a={a} b={b} />
    </section>
  );
}
