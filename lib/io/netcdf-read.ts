/**
 * Reads the gridded variables of a NetCDF-4 / HDF5 file with h5wasm: coordinates (dimension
 * scales) and float variables with their dimension names. The h5wasm module comes from the caller.
 */
import type * as H5 from 'h5wasm';

export interface NcReadModule {
  File: typeof H5.File;
  FS: { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };
}

export interface NcVariableData {
  dims: string[];
  shape: number[];
  data: Float32Array;
}

export interface NcDataset {
  variables: Record<string, NcVariableData>;
}

let counter = 0;

/** Parses file bytes; throws an Error with a readable message when they are not NetCDF-4/HDF5. */
export function readNetcdf(h5: NcReadModule, bytes: Uint8Array): NcDataset {
  if (bytes.length < 8 || String.fromCharCode(...bytes.slice(1, 4)) !== 'HDF') {
    throw new Error(bytes.length >= 3 && String.fromCharCode(...bytes.slice(0, 3)) === 'CDF' ? 'this is a NetCDF-3 (classic) file; save it as NetCDF-4 (e.g. xarray to_netcdf(format="NETCDF4"))' : 'this is not a NetCDF-4 (HDF5) file');
  }
  const path = `/tmp-read-${counter++}.nc`;
  h5.FS.writeFile(path, bytes);
  const file = new h5.File(path, 'r');
  try {
    const variables: Record<string, NcVariableData> = {};
    for (const name of file.keys()) {
      const entity = file.get(name);
      if (!entity || !('shape' in entity)) continue;
      const ds = entity as H5.Dataset;
      const shape = ds.shape ?? [];
      const value = ds.value;
      if (!(value instanceof Float32Array || value instanceof Float64Array || value instanceof Int16Array || value instanceof Int32Array || value instanceof Uint8Array || value instanceof Int8Array)) continue;
      let dims: string[];
      try {
        dims = shape.map((_, i) => (ds.get_attached_scales(i)[0] ?? '').replace(/^\//, '') || `dim${i}`);
      } catch {
        dims = shape.map((_, i) => `dim${i}`);
      }
      if (shape.length === 1 && ds.get_scale_name()) dims = [name];
      variables[name] = { dims, shape, data: Float32Array.from(value as ArrayLike<number>) };
    }
    return { variables };
  } finally {
    file.close();
    h5.FS.unlink(path);
  }
}
