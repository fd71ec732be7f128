/**
 * A multirun as Hydra's basic sweeper runs it: compose the master config (sweeps skipped), expand
 * the sweeps into jobs, then compose each job from its own override list.
 */
import { composeOrThrow, parseOverrides, type ComposeOptions, type Composition } from './compose';
import { ConfigException, fail, type ConfigError } from './errors';
import { parseOverride } from './grammar/parse-override';
import { PyRandom } from './python';
import { Repository } from './repository';
import { hydraConfSource } from './hydra-conf';
import { expandSweeps } from './sweep';
import { err, ok, type Result } from '../result';

export interface MultirunOptions extends ComposeOptions {
  /** Seed for shuffle(): the order Python gives after random.seed(seed). */
  seed?: number;
  /** Refuse sweeps past this many jobs (the browser runs them all). */
  maxJobs?: number;
}

export interface MultirunJob {
  overrides: string[];
  composition: Composition;
}

export function composeMultirun(options: MultirunOptions): Result<MultirunJob[], ConfigError> {
  try {
    const repository = options.repository ?? new Repository([hydraConfSource, ...options.searchPath]);
    composeOrThrow({ ...options, repository, multirun: true });
    const random = new PyRandom(options.seed ?? 0);
    const parsed = (options.overrides ?? []).map((line) => parseOverride(line, { shuffle: (items) => random.shuffle(items) }));
    const jobs = expandSweeps(parsed, { groupOptions: (g) => repository.groupOptions(g), random });
    const max = options.maxJobs ?? 10_000;
    if (jobs.length > max) fail({ code: 'sweep', message: `The sweep has ${jobs.length} jobs, more than the limit of ${max}` });
    return ok(jobs.map((overrides) => ({ overrides, composition: composeOrThrow({ ...options, repository, overrides, multirun: false }) })));
  } catch (e) {
    if (e instanceof ConfigException) return err(e.error);
    throw e;
  }
}

export { parseOverrides };
