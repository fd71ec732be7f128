/** Test helpers: compose a studio experiment from YAML and run it on the current tfjs backend. */
import { ALETSCH_SMB_ARRAY } from '../igm/examples';
import { composeExperiment } from '../igm';
import { memoryFiles, toPlain } from '../hydra';
import type { Plain } from './params';
import { runSimulation, type Frame, type RunOptions } from './run';

export function composeYaml(yaml: string, overrides: string[] = []): { [key: string]: Plain } {
  const r = composeExperiment({ experiment: memoryFiles({ 'experiment/test.yaml': yaml }), experimentName: 'test', overrides });
  if (!r.ok) throw new Error(r.error.message);
  return toPlain(r.value.config) as { [key: string]: Plain };
}

export const noFiles: RunOptions['io'] = { readData: async () => undefined, writeOutput: async () => {} };

export async function runYaml(yaml: string, overrides: string[] = [], extra: Partial<RunOptions> = {}) {
  const frames: Frame[] = [];
  const result = await runSimulation({ config: composeYaml(yaml, overrides), io: noFiles, onFrame: (f) => frames.push(f), ...extra });
  return { result, frames };
}

/** An experiment on the studio's `slab` input (ice to the edges) with the given iceflow section. */
export function slabYaml(n: number, iceflow: Record<string, unknown>): string {
  return `# @package _global_
defaults:
  - override /inputs: [slab]
  - override /processes: [iceflow, time]
inputs:
  slab: {nx: ${n}, ny: ${n}, dx: 1000.0, thk: 500.0, slope_deg: 3.0, margin: 0}
processes:
  time: {start: 0.0, end: 0.0001, save: 1.0}
  iceflow: ${JSON.stringify(iceflow)}
`;
}

/**
 * aletsch-basic's modules and smb_simple table (IGM's example) with the solved ice flow, which
 * is what runs here without a pretrained emulator; `input.nc` comes from the caller's io.
 */
export function aletschYaml({ end, coarsening = 1, outputs = [] }: { end: number; coarsening?: number; outputs?: string[] }): string {
  return `# @package _global_
defaults:
  - override /inputs: [local]
  - override /processes: [smb_simple, iceflow, time, thk]
  - override /outputs: [${outputs.join(', ')}]
inputs:
  local: {filename: input.nc, coarsening: {ratio: ${coarsening}}}
processes:
  time: {start: 1900.0, end: ${end.toFixed(1)}, save: 10.0}
  iceflow: {method: solved}
  smb_simple:
    array:
${ALETSCH_SMB_ARRAY}`;
}
