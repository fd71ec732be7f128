/**
 * IGM's `local` input (and the older `load_ncdf`): the initial state from a NetCDF-4 file in the
 * data folder — coordinates x, y and every (y, x) field (topg or usurf, thk, icemask, …);
 * values above 1e35 are missing; axes sorted ascending; optional crop (inclusive bounds) and
 * coarsening by block means (xarray's coarsen(...).mean(), boundary 'trim' or 'exact').
 */
import type { NcDataset } from '../../io/netcdf-read';
import type { InputModule, ModuleContext } from '../modules';
import type { Grid } from '../state';

export interface LoadedGrid {
  grid: Grid;
  fields: Record<string, Float32Array>;
}

function coord(ds: NcDataset, name: string, file: string): Float32Array {
  const v = ds.variables[name];
  if (!v || v.shape.length !== 1) throw new RangeError(`${file} has no ${name} coordinate (a 1-D variable '${name}')`);
  return v.data;
}

export function gridFromDataset(ds: NcDataset, file: string, options: { crop?: { xmin: number | null; xmax: number | null; ymin: number | null; ymax: number | null }; ratio?: number; boundary?: string; time?: number }): LoadedGrid {
  let x = coord(ds, 'x', file);
  let y = coord(ds, 'y', file);
  const nx0 = x.length;
  const ny0 = y.length;
  const raw: Record<string, Float32Array> = {};
  for (const [name, v] of Object.entries(ds.variables)) {
    const dims = v.dims.slice(-2);
    if (v.shape.length < 2 || dims[0] !== 'y' || dims[1] !== 'x') continue;
    let data = v.data;
    if (v.shape.length === 3) {
      const times = ds.variables.time?.data;
      const idx = times && options.time !== undefined ? Math.max(0, times.findIndex((t) => Math.abs(t - options.time!) < 1e-6)) : 0;
      data = data.subarray(idx * nx0 * ny0, (idx + 1) * nx0 * ny0);
    } else if (v.shape.length !== 2) continue;
    raw[name] = Float32Array.from(data, (val) => (val > 1e35 ? NaN : val));
  }
  if (!raw.topg && !raw.usurf) throw new RangeError(`${file} has neither topg nor usurf on (y, x)`);
  // Ascending axes.
  const xOrder = [...x.keys()].sort((a, b) => x[a]! - x[b]!);
  const yOrder = [...y.keys()].sort((a, b) => y[a]! - y[b]!);
  // Crop with inclusive bounds.
  const { xmin = null, xmax = null, ymin = null, ymax = null } = options.crop ?? {};
  const keepX = xOrder.filter((i) => (xmin === null || x[i]! >= xmin) && (xmax === null || x[i]! <= xmax));
  const keepY = yOrder.filter((j) => (ymin === null || y[j]! >= ymin) && (ymax === null || y[j]! <= ymax));
  if (keepX.length < 2 || keepY.length < 2) throw new RangeError(`the crop box leaves fewer than 2 × 2 cells of ${file}`);
  const pick = (f: Float32Array) => {
    const out = new Float32Array(keepX.length * keepY.length);
    keepY.forEach((j, jj) => keepX.forEach((i, ii) => (out[jj * keepX.length + ii] = f[j * nx0 + i]!)));
    return out;
  };
  let fields = Object.fromEntries(Object.entries(raw).map(([k, f]) => [k, pick(f)]));
  x = Float32Array.from(keepX, (i) => x[i]!);
  y = Float32Array.from(keepY, (j) => y[j]!);
  const ratio = options.ratio ?? 1;
  if (ratio > 1) {
    if (options.boundary === 'exact' && (x.length % ratio !== 0 || y.length % ratio !== 0)) {
      throw new RangeError(`coarsening by ${ratio} needs a grid size that is a multiple of it (${x.length} × ${y.length}); use boundary: trim`);
    }
    if (options.boundary === 'pad') throw new RangeError("coarsening boundary 'pad' is not available in the studio; use trim or exact");
    const nx = Math.floor(x.length / ratio);
    const ny = Math.floor(y.length / ratio);
    const mean = (v: Float32Array, w: number, n: number, i0: number, j0: number, stride: number) => {
      let s = 0;
      let c = 0;
      for (let j = j0; j < j0 + n; j++) {
        for (let i = i0; i < i0 + w; i++) {
          const val = v[j * stride + i]!;
          if (Number.isNaN(val)) continue;
          s += val;
          c++;
        }
      }
      return c ? s / c : NaN;
    };
    const cx = Float32Array.from({ length: nx }, (_, i) => mean(x, ratio, 1, i * ratio, 0, x.length));
    const cy = Float32Array.from({ length: ny }, (_, j) => mean(y, ratio, 1, j * ratio, 0, y.length));
    fields = Object.fromEntries(
      Object.entries(fields).map(([k, f]) => [k, Float32Array.from({ length: nx * ny }, (_, idx) => mean(f, ratio, ratio, (idx % nx) * ratio, Math.floor(idx / nx) * ratio, x.length))]),
    );
    x = cx;
    y = cy;
  }
  const dx = Math.abs(x[1]! - x[0]!);
  return { grid: { nx: x.length, ny: y.length, dx, x, y }, fields };
}

export function createLocal(kind: 'local' | 'load_ncdf'): InputModule {
  return {
    group: 'inputs',
    async run(ctx: ModuleContext) {
      const { params, state, io } = ctx;
      const local = kind === 'local';
      if (local && params.string('type') !== 'netcdf') throw new RangeError(`inputs.local.type '${params.string('type')}' cannot be read in the studio (only netcdf)`);
      const file = local ? params.string('filename') : params.string('input_file');
      if (!io.decodeNetcdf) throw new RangeError('this environment cannot read NetCDF files');
      const bytes = await io.readData(file);
      if (!bytes) throw new RangeError(`the input file '${file}' is not in the data folder (core.folder_data); add it there`);
      let ds: NcDataset;
      try {
        ds = await io.decodeNetcdf(bytes);
      } catch (e) {
        throw new RangeError(`cannot read '${file}': ${e instanceof Error ? e.message : String(e)}`);
      }
      const crop = local
        ? { xmin: params.optionalNumber('crop.xmin'), xmax: params.optionalNumber('crop.xmax'), ymin: params.optionalNumber('crop.ymin'), ymax: params.optionalNumber('crop.ymax') }
        : params.bool('crop')
          ? { xmin: params.number('xmin'), xmax: params.number('xmax'), ymin: params.number('ymin'), ymax: params.number('ymax') }
          : undefined;
      const loaded = gridFromDataset(ds, file, {
        ...(crop ? { crop } : {}),
        ratio: local ? params.int('coarsening.ratio') : params.int('coarsen'),
        boundary: local ? params.string('coarsening.boundary') : 'trim',
      });
      state.setGrid(loaded.grid);
      for (const [name, data] of Object.entries(loaded.fields)) state.setField(name, data);
    },
  };
}
