/**
 * IGM's `write_ts` quantities at each save time: ice volume Σ H dx² (km³) and glaciated area,
 * the cells thicker than 1 m (km²). Kept in memory; the file is written when the run closes.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { OutputModule } from '../modules';
import type { SimState } from '../state';

export interface SeriesPoint {
  t: number;
  volKm3: number;
  areaKm2: number;
}

export async function volumeAndArea(state: SimState): Promise<{ volKm3: number; areaKm2: number }> {
  const sums = tf.tidy(() => {
    const thk = state.get('thk');
    return tf.stack([tf.sum(thk), tf.sum(tf.cast(tf.greater(thk, 1), 'float32'))]);
  });
  const [vol, cells] = await sums.data();
  sums.dispose();
  const dx2 = state.grid.dx ** 2;
  return { volKm3: (vol! * dx2) / 1e9, areaKm2: (cells! * dx2) / 1e6 };
}

export interface SeriesSink {
  points: SeriesPoint[];
}

/** `write_ts`: records the series; `write` (if given) stores the file at the end of the run. */
export function createWriteTs(sink: SeriesSink, write?: (points: SeriesPoint[], fileName: string) => Promise<void>): OutputModule {
  let fileName = 'output_ts.nc';
  return {
    group: 'outputs',
    initialize({ params }) {
      fileName = params.string('output_file');
      sink.points.length = 0;
    },
    async run({ state }) {
      if (!state.saveresult) return;
      sink.points.push({ t: state.t, ...(await volumeAndArea(state)) });
    },
    async close() {
      if (write) await write(sink.points, fileName);
    },
  };
}
