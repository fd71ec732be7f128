'use client';
/**
 * Volume, area and maximum speed against time, for one run or two overlaid: three small plots,
 * not one plot of three subplots, so a live update is three short redraws instead of one long one.
 */
import type { SeriesRow } from '../../lib/runs/record';
import { usePlot } from './usePlot';

type Series = { name: string; rows: SeriesRow[] }[];

const QUANTITIES = [
  // Volumes change in their fifth digit: plain numbers, not SI-prefixed ones.
  { key: 'volKm3', title: 'volume (km³)', hover: '%{y:.4f} km³', tickformat: ',.7~r' },
  { key: 'areaKm2', title: 'area (km²)', hover: '%{y:.3f} km²' },
  { key: 'maxSpeed', title: 'max speed (m/a)', hover: '%{y:.1f} m/a' },
] as const;

function QuantityPlot({ series, quantity }: { series: Series; quantity: (typeof QUANTITIES)[number] }) {
  const host = usePlot(
    () => ({
      data: series.map(({ name, rows }, k) => ({
        type: 'scatter',
        mode: 'lines+markers',
        name,
        x: rows.map((r) => r.t),
        y: rows.map((r) => r[quantity.key]),
        line: { dash: k === 0 ? 'solid' : 'dash' },
        hovertemplate: `${name}, year %{x}<br>${quantity.hover}<extra></extra>`,
      })),
      layout: {
        showlegend: series.length > 1,
        legend: { orientation: 'h', y: 1.15 },
        margin: { l: 70, r: 10, t: 20, b: 40 },
        height: 220,
        // Tick labels are not measured for overflow: that measuring was most of a redraw's time.
        xaxis: { title: { text: 'year' }, ticklabeloverflow: 'allow' },
        yaxis: { title: { text: quantity.title }, ticklabeloverflow: 'allow', ...('tickformat' in quantity ? { tickformat: quantity.tickformat } : {}) },
      },
    }),
    [series, quantity],
  );
  return <div ref={host} className="plot plot-series" data-testid={`series.${quantity.key}`} />;
}

/** `series` should keep its identity while its rows do: each new array redraws all three plots. */
export function SeriesPlot({ series, testId = 'plot.series' }: { series: Series; testId?: string }) {
  return (
    <div className="series-grid" data-testid={testId}>
      {QUANTITIES.map((q) => (
        <QuantityPlot key={q.key} series={series} quantity={q} />
      ))}
    </div>
  );
}
