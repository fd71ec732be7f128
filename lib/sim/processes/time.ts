/**
 * IGM's `time` process: the CFL-limited step (cfl · dx / max |ū|, at most step_max), shortened
 * to land exactly on each save time (start, start + save, …, end). The first pass (it = 0) does
 * not advance time. Times are float32, as IGM keeps them.
 */
import * as tf from '@tensorflow/tfjs-core';
import { simFail } from '../errors';
import type { ProcessModule } from '../modules';

const f32 = Math.fround;

export function saveTimes(start: number, end: number, save: number): number[] {
  // numpy.arange(start, end, save) + [end]
  const n = Math.max(0, Math.ceil((end - start) / save));
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(f32(start + i * save));
  out.push(f32(end));
  return out;
}

export function createTime(): ProcessModule {
  let times: number[] = [];
  let itsave = -1;
  return {
    group: 'processes',
    initialize({ state, params }) {
      const start = params.number('start');
      const end = params.number('end');
      const save = params.number('save');
      if (!(end > start)) throw new RangeError(`processes.time.end (${end}) must be after processes.time.start (${start})`);
      if (!(save > 0)) throw new RangeError('processes.time.save must be positive');
      state.t = f32(start);
      state.dt = f32(params.number('step_max'));
      times = saveTimes(start, end, save);
      itsave = -1;
    },
    async update({ state, params }) {
      const cfl = params.number('cfl');
      const stepMax = params.number('step_max');
      let dtTarget = stepMax;
      if (cfl > 0 && state.has('ubar')) {
        const velomax = tf.tidy(() => tf.maximum(tf.max(tf.abs(state.get('ubar'))), tf.max(tf.abs(state.get('vbar')))));
        const [vmax] = await velomax.data();
        velomax.dispose();
        if (!Number.isFinite(vmax!)) {
          simFail({
            code: 'blow-up',
            field: 'ubar',
            t: state.t,
            step: state.it,
            message: `The ice velocity became NaN or infinite at year ${state.t.toFixed(2)} (step ${state.it}): the run blew up. Check the ice-flow parameters (rate factor, sliding coefficient) or lower processes.time.cfl.`,
          });
        }
        if (vmax! > 0) dtTarget = Math.min(f32((cfl * state.grid.dx) / vmax!), stepMax);
      }
      let dt = f32(dtTarget);
      const next = times[itsave + 1];
      if (next !== undefined && next <= f32(state.t + dt)) {
        dt = f32(next - state.t);
        state.saveresult = true;
        itsave++;
      } else state.saveresult = false;
      state.dt = dt;
      if (state.it >= 0) state.t = f32(state.t + dt);
      state.continueRun = state.t < f32(params.number('end'));
    },
  };
}
