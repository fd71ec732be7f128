/**
 * IGM's `emulated` ice flow: a CNN maps the stacked input fields (`emulator.fieldin`: thk,
 * usurf, arrhenius, slidingco, dX) to U and V on the Nz levels; it is trained by minimising the
 * same Blatter–Pattyn energy with respect to its weights — at the start and every
 * `retrain_freq` steps — with Adam (`lr`, `optimizer_epsilon`, gradients clipped to
 * `optimizer_clipnorm` each, as Keras does). No pretrained weights ship with the studio, so the
 * network always starts from its random initialisation, as IGM does without a pretrained model.
 *
 * The convolutions carry their own gradient (see `conv2dSame`), so one code path trains on every
 * backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Params } from '../../params';
import type { SimState } from '../../state';
import { totalEnergy, type EnergyInputs, type EnergyPhysics } from './energy';

export interface EmulatorSettings {
  fieldin: string[];
  nz: number;
  layers: number;
  filters: number;
  kernel: number;
  activation: string;
  dropout: number;
  excludeBorders: number;
  lr: number;
  lrInit: number;
  nbit: number;
  nbitInit: number;
  retrainFreq: number;
  warmUpIt: number;
  epsilon: number;
  clipnorm: number;
}

export function readEmulatorSettings(params: Params, nz: number): EmulatorSettings {
  const arch = params.string('emulator.network.architecture');
  if (arch !== 'cnn') throw new RangeError(`processes.iceflow.emulator.network.architecture '${arch}' cannot run in the studio (only cnn)`);
  if (params.bool('emulator.network.cnn3d_for_vertical')) throw new RangeError('processes.iceflow.emulator.network.cnn3d_for_vertical is not available in the studio');
  if (params.int('emulator.network.multiple_window_size') !== 0) throw new RangeError('processes.iceflow.emulator.network.multiple_window_size must be 0 in the studio');
  if (params.string('emulator.optimizer') !== 'Adam') throw new RangeError('processes.iceflow.emulator.optimizer must be Adam in the studio');
  return {
    fieldin: params.strings('emulator.fieldin'),
    nz,
    layers: params.int('emulator.network.nb_layers'),
    filters: params.int('emulator.network.nb_out_filter'),
    kernel: params.int('emulator.network.conv_ker_size'),
    activation: params.string('emulator.network.activation'),
    dropout: params.number('emulator.network.dropout_rate'),
    excludeBorders: params.int('emulator.exclude_borders'),
    lr: params.number('emulator.lr'),
    lrInit: params.number('emulator.lr_init'),
    nbit: params.int('emulator.nbit'),
    nbitInit: params.int('emulator.nbit_init'),
    retrainFreq: params.int('emulator.retrain_freq'),
    warmUpIt: params.number('emulator.warm_up_it'),
    epsilon: params.number('emulator.optimizer_epsilon'),
    clipnorm: params.number('emulator.optimizer_clipnorm'),
  };
}

/**
 * Keras' 'same' k×k convolution with a hand-written gradient: tf.conv2d's own filter gradient
 * has no wasm kernel. The filter gradient is accumulated one kernel tap at a time (a shifted
 * view of the input times the output gradient), so only each layer's input stays on the tape
 * and IGM's 16 × 32-filter network trains on a 200² grid within wasm's memory.
 */
export const conv2dSame = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x4, w4, save] = args as [tf.Tensor4D, tf.Tensor4D, tf.GradSaveFunc];
  save([x4, w4]);
  return {
    value: tf.conv2d(x4, w4, 1, 'same'),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor4D, tf.Tensor4D];
      const [, ny, nx, c] = xs.shape;
      const [k, , , f] = ws.shape;
      const before = Math.floor((k - 1) / 2);
      const padded = tf.pad(xs, [[0, 0], [before, k - 1 - before], [before, k - 1 - before], [0, 0]]);
      const dyFlat = tf.reshape(dy, [ny * nx, f]);
      const taps: tf.Tensor[] = [];
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          taps.push(tf.matMul(tf.reshape(tf.slice(padded, [0, i, j, 0], [1, ny, nx, c]), [ny * nx, c]), dyFlat, true, false));
        }
      }
      const dw = tf.reshape(tf.stack(taps), [k, k, c, f]);
      const dx = tf.conv2dTranspose(dy as tf.Tensor4D, ws, xs.shape, 1, 'same');
      return [dx, dw];
    },
  };
});

function conv(x: tf.Tensor3D, w: tf.Tensor2D, b: tf.Tensor1D, k: number): tf.Tensor3D {
  const [ny, nx, c] = x.shape;
  const filters = w.shape[1];
  const y = conv2dSame(tf.reshape(x, [1, ny, nx, c]), tf.reshape(w, [k, k, c, filters]));
  return tf.add(tf.reshape(y, [ny, nx, filters]), b) as tf.Tensor3D;
}

interface ConvLayer {
  w: tf.Variable;
  b: tf.Variable;
  k: number;
}

/** Glorot-uniform weights; seeded per layer so a run is reproducible. */
function glorot(fanIn: number, fanOut: number, shape: [number, number], seed: number): tf.Variable {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return tf.variable(tf.randomUniform(shape, -limit, limit, 'float32', seed));
}

function buildCnn(s: EmulatorSettings): ConvLayer[] {
  const layers: ConvLayer[] = [];
  let c = s.fieldin.length;
  for (let i = 0; i < s.layers; i++) {
    const k = s.kernel;
    layers.push({ w: glorot(k * k * c, k * k * s.filters, [k * k * c, s.filters], 1000 + i), b: tf.variable(tf.zeros([s.filters])), k });
    c = s.filters;
  }
  layers.push({ w: glorot(c, 2 * s.nz, [c, 2 * s.nz], 2000), b: tf.variable(tf.zeros([2 * s.nz])), k: 1 });
  return layers;
}

function activate(x: tf.Tensor, name: string): tf.Tensor {
  switch (name) {
    case 'LeakyReLU':
      return tf.leakyRelu(x, 0.01);
    case 'relu':
    case 'ReLU':
      return tf.relu(x);
    case 'tanh':
      return tf.tanh(x);
    case 'elu':
      return tf.elu(x);
    default:
      throw new RangeError(`processes.iceflow.emulator.network.activation '${name}' is not available in the studio (LeakyReLU, relu, tanh, elu)`);
  }
}

export class IceflowEmulator {
  private layers: ConvLayer[];
  private optimizer: tf.AdamOptimizer;

  constructor(readonly settings: EmulatorSettings) {
    // The activation check and the variables' initial values are throwaway tensors; tidy frees
    // them and, as it never disposes variables, keeps the weights.
    let layers: ConvLayer[] = [];
    tf.tidy(() => {
      activate(tf.scalar(0), settings.activation);
      layers = buildCnn(settings);
    });
    this.layers = layers;
    this.optimizer = tf.train.adam(settings.lr, 0.9, 0.999, settings.epsilon);
  }

  /** The network: conv + activation (+ dropout when training), then a 1×1 conv to 2·Nz outputs. */
  private apply(X: tf.Tensor4D, training: boolean): tf.Tensor4D {
    const [, ny, nx] = X.shape;
    let x = tf.reshape(X, [ny, nx, X.shape[3]]) as tf.Tensor3D;
    this.layers.forEach((l, i) => {
      x = conv(x, l.w as tf.Tensor2D, l.b as tf.Tensor1D, l.k);
      if (i < this.layers.length - 1) {
        x = activate(x, this.settings.activation) as tf.Tensor3D;
        if (training && this.settings.dropout > 0) x = tf.dropout(x, this.settings.dropout) as tf.Tensor3D;
      }
    });
    return tf.reshape(x, [1, ny, nx, 2 * this.settings.nz]) as tf.Tensor4D;
  }

  /** The network input: the fieldin fields stacked along channels, (1, ny, nx, C). */
  private inputs(state: SimState): tf.Tensor4D {
    const [ny, nx] = state.get2d('thk').shape;
    const channels = this.settings.fieldin.map((f) => {
      if (f === 'dX') return tf.fill([ny, nx], state.grid.dx);
      if (!state.has(f)) throw new RangeError(`processes.iceflow.emulator.fieldin names '${f}', which no module provides`);
      return state.get(f);
    });
    return tf.expandDims(tf.stack(channels, 2), 0) as tf.Tensor4D;
  }

  /** U and V (Nz, ny, nx) from the network output (1, ny, nx, 2Nz). */
  private split(Y: tf.Tensor4D): [tf.Tensor3D, tf.Tensor3D] {
    const [, ny, nx] = Y.shape;
    const nz = this.settings.nz;
    const y = tf.transpose(tf.reshape(Y, [ny, nx, 2 * nz]), [2, 0, 1]);
    return [tf.slice(y, [0, 0, 0], [nz, ny, nx]) as tf.Tensor3D, tf.slice(y, [nz, 0, 0], [nz, ny, nx]) as tf.Tensor3D];
  }

  /** Velocity predicted for the current state; no velocity where there is no ice. */
  predict(state: SimState): [tf.Tensor3D, tf.Tensor3D] {
    return tf.tidy(() => {
      const iz = this.settings.excludeBorders;
      let X = this.inputs(state);
      if (iz > 0) X = tf.mirrorPad(X, [[0, 0], [iz, iz], [iz, iz], [0, 0]], 'symmetric');
      let Y = this.apply(X, false);
      if (iz > 0) {
        const [, ny, nx, c] = Y.shape;
        Y = tf.slice(Y, [0, iz, iz, 0], [1, ny - 2 * iz, nx - 2 * iz, c]);
      }
      const [U, V] = this.split(Y);
      const ice = tf.greater(state.get('thk'), 0);
      return [tf.where(ice, U, tf.zerosLike(U)), tf.where(ice, V, tf.zerosLike(V))] as [tf.Tensor3D, tf.Tensor3D];
    });
  }

  /** Whether IGM retrains at this iteration, and with how many iterations and which rate. */
  schedule(it: number): { iterations: number; lr: number } | null {
    const s = this.settings;
    const warmUp = it <= s.warmUpIt;
    const due = s.retrainFreq > 0 && it % s.retrainFreq === 0;
    if (!warmUp && !due) return null;
    return warmUp ? { iterations: s.nbitInit, lr: s.lrInit } : { iterations: s.nbit, lr: s.lr };
  }

  /** Minimises the mean energy of the predicted velocity over the network's weights. */
  async train(state: SimState, physics: EnergyPhysics, dzeta: tf.Tensor1D, iterations: number, lr: number): Promise<number> {
    const iz = this.settings.excludeBorders;
    const crop = <T extends tf.Tensor>(t: T): T => {
      if (iz === 0) return t;
      const shape = t.shape;
      const r = shape.length;
      const begin = shape.map((_, i) => (i >= r - 2 ? iz : 0));
      const size = shape.map((n, i) => (i >= r - 2 ? n - 2 * iz : n));
      return tf.slice(t, begin, size) as T;
    };
    (this.optimizer as unknown as { learningRate: number }).learningRate = lr;
    const vars = this.layers.flatMap((l) => [l.w, l.b]);
    // The state does not change while the network trains: stack and crop its fields once.
    const X = tf.tidy(() => this.inputs(state));
    const fields = (['thk', 'usurf', 'arrhenius', 'slidingco'] as const).map((name) => crop(state.get2d(name)));
    const [thk, usurf, arrhenius, slidingco] = fields as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    const inputs: EnergyInputs = { thk, usurf, arrhenius, slidingco, dx: state.grid.dx, dzeta };
    let cost = NaN;
    for (let i = 0; i < iterations; i++) {
      const { value, grads } = tf.variableGrads(() => {
        const [U, V] = this.split(this.apply(X, true));
        return totalEnergy(crop(U), crop(V), inputs, physics);
      }, vars);
      const clipped = tf.tidy(() => {
        const out: Record<string, tf.Tensor> = {};
        for (const [name, g] of Object.entries(grads)) {
          const norm = tf.norm(g);
          out[name] = tf.mul(g, tf.div(this.settings.clipnorm, tf.maximum(norm, this.settings.clipnorm)));
        }
        return out;
      });
      tf.dispose(Object.values(grads));
      this.optimizer.applyGradients(Object.entries(clipped).map(([name, tensor]) => ({ name, tensor })));
      tf.dispose(Object.values(clipped));
      cost = (await value.data())[0]!;
      value.dispose();
    }
    // Cropped fields are copies; uncropped ones still belong to the state.
    tf.dispose(iz > 0 ? [X, ...fields] : [X]);
    return cost;
  }

  dispose(): void {
    for (const l of this.layers) tf.dispose([l.w, l.b]);
    this.optimizer.dispose();
  }
}
