/**
 * IGM's `solver.lbfgs: true`: minimise the ice-flow energy over (U, V) with limited-memory BFGS
 * (10 correction pairs, as TensorFlow Probability's default) and a backtracking Armijo line
 * search, for at most `nbitmax` iterations or until no step along the search direction lowers
 * the energy (converged to float32).
 *
 * Why it exists next to Adam: Adam moves every velocity by about `step_size` per iteration
 * whatever the size of its gradient, so where the energy is nearly flat (thin ice at a margin, a
 * divide) velocities wander by ±step_size and never settle. L-BFGS steps in proportion to the
 * gradient, so it converges there; the verification tests against exact solutions use it.
 *
 * The two-loop recursion runs on the device; only the energy and the directional derivative
 * come back to the CPU, once per line-search trial.
 */
import * as tf from '@tensorflow/tfjs-core';

type Pair = [tf.Tensor, tf.Tensor];

const dot = (a: Pair, b: Pair): tf.Scalar => tf.add(tf.sum(tf.mul(a[0], b[0])), tf.sum(tf.mul(a[1], b[1])));
const axpy = (alpha: tf.Scalar | number, x: Pair, y: Pair): Pair => [tf.add(y[0], tf.mul(x[0], alpha)), tf.add(y[1], tf.mul(x[1], alpha))];

/**
 * The initial inverse Hessian: s·y / y·y taken per vertical level (per slice along the first
 * axis) rather than once for all. Levels differ in stiffness by orders of magnitude (the basal
 * level carries the sliding term), and a per-level scale stays uniform within each level, so it
 * never feeds the staggered grid's checkerboard modes, which the energy cannot see.
 */
function layerScale(s: tf.Tensor, y: tf.Tensor): tf.Tensor {
  const axes = s.shape.slice(1).map((_, i) => i + 1);
  const sy = axes.length ? tf.sum(tf.mul(s, y), axes, true) : tf.mul(s, y);
  const yy = axes.length ? tf.sum(tf.mul(y, y), axes, true) : tf.mul(y, y);
  return tf.where(tf.greater(yy, 0), tf.div(tf.maximum(sy, 0), tf.maximum(yy, 1e-30)), tf.zerosLike(sy));
}

interface Correction {
  s: Pair;
  y: Pair;
  rho: tf.Scalar;
}

/**
 * The curvature pairs, kept from one solve to the next: after a time step the energy has moved
 * only a little, and without them the first step of every solve would have to rediscover how
 * stiff the basal level is — a step that float32 energies cannot resolve.
 */
export class LbfgsMemory {
  readonly pairs: Correction[] = [];
  constructor(readonly history = 10) {}
  push(c: Correction): void {
    this.pairs.push(c);
    if (this.pairs.length > this.history) {
      const old = this.pairs.shift()!;
      tf.dispose([...old.s, ...old.y, old.rho]);
    }
  }
  dispose(): void {
    for (const c of this.pairs.splice(0)) tf.dispose([...c.s, ...c.y, c.rho]);
  }
}

export interface LbfgsResult {
  x: Pair;
  iterations: number;
  cost: number;
}

/**
 * `f` returns the energy and its gradient at (U, V). `firstStep` bounds the largest velocity
 * change of the first iteration (m/a), which sets the scale before any curvature is known.
 */
export async function minimiseLbfgs(
  f: (x: Pair) => { value: tf.Scalar; grads: Pair },
  x0: Pair,
  maxIterations: number,
  firstStep: number,
  store?: LbfgsMemory,
): Promise<LbfgsResult> {
  const mem = store ?? new LbfgsMemory();
  const keepPair = (p: Pair): Pair => [tf.keep(p[0]), tf.keep(p[1])];
  const evaluate = (x: Pair) => {
    const out = tf.tidy(() => {
      const { value, grads } = f(x);
      return [value, grads[0], grads[1]].map((t) => tf.keep(t));
    });
    return { value: out[0] as tf.Scalar, g: [out[1]!, out[2]!] as Pair };
  };
  let x = keepPair([tf.clone(x0[0]), tf.clone(x0[1])]);
  const start = evaluate(x);
  let g = start.g;
  let fx = (await start.value.data())[0]!;
  start.value.dispose();
  const memory = mem.pairs;
  let it = 0;
  for (; it < maxIterations && Number.isFinite(fx); it++) {
    const d = keepPair(
      tf.tidy(() => {
        let q: Pair = [tf.neg(g[0]), tf.neg(g[1])];
        const alphas: tf.Scalar[] = [];
        for (let i = memory.length - 1; i >= 0; i--) {
          const c = memory[i]!;
          const a = tf.mul(c.rho, dot(c.s, q)) as tf.Scalar;
          alphas[i] = a;
          q = axpy(tf.neg(a) as tf.Scalar, c.y, q);
        }
        const last = memory.at(-1);
        let r: Pair;
        if (last) {
          r = [tf.mul(q[0], layerScale(last.s[0], last.y[0])), tf.mul(q[1], layerScale(last.s[1], last.y[1]))];
        } else {
          const gmax = tf.maximum(tf.maximum(tf.max(tf.abs(g[0])), tf.max(tf.abs(g[1]))), 1e-30);
          const scale = tf.div(firstStep, gmax) as tf.Scalar;
          r = [tf.mul(q[0], scale), tf.mul(q[1], scale)];
        }
        for (let i = 0; i < memory.length; i++) {
          const c = memory[i]!;
          const b = tf.mul(c.rho, dot(c.y, r)) as tf.Scalar;
          r = axpy(tf.sub(alphas[i]!, b) as tf.Scalar, c.s, r);
        }
        return r;
      }),
    );
    const slopeT = tf.tidy(() => dot(g, d));
    const slope = (await slopeT.data())[0]!;
    slopeT.dispose();
    if (!(slope < 0)) {
      tf.dispose(d);
      break;
    }
    let step = 1;
    let accepted: { x: Pair; value: number; g: Pair } | null = null;
    for (let trial = 0; trial < 30; trial++) {
      const xNew = keepPair(tf.tidy(() => axpy(step, d, x)));
      const e = evaluate(xNew);
      const fNew = (await e.value.data())[0]!;
      e.value.dispose();
      if (Number.isFinite(fNew) && fNew <= fx + 1e-4 * step * slope) {
        accepted = { x: xNew, value: fNew, g: e.g };
        break;
      }
      tf.dispose([...xNew, ...e.g]);
      step /= 2;
    }
    tf.dispose(d);
    if (!accepted) break;
    const s = keepPair(tf.tidy(() => [tf.sub(accepted.x[0], x[0]), tf.sub(accepted.x[1], x[1])] as Pair));
    const y = keepPair(tf.tidy(() => [tf.sub(accepted.g[0], g[0]), tf.sub(accepted.g[1], g[1])] as Pair));
    const syT = tf.tidy(() => dot(s, y));
    const sy = (await syT.data())[0]!;
    if (sy > 0) {
      mem.push({ s, y, rho: tf.keep(tf.div(1, syT) as tf.Scalar) });
    } else {
      tf.dispose([...s, ...y]);
    }
    syT.dispose();
    tf.dispose([...x, ...g]);
    x = accepted.x;
    g = accepted.g;
    fx = accepted.value;
  }
  tf.dispose(g);
  if (!store) mem.dispose();
  return { x, iterations: it, cost: fx };
}
