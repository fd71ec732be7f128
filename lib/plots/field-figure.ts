/**
 * The plotly figure (plain data) of one field, made of layout items only: the painted raster as
 * an image under the axes, the colour bar as a second image in the right margin with its tick
 * labels as annotations. A plot without traces never needs plotly's data pipeline: a new frame,
 * even one that changes the colour range, redraws images and annotations alone — the cheap path
 * that keeps a live run's page smooth — and plotly's PNG export still holds all of it.
 */
import type { FrameRecord } from '../runs/record';
import { niceCeil } from './colorscale';
import type { FieldView } from './field-view';

export interface Figure {
  data: object[];
  layout: object;
}

/** Room at the right of the plot area for the colour bar and its labels (px). */
export const COLOR_BAR_MARGIN = 64;

/** Tick values and labels for a view's colour bar: round steps, powers of ten on a log scale. */
export function colorBarTicks(view: FieldView): { value: number; label: string }[] {
  if (view.log) {
    const ticks = [];
    for (let p = Math.ceil(view.lo); p <= view.hi; p++) ticks.push({ value: p, label: p < 5 ? String(10 ** p) : `10^${p}` });
    return ticks;
  }
  const step = niceCeil((view.hi - view.lo) / 5);
  // As many decimals as the step has (2.5 → one), the same for every label.
  let decimals = 0;
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-9) decimals++;
  const ticks = [];
  for (let n = Math.ceil(view.lo / step - 1e-9); n * step <= view.hi * (1 + 1e-12) + 1e-12; n++) ticks.push({ value: n * step, label: (n === 0 ? 0 : n * step).toFixed(decimals) });
  return ticks;
}

export function fieldFigure(view: FieldView, frame: FrameRecord, image: string, colorBar: string): Figure {
  const km = frame.dx / 1000;
  const [x0, x1] = [-km / 2, (frame.nx - 0.5) * km];
  const [y0, y1] = [-km / 2, (frame.ny - 0.5) * km];
  // Equal scales on x and y shrink the plot area ('domain'), not widen the ranges past the grid.
  const axis = (title: string, range: number[]) => ({ title: { text: title }, range, autorange: false, constrain: 'domain', ticklabeloverflow: 'allow', zeroline: false, showgrid: false });
  const barX = 1.03;
  const barWidth = 0.04;
  return {
    data: [],
    layout: {
      title: { text: `${view.title} — year ${frame.t.toFixed(1)}` },
      // A narrow grid's plot area keeps to the right, next to its colour bar.
      xaxis: { ...axis('x (km)', [x0, x1]), constraintoward: 'right' },
      yaxis: { ...axis('y (km)', [y0, y1]), scaleanchor: 'x' },
      margin: { r: COLOR_BAR_MARGIN },
      images: [
        { source: image, xref: 'x', yref: 'y', x: x0, y: y1, sizex: x1 - x0, sizey: y1 - y0, sizing: 'stretch', layer: 'below' },
        { source: colorBar, xref: 'paper', yref: 'paper', x: barX, y: 1, sizex: barWidth, sizey: 1, sizing: 'stretch', xanchor: 'left', yanchor: 'top' },
      ],
      annotations: colorBarTicks(view).map(({ value, label }) => ({
        text: label,
        xref: 'paper',
        yref: 'paper',
        x: barX + barWidth,
        y: (value - view.lo) / (view.hi - view.lo),
        xanchor: 'left',
        yanchor: 'middle',
        showarrow: false,
        xshift: 3,
        font: { size: 10 },
      })),
      // Zoom and pan survive the redraws of a live run.
      uirevision: 'field',
      hovermode: false,
    },
  };
}
