/**
 * IGM's `vert_flow` process (version 2, kinematic method, Lagrange levels): the vertical
 * velocity on each level from the horizontal flux below it and the slope of the level,
 * w = −div(ū_below h_below) + u ∂z/∂x + v ∂z/∂y, with IGM's centred differences.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ProcessModule } from '../modules';

/** Centred gradient per layer, one-sided half-cell values at the edges (IGM's non-staggered form). */
function gradientLayers(s: tf.Tensor3D, dx: number): [tf.Tensor3D, tf.Tensor3D] {
  const [nz, ny, nx] = s.shape;
  const faces = (axis: 1 | 2, n: number) => {
    const sl = (b: number, size: number) => (axis === 2 ? tf.slice(s, [0, 0, b], [nz, ny, size]) : tf.slice(s, [0, b, 0], [nz, size, nx]));
    const first = tf.sub(tf.mul(sl(0, 1), 1.5), tf.mul(sl(1, 1), 0.5));
    const mid = tf.mul(tf.add(sl(0, n - 1), sl(1, n - 1)), 0.5);
    const last = tf.sub(tf.mul(sl(n - 1, 1), 1.5), tf.mul(sl(n - 2, 1), 0.5));
    const e = tf.concat([first, mid, last], axis);
    const lo = axis === 2 ? tf.slice(e, [0, 0, 0], [nz, ny, n]) : tf.slice(e, [0, 0, 0], [nz, n, nx]);
    const hi = axis === 2 ? tf.slice(e, [0, 0, 1], [nz, ny, n]) : tf.slice(e, [0, 1, 0], [nz, n, nx]);
    return tf.div(tf.sub(hi, lo), dx) as tf.Tensor3D;
  };
  return [faces(2, nx), faces(1, ny)];
}

/** Centred flux divergence per layer, with the edge cells' own flux on the outer faces. */
function divfluxLayers(u: tf.Tensor3D, v: tf.Tensor3D, h: tf.Tensor3D, dx: number): tf.Tensor3D {
  const [nz, ny, nx] = u.shape;
  const qx = tf.mul(u, h);
  const qy = tf.mul(v, h);
  const fx = tf.concat([tf.slice(qx, [0, 0, 0], [nz, ny, 1]), tf.mul(tf.add(tf.slice(qx, [0, 0, 0], [nz, ny, nx - 1]), tf.slice(qx, [0, 0, 1], [nz, ny, nx - 1])), 0.5), tf.slice(qx, [0, 0, nx - 1], [nz, ny, 1])], 2);
  const fy = tf.concat([tf.slice(qy, [0, 0, 0], [nz, 1, nx]), tf.mul(tf.add(tf.slice(qy, [0, 0, 0], [nz, ny - 1, nx]), tf.slice(qy, [0, 1, 0], [nz, ny - 1, nx])), 0.5), tf.slice(qy, [0, ny - 1, 0], [nz, 1, nx])], 1);
  const dqx = tf.div(tf.sub(tf.slice(fx, [0, 0, 1], [nz, ny, nx]), tf.slice(fx, [0, 0, 0], [nz, ny, nx])), dx);
  const dqy = tf.div(tf.sub(tf.slice(fy, [0, 1, 0], [nz, ny, nx]), tf.slice(fy, [0, 0, 0], [nz, ny, nx])), dx);
  return tf.add(dqx, dqy) as tf.Tensor3D;
}

export function createVertFlow(): ProcessModule {
  return {
    group: 'processes',
    initialize({ params }) {
      if (params.int('version') !== 2 || params.string('method') !== 'kinematic') {
        throw new RangeError(`processes.vert_flow: only version 2 with method kinematic runs in the studio (got version ${params.int('version')}, method ${params.string('method')})`);
      }
    },
    update({ state }) {
      if (!state.has('U') || !state.has('levels')) throw new RangeError('processes.vert_flow needs the ice flow: list iceflow before vert_flow');
      tf.tidy(() => {
        const U = state.get('U') as tf.Tensor3D;
        const V = state.get('V') as tf.Tensor3D;
        const [nz, ny, nx] = U.shape;
        // The level layout and depth-average weights the iceflow module left in the state (as IGM).
        const thk = state.get('thk');
        const rel = tf.reshape(state.get('levels'), [nz, 1, 1]);
        const heights = tf.mul(rel, thk) as tf.Tensor3D; // height of each level above the bed
        const [sx, sy] = gradientLayers(tf.add(heights, state.get('topg')) as tf.Tensor3D, state.grid.dx);
        const w = tf.reshape(state.get('vert_weight'), [nz, 1, 1]);
        const cw = tf.cumsum(w, 0);
        const ub = tf.div(tf.cumsum(tf.mul(w, U), 0), cw) as tf.Tensor3D;
        const vb = tf.div(tf.cumsum(tf.mul(w, V), 0), cw) as tf.Tensor3D;
        const W = tf.add(tf.neg(divfluxLayers(ub, vb, heights, state.grid.dx)), tf.add(tf.mul(U, sx), tf.mul(V, sy)));
        state.set('W', W);
        state.set('wvelbase', tf.reshape(tf.slice(W, [0, 0, 0], [1, ny, nx]), [ny, nx]));
        state.set('wvelsurf', tf.reshape(tf.slice(W, [nz - 1, 0, 0], [1, ny, nx]), [ny, nx]));
      });
    },
  };
}
