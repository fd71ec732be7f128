/**
 * What `igm_run +experiment=NAME key=value ...` composes: IGM's primary config from the module
 * library (or another library root), the experiment folder on the search path (Hydra's
 * `file://${cwd}`), and `+experiment=NAME` prepended to the user's overrides.
 */
import { compose, composeMultirun, type Composition, type ConfigError, type ConfigFiles, type MultirunJob, type SearchPathEntry } from '../hydra';
import type { Result } from '../result';
import { IGM_PRIMARY_CONFIG, igmLibrarySource, igmResolvers } from './library';

export interface ExperimentOptions {
  /** The experiment folder: experiment/*.yaml and user/conf/... */
  experiment: ConfigFiles;
  /** Its name in messages (a path, or `workspace`). */
  experimentLabel?: string;
  /** `params` for `+experiment=params`; omit to compose IGM's defaults alone. */
  experimentName?: string;
  overrides?: readonly string[];
  /** A module-library root laid out like igm/conf; the built-in library when omitted. */
  library?: SearchPathEntry;
  cwd?: string;
  env?: Readonly<Record<string, string | undefined>>;
  seed?: number;
}

function composeOptions(o: ExperimentOptions) {
  const cwd = o.cwd ?? '/';
  return {
    searchPath: [
      o.library ?? igmLibrarySource,
      { label: `file://${o.experimentLabel ?? cwd}`, displayPrefix: '', files: o.experiment },
    ],
    configName: IGM_PRIMARY_CONFIG,
    overrides: [...(o.experimentName ? [`+experiment=${o.experimentName}`] : []), ...(o.overrides ?? [])],
    resolvers: igmResolvers(cwd),
    cwd,
    jobName: 'igm_run',
    ...(o.env ? { env: o.env } : {}),
  };
}

export function composeExperiment(o: ExperimentOptions): Result<Composition, ConfigError> {
  return compose(composeOptions(o));
}

export function composeExperimentMultirun(o: ExperimentOptions): Result<MultirunJob[], ConfigError> {
  return composeMultirun({ ...composeOptions(o), ...(o.seed !== undefined ? { seed: o.seed } : {}) });
}
