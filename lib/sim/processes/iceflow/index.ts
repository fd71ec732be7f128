/**
 * IGM's `iceflow` process: fields the flow needs (rate factor A, sliding coefficient C, the
 * velocity on Nz levels), the vertical discretisation, and each step's velocity from the
 * energy — then the derived fields IGM exposes (ubar, vbar, uvelsurf, velsurf_mag, …).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ProcessModule } from '../../modules';
import type { Params } from '../../params';
import type { SimState } from '../../state';
import type { EnergyPhysics } from './energy';
import { SolverState, solveIceflow } from './solve';
import { IceflowEmulator, readEmulatorSettings } from './emulator';
import { dzeta, levels, verticalWeights } from './vertical';

const COMPONENTS = ['shear', 'sliding_weertman', 'gravity'] as const;

export function readPhysics(params: Params): EnergyPhysics {
  const components = params.strings('physics.energy_components');
  for (const c of components) {
    if (!(COMPONENTS as readonly string[]).includes(c)) {
      throw new RangeError(`processes.iceflow.physics.energy_components: '${c}' is not available in the browser (available: ${COMPONENTS.join(', ')})`);
    }
  }
  if (params.string('physics.sliding_law') !== '') throw new RangeError('processes.iceflow.physics.sliding_law must be empty here: sliding comes from the sliding_weertman energy');
  return {
    expGlen: params.number('physics.exp_glen'),
    reguGlen: params.number('physics.regu_glen'),
    expWeertman: params.number('physics.exp_weertman'),
    reguWeertman: params.number('physics.regu_weertman'),
    thrIceThk: params.number('physics.thr_ice_thk'),
    minSr: params.number('physics.min_sr'),
    maxSr: params.number('physics.max_sr'),
    iceDensity: params.number('physics.ice_density'),
    gravity: params.number('physics.gravity_cst'),
    forceNegativeGravitationalEnergy: params.bool('physics.force_negative_gravitational_energy'),
    components: components as EnergyPhysics['components'],
  };
}

/** Depth-averaged, surface and basal velocities and their magnitudes from U, V. */
export function deriveVelocities(state: SimState, weights: number[]): void {
  tf.tidy(() => {
    const U = state.get('U') as tf.Tensor3D;
    const V = state.get('V') as tf.Tensor3D;
    const [nz, ny, nx] = U.shape;
    const w = tf.reshape(tf.tensor1d(weights), [nz, 1, 1]);
    const level = (W: tf.Tensor3D, k: number) => tf.reshape(tf.slice(W, [k, 0, 0], [1, ny, nx]), [ny, nx]);
    const ubar = tf.sum(tf.mul(U, w), 0);
    const vbar = tf.sum(tf.mul(V, w), 0);
    state.set('ubar', ubar);
    state.set('vbar', vbar);
    state.set('uvelsurf', level(U, nz - 1));
    state.set('vvelsurf', level(V, nz - 1));
    state.set('uvelbase', level(U, 0));
    state.set('vvelbase', level(V, 0));
    state.set('velsurf_mag', tf.sqrt(tf.add(tf.square(level(U, nz - 1)), tf.square(level(V, nz - 1)))));
    state.set('velbar_mag', tf.sqrt(tf.add(tf.square(ubar), tf.square(vbar))));
    state.set('velbase_mag', tf.sqrt(tf.add(tf.square(level(U, 0)), tf.square(level(V, 0)))));
  });
}

/** IGM's force_max_velbar: speeds at or above the cap are scaled down to it (0 or less: off). */
function capVelocity(state: SimState, cap: number): void {
  if (!(cap > 0)) return;
  tf.tidy(() => {
    const U = state.get('U');
    const V = state.get('V');
    const mag = tf.sqrt(tf.add(tf.square(U), tf.square(V)));
    const over = tf.greaterEqual(mag, cap);
    state.set('U', tf.where(over, tf.div(tf.mul(U, cap), mag), U));
    state.set('V', tf.where(over, tf.div(tf.mul(V, cap), mag), V));
  });
}

export function createIceflow(): ProcessModule {
  let physics: EnergyPhysics;
  let weights: number[] = [];
  let dz: tf.Tensor1D | null = null;
  let emulator: IceflowEmulator | null = null;
  let solver = new SolverState();
  let warnedStall = false;

  async function emulate(state: SimState, it: number, retrain: boolean) {
    const plan = retrain ? emulator!.schedule(it) : null;
    if (plan && plan.iterations > 0) await emulator!.train(state, physics, dz!, plan.iterations, plan.lr);
    const [U, V] = emulator!.predict(state);
    state.set('U', U);
    state.set('V', V);
  }

  return {
    group: 'processes',
    async initialize({ state, params, log }) {
      const method = params.oneOf('method', ['emulated', 'solved', 'diagnostic'] as const);
      if (method === 'diagnostic') {
        throw new RangeError("processes.iceflow.method 'diagnostic' cannot run in the studio yet; use emulated or solved");
      }
      if (params.string('numerics.vert_basis') !== 'Lagrange') {
        throw new RangeError(`processes.iceflow.numerics.vert_basis '${params.string('numerics.vert_basis')}' cannot run in the studio yet (only Lagrange)`);
      }
      if (params.int('numerics.staggered_grid') !== 1) throw new RangeError('processes.iceflow.numerics.staggered_grid must be 1 in the studio');
      if (!params.bool('solver.lbfgs') && params.string('solver.optimizer') !== 'Adam') {
        throw new RangeError(`processes.iceflow.solver.optimizer '${params.string('solver.optimizer')}' cannot run in the studio (Adam, or solver.lbfgs=true)`);
      }
      if (params.int('physics.dim_arrhenius') !== 2) throw new RangeError('processes.iceflow.physics.dim_arrhenius must be 2 in the studio');
      physics = readPhysics(params);
      const nz = params.int('numerics.Nz');
      const spacing = params.number('numerics.vert_spacing');
      weights = verticalWeights(nz, spacing);
      // Kept in the state, as IGM keeps them, for processes such as vert_flow.
      state.set('levels', tf.tensor1d(levels(nz, spacing)));
      state.set('vert_weight', tf.tensor1d(weights));
      dz?.dispose();
      dz = tf.keep(tf.tensor1d(dzeta(nz, spacing)));
      const thk = state.get2d('thk');
      if (!state.has('arrhenius')) state.set('arrhenius', tf.fill(thk.shape, params.number('physics.init_arrhenius') * params.number('physics.enhancement_factor')));
      if (!state.has('slidingco')) state.set('slidingco', tf.fill(thk.shape, params.number('physics.init_slidingco')));
      if (!state.has('U')) {
        state.set('U', tf.zeros([nz, ...thk.shape]));
        state.set('V', tf.zeros([nz, ...thk.shape]));
      }
      emulator?.dispose();
      emulator = null;
      warnedStall = false;
      if (method === 'emulated') {
        emulator = new IceflowEmulator(readEmulatorSettings(params, nz));
        log('iceflow: no pretrained emulator ships with the studio; the network starts from random weights and learns from the energy');
        await emulate(state, 0, true);
      }
      deriveVelocities(state, weights);
    },
    async update({ state, params, log }) {
      if (emulator) {
        await emulate(state, state.it, emulator.settings.retrainFreq > 0 && state.it > 0);
        capVelocity(state, params.number('force_max_velbar'));
        deriveVelocities(state, weights);
        return;
      }
      const result = await solveIceflow(
        state.get('U') as tf.Tensor3D,
        state.get('V') as tf.Tensor3D,
        {
          thk: state.get2d('thk'),
          usurf: state.get2d('usurf'),
          arrhenius: state.get2d('arrhenius'),
          slidingco: state.get2d('slidingco'),
          dx: state.grid.dx,
          dzeta: dz!,
        },
        physics,
        { stepSize: params.number('solver.step_size'), nbitmax: params.int('solver.nbitmax'), stopIfNoDecrease: params.bool('solver.stop_if_no_decrease'), lbfgs: params.bool('solver.lbfgs') },
        solver,
        state.get2d('thk'),
      );
      state.set('U', result.U);
      state.set('V', result.V);
      if (result.iterations === 0 && params.bool('solver.lbfgs') && !warnedStall) {
        warnedStall = true;
        log('iceflow: L-BFGS could not lower the energy from this state, so the velocity did not change. A near no-slip bed (large slidingco) with exp_weertman 3 stalls it when starting from rest; use physics.exp_weertman=1 or the Adam solver (solver.lbfgs=false).');
      }
      capVelocity(state, params.number('force_max_velbar'));
      deriveVelocities(state, weights);
    },
    finalize() {
      dz?.dispose();
      dz = null;
      solver.dispose();
      solver = new SolverState();
      emulator?.dispose();
      emulator = null;
    },
  };
}
