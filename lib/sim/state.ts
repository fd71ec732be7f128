/**
 * The glacier state: IGM's named fields (thk, topg, usurf, ubar, …) as tfjs tensors on a
 * regular grid, plus the clock. Replacing a field disposes the tensor it replaces, so a run's
 * memory stays flat.
 */
import * as tf from '@tensorflow/tfjs-core';

export interface Grid {
  nx: number;
  ny: number;
  /** Cell size in metres (dx = dy). */
  dx: number;
  /** Cell-centre coordinates, ascending. */
  x: Float32Array;
  y: Float32Array;
}

export class SimState {
  private fields = new Map<string, tf.Tensor>();
  /** Simulated time in years (float32, as IGM keeps it). */
  t = 0;
  /** Time step in years. */
  dt = 0;
  /** Iteration count; IGM's first pass (it = 0) does not advance time. */
  it = 0;
  /** True on the iterations whose state is saved. */
  saveresult = true;
  continueRun = true;

  private gridValue: Grid | null = null;

  /** The grid, set once by the first input module. */
  get grid(): Grid {
    if (!this.gridValue) throw new Error('no input module has defined the grid yet');
    return this.gridValue;
  }

  hasGrid(): boolean {
    return this.gridValue !== null;
  }

  setGrid(grid: Grid): void {
    if (this.gridValue && (this.gridValue.nx !== grid.nx || this.gridValue.ny !== grid.ny)) {
      throw new RangeError(`two inputs disagree on the grid: ${this.gridValue.nx}×${this.gridValue.ny} and ${grid.nx}×${grid.ny}`);
    }
    this.gridValue = grid;
  }

  /** Stores a (ny, nx) field given as host data. */
  setField(name: string, data: Float32Array): void {
    this.set(name, tf.tensor2d(data, [this.grid.ny, this.grid.nx]));
  }

  has(name: string): boolean {
    return this.fields.has(name);
  }

  get(name: string): tf.Tensor {
    const t = this.fields.get(name);
    if (!t) throw new Error(`field '${name}' is not in the state`);
    return t;
  }

  get2d(name: string): tf.Tensor2D {
    return this.get(name) as tf.Tensor2D;
  }

  /** Stores a field, keeping it alive past tf.tidy, and disposes the one it replaces. */
  set(name: string, tensor: tf.Tensor): void {
    const prev = this.fields.get(name);
    if (prev === tensor) return;
    this.fields.set(name, tf.keep(tensor));
    prev?.dispose();
  }

  names(): string[] {
    return [...this.fields.keys()];
  }

  dispose(): void {
    for (const t of this.fields.values()) t.dispose();
    this.fields.clear();
  }
}
