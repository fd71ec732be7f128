/**
 * The experiment the studio opens on: a synthetic valley glacier that needs no data file.
 * Laid out as an IGM experiment folder (path → file text) so it exports unchanged.
 */
export const DEFAULT_EXPERIMENT_NAME = 'params';

export const defaultExperimentFiles: Readonly<Record<string, string>> = {
  'experiment/params.yaml': `# @package _global_
# A valley glacier on a synthetic U-shaped bed (10 km x 20 km at 100 m), grown from no ice
# under a climate whose equilibrium-line altitude rises through the 21st century.

defaults:
  - override /inputs: [synthetic]
  - override /processes: [smb_simple, iceflow, time, thk]
  - override /outputs: [write_ts]

processes:
  time:
    start: 2000.0
    end: 2100.0
    save: 10.0
  iceflow:
    method: solved
  smb_simple:
    array:
      - ["time", "gradabl", "gradacc", "ela", "accmax"]
      - [2000, 0.009, 0.005, 2900, 2.0]
      - [2100, 0.009, 0.005, 3300, 2.0]
`,
};
