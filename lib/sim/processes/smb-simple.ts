/**
 * IGM's `smb_simple` process: a mass balance linear in elevation around the ELA, with
 * ablation and accumulation gradients and a cap, from a table interpolated in time; outside an
 * ice mask, positive balance becomes −10 m/a so ice cannot leak out.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ProcessModule } from '../modules';
import type { Params } from '../params';

export type SmbRow = [time: number, gradabl: number, gradacc: number, ela: number, accmax: number];

export function readSmbTable(params: Params, text?: string): SmbRow[] {
  const rows: number[][] = [];
  const array = params.list('array');
  if (array.length > 0) {
    for (const row of array.slice(1)) {
      if (!Array.isArray(row) || row.length !== 5 || row.some((x) => typeof x !== 'number')) {
        throw new RangeError(`processes.smb_simple.array rows after the header must be 5 numbers [time, gradabl, gradacc, ela, accmax], got ${JSON.stringify(row)}`);
      }
      rows.push(row as number[]);
    }
  } else if (text !== undefined) {
    for (const line of text.split(/\r?\n/).slice(1)) {
      const nums = line.trim().split(/\s+/).filter(Boolean).map(Number);
      if (nums.length === 0) continue;
      if (nums.length !== 5 || nums.some((n) => !Number.isFinite(n))) throw new RangeError(`bad line in ${params.string('file')}: '${line}'`);
      rows.push(nums);
    }
  }
  if (rows.length === 0) throw new RangeError('processes.smb_simple needs at least one row in array (after its header) or a file');
  return rows.map((r) => r.map(Math.fround) as SmbRow);
}

/** numpy.interp-like linear interpolation, constant beyond the ends. */
export function interp(xs: number[], ys: number[], x: number): number {
  if (x <= xs[0]!) return ys[0]!;
  for (let i = 1; i < xs.length; i++) {
    if (x <= xs[i]!) {
      const w = (x - xs[i - 1]!) / (xs[i]! - xs[i - 1]!);
      return ys[i - 1]! + w * (ys[i]! - ys[i - 1]!);
    }
  }
  return ys[ys.length - 1]!;
}

export function createSmbSimple(): ProcessModule {
  let table: SmbRow[] = [];
  let tlast = -Infinity;
  return {
    group: 'processes',
    async initialize({ params, io }) {
      let text: string | undefined;
      if (params.list('array').length === 0) {
        const bytes = await io.readData(params.string('file'));
        if (!bytes) throw new RangeError(`processes.smb_simple.array is empty and the table file '${params.string('file')}' is not in the data folder`);
        text = new TextDecoder().decode(bytes);
      }
      table = readSmbTable(params, text);
      tlast = -Infinity;
    },
    update({ state, params }) {
      if (!(state.t - tlast >= params.number('update_freq'))) return;
      const col = (i: number) => table.map((r) => r[i]!);
      const ts = col(0);
      const [gradabl, gradacc, ela, accmax] = [1, 2, 3, 4].map((i) => interp(ts, col(i), state.t)) as [number, number, number, number];
      tf.tidy(() => {
        const d = tf.sub(state.get('usurf'), ela);
        let smb = tf.mul(d, tf.where(tf.less(d, 0), tf.fill(d.shape, gradabl), tf.fill(d.shape, gradacc)));
        smb = tf.clipByValue(smb, -100, accmax);
        if (state.has('icemask')) smb = tf.where(tf.logicalOr(tf.less(smb, 0), tf.greater(state.get('icemask'), 0.5)), smb, tf.fill(smb.shape, -10));
        state.set('smb', smb);
      });
      tlast = state.t;
    },
  };
}
