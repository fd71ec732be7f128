'use client';
/**
 * Volume, area and maximum speed against time, for one run or two overlaid: three small plots,
 * not one plot of three subplots, so a live update is three short redraws instead of one long one.
 */
import { QUANTITIES, seriesFigure, type Quantity, type Series } from '../../lib/plots/series-figure';
import { usePlot } from './usePlot';

function QuantityPlot({ series, quantity }: { series: Series; quantity: Quantity }) {
  const host = usePlot(() => seriesFigure(series, quantity), [series, quantity]);
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
