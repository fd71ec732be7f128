/**
 * IGM's `write_ncdf` output: the `vars_to_save` fields at every save time, in one NetCDF-4 file
 * with dimensions (time, y, x). Fields a run does not have (e.g. wvelsurf without vert_flow) are
 * left out, with a note in the log, as IGM skips them.
 */
import type { OutputModule } from '../modules';

const UNITS: Readonly<Record<string, string>> = {
  thk: 'm', topg: 'm', usurf: 'm', lsurf: 'm', smb: 'm/y', velbar_mag: 'm/y', velsurf_mag: 'm/y', velbase_mag: 'm/y',
  uvelsurf: 'm/y', vvelsurf: 'm/y', wvelsurf: 'm/y', ubar: 'm/y', vbar: 'm/y', divflux: 'm/y', icemask: '',
};

export function createWriteNcdf(): OutputModule {
  let vars: string[] = [];
  let fileName = 'output.nc';
  const times: number[] = [];
  const frames = new Map<string, Float32Array[]>();
  return {
    group: 'outputs',
    initialize({ params }) {
      vars = params.strings('vars_to_save');
      fileName = params.string('output_file');
      times.length = 0;
      frames.clear();
    },
    async run({ state, log }) {
      if (!state.saveresult) return;
      times.push(state.t);
      for (const v of vars) {
        if (!state.has(v)) {
          if (times.length === 1) log(`write_ncdf: '${v}' is not computed in this run and is not written`);
          continue;
        }
        if (!frames.has(v)) frames.set(v, []);
        frames.get(v)!.push((await state.get(v).data()) as Float32Array);
      }
    },
    async close({ state, io }) {
      if (!io.encodeNetcdf || times.length === 0) return;
      const { nx, ny, x, y } = state.grid;
      const stack = (list: Float32Array[]) => {
        const out = new Float32Array(list.length * nx * ny);
        list.forEach((f, i) => out.set(f, i * nx * ny));
        return out;
      };
      const bytes = await io.encodeNetcdf({
        dimensions: [
          { name: 'time', values: Float32Array.from(times), unlimited: true, attrs: { units: 'yr', long_name: 'time', axis: 'T' } },
          { name: 'y', values: y, attrs: { units: 'm', long_name: 'y', axis: 'Y' } },
          { name: 'x', values: x, attrs: { units: 'm', long_name: 'x', axis: 'X' } },
        ],
        variables: [...frames].filter(([, list]) => list.length === times.length).map(([name, list]) => ({
          name,
          dims: ['time', 'y', 'x'],
          data: stack(list),
          attrs: { units: UNITS[name] ?? '', standard_name: name },
        })),
      });
      await io.writeOutput(fileName, bytes);
    },
  };
}
