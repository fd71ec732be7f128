/**
 * Which modules the simulation (lib/sim) can run, for the editor to say so. lib/sim's registry
 * is the source of truth; a test keeps this list equal to it (lib/igm may not import lib/sim).
 */
import type { IgmGroup } from './library';

export const SIMULATION_SUPPORT: Readonly<Record<IgmGroup, readonly string[]>> = {
  inputs: ['synthetic', 'halfar', 'slab', 'ismip_hom_a', 'local', 'load_ncdf'],
  processes: ['time', 'thk', 'smb_simple', 'iceflow', 'avalanche', 'vert_flow'],
  outputs: ['write_ts', 'write_ncdf'],
};

export function runsInBrowser(group: IgmGroup, name: string): boolean {
  return SIMULATION_SUPPORT[group].includes(name);
}
