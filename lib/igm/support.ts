/**
 * Which IGM modules the in-browser simulation (lib/sim) can run. The simulation issue fills
 * this in; until then no module runs in the browser and the editor says so.
 */
import type { IgmGroup } from './library';

export const SIMULATION_SUPPORT: Readonly<Record<IgmGroup, readonly string[]>> = {
  inputs: [],
  processes: [],
  outputs: [],
};

export function runsInBrowser(group: IgmGroup, name: string): boolean {
  return SIMULATION_SUPPORT[group].includes(name);
}
