/**
 * Hydra's compose for one job: parse the overrides, build the defaults tree from the primary
 * config, merge the configs in defaults-list order (each at its package), apply the value
 * overrides in struct mode, then resolve interpolations. Expected failures come back as a
 * ConfigError value; the resolved config keeps the origin of every value.
 */
import { applyConfigOverrides } from './apply-overrides';
import { configDefault } from './defaults/element';
import { GroupOverrides } from './defaults/overrides';
import { buildTree, configNotFound, treeToList, type ResultDefault, type TreeNode } from './defaults/tree';
import { ConfigException, fail, type ConfigError } from './errors';
import { parseOverride } from './grammar/parse-override';
import { isHydraOverride, isSweep, type Override } from './grammar/types';
import { resolveAll, type Resolver } from './interpolate/resolve';
import { mergeInto } from './merge';
import { dict, type ConfigNode, type DictNode, type Origin } from './node';
import { Repository, type SearchPathEntry } from './repository';
import { builtinResolvers } from './resolvers';
import { err, ok, type Result } from '../result';
import { toDefaultsView, type DefaultsView } from './defaults/view';
import { hydraConfSource } from './hydra-conf';

const virtualCommon = { package: null, parentBaseDir: null, parentPackage: null, packageHeader: null, primary: false, deleted: false };

export interface ComposeOptions {
  searchPath: readonly SearchPathEntry[];
  /** The primary config, e.g. IGM's `config`. */
  configName: string;
  overrides?: readonly string[];
  /** Extra resolvers (IGM's `get_cwd`); OmegaConf's `oc.*` are always there. */
  resolvers?: ReadonlyMap<string, Resolver>;
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  /** Hydra's job name, as `${hydra:job.name}` reads it. */
  jobName?: string;
  /** Compose a multirun's master config: sweeps are allowed and skipped, `???` choices too. */
  multirun?: boolean;
  /** Reuse parsed files across calls (the same repository for the same search path). */
  repository?: Repository;
}

export interface Composition {
  /** The final configuration, interpolations resolved, without the `hydra` node. */
  config: DictNode;
  /** The same before interpolation, as Hydra holds it. */
  unresolved: DictNode;
  /** The configs merged, in order. */
  defaults: ResultDefault[];
  defaultsTree: DefaultsView;
  /** Group choices as Hydra records them in hydra.runtime.choices. */
  choices: Record<string, string | null>;
  /** Overrides as Hydra records them (task overrides and hydra overrides). */
  overrides: { task: string[]; hydra: string[] };
}

export function parseOverrides(lines: readonly string[]): Override[] {
  return lines.map((line) => parseOverride(line));
}

function embed(node: ConfigNode, pkg: string, origin: Origin): DictNode {
  const content: DictNode = node.kind === 'dict' ? node : dict(node.origin);
  if (pkg === '') return content;
  const keys = pkg.split('.');
  let out: ConfigNode = content;
  for (const k of keys.reverse()) out = dict(origin, [[k, out]]);
  return out as DictNode;
}

function ambiguousSweep(o: Override): never {
  if (isSweep(o.value) && o.value.sweep === 'choice' && o.value.simple) {
    return fail({
      code: 'sweep',
      message: `Ambiguous value for argument '${o.input}'\n1. To use it as a list, use key=[value1,value2]\n2. To use it as string, quote the value: key=\\'value1,value2\\'\n3. To sweep over it, add --multirun to your command line`,
      override: o.input,
    });
  }
  return fail({ code: 'sweep', message: `Sweep parameters '${o.input}' requires --multirun`, override: o.input });
}

/** Hydra's create_defaults_list: the configs to merge, the tree they came from, the choices. */
export function buildDefaultsList(repo: Repository, configName: string, parsed: readonly Override[], skipMissing: boolean, withHydra = false) {
  // Values under `hydra.` belong to Hydra's own node, which the studio does not model.
  const groupOverrides = new GroupOverrides(repo, parsed.filter((o) => !o.key.startsWith('hydra.')));
  const primaryDefault = configDefault(configName, null, { primary: true });
  const primary: TreeNode = { node: primaryDefault };
  const root: TreeNode = withHydra
    ? { node: { kind: 'virtual', ...virtualCommon }, children: [configDefault('hydra/config'), primaryDefault] }
    : primary;
  const ctx = { repo, overrides: groupOverrides, skipMissing };
  if (!repo.configExists(configName)) configNotFound(ctx, primary);
  const tree = buildTree(ctx, root, true, false);
  const defaults = treeToList(tree);
  groupOverrides.ensureOverridesUsed();
  groupOverrides.ensureDeletionsUsed();
  return { defaults, tree, groupOverrides };
}

export function composeOrThrow(options: ComposeOptions): Composition {
  const lines = options.overrides ?? [];
  const parsed = parseOverrides(lines);
  for (const o of parsed) {
    if (!isSweep(o.value)) continue;
    if (!options.multirun) ambiguousSweep(o);
    if (isHydraOverride(o)) fail({ code: 'sweep', message: `Sweeping over Hydra's configuration is not supported : '${o.input}'`, override: o.input });
  }
  const repo = options.repository ?? new Repository([hydraConfSource, ...options.searchPath]);
  const { defaults, tree, groupOverrides } = buildDefaultsList(repo, options.configName, parsed, options.multirun ?? false, true);

  const cfg = dict({ kind: 'builtin', what: 'composition root' });
  for (const d of defaults) {
    const loaded = repo.load(d.configPath)!;
    const origin: Origin = { kind: 'builtin', what: `package ${d.package} of ${loaded.file}` };
    mergeInto(cfg, embed(loaded.node, d.package, origin));
  }
  applyConfigOverrides(cfg, groupOverrides.configOverrides.filter((o) => !isSweep(o.value)));
  const hydraFromConfigs = cfg.map.get('hydra');
  cfg.map.delete('hydra');

  const choices = Object.fromEntries(groupOverrides.knownChoices);
  const task = parsed.filter((o) => !isHydraOverride(o)).map((o) => o.input);
  const hydraLines = parsed.filter(isHydraOverride).map((o) => o.input);
  const full: DictNode = { ...cfg, map: new Map(cfg.map) };
  full.map.set('hydra', hydraNode(hydraFromConfigs, { choices, task, hydra: hydraLines, cwd: options.cwd ?? '/', jobName: options.jobName ?? 'app', configName: options.configName }));
  const resolvers = new Map([...builtinResolvers, ...(options.resolvers ?? [])]);
  const resolved = resolveAll(full, { resolvers, env: options.env ?? {}, cwd: options.cwd ?? '/' });
  resolved.map.delete('hydra');
  const unresolved: DictNode = { ...cfg, map: new Map(cfg.map) };
  unresolved.map.delete('hydra');
  return { config: resolved, unresolved, defaults, defaultsTree: toDefaultsView(tree), choices, overrides: { task, hydra: hydraLines } };
}

export function compose(options: ComposeOptions): Result<Composition, ConfigError> {
  try {
    return ok(composeOrThrow(options));
  } catch (e) {
    if (e instanceof ConfigException) return err(e.error);
    throw e;
  }
}

/** The parts of Hydra's own node that configs read through `${hydra:...}`. */
function hydraNode(
  fromConfigs: ConfigNode | undefined,
  info: { choices: Record<string, string | null>; task: string[]; hydra: string[]; cwd: string; jobName: string; configName: string },
): DictNode {
  const origin: Origin = { kind: 'builtin', what: 'Hydra runtime' };
  const v = (value: string | null): ConfigNode => ({ kind: 'value', value, origin });
  const list = (items: string[]): ConfigNode => ({ kind: 'list', origin, items: items.map(v) });
  const node = dict(origin, [
    ['runtime', dict(origin, [['cwd', v(info.cwd)], ['version', v('1.3.2')], ['choices', dict(origin, Object.entries(info.choices).map(([k, c]) => [k, v(c)]))]])],
    ['job', dict(origin, [['name', v(info.jobName)], ['config_name', v(info.configName)], ['override_dirname', v([...info.task].sort().join(','))]])],
    ['overrides', dict(origin, [['task', list(info.task)], ['hydra', list(info.hydra)]])],
  ]);
  if (fromConfigs && fromConfigs.kind === 'dict') mergeInto(node, fromConfigs);
  return node;
}
