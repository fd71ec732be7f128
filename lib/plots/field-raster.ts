/**
 * A field painted as RGBA pixels for a plotly layout image: each cell a block of pixels, coloured
 * from the view's scale; cells without a value show the bed's hillshade; the ice outline is a
 * one-pixel dark line along the ice side of each edge between ice and bare ground. Painting here
 * instead of with a plotly heatmap keeps a live frame's redraw to swapping one image (plotly
 * redraws axes, colour bar and hover data for any change to a heatmap).
 */
import type { FrameRecord } from '../runs/record';
import { colorTable, type ColorScale } from './colorscale';
import type { FieldView } from './field-view';
import { hillshade } from './hillshade';

export interface Raster {
  width: number;
  height: number;
  /** Row-major RGBA, the first row at the top (the grid's last row, the largest y). */
  data: Uint8ClampedArray;
}

/** Pixels per cell: outlines thinner than a cell, images small enough to encode in a few ms. */
export function pixelsPerCell(nx: number, ny: number): number {
  return Math.min(4, Math.max(1, Math.round(400 / Math.max(nx, ny))));
}

const OUTLINE = [34, 34, 34] as const;
/** Opacity of ice colour over the hillshade: the relief stays readable through thin ice. */
const OVER_SHADE = 0.85;

/** Relief exaggeration of the background hillshade. */
const RELIEF = 3;

const shades = new WeakMap<Float32Array, Float32Array>();
function shadeOf(frame: FrameRecord, bed: Float32Array): Float32Array {
  let shade = shades.get(bed);
  if (!shade) shades.set(bed, (shade = hillshade(frame.nx, frame.ny, frame.dx, bed, RELIEF)));
  return shade;
}

export function fieldRaster(view: FieldView, frame: FrameRecord, bed: Float32Array | undefined): Raster {
  const { nx, ny } = frame;
  const s = pixelsPerCell(nx, ny);
  const width = nx * s;
  const height = ny * s;
  const data = new Uint8ClampedArray(width * height * 4);
  const table = colorTable(view.scale);
  const shade = bed ? shadeOf(frame, bed) : undefined;
  const span = view.hi - view.lo || 1;
  const { values, shown, ice } = view;
  const rgb = [0, 0, 0];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      // Background: hillshade grey, or light grey without a bed.
      const g = shade ? 70 + 150 * Math.max(0, shade[k]!) : 235;
      rgb[0] = rgb[1] = rgb[2] = g;
      if (shown(k)) {
        const v = view.log ? Math.log10(values[k]!) : values[k]!;
        const c = 3 * Math.round(255 * Math.min(1, Math.max(0, (v - view.lo) / span)));
        const a = shade && view.field === 'thk' ? OVER_SHADE : 1;
        for (let q = 0; q < 3; q++) rgb[q] = a * table[c + q]! + (1 - a) * rgb[q]!;
      }
      const inIce = ice?.(k) ?? false;
      const west = inIce && i > 0 && !ice!(k - 1);
      const east = inIce && i < nx - 1 && !ice!(k + 1);
      const south = inIce && j > 0 && !ice!(k - nx);
      const north = inIce && j < ny - 1 && !ice!(k + nx);
      const top = (ny - 1 - j) * s;
      for (let py = 0; py < s; py++) {
        for (let px = 0; px < s; px++) {
          const edge = (west && px === 0) || (east && px === s - 1) || (north && py === 0) || (south && py === s - 1);
          const o = ((top + py) * width + i * s + px) * 4;
          data[o] = edge ? OUTLINE[0] : rgb[0]!;
          data[o + 1] = edge ? OUTLINE[1] : rgb[1]!;
          data[o + 2] = edge ? OUTLINE[2] : rgb[2]!;
          data[o + 3] = 255;
        }
      }
    }
  }
  return { width, height, data };
}

/** A colour bar's strip: one pixel wide, the top of the scale at the top. */
export function colorBarRaster(scale: ColorScale): Raster {
  const table = colorTable(scale);
  const data = new Uint8ClampedArray(256 * 4);
  for (let k = 0; k < 256; k++) {
    const o = (255 - k) * 4;
    data.set([table[k * 3]!, table[k * 3 + 1]!, table[k * 3 + 2]!, 255], o);
  }
  return { width: 1, height: 256, data };
}
