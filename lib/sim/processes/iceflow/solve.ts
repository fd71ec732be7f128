/**
 * IGM's `solved` ice flow: minimise the mean energy over the velocity field (U, V) with Adam
 * (learning rate `step_size`, at most `nbitmax` iterations), stopping once the energy has not
 * improved by a relative 2e-4 for 10 iterations; no velocity where there is no ice.
 */
import * as tf from '@tensorflow/tfjs-core';
// Gradients of tfjs ops are registered by the union package (in Node its CommonJS build).
import '@tensorflow/tfjs';
import { totalEnergy, type EnergyInputs, type EnergyPhysics } from './energy';
import { LbfgsMemory, minimiseLbfgs } from './lbfgs';

export interface SolveOptions {
  stepSize: number;
  nbitmax: number;
  stopIfNoDecrease: boolean;
  lbfgs: boolean;
}

/**
 * What the solver carries from one time step to the next. Adam as Keras applies it (epsilon
 * 1e-7 added to √v̂): IGM keeps one optimizer for the whole run, so the step count (bias
 * correction) carries over between solves while the moments start afresh for each solve's new
 * variables. L-BFGS keeps its curvature pairs (see LbfgsMemory).
 */
export class SolverState {
  adamStep = 0;
  readonly lbfgs = new LbfgsMemory();
  dispose(): void {
    this.lbfgs.dispose();
  }
}

export interface SolveResult {
  U: tf.Tensor3D;
  V: tf.Tensor3D;
  iterations: number;
  cost: number;
}

class EarlyStopping {
  private best: number | null = null;
  private wait = 0;
  constructor(
    private relativeMinDelta = 2e-4,
    private patience = 10,
  ) {}
  shouldStop(loss: number): boolean {
    if (this.best === null) {
      this.best = loss;
      return false;
    }
    if ((this.best - loss) / Math.abs(this.best) > this.relativeMinDelta) {
      this.best = loss;
      this.wait = 0;
      return false;
    }
    return ++this.wait >= this.patience;
  }
}

export async function solveIceflow(
  U0: tf.Tensor3D,
  V0: tf.Tensor3D,
  inputs: EnergyInputs,
  physics: EnergyPhysics,
  options: SolveOptions,
  memory: SolverState,
  iceMask: tf.Tensor2D,
): Promise<SolveResult> {
  const valueAndGrads = tf.valueAndGrads((u: tf.Tensor, v: tf.Tensor) => totalEnergy(u as tf.Tensor3D, v as tf.Tensor3D, inputs, physics));
  const energyOf = (x: [tf.Tensor, tf.Tensor]) => {
    const { value, grads } = valueAndGrads(x);
    return { value: value as tf.Scalar, grads: grads as [tf.Tensor3D, tf.Tensor3D] };
  };
  if (options.lbfgs) {
    const r = await minimiseLbfgs(energyOf, [U0, V0], options.nbitmax, options.stepSize, memory.lbfgs);
    return { ...masked(r.x[0] as tf.Tensor3D, r.x[1] as tf.Tensor3D, iceMask), iterations: r.iterations, cost: r.cost };
  }
  const b1 = 0.9;
  const b2 = 0.999;
  const eps = 1e-7;
  let U = tf.keep(tf.clone(U0));
  let V = tf.keep(tf.clone(V0));
  let mU = tf.keep(tf.zerosLike(U));
  let mV = tf.keep(tf.zerosLike(V));
  let vU = tf.keep(tf.zerosLike(U));
  let vV = tf.keep(tf.zerosLike(V));
  const stopper = new EarlyStopping();
  let cost = NaN;
  let it = 0;
  for (; it < options.nbitmax; it++) {
    memory.adamStep++;
    const lrT = (options.stepSize * Math.sqrt(1 - b2 ** memory.adamStep)) / (1 - b1 ** memory.adamStep);
    const next = tf.tidy(() => {
      const { value, grads } = energyOf([U, V]);
      const [gU, gV] = grads;
      const m1 = tf.add(tf.mul(mU, b1), tf.mul(gU, 1 - b1));
      const m2 = tf.add(tf.mul(mV, b1), tf.mul(gV, 1 - b1));
      const v1 = tf.add(tf.mul(vU, b2), tf.mul(tf.square(gU), 1 - b2));
      const v2 = tf.add(tf.mul(vV, b2), tf.mul(tf.square(gV), 1 - b2));
      const u = tf.sub(U, tf.div(tf.mul(m1, lrT), tf.add(tf.sqrt(v1), eps)));
      const v = tf.sub(V, tf.div(tf.mul(m2, lrT), tf.add(tf.sqrt(v2), eps)));
      return [value, u, v, m1, m2, v1, v2].map((t) => tf.keep(t));
    });
    for (const t of [U, V, mU, mV, vU, vV]) t.dispose();
    const [value, u, v, m1, m2, v1, v2] = next as [tf.Scalar, tf.Tensor3D, tf.Tensor3D, tf.Tensor3D, tf.Tensor3D, tf.Tensor3D, tf.Tensor3D];
    [U, V, mU, mV, vU, vV] = [u, v, m1, m2, v1, v2];
    cost = (await value.data())[0]!;
    value.dispose();
    if (!Number.isFinite(cost)) break;
    if (options.stopIfNoDecrease && stopper.shouldStop(cost)) {
      it++;
      break;
    }
  }
  for (const t of [mU, mV, vU, vV]) t.dispose();
  return { ...masked(U, V, iceMask), iterations: it, cost };
}

/** No velocity where there is no ice; takes ownership of U and V. */
function masked(U: tf.Tensor3D, V: tf.Tensor3D, iceMask: tf.Tensor2D): { U: tf.Tensor3D; V: tf.Tensor3D } {
  const out = tf.tidy(() => {
    const ice = tf.greater(iceMask, 0);
    return [tf.where(ice, U, tf.zerosLike(U)), tf.where(ice, V, tf.zerosLike(V))] as [tf.Tensor3D, tf.Tensor3D];
  });
  tf.dispose([U, V]);
  return { U: out[0], V: out[1] };
}
