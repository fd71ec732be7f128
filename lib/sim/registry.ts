/**
 * The modules the studio can run, by IGM group and name, and the check that refuses a config
 * naming any other before the run starts.
 */
import type { InputModule, OutputModule, ProcessModule } from './modules';
import { createSynthetic, createHalfar, createSlab, createIsmipHomA } from './inputs/synthetic';
import { createLocal } from './inputs/local';
import { createTime } from './processes/time';
import { createThk } from './processes/thk';
import { createSmbSimple } from './processes/smb-simple';
import { createIceflow } from './processes/iceflow';
import { createAvalanche } from './processes/avalanche';
import { createVertFlow } from './processes/vert-flow';
import { createWriteTs, type SeriesSink } from './outputs/series';
import { createWriteNcdf } from './outputs/write-ncdf';
import type { Plain } from './params';
import { simFail } from './errors';

export interface RunServices {
  series: SeriesSink;
}

type Factories<T> = Readonly<Record<string, (s: RunServices) => T>>;

export const INPUTS: Factories<InputModule> = {
  synthetic: () => createSynthetic(),
  halfar: () => createHalfar(),
  slab: () => createSlab(),
  ismip_hom_a: () => createIsmipHomA(),
  local: () => createLocal('local'),
  load_ncdf: () => createLocal('load_ncdf'),
};

export const PROCESSES: Factories<ProcessModule> = {
  time: () => createTime(),
  thk: () => createThk(),
  smb_simple: () => createSmbSimple(),
  iceflow: () => createIceflow(),
  avalanche: () => createAvalanche(),
  vert_flow: () => createVertFlow(),
};

export const OUTPUTS: Factories<OutputModule> = {
  write_ts: (s) => createWriteTs(s.series),
  write_ncdf: () => createWriteNcdf(),
};

export const SUPPORTED = {
  inputs: Object.keys(INPUTS),
  processes: Object.keys(PROCESSES),
  outputs: Object.keys(OUTPUTS),
} as const;

const WHY: Readonly<Record<string, string>> = {
  oggm_shop: 'it downloads glacier data from OGGM servers, which the studio cannot reach',
  clim_oggm: 'it needs OGGM climate data files and OGGM itself',
  smb_oggm: 'it needs OGGM climate data files and OGGM itself',
  load_tif: 'GeoTIFF reading is not available in the studio',
  plot2d: 'it draws with matplotlib; the studio plots the run itself',
};

export interface ModulePlan {
  group: 'inputs' | 'processes' | 'outputs';
  name: string;
  section: { [key: string]: Plain };
}

/** The modules a composed config asks for, in its order; refuses any the studio cannot run. */
export function planModules(config: { [key: string]: Plain }): ModulePlan[] {
  const plan: ModulePlan[] = [];
  for (const group of ['inputs', 'processes', 'outputs'] as const) {
    const section = config[group];
    if (section === undefined || section === null) continue;
    if (typeof section !== 'object' || Array.isArray(section)) simFail({ code: 'bad-config', message: `${group} must be a mapping of module names to their parameters` });
    for (const [name, params] of Object.entries(section)) {
      const known = group === 'inputs' ? INPUTS : group === 'processes' ? PROCESSES : OUTPUTS;
      if (!(name in known)) {
        const why = WHY[name] ?? 'it is not one of IGM’s modules ported to the studio (user Python modules cannot run in a browser)';
        simFail({
          code: 'unsupported-module',
          module: `${group}.${name}`,
          message: `The ${group.replace(/s$/, '')} module '${name}' cannot run in the studio: ${why}. Supported ${group}: ${SUPPORTED[group].join(', ')}. Remove it from 'override /${group}' or run this experiment with IGM itself.`,
        });
      }
      plan.push({ group, name, section: (params ?? {}) as { [key: string]: Plain } });
    }
  }
  return plan;
}
