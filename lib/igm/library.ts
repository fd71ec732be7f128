/**
 * IGM's module library as the composer's built-in search-path source, the resolver IGM
 * registers (`get_cwd`), and the list of modules per group.
 */
import { memoryFiles, type Resolver, type SearchPathEntry } from '../hydra';
import { igmConfFiles } from './library.generated';
import { studioConfFiles } from './studio-modules';

/** IGM's module configs plus the studio's own inputs. */
export const libraryFiles: Readonly<Record<string, string>> = { ...igmConfFiles, ...studioConfFiles };

export const IGM_GROUPS = ['inputs', 'processes', 'outputs'] as const;
export type IgmGroup = (typeof IGM_GROUPS)[number];

/** The primary config every IGM run starts from. */
export const IGM_PRIMARY_CONFIG = 'config';

export const igmLibrarySource: SearchPathEntry = {
  label: 'pkg://igm.conf',
  displayPrefix: 'igm/conf/',
  files: memoryFiles(libraryFiles),
};

/** IGM's `get_cwd` resolver: the job's working directory (its argument is ignored). */
export function igmResolvers(cwd: string): ReadonlyMap<string, Resolver> {
  return new Map<string, Resolver>([['get_cwd', () => cwd]]);
}

export interface IgmModule {
  group: IgmGroup;
  name: string;
  /** Path of its config in the library, e.g. `processes/iceflow.yaml`. */
  file: string;
}

export const igmModules: readonly IgmModule[] = Object.keys(libraryFiles)
  .filter((path) => path.includes('/'))
  .map((file) => {
    const [group, name] = file.replace(/\.yaml$/, '').split('/') as [IgmGroup, string];
    return { group, name, file };
  })
  .sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name));

export function modulesOf(group: IgmGroup): string[] {
  return igmModules.filter((m) => m.group === group).map((m) => m.name);
}
