/**
 * The examples menu: experiments written for the studio in IGM's folder layout. Each says
 * whether it runs here as it is, or needs a data file the user brings (IGM's aletsch-basic reads
 * data/input.nc, which is not ours to ship).
 */
import { defaultExperimentFiles } from './default-experiment';

export interface Example {
  id: string;
  title: string;
  summary: string;
  files: Readonly<Record<string, string>>;
  /** Data files the experiment reads and the user must provide (drop them into data/). */
  needsData: string[];
}

const header = '# @package _global_\n';

/** aletsch-basic's smb_simple table (IGM's example), as the lines under `array:`. */
export const ALETSCH_SMB_ARRAY = `${['["time", "gradabl", "gradacc", "ela", "accmax"]', '[1900, 0.009, 0.005, 2800, 2.0]', '[2000, 0.009, 0.005, 2900, 2.0]', '[2100, 0.009, 0.005, 3300, 2.0]'].map((row) => `      - ${row}`).join('\n')}\n`;

export const EXAMPLES: readonly Example[] = [
  { id: 'synthetic', title: 'Synthetic valley (default)', summary: 'A valley glacier grown on a U-shaped bed under a rising ELA.', files: defaultExperimentFiles, needsData: [] },
  {
    id: 'halfar',
    title: 'Halfar dome',
    summary: "Bueler's test B: an ice cap on a flat bed spreading under its own weight, with an exact solution.",
    needsData: [],
    files: {
      'experiment/params.yaml': `${header}# An ice cap (H0 = 3600 m, R0 = 750 km) spreading with no SMB and no sliding.
defaults:
  - override /inputs: [halfar]
  - override /processes: [iceflow, time, thk]
  - override /outputs: [write_ts, write_ncdf]

inputs:
  halfar:
    dx: 50000.0
processes:
  time:
    start: 0.0
    end: 2000.0
    save: 100.0
  iceflow:
    method: solved
    physics:
      init_arrhenius: 100.0
      init_slidingco: 1.0e6
`,
    },
  },
  {
    id: 'ismip-hom-a',
    title: 'ISMIP-HOM experiment A (L = 80 km)',
    summary: 'Ice flowing over a sinusoidal bed: the benchmark for higher-order ice-flow models.',
    needsData: [],
    files: {
      'experiment/params.yaml': `${header}defaults:
  - override /inputs: [ismip_hom_a]
  - override /processes: [iceflow, time]
  - override /outputs: [write_ts]

inputs:
  ismip_hom_a:
    L: 80000.0
processes:
  time:
    start: 0.0
    end: 1.0
    save: 1.0
  iceflow:
    method: solved
    solver:
      nbitmax: 1000
      stop_if_no_decrease: false
`,
    },
  },
  {
    id: 'aletsch-basic',
    title: 'Aletsch glacier, 1900–2000',
    summary: "IGM's aletsch-basic set-up: bring its data/input.nc (the 100 m Aletsch grid) to run it.",
    needsData: ['data/input.nc'],
    files: {
      'experiment/params.yaml': `${header}defaults:
  - override /inputs: [local]
  - override /processes: [smb_simple, iceflow, time, thk, vert_flow]
  - override /outputs: [write_ts, write_ncdf]

inputs:
  local:
    filename: input.nc
processes:
  smb_simple:
    array:
${ALETSCH_SMB_ARRAY}  time:
    start: 1900.0
    end: 2000.0
    save: 10.0
`,
    },
  },
];
