/**
 * Grid operators shared by the processes, following IGM's discretisation: staggered averages,
 * surface gradients, and the upwind flux divergence with slope limiters.
 */
import * as tf from '@tensorflow/tfjs-core';

/** Average of the four cells around each cell corner: (ny, nx) → (ny−1, nx−1). Works on (..., ny, nx). */
export function stag4h(b: tf.Tensor): tf.Tensor {
  const r = b.rank;
  const ny = b.shape[r - 2]!;
  const nx = b.shape[r - 1]!;
  const sl = (y0: number, x0: number) => {
    const begin = new Array(r).fill(0);
    const size = [...b.shape];
    begin[r - 2] = y0;
    begin[r - 1] = x0;
    size[r - 2] = ny - 1;
    size[r - 1] = nx - 1;
    return tf.slice(b, begin, size);
  };
  return tf.mul(tf.addN([sl(1, 1), sl(1, 0), sl(0, 1), sl(0, 0)]), 0.25);
}

/** Average of consecutive vertical levels: (Nz, ...) → (Nz−1, ...). */
export function stag2v(b: tf.Tensor): tf.Tensor {
  const nz = b.shape[0]!;
  if (nz <= 1) return b;
  return tf.mul(tf.add(tf.slice(b, 0, nz - 1), tf.slice(b, 1, nz - 1)), 0.5);
}

/** Gradient of s on cell corners (IGM's staggered compute_gradient with uniform dx). */
export function gradientStaggered(s: tf.Tensor2D, dx: number): [tf.Tensor2D, tf.Tensor2D] {
  const [ny, nx] = s.shape;
  const ex = tf.div(tf.sub(tf.slice(s, [0, 1], [ny, nx - 1]), tf.slice(s, [0, 0], [ny, nx - 1])), dx);
  const gx = tf.mul(tf.add(tf.slice(ex, [1, 0], [ny - 1, nx - 1]), tf.slice(ex, [0, 0], [ny - 1, nx - 1])), 0.5);
  const ey = tf.div(tf.sub(tf.slice(s, [1, 0], [ny - 1, nx]), tf.slice(s, [0, 0], [ny - 1, nx])), dx);
  const gy = tf.mul(tf.add(tf.slice(ey, [0, 1], [ny - 1, nx - 1]), tf.slice(ey, [0, 0], [ny - 1, nx - 1])), 0.5);
  return [gx as tf.Tensor2D, gy as tf.Tensor2D];
}

/** Horizontal derivatives of (Nz, ny, nx) fields on cell corners (IGM's staggered scheme). */
export function horizontalDerivativesStaggered(u: tf.Tensor3D, dx: number): [tf.Tensor3D, tf.Tensor3D] {
  const [nz, ny, nx] = u.shape;
  const dudx = tf.div(tf.sub(tf.slice(u, [0, 0, 1], [nz, ny, nx - 1]), tf.slice(u, [0, 0, 0], [nz, ny, nx - 1])), dx);
  const dudy = tf.div(tf.sub(tf.slice(u, [0, 1, 0], [nz, ny - 1, nx]), tf.slice(u, [0, 0, 0], [nz, ny - 1, nx])), dx);
  const dx2 = tf.mul(tf.add(tf.slice(dudx, [0, 0, 0], [nz, ny - 1, nx - 1]), tf.slice(dudx, [0, 1, 0], [nz, ny - 1, nx - 1])), 0.5);
  const dy2 = tf.mul(tf.add(tf.slice(dudy, [0, 0, 0], [nz, ny - 1, nx - 1]), tf.slice(dudy, [0, 0, 1], [nz, ny - 1, nx - 1])), 0.5);
  return [dx2 as tf.Tensor3D, dy2 as tf.Tensor3D];
}

export type SlopeType = 'godunov' | 'minmod' | 'superbee';

function minmod(a: tf.Tensor, b: tf.Tensor): tf.Tensor {
  const same = tf.greater(tf.mul(a, b), 0);
  const absA = tf.abs(a);
  const absB = tf.abs(b);
  return tf.where(tf.logicalAnd(tf.less(absA, absB), same), a, tf.where(tf.logicalAnd(tf.greater(absA, absB), same), b, tf.zerosLike(a)));
}

function maxmod(a: tf.Tensor, b: tf.Tensor): tf.Tensor {
  const same = tf.greater(tf.mul(a, b), 0);
  const absA = tf.abs(a);
  const absB = tf.abs(b);
  return tf.where(tf.logicalAnd(tf.less(absA, absB), same), b, tf.where(tf.logicalAnd(tf.greater(absA, absB), same), a, tf.zerosLike(a)));
}

function limitedSlope(sigm: tf.Tensor, sigp: tf.Tensor, type: SlopeType): tf.Tensor {
  switch (type) {
    case 'godunov':
      return tf.zerosLike(sigp);
    case 'minmod':
      return minmod(sigm, sigp);
    case 'superbee':
      return maxmod(minmod(sigp, tf.mul(sigm, 2)), minmod(sigm, tf.mul(sigp, 2)));
  }
}

/**
 * div(ū H) by IGM's upwind scheme: velocities averaged to faces (outer faces take the edge
 * cell's value), H padded with two zero cells, limited slopes, upwind face values.
 * u, v, h: (ny, nx); dt in years; returns (ny, nx) in m/a.
 */
export function divfluxSlopeLimiter(u: tf.Tensor2D, v: tf.Tensor2D, h: tf.Tensor2D, dx: number, dt: number | tf.Scalar, type: SlopeType): tf.Tensor2D {
  return tf.tidy(() => {
    const [ny, nx] = h.shape;
    const uf = tf.concat([tf.slice(u, [0, 0], [ny, 1]), tf.mul(tf.add(tf.slice(u, [0, 0], [ny, nx - 1]), tf.slice(u, [0, 1], [ny, nx - 1])), 0.5), tf.slice(u, [0, nx - 1], [ny, 1])], 1);
    const vf = tf.concat([tf.slice(v, [0, 0], [1, nx]), tf.mul(tf.add(tf.slice(v, [0, 0], [ny - 1, nx]), tf.slice(v, [1, 0], [ny - 1, nx])), 0.5), tf.slice(v, [ny - 1, 0], [1, nx])], 0);
    const hx = tf.pad(h, [[0, 0], [2, 2]]);
    const hy = tf.pad(h, [[2, 2], [0, 0]]);
    const sigpx = tf.div(tf.sub(tf.slice(hx, [0, 2], [ny, nx + 2]), tf.slice(hx, [0, 1], [ny, nx + 2])), dx);
    const sigmx = tf.div(tf.sub(tf.slice(hx, [0, 1], [ny, nx + 2]), tf.slice(hx, [0, 0], [ny, nx + 2])), dx);
    const sigpy = tf.div(tf.sub(tf.slice(hy, [2, 0], [ny + 2, nx]), tf.slice(hy, [1, 0], [ny + 2, nx])), dx);
    const sigmy = tf.div(tf.sub(tf.slice(hy, [1, 0], [ny + 2, nx]), tf.slice(hy, [0, 0], [ny + 2, nx])), dx);
    const slopex = limitedSlope(sigmx, sigpx, type);
    const slopey = limitedSlope(sigmy, sigpy, type);
    const cfx = tf.div(tf.mul(uf, dt), dx);
    const cfy = tf.div(tf.mul(vf, dt), dx);
    const w = tf.add(tf.slice(hx, [0, 1], [ny, nx + 1]), tf.mul(tf.mul(tf.sub(1, cfx), 0.5 * dx), tf.slice(slopex, [0, 0], [ny, nx + 1])));
    const e = tf.sub(tf.slice(hx, [0, 2], [ny, nx + 1]), tf.mul(tf.mul(tf.add(1, cfx), 0.5 * dx), tf.slice(slopex, [0, 1], [ny, nx + 1])));
    const s = tf.add(tf.slice(hy, [1, 0], [ny + 1, nx]), tf.mul(tf.mul(tf.sub(1, cfy), 0.5 * dx), tf.slice(slopey, [0, 0], [ny + 1, nx])));
    const n = tf.sub(tf.slice(hy, [2, 0], [ny + 1, nx]), tf.mul(tf.mul(tf.add(1, cfy), 0.5 * dx), tf.slice(slopey, [1, 0], [ny + 1, nx])));
    const qx = tf.mul(uf, tf.where(tf.greater(uf, 0), w, e));
    const qy = tf.mul(vf, tf.where(tf.greater(vf, 0), s, n));
    const divx = tf.div(tf.sub(tf.slice(qx, [0, 1], [ny, nx]), tf.slice(qx, [0, 0], [ny, nx])), dx);
    const divy = tf.div(tf.sub(tf.slice(qy, [1, 0], [ny, nx]), tf.slice(qy, [0, 0], [ny, nx])), dx);
    return tf.add(divx, divy) as tf.Tensor2D;
  });
}
