/**
 * IGM's `write_ts` quantities at each save time: ice volume Σ H dx² (km³) and glaciated area,
 * the cells thicker than 1 m (km²). Kept in memory; the file is written when the run closes.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { OutputModule } from '../modules';
import type { SimState } from '../state';
import type { NcSpec } from '../../io/netcdf-write';

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

/** IGM's write_ts file: time, vol (km³) and area (km²) along an unlimited time dimension. */
export function seriesNetcdf(points: SeriesPoint[]): NcSpec {
  return {
    dimensions: [{ name: 'time', values: Float32Array.from(points, (p) => p.t), unlimited: true, attrs: { units: 'yr', long_name: 'time', axis: 'T' } }],
    variables: [
      { name: 'vol', dims: ['time'], data: Float32Array.from(points, (p) => p.volKm3), attrs: { long_name: 'Ice volume', units: 'km^3' } },
      { name: 'area', dims: ['time'], data: Float32Array.from(points, (p) => p.areaKm2), attrs: { long_name: 'Glaciated area', units: 'km^2' } },
    ],
  };
}

/** `write_ts`: records the series at save times; writes IGM's NetCDF file when the run closes. */
export function createWriteTs(sink: SeriesSink): OutputModule {
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
    async close({ io }) {
      if (io.encodeNetcdf) await io.writeOutput(fileName, await io.encodeNetcdf(seriesNetcdf(sink.points)));
    },
  };
}
