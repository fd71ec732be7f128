/**
 * IGM's Blatter–Pattyn energy (per unit area, MPa m/a) on the staggered grid with the Lagrange
 * vertical basis: viscous shear with Glen's law, Weertman sliding, and gravity. The velocity
 * field minimising its mean is the ice-flow solution.
 */
import * as tf from '@tensorflow/tfjs-core';
import { gradientStaggered, horizontalDerivativesStaggered, stag2v, stag4h } from '../../stencil';

export interface EnergyPhysics {
  expGlen: number;
  reguGlen: number;
  expWeertman: number;
  reguWeertman: number;
  thrIceThk: number;
  minSr: number;
  maxSr: number;
  iceDensity: number;
  gravity: number;
  forceNegativeGravitationalEnergy: boolean;
  components: readonly ('shear' | 'sliding_weertman' | 'gravity')[];
}

export interface EnergyInputs {
  thk: tf.Tensor2D;
  usurf: tf.Tensor2D;
  arrhenius: tf.Tensor2D;
  slidingco: tf.Tensor2D;
  dx: number;
  /** Level spacings (Nz − 1 values). */
  dzeta: tf.Tensor1D;
}

const perLevel = (dz: tf.Tensor1D) => tf.reshape(dz, [dz.shape[0], 1, 1]);

function shear(U: tf.Tensor3D, V: tf.Tensor3D, f: EnergyInputs, p: EnergyPhysics): tf.Tensor2D {
  const n = p.expGlen;
  const pp = 1 + 1 / n;
  const B = stag4h(tf.mul(2, tf.pow(f.arrhenius, -1 / n)));
  let [dUdx, dUdy] = horizontalDerivativesStaggered(U, f.dx);
  let [dVdx, dVdy] = horizontalDerivativesStaggered(V, f.dx);
  const [sbx, sby] = gradientStaggered(tf.sub(f.usurf, f.thk) as tf.Tensor2D, f.dx);
  const Us = stag4h(U);
  const Vs = stag4h(V);
  const C = stag4h(f.slidingco);
  const H = stag4h(f.thk);
  dUdx = stag2v(dUdx) as tf.Tensor3D;
  dVdx = stag2v(dVdx) as tf.Tensor3D;
  dUdy = stag2v(dUdy) as tf.Tensor3D;
  dVdy = stag2v(dVdy) as tf.Tensor3D;
  const nz = U.shape[0];
  const [, ny, nx] = Us.shape as [number, number, number];
  const denom = tf.mul(perLevel(f.dzeta), tf.maximum(H, p.thrIceThk));
  const vertical = (W: tf.Tensor) =>
    nz > 1 ? tf.div(tf.sub(tf.slice(W, [1, 0, 0], [nz - 1, ny, nx]), tf.slice(W, [0, 0, 0], [nz - 1, ny, nx])), denom) : tf.zerosLike(W);
  let dUdz = vertical(Us);
  let dVdz = vertical(Vs);
  // Where the bed does not hold the ice (floating, slidingco ≤ 0) vertical shear is damped.
  const grounded = tf.greater(C, 0);
  dUdz = tf.where(grounded, dUdz, tf.mul(dUdz, 0.01));
  dVdz = tf.where(grounded, dVdz, tf.mul(dVdz, 0.01));
  // Terrain-following coordinate: horizontal derivatives corrected with the bed slope.
  dUdx = tf.sub(dUdx, tf.mul(dUdz, sbx)) as tf.Tensor3D;
  dUdy = tf.sub(dUdy, tf.mul(dUdz, sby)) as tf.Tensor3D;
  dVdx = tf.sub(dVdx, tf.mul(dVdz, sbx)) as tf.Tensor3D;
  dVdy = tf.sub(dVdy, tf.mul(dVdz, sby)) as tf.Tensor3D;
  const exx = dUdx;
  const eyy = dVdy;
  const ezz = tf.neg(tf.add(dUdx, dVdy));
  const exy = tf.mul(tf.add(dVdx, dUdy), 0.5);
  const exz = tf.mul(dUdz, 0.5);
  const eyz = tf.mul(dVdz, 0.5);
  const sr2 = tf.mul(
    tf.addN([tf.square(exx), tf.mul(tf.square(exy), 2), tf.square(eyy), tf.square(ezz), tf.mul(tf.square(exz), 2), tf.mul(tf.square(eyz), 2)]),
    0.5,
  );
  const capped = tf.clipByValue(sr2, p.minSr ** 2, p.maxSr ** 2);
  const pterm = tf.div(tf.mul(tf.pow(tf.add(capped, p.reguGlen ** 2), (pp - 2) / 2), sr2), pp);
  return tf.mul(H, tf.sum(tf.mul(tf.mul(B, perLevel(f.dzeta)), pterm), 0)) as tf.Tensor2D;
}

function sliding(U: tf.Tensor3D, V: tf.Tensor3D, f: EnergyInputs, p: EnergyPhysics): tf.Tensor2D {
  const s = 1 + 1 / p.expWeertman;
  const [sbx, sby] = gradientStaggered(tf.sub(f.usurf, f.thk) as tf.Tensor2D, f.dx);
  const C = stag4h(f.slidingco);
  const [, ny, nx] = U.shape;
  const ub = stag4h(tf.reshape(tf.slice(U, [0, 0, 0], [1, ny, nx]), [ny, nx]));
  const vb = stag4h(tf.reshape(tf.slice(V, [0, 0, 0], [1, ny, nx]), [ny, nx]));
  const N = tf.addN([tf.square(ub), tf.square(vb), tf.fill(ub.shape, p.reguWeertman ** 2), tf.square(tf.add(tf.mul(ub, sbx), tf.mul(vb, sby)))]);
  return tf.div(tf.mul(C, tf.pow(N, s / 2)), s) as tf.Tensor2D;
}

function gravity(U: tf.Tensor3D, V: tf.Tensor3D, f: EnergyInputs, p: EnergyPhysics): tf.Tensor2D {
  const [ssx, ssy] = gradientStaggered(f.usurf, f.dx);
  const Us = stag2v(stag4h(U));
  const Vs = stag2v(stag4h(V));
  const H = stag4h(f.thk);
  let uds = tf.add(tf.mul(Us, ssx), tf.mul(Vs, ssy));
  if (p.forceNegativeGravitationalEnergy) uds = tf.minimum(uds, 0);
  return tf.mul(p.iceDensity * p.gravity * 1e-6, tf.mul(H, tf.sum(tf.mul(perLevel(f.dzeta), uds), 0))) as tf.Tensor2D;
}

/** The mean energy of each component, in the order of `components`. */
export function energyTerms(U: tf.Tensor3D, V: tf.Tensor3D, f: EnergyInputs, p: EnergyPhysics): tf.Scalar[] {
  return p.components.map((c) => {
    const field = c === 'shear' ? shear(U, V, f, p) : c === 'sliding_weertman' ? sliding(U, V, f, p) : gravity(U, V, f, p);
    return tf.mean(field) as tf.Scalar;
  });
}

export function totalEnergy(U: tf.Tensor3D, V: tf.Tensor3D, f: EnergyInputs, p: EnergyPhysics): tf.Scalar {
  return tf.addN(energyTerms(U, V, f, p)) as tf.Scalar;
}
