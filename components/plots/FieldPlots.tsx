'use client';
/**
 * The saved fields of one run at one saved time, one plotly plot each (figures and rasters from
 * lib/plots). Hover is read here from the frame, not from plotly: the plots hold an image, not
 * the values, which is what keeps their live redraws cheap.
 */
import { useRef, useState, type MouseEvent } from 'react';
import { fieldFigure } from '../../lib/plots/field-figure';
import { fieldRaster } from '../../lib/plots/field-raster';
import { FIELDS, fieldValueAt, fieldView, type Field, type FieldView } from '../../lib/plots/field-view';
import type { FrameRecord } from '../../lib/runs/record';
import { colorBarUrl, rasterUrl } from './raster-url';
import { usePlot } from './usePlot';

type Axis = { range: [number, number] };

/** Plot coordinates under the pointer, from plotly's plot area and its current (zoomed) ranges. */
function pointerAt(host: HTMLElement, e: MouseEvent): { x: number; y: number } | null {
  const area = host.querySelector('.nsewdrag')?.getBoundingClientRect();
  const full = (host as unknown as { _fullLayout?: { xaxis?: Axis; yaxis?: Axis } })._fullLayout;
  if (!area || !full?.xaxis || !full.yaxis || area.width === 0 || area.height === 0) return null;
  const fx = (e.clientX - area.left) / area.width;
  const fy = (e.clientY - area.top) / area.height;
  if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return null;
  const [x0, x1] = full.xaxis.range;
  const [y0, y1] = full.yaxis.range;
  return { x: x0 + fx * (x1 - x0), y: y1 - fy * (y1 - y0) };
}

function FieldPlot({ frame, bed, field }: { frame: FrameRecord; bed: Float32Array | undefined; field: Field }) {
  // What the plot shows now: its colour range is kept for the next frame while it fits (see
  // fieldView), and hover reads the frame drawn, not one still waiting to be.
  const drawn = useRef<{ view: FieldView; frame: FrameRecord } | null>(null);
  const host = usePlot(() => {
    const view = fieldView(frame, field, drawn.current?.view);
    if (!view) return null;
    drawn.current = { view, frame };
    return fieldFigure(view, frame, rasterUrl(fieldRaster(view, frame, bed)), colorBarUrl(view.scale));
  }, [frame, field, bed]);
  const [tip, setTip] = useState<{ x: number; right: boolean; top: number; text: string } | null>(null);
  const hover = (e: MouseEvent<HTMLDivElement>) => {
    const shown = drawn.current;
    const at = host.current && shown ? pointerAt(host.current, e) : null;
    const text = at && shown ? fieldValueAt(shown.view, shown.frame, at.x, at.y) : null;
    const box = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - box.left;
    // Right of the pointer where the text fits (about 7 px a character at the tip's font size),
    // else left of it: never clipped by the pane's edge.
    setTip(text ? { x, right: x + 24 + 7 * text.length > box.width, top: e.clientY - box.top + 12, text } : null);
  };
  return (
    <div className="plot-holder" onMouseMove={hover} onMouseLeave={() => setTip(null)}>
      <div ref={host} className="plot" data-testid={`plot.${field}`} />
      {tip && (
        <div className="plot-tip" style={tip.right ? { right: `calc(100% - ${tip.x - 12}px)`, top: tip.top } : { left: tip.x + 12, top: tip.top }} data-testid={`plot.${field}.tip`}>
          {tip.text}
        </div>
      )}
    </div>
  );
}

export function FieldPlots({ frame, bed }: { frame: FrameRecord; bed: Float32Array | undefined }) {
  return (
    <div className="plots-grid">
      {FIELDS.filter((f) => frame.fields[f]).map((f) => (
        <FieldPlot key={f} frame={frame} bed={bed} field={f} />
      ))}
    </div>
  );
}
