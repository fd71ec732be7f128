'use client';
/** Volume, area and maximum speed against time, for one run or two overlaid. */
import type { SeriesRow } from '../../lib/runs/record';
import { usePlot } from './usePlot';

export function SeriesPlot({ series, testId = 'plot.series' }: { series: { name: string; rows: SeriesRow[] }[]; testId?: string }) {
  const host = usePlot(() => {
    const data = series.flatMap(({ name, rows }, k) => {
      const t = rows.map((r) => r.t);
      const line = { dash: k === 0 ? 'solid' : 'dash' };
      return [
        { type: 'scatter', mode: 'lines+markers', name: `${name} volume`, x: t, y: rows.map((r) => r.volKm3), line, hovertemplate: 'year %{x}<br>%{y:.4f} km³<extra></extra>' },
        { type: 'scatter', mode: 'lines+markers', name: `${name} area`, x: t, y: rows.map((r) => r.areaKm2), xaxis: 'x2', yaxis: 'y2', line, hovertemplate: 'year %{x}<br>%{y:.3f} km²<extra></extra>' },
        { type: 'scatter', mode: 'lines+markers', name: `${name} max speed`, x: t, y: rows.map((r) => r.maxSpeed), xaxis: 'x3', yaxis: 'y3', line, hovertemplate: 'year %{x}<br>%{y:.1f} m/a<extra></extra>' },
      ];
    });
    return {
      data,
      layout: {
        grid: { rows: 1, columns: 3, pattern: 'independent' },
        showlegend: series.length > 1,
        margin: { l: 75, r: 10, t: 20, b: 40 },
        height: 220,
        // Volumes change in their fifth digit: plain numbers, not SI-prefixed ones.
        yaxis: { title: { text: 'volume (km³)' }, tickformat: ',.7~r' },
        yaxis2: { title: { text: 'area (km²)' } },
        yaxis3: { title: { text: 'max speed (m/a)' } },
        xaxis: { title: { text: 'year' } },
        xaxis2: { title: { text: 'year' } },
        xaxis3: { title: { text: 'year' } },
      },
    };
  }, [series]);
  return <div ref={host} className="plot plot-series" data-testid={testId} />;
}
