/**
 * IGM's module life cycle: inputs `run` once; processes `initialize`, then `update` every
 * iteration in config order, then `finalize`; outputs `initialize`, then `run` every iteration
 * (they write when `state.saveresult`). A module sees only its own config section and `core`.
 */
import type { NcDataset } from '../io/netcdf-read';
import type { NcSpec } from '../io/netcdf-write';
import type { Params } from './params';
import type { SimState } from './state';

export interface ModuleContext {
  state: SimState;
  params: Params;
  core: Params;
  io: SimIo;
  log: (message: string) => void;
}

/** Where modules read and write files: the experiment's data folder and the run's output folder. */
export interface SimIo {
  /** A data file (relative to core.folder_data), or undefined when absent. */
  readData(name: string): Promise<Uint8Array | undefined>;
  /** Writes a file into the run's output folder. */
  writeOutput(name: string, bytes: Uint8Array | string): Promise<void>;
  /** Encodes a NetCDF-4 file (h5wasm in Node or in the browser); without it no .nc is written. */
  encodeNetcdf?(spec: NcSpec): Promise<Uint8Array>;
  /** Decodes a NetCDF-4 file; without it NetCDF inputs cannot be read. */
  decodeNetcdf?(bytes: Uint8Array): Promise<NcDataset>;
}

export interface InputModule {
  group: 'inputs';
  run(ctx: ModuleContext): Promise<void> | void;
}

export interface ProcessModule {
  group: 'processes';
  initialize(ctx: ModuleContext): Promise<void> | void;
  update(ctx: ModuleContext): Promise<void> | void;
  finalize?(ctx: ModuleContext): Promise<void> | void;
}

export interface OutputModule {
  group: 'outputs';
  initialize(ctx: ModuleContext): Promise<void> | void;
  run(ctx: ModuleContext): Promise<void> | void;
  /** Called once after the last iteration (files are complete). */
  close?(ctx: ModuleContext): Promise<void> | void;
}

export type SimModule = InputModule | ProcessModule | OutputModule;
