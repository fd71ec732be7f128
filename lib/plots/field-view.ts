/**
 * How one saved field is shown: title, unit, colour scale and a colour range rounded to values
 * that change seldom during a run (so the colour bar is redrawn only when it must), which cells
 * show a value, and what hovering a cell reads.
 */
import type { FrameRecord } from '../runs/record';
import { BLUES, RED_BLUE, TERRAIN, VIRIDIS, niceCeil, type ColorScale } from './colorscale';

export type Field = 'thk' | 'velsurf_mag' | 'smb' | 'usurf';
export const FIELDS: readonly Field[] = ['thk', 'velsurf_mag', 'smb', 'usurf'];

/** Cells thinner than this (m) count as ice-free, as IGM's own area and plots do. */
export const ICE_MIN_THICKNESS = 1;

export interface FieldView {
  field: Field;
  title: string;
  unit: string;
  scale: ColorScale;
  /** Colour range, in log10 units when `log`. */
  lo: number;
  hi: number;
  log: boolean;
  values: Float32Array;
  /** Whether cell k shows a value (else the bed shows through). */
  shown: (k: number) => boolean;
  /** Whether cell k holds ice (for the outline); undefined without a thickness field. */
  ice: ((k: number) => boolean) | undefined;
}

const STYLE: Record<Field, { title: string; unit: string; scale: ColorScale }> = {
  thk: { title: 'Ice thickness (m)', unit: 'm', scale: BLUES },
  velsurf_mag: { title: 'Surface speed (m/a)', unit: 'm/a', scale: VIRIDIS },
  smb: { title: 'SMB (m ice/a)', unit: 'm ice/a', scale: RED_BLUE },
  usurf: { title: 'Surface elevation (m)', unit: 'm', scale: TERRAIN },
};

/**
 * `previous`: the range the plot showed last. It is kept while the values fit in it and span at
 * least a quarter of it, so a live run's colours stay comparable from frame to frame and the
 * colour bar (a full plotly redraw) changes only when the glacier outgrows it.
 */
export function fieldView(frame: FrameRecord, field: Field, previous?: { lo: number; hi: number }): FieldView | null {
  const values = frame.fields[field];
  if (!values) return null;
  const thk = frame.fields.thk;
  const ice = thk ? (k: number) => thk[k]! > ICE_MIN_THICKNESS : undefined;
  const finite = (k: number) => Number.isFinite(values[k]!);
  const shown = field === 'thk' || field === 'velsurf_mag' ? (k: number) => finite(k) && (ice?.(k) ?? true) && (field === 'thk' || values[k]! > 0) : finite;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < values.length; k++) {
    if (!shown(k)) continue;
    const v = field === 'smb' ? Math.abs(values[k]!) : values[k]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max >= min)) [min, max] = [0, 1];
  // What the colours must cover, in display units; then that extent rounded outwards.
  const extent =
    field === 'thk' ? [0, max] : field === 'smb' ? [-max, max] : field === 'velsurf_mag' ? [-1, Math.log10(max)] : [min, max];
  const [a, b] = extent as [number, number];
  let lo: number;
  let hi: number;
  if (previous && previous.lo <= a && b <= previous.hi && b - a >= (previous.hi - previous.lo) / 4) ({ lo, hi } = previous);
  else if (field === 'thk') [lo, hi] = [0, niceCeil(b)];
  else if (field === 'smb') [lo, hi] = [-niceCeil(b), niceCeil(b)];
  // Speed from 0.1 m/a up to the next power of ten, on a log scale.
  else if (field === 'velsurf_mag') [lo, hi] = [-1, Math.max(1, Math.ceil(b))];
  else {
    const step = niceCeil(Math.max(1, b - a) / 8);
    [lo, hi] = [Math.floor(a / step) * step, Math.ceil(b / step) * step];
    if (hi === lo) hi = lo + step;
  }
  return { field, ...STYLE[field], lo, hi, log: field === 'velsurf_mag', values, shown, ice };
}

/** A value as a glaciologist reads it: whole metres from 100 up, three figures below. */
export function formatValue(v: number): string {
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 1 ? v.toFixed(1) : a === 0 ? '0' : v.toPrecision(2);
}

/** What hovering at (x, y) km reads: the cell's place and value, or null outside the grid. */
export function fieldValueAt(view: FieldView, frame: FrameRecord, xKm: number, yKm: number): string | null {
  const km = frame.dx / 1000;
  const i = Math.round(xKm / km);
  const j = Math.round(yKm / km);
  if (i < 0 || j < 0 || i >= frame.nx || j >= frame.ny) return null;
  const k = j * frame.nx + i;
  const where = `x ${(i * km).toFixed(1)} km, y ${(j * km).toFixed(1)} km`;
  const v = view.values[k]!;
  if (!Number.isFinite(v)) return `${where}: no value`;
  if (!view.shown(k) && view.field !== 'thk') return `${where}: no ice`;
  return `${where}: ${formatValue(v)} ${view.unit}`;
}
