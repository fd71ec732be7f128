/**
 * Hydra's own config groups (`hydra/launcher`, `hydra/sweeper`, `hydra/job_logging`, …) as a
 * search-path source, so `hydra/launcher=submitit_slurm` on the command line or
 * `override /hydra/launcher: joblib` in an experiment compose as they do with Hydra installed
 * (with its common plugins). Their content is Hydra's business and not part of the job config.
 */
import { memoryFiles } from './memory-files';
import type { SearchPathEntry } from './repository';

const OPTIONS: Record<string, string[]> = {
  output: ['default'],
  launcher: ['basic', 'joblib', 'submitit_local', 'submitit_slurm', 'ray', 'rq'],
  sweeper: ['basic', 'ax', 'nevergrad', 'optuna'],
  help: ['default'],
  hydra_help: ['default'],
  hydra_logging: ['default', 'disabled', 'hydra_debug', 'none'],
  job_logging: ['default', 'disabled', 'none', 'stdout'],
  callbacks: [],
  env: ['default'],
};

const CONFIG = `# @package hydra
defaults:
  - output: default
  - launcher: basic
  - sweeper: basic
  - help: default
  - hydra_help: default
  - hydra_logging: default
  - job_logging: default
  - callbacks: null
  - env: default
`;

function files(): Record<string, string> {
  const out: Record<string, string> = { 'hydra/config.yaml': CONFIG };
  for (const [group, options] of Object.entries(OPTIONS)) {
    for (const o of options) out[`hydra/${group}/${o}.yaml`] = group === 'output' ? '# @package hydra\n' : '';
    if (options.length === 0) out[`hydra/${group}/.keep`] = '';
  }
  return out;
}

export const hydraConfSource: SearchPathEntry = {
  label: 'pkg://hydra.conf',
  displayPrefix: 'hydra.conf/',
  files: memoryFiles(files()),
};
