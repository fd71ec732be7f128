/**
 * Writes NetCDF-4 files (HDF5 underneath) with h5wasm: each dimension a coordinate variable
 * marked as an HDF5 dimension scale, each variable's axes attached to its dimensions — the
 * layout netCDF4-C and xarray read as dimensions. The h5wasm module is passed in, so the same
 * code serves Node ('h5wasm/node') and the browser ('h5wasm').
 */
import type * as H5 from 'h5wasm';

/** h5wasm's File class and its Emscripten file system (from `await h5wasm.ready`). */
export interface H5Module {
  File: typeof H5.File;
  FS: { readFile(path: string): Uint8Array; unlink(path: string): void };
}

export interface NcDimension {
  name: string;
  values: Float32Array;
  /** The record dimension (time): may grow. */
  unlimited?: boolean;
  attrs?: Record<string, string>;
}

export interface NcVariable {
  name: string;
  dims: string[];
  data: Float32Array;
  attrs?: Record<string, string>;
}

export interface NcSpec {
  dimensions: NcDimension[];
  variables: NcVariable[];
  attrs?: Record<string, string>;
}

export function writeNetcdf(h5: H5Module, path: string, spec: NcSpec): Uint8Array {
  const file = new h5.File(path, 'w');
  try {
    const sizes = new Map(spec.dimensions.map((d) => [d.name, d.values.length]));
    for (const [k, v] of Object.entries(spec.attrs ?? {})) file.create_attribute(k, v);
    for (const d of spec.dimensions) {
      const ds = file.create_dataset({
        name: d.name,
        data: d.values,
        shape: [d.values.length],
        dtype: '<f',
        ...(d.unlimited ? { maxshape: [null], chunks: [Math.max(1, Math.min(1024, d.values.length))] } : {}),
      });
      ds.make_scale(d.name);
      for (const [k, v] of Object.entries(d.attrs ?? {})) ds.create_attribute(k, v);
    }
    for (const v of spec.variables) {
      const shape = v.dims.map((d) => {
        const n = sizes.get(d);
        if (n === undefined) throw new Error(`variable ${v.name} uses unknown dimension ${d}`);
        return n;
      });
      const unlimited = v.dims.map((d) => spec.dimensions.find((x) => x.name === d)?.unlimited ?? false);
      const ds = file.create_dataset({
        name: v.name,
        data: v.data,
        shape,
        dtype: '<f',
        ...(unlimited.some(Boolean) ? { maxshape: shape.map((n, i) => (unlimited[i] ? null : n)), chunks: shape.map((n, i) => (unlimited[i] ? 1 : n)) } : {}),
      });
      v.dims.forEach((d, i) => ds.attach_scale(i, d));
      for (const [k, a] of Object.entries(v.attrs ?? {})) ds.create_attribute(k, a);
    }
  } finally {
    file.close();
  }
  const bytes = h5.FS.readFile(path);
  h5.FS.unlink(path);
  return bytes;
}
