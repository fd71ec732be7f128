/**
 * `igm-studio compose`: what `igm_run` would compose, printed (YAML or JSON), expanded as a
 * multirun, or explained key by key. User mistakes exit 1 with Hydra's message on stderr.
 */
import { resolve } from 'node:path';
import { formatError, explain, toJson, toYaml, type ConfigError } from '../lib/hydra';
import { composeExperiment, composeExperimentMultirun, type ExperimentOptions } from '../lib/igm';
import { diskFiles } from './fs-files';

const USAGE = `usage: igm-studio compose [--conf-dir DIR] [--experiment-dir DIR] [--format yaml|json]
                          [--multirun] [--seed N] [--explain KEY] [--] [OVERRIDES...]
       igm-studio run [--conf-dir DIR] [--experiment-dir DIR] [--out DIR] [--backend cpu|wasm]
                      [--] [OVERRIDES...]

Composes an IGM configuration exactly as Hydra would for
  igm_run +experiment=NAME OVERRIDES...
run from the experiment folder. Example:
  igm-studio compose --experiment-dir examples/aletsch-basic +experiment=params processes.time.end=2050`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

class UsageError extends Error {}

interface ComposeArgs {
  confDir?: string;
  experimentDir?: string;
  out?: string;
  backend: 'cpu' | 'wasm';
  format: 'yaml' | 'json';
  multirun: boolean;
  explain?: string;
  seed?: number;
  overrides: string[];
}

function parseArgs(args: string[]): ComposeArgs {
  const out: ComposeArgs = { format: 'yaml', backend: 'cpu', multirun: false, overrides: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--') {
      out.overrides.push(...args.slice(i + 1));
      break;
    } else if (a === '--conf-dir') out.confDir = next();
    else if (a === '--experiment-dir') out.experimentDir = next();
    else if (a === '--out') out.out = next();
    else if (a === '--backend') {
      const b = next();
      if (b !== 'cpu' && b !== 'wasm') throw new UsageError(`--backend must be cpu or wasm, not '${b}'`);
      out.backend = b;
    }
    else if (a === '--format') {
      const f = next();
      if (f !== 'yaml' && f !== 'json') throw new UsageError(`--format must be yaml or json, not '${f}'`);
      out.format = f;
    } else if (a === '--multirun' || a === '-m') out.multirun = true;
    else if (a === '--explain') out.explain = next();
    else if (a === '--seed') {
      const s = Number(next());
      if (!Number.isInteger(s)) throw new UsageError('--seed must be an integer');
      out.seed = s;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else out.overrides.push(a);
  }
  return out;
}

function report(io: Io, error: ConfigError): number {
  io.err(`Error: ${formatError(error)}\n`);
  return 1;
}

function experimentOptions(a: ComposeArgs, io: Io): { experimentDir: string; options: ExperimentOptions } {
  const experimentDir = resolve(io.cwd, a.experimentDir ?? '.');
  const options: ExperimentOptions = {
    experiment: diskFiles(experimentDir),
    experimentLabel: experimentDir,
    overrides: a.overrides,
    cwd: experimentDir,
    env: io.env,
    ...(a.seed !== undefined ? { seed: a.seed } : {}),
    ...(a.confDir
      ? { library: { label: `file://${resolve(io.cwd, a.confDir)}`, displayPrefix: `${a.confDir.replace(/\/+$/, '')}/`, files: diskFiles(resolve(io.cwd, a.confDir)) } }
      : {}),
  };
  return { experimentDir, options };
}

function compose(args: string[], io: Io): number {
  const a = parseArgs(args);
  const { options } = experimentOptions(a, io);
  if (a.multirun) {
    const jobs = composeExperimentMultirun(options);
    if (!jobs.ok) return report(io, jobs.error);
    const body = jobs.value.map((j) => `  {\n    "overrides": ${JSON.stringify(j.overrides)},\n    "config": ${toJson(j.composition.config).replaceAll('\n', '\n    ')}\n  }`);
    io.out(`[\n${body.join(',\n')}\n]\n`);
    return 0;
  }
  const result = composeExperiment(options);
  if (!result.ok) return report(io, result.error);
  if (a.explain !== undefined) {
    const lines = explain(result.value.config, a.explain);
    if (!lines) return report(io, { code: 'key-missing', message: `'${a.explain}' is not in the composed configuration`, key: a.explain });
    io.out(`${lines.join('\n')}\n`);
    return 0;
  }
  io.out(a.format === 'json' ? `${toJson(result.value.config)}\n` : toYaml(result.value.config));
  return 0;
}

async function run(args: string[], io: Io): Promise<number> {
  const a = parseArgs(args);
  if (a.multirun) throw new UsageError('run takes no --multirun: the studio runs sweeps from its page; use compose --multirun to list the jobs');
  const { experimentDir, options } = experimentOptions(a, io);
  const { runCommand } = await import('./run');
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    return await runCommand(
      { experiment: options, experimentDir, backend: a.backend, ...(a.out ? { out: a.out } : {}) },
      { out: io.out, err: io.err, isTTY: Boolean(process.stderr.isTTY), signal: controller.signal },
    );
  } finally {
    process.off('SIGINT', stop);
  }
}

export async function main(argv: string[], io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), cwd: process.cwd(), env: process.env }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'compose':
        return compose(rest, io);
      case 'run':
        return await run(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(`${USAGE}\n`);
        return command === undefined ? 1 : 0;
      default:
        io.err(`igm-studio: unknown command '${command}' (available: compose, run)\n${USAGE}\n`);
        return 1;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`igm-studio: ${e.message}\n${USAGE}\n`);
      return 1;
    }
    throw e;
  }
}
