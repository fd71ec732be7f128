/**
 * IGM's `thk` process, mass conservation: H ← max(H + dt (smb − div(ū H)), 0) with the upwind
 * limited flux, then the lower surface from flotation and the upper surface.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ProcessModule } from '../modules';
import type { Params } from '../params';
import type { SimState } from '../state';
import { divfluxSlopeLimiter, type SlopeType } from '../stencil';

function surfaces(state: SimState, params: Params) {
  tf.tidy(() => {
    const thk = state.get('thk');
    const sealevel = state.has('sealevel') ? state.get('sealevel') : tf.scalar(params.number('default_sealevel'));
    const lsurf = tf.maximum(state.get('topg'), tf.add(tf.mul(thk, -params.number('ratio_density')), sealevel));
    state.set('lsurf', lsurf);
    state.set('usurf', tf.add(lsurf, thk));
  });
}

export function createThk(): ProcessModule {
  let slope: SlopeType = 'superbee';
  return {
    group: 'processes',
    initialize({ state, params }) {
      if (!state.has('topg')) throw new RangeError("the 'thk' process needs a bed topography (topg) from an input module");
      slope = params.oneOf('slope_type', ['godunov', 'minmod', 'superbee'] as const);
      surfaces(state, params);
    },
    update({ state, params }) {
      if (state.it < 0) return;
      tf.tidy(() => {
        const thk = state.get2d('thk');
        const zero = tf.zerosLike(thk);
        const u = state.has('ubar') ? state.get2d('ubar') : zero;
        const v = state.has('vbar') ? state.get2d('vbar') : zero;
        const divflux = divfluxSlopeLimiter(u, v, thk, state.grid.dx, state.dt, slope);
        state.set('divflux', divflux);
        const smb = state.has('smb') ? state.get('smb') : zero;
        state.set('thk', tf.relu(tf.add(thk, tf.mul(tf.sub(smb, divflux), state.dt))));
      });
      surfaces(state, params);
    },
  };
}
