/**
 * IGM's `avalanche` process: every `update_freq` years, ice on slopes steeper than the angle of
 * repose is moved to the lower neighbours, in proportion to each drop, until less than
 * `stop_redistribution_thk` (mean) would move or 300 passes are done. As in IGM, the surface
 * is then the bed plus the thickness.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ProcessModule } from '../modules';

const MAX_PASSES = 300;

export function createAvalanche(): ProcessModule {
  let tlast: number | null = null;
  return {
    group: 'processes',
    initialize() {
      tlast = null;
    },
    async update({ state, params }) {
      tlast ??= state.t;
      if (!(state.t - tlast >= params.number('update_freq'))) return;
      const repose = state.grid.dx * Math.tan((params.number('angleOfRepose') * Math.PI) / 180);
      const stop = params.number('stop_redistribution_thk');
      const H = state.get2d('thk');
      const Zb = state.get2d('topg');
      const [ny, nx] = H.shape;
      let Ho = tf.keep(tf.relu(H)) as tf.Tensor2D;
      for (let pass = 1; pass <= MAX_PASSES; pass++) {
        const [next, mean] = tf.tidy(() => {
          const Zi = tf.add(Zb, Ho);
          const left = tf.slice(Zi, [0, 0], [ny, nx - 1]);
          const right = tf.slice(Zi, [0, 1], [ny, nx - 1]);
          const down = tf.slice(Zi, [0, 0], [ny - 1, nx]);
          const up = tf.slice(Zi, [1, 0], [ny - 1, nx]);
          const dxDown = tf.pad(tf.relu(tf.sub(right, left)), [[0, 0], [1, 0]]);
          const dxUp = tf.pad(tf.relu(tf.sub(left, right)), [[0, 0], [0, 1]]);
          const dyLeft = tf.pad(tf.relu(tf.sub(up, down)), [[1, 0], [0, 0]]);
          const dyRight = tf.pad(tf.relu(tf.sub(down, up)), [[0, 1], [0, 0]]);
          let grad = tf.sqrt(tf.add(tf.square(tf.maximum(dxDown, dxUp)), tf.square(tf.maximum(dyRight, dyLeft))));
          let gradT = tf.addN([dyLeft, dyRight, dxDown, dxUp]);
          gradT = tf.where(tf.equal(gradT, 0), tf.onesLike(gradT), gradT);
          grad = tf.where(tf.less(Ho, 0.1), tf.zerosLike(grad), grad);
          const delH0 = tf.relu(tf.div(tf.sub(grad, repose), 3));
          return [tf.keep(tf.stack([grad, gradT, dxDown, dxUp, dyLeft, dyRight, delH0])), tf.keep(tf.mean(delH0))];
        });
        const meanDel = (await mean.data())[0]!;
        mean.dispose();
        const final = meanDel < stop;
        const updated = tf.tidy(() => {
          const [grad, gradT, dxDown, dxUp, dyLeft, dyRight, delH0] = tf.unstack(next) as tf.Tensor2D[];
          const delHTry = (final ? tf.relu(tf.sub(grad!, repose)) : delH0!) as tf.Tensor2D;
          const taken = tf.relu(tf.sub(Ho, delHTry)) as tf.Tensor2D;
          const delH = tf.sub(Ho, taken) as tf.Tensor2D;
          const share = (d: tf.Tensor2D, dir: tf.Tensor2D, begin: [number, number], size: [number, number], pad: [[number, number], [number, number]]) =>
            tf.pad(tf.div(tf.mul(tf.slice(d, begin, size), tf.slice(dir, begin, size)), tf.slice(gradT!, begin, size)), pad);
          const toRight = share(delH, dxUp!, [0, 0], [ny, nx - 1], [[0, 0], [1, 0]]);
          const toLeft = share(delH, dxDown!, [0, 1], [ny, nx - 1], [[0, 0], [0, 1]]);
          const toUp = share(delH, dyRight!, [0, 0], [ny - 1, nx], [[1, 0], [0, 0]]);
          const toDown = share(delH, dyLeft!, [1, 0], [ny - 1, nx], [[0, 1], [0, 0]]);
          return tf.relu(tf.addN([taken, toLeft, toRight, toUp, toDown])) as tf.Tensor2D;
        });
        next.dispose();
        Ho.dispose();
        Ho = tf.keep(updated);
        if (final) break;
      }
      tf.tidy(() => {
        state.set('thk', tf.add(Ho, tf.where(tf.less(H, 0), H, tf.zerosLike(H))));
        state.set('usurf', tf.add(state.get('topg'), state.get('thk')));
      });
      Ho.dispose();
      tlast = state.t;
    },
  };
}
