/**
 * The figure of one quantity of the time series (volume, area or maximum speed) against time,
 * for one run or several overlaid (solid, then dashed).
 */
import type { SeriesRow } from '../runs/record';
import type { Figure } from './field-figure';

export type Series = { name: string; rows: SeriesRow[] }[];

export const QUANTITIES = [
  // Volumes change in their fifth digit: plain numbers, not SI-prefixed ones.
  { key: 'volKm3', title: 'volume (km³)', hover: '%{y:.4f} km³', tickformat: ',.7~r' },
  { key: 'areaKm2', title: 'area (km²)', hover: '%{y:.3f} km²', tickformat: undefined },
  { key: 'maxSpeed', title: 'max speed (m/a)', hover: '%{y:.1f} m/a', tickformat: undefined },
] as const;

export type Quantity = (typeof QUANTITIES)[number];

export function seriesFigure(series: Series, quantity: Quantity): Figure {
  return {
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
      yaxis: { title: { text: quantity.title }, ticklabeloverflow: 'allow', ...(quantity.tickformat ? { tickformat: quantity.tickformat } : {}) },
    },
  };
}
